import { DataVsphereContentLibrary } from '@cdktf/provider-vsphere/lib/data-vsphere-content-library';
import { DataVsphereContentLibraryItem } from '@cdktf/provider-vsphere/lib/data-vsphere-content-library-item';
import { DataVsphereDatastoreCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore-cluster';
import { Folder } from '@cdktf/provider-vsphere/lib/folder';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { ResourcePool } from '@cdktf/provider-vsphere/lib/resource-pool';
import { Tag } from '@cdktf/provider-vsphere/lib/tag';
import { TagCategory } from '@cdktf/provider-vsphere/lib/tag-category';
import { TerraformDataSource, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { resolve } from '../../src/core';
import {
  LightDataVsphereContentLibrary, LightDataVsphereContentLibraryItem, LightDataVsphereDatastoreCluster, LightFolder, LightResourcePool,
  LightTag, LightTagCategory,
} from '../../src/targets/vsphere/light-resources';
import { newStack } from '../util';

/*
 * The light classes of the vSphere target's inventory (folders, resource pools, tags and their
 * categories) and of content libraries and datastore clusters write what the generated classes
 * write for the same configuration, and give the same references.
 */

type Element = TerraformResource | TerraformDataSource;

interface Pair {
  readonly full: new (scope: Construct, id: string, config: any) => Element;
  readonly light: new (scope: Construct, id: string, config: any) => Element;
  readonly config: (stack: TerraformStack) => any;
  /** Attributes read from both, as the generated class gives them. */
  readonly attributes: string[];
}

function variable(stack: TerraformStack, name: string): string {
  return ((stack.node.tryFindChild(name) as TerraformVariable | undefined) ?? new TerraformVariable(stack, name, { type: 'string' })).stringValue;
}

function provider(stack: TerraformStack): VsphereProvider {
  return (stack.node.tryFindChild('vsphere') as VsphereProvider | undefined)
    ?? new VsphereProvider(stack, 'vsphere', { alias: 'vc1', vsphereServer: 'vc.example.com', user: 'u', password: 'p' });
}

const PAIRS: { [type: string]: Pair } = {
  vsphere_folder: {
    full: Folder,
    light: LightFolder,
    config: (s) => ({ provider: provider(s), path: 'estate/linux', type: 'vm', datacenterId: variable(s, 'dc'), tags: ['t1'], customAttributes: { a: 'b' } }),
    attributes: ['id', 'path'],
  },
  vsphere_resource_pool: {
    full: ResourcePool,
    light: LightResourcePool,
    config: (s) => ({
      provider: provider(s),
      name: 'batch',
      parentResourcePoolId: variable(s, 'root'),
      cpuShareLevel: 'high',
      cpuExpandable: false,
      cpuLimit: 1000,
      cpuReservation: 10,
      memoryShareLevel: 'low',
      memoryLimit: 2048,
      memoryReservation: 0,
      memoryExpandable: true,
      scaleDescendantsShares: 'disabled',
      tags: ['t1'],
    }),
    attributes: ['id'],
  },
  vsphere_tag_category: {
    full: TagCategory,
    light: LightTagCategory,
    config: (s) => ({ provider: provider(s), name: 'env', cardinality: 'SINGLE', associableTypes: ['VirtualMachine'], description: 'd' }),
    attributes: ['id'],
  },
  vsphere_tag: {
    full: Tag,
    light: LightTag,
    config: (s) => ({ provider: provider(s), name: 'prod', categoryId: variable(s, 'category'), description: 'd' }),
    attributes: ['id'],
  },
  vsphere_content_library: {
    full: DataVsphereContentLibrary,
    light: LightDataVsphereContentLibrary,
    config: (s) => ({ provider: provider(s), name: 'images' }),
    attributes: ['id'],
  },
  vsphere_content_library_item: {
    full: DataVsphereContentLibraryItem,
    light: LightDataVsphereContentLibraryItem,
    config: (s) => ({ provider: provider(s), name: 'ubuntu', libraryId: variable(s, 'library'), type: 'ovf' }),
    attributes: ['id'],
  },
  vsphere_datastore_cluster: {
    full: DataVsphereDatastoreCluster,
    light: LightDataVsphereDatastoreCluster,
    config: (s) => ({ provider: provider(s), name: 'sdrs', datacenterId: variable(s, 'dc') }),
    attributes: ['id'],
  },
};

describe('light vSphere inventory classes', () => {
  test.each(Object.keys(PAIRS))('%s: the same JSON and references as the generated class', (type) => {
    const pair = PAIRS[type];
    const a = newStack();
    const b = newStack();
    const full = new pair.full(a, 'r', pair.config(a));
    const light = new pair.light(b, 'r', pair.config(b));
    expect(light.terraformGeneratorMetadata).toEqual(full.terraformGeneratorMetadata);
    for (const name of pair.attributes) {
      const expression = resolve(a, (full as any)[name]);
      expect(expression).toMatch(/^\$\{/);
      expect(resolve(b, (light as any)[name])).toEqual(expression);
      new TerraformOutput(a, name, { value: (full as any)[name] });
      new TerraformOutput(b, name, { value: (light as any)[name] });
    }
    const written = (stack: TerraformStack) => JSON.stringify(stack.toTerraform(), null, 2);
    expect(written(b)).toBe(written(a));
    const out = JSON.parse(written(b));
    const kind = type in (out.resource ?? {}) ? 'resource' : 'data';
    expect(out[kind][type].r.provider).toBe('vsphere.vc1');
  });

  test('write HCL through the generated classes', () => {
    const a = newStack();
    const b = newStack();
    Object.values(PAIRS).forEach((pair, i) => {
      new pair.full(a, `r${i}`, pair.config(a));
      new pair.light(b, `r${i}`, pair.config(b));
    });
    const hcl = Testing.synthHcl(b);
    expect(hcl).toBe(Testing.synthHcl(a));
    expect(hcl.match(/^(resource|data) "vsphere_/gm)).toHaveLength(Object.keys(PAIRS).length);
  });
});
