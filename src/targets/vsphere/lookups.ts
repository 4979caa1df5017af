import { createHash } from 'crypto';
import type { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { Construct, IConstruct } from 'constructs';
import {
  LightDataVsphereComputeCluster, LightDataVsphereContentLibrary, LightDataVsphereContentLibraryItem, LightDataVsphereDatastore,
  LightDataVsphereDatastoreCluster, LightDataVsphereDistributedVirtualSwitch, LightDataVsphereHost, LightDataVsphereStoragePolicy,
  LightDataVsphereVirtualMachine,
} from './light-resources';
import { IResolvable, TerraformElement } from '../../core';
import { DesignError } from '../../model/errors';
import { VsphereVersion } from '../../model/limits';
import { tfText } from '../escaping';

/** What the vSphere renderer needs of its target. */
export interface VsphereRenderContext {
  readonly target: Construct;
  readonly provider: VsphereProvider;
  readonly datacenterId: string;
  readonly cluster?: string;
  readonly datastore?: string;
  readonly distributedSwitch?: string;
  readonly standardSwitch?: { readonly name: string; readonly hosts: string[] };
  readonly images: ReadonlyMap<string, string>;
  /** The key provider of shielded VMs, as described on them. */
  readonly keyProvider?: string;
  readonly encryptionPolicy: string;
  readonly version: VsphereVersion;
  /** The datastore of ISO images, by name; undefined: the target's datastore. */
  readonly isoDatastore?: string;
  /** The folder of ISO images on their datastore, without leading or trailing `/`; empty: its root. */
  readonly isoDirectory: string;
  /** The clock of the hosts' cores in MHz, for CPU limits. */
  readonly coreMhz?: number;
  /** What of the inventory exists already, kind by kind: found by name, not created. */
  readonly existingInventory: { readonly folders: boolean; readonly tags: boolean; readonly resourcePools: boolean };
  /** Gives a rendered element its Terraform name. */
  nameAfter(element: TerraformElement, owner: IConstruct, suffix?: string): void;
}

/**
 * A data source the networks, clusters and VMs of a design share, with the attributes they read:
 * each attribute one token, read once, that every user refers to (a reference made per user would
 * cost every VM the making of a token).
 */
export type Shared<T extends TerraformElement, A> = { readonly element: T } & A;

/** The first disk of a template, as the OS disk of its clones copies it. */
export interface TemplateDisk {
  readonly size: number;
  readonly thinProvisioned: IResolvable;
  readonly eagerlyScrub: IResolvable;
}

/**
 * The data sources of a vCenter that the networks, clusters and VMs of a design share (hosts, the
 * datastore, templates, the switch, the encryption policy, the target's cluster): each created
 * under the target, and named after it, where it is first used.
 */
export class VsphereLookups {
  private readonly shared = new Map<string, Shared<TerraformElement, {}>>();
  /** What each name of two parts was given to (see {@link claimName}). */
  private readonly names = new Map<string, string>();

  constructor(private readonly ctx: VsphereRenderContext) {}

  /** An ESXi host. */
  public host(name: string): Shared<LightDataVsphereHost, { id: string; resourcePoolId: string }> {
    const { ctx } = this;
    return this.lookup(`host:${name}`, () => new LightDataVsphereHost(ctx.target, `Host-${name}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'host name', name),
      datacenterId: ctx.datacenterId,
    }), `host_${name}`, (host) => ({ id: host.id, resourcePoolId: host.resourcePoolId }));
  }

  /** The datastore of the target (which must name one). */
  public datastore(): Shared<LightDataVsphereDatastore, { id: string }> {
    const { ctx } = this;
    return this.lookup(`datastore:${ctx.datastore}`, () => new LightDataVsphereDatastore(ctx.target, 'Datastore', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'datastore', ctx.datastore!),
      datacenterId: ctx.datacenterId,
    }), 'datastore', (datastore) => ({ id: datastore.id }));
  }

  /** The VM template an image is cloned from: the one the target maps it to, or the one named like it. */
  public template(image: string): Shared<LightDataVsphereVirtualMachine, { id: string; firstDisk: TemplateDisk }> {
    const { ctx } = this;
    const name = ctx.images.get(image) ?? image;
    // a design's image name is portable; a template name from imageSources may be any text
    const key = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(image) ? image : slug(image);
    return this.lookup(`template:${name}`, () => new LightDataVsphereVirtualMachine(ctx.target, `Template-${key}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'images', name),
      datacenterId: ctx.datacenterId,
    }), `template_${key}`, (template) => {
      const disk = template.disks.get(0);
      return { id: template.id, firstDisk: { size: disk.size, thinProvisioned: disk.thinProvisioned, eagerlyScrub: disk.eagerlyScrub } };
    });
  }

  /** The distributed switch of the target (which must name one). */
  public distributedSwitch(): Shared<LightDataVsphereDistributedVirtualSwitch, { id: string }> {
    const { ctx } = this;
    return this.lookup(`dvs:${ctx.distributedSwitch}`, () => new LightDataVsphereDistributedVirtualSwitch(ctx.target, 'DistributedSwitch', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'distributedSwitch', ctx.distributedSwitch!),
      datacenterId: ctx.datacenterId,
    }), 'dvs', (dvs) => ({ id: dvs.id }));
  }

  /** The storage policy that encrypts. */
  public encryptionPolicy(): Shared<LightDataVsphereStoragePolicy, { id: string }> {
    const { ctx } = this;
    return this.lookup(`policy:${ctx.encryptionPolicy}`, () => new LightDataVsphereStoragePolicy(ctx.target, 'EncryptionPolicy', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'encryptionPolicy', ctx.encryptionPolicy),
    }), 'encryption_policy', (policy) => ({ id: policy.id }));
  }

  /**
   * A datastore by name: the target's own data source for the target's datastore, one per name for
   * the others, named after the datastore (never after the VM that used it first).
   */
  public datastoreNamed(name: string): Shared<LightDataVsphereDatastore, { id: string }> {
    const { ctx } = this;
    if (name === ctx.datastore) return this.datastore();
    return this.lookup(`datastore:${name}`, () => new LightDataVsphereDatastore(ctx.target, `Datastore-${slug(name)}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'storage name', name),
      datacenterId: ctx.datacenterId,
    }), `datastore_${slug(name)}`, (datastore) => ({ id: datastore.id }));
  }

  /** A datastore cluster (Storage DRS), by name. */
  public datastoreCluster(name: string): Shared<LightDataVsphereDatastoreCluster, { id: string }> {
    const { ctx } = this;
    return this.lookup(`datastore-cluster:${name}`, () => new LightDataVsphereDatastoreCluster(ctx.target, `DatastoreCluster-${slug(name)}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'storage name', name),
      datacenterId: ctx.datacenterId,
    }), `datastore_cluster_${slug(name)}`, (cluster) => ({ id: cluster.id }));
  }

  /** A VM storage policy a design names (apart from the encryption policy of shielded VMs). */
  public storagePolicy(name: string): Shared<LightDataVsphereStoragePolicy, { id: string }> {
    const { ctx } = this;
    return this.lookup(`storage-policy:${name}`, () => new LightDataVsphereStoragePolicy(ctx.target, `StoragePolicy-${slug(name)}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'storage policy name', name),
    }), `storage_policy_${slug(name)}`, (policy) => ({ id: policy.id }));
  }

  /** A content library, by name. */
  public contentLibrary(name: string): Shared<LightDataVsphereContentLibrary, { id: string }> {
    const { ctx } = this;
    return this.lookup(`content-library:${name}`, () => new LightDataVsphereContentLibrary(ctx.target, `ContentLibrary-${slug(name)}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'content library name', name),
    }), `content_library_${slug(name)}`, (library) => ({ id: library.id }));
  }

  /**
   * An item of a content library, by name. The data source wants a type, but finds the item by
   * its name alone and reads the item's own type (an OVF template or a VM template).
   */
  public contentLibraryItem(library: string, item: string): Shared<LightDataVsphereContentLibraryItem, { id: string }> {
    const { ctx } = this;
    const lib = this.contentLibrary(library);
    const name = `${slug(library)}_${slug(item)}`;
    return this.lookup(`content-library-item:${library}\u0000${item}`, () => {
      claimName(this.names, ctx.target, `content_library_item_${name}`, `content-library item ${JSON.stringify(item)} of library ${JSON.stringify(library)}`);
      return new LightDataVsphereContentLibraryItem(ctx.target, `ContentLibraryItem-${name}`, {
        provider: ctx.provider,
        name: tfText(ctx.target, 'content library item name', item),
        libraryId: lib.id,
        type: 'ovf',
      });
    }, `content_library_item_${name}`, (found) => ({ id: found.id }));
  }

  /** The existing cluster of the target (which must name one), where VMs without cluster or host run. */
  public cluster(): Shared<LightDataVsphereComputeCluster, { resourcePoolId: string }> {
    const { ctx } = this;
    return this.lookup(`cluster:${ctx.cluster}`, () => new LightDataVsphereComputeCluster(ctx.target, 'Cluster', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'cluster', ctx.cluster!),
      datacenterId: ctx.datacenterId,
    }), 'cluster', (cluster) => ({ resourcePoolId: cluster.resourcePoolId }));
  }

  private lookup<T extends TerraformElement, A>(key: string, create: () => T, suffix: string, attributes: (element: T) => A): Shared<T, A> {
    let found = this.shared.get(key) as Shared<T, A> | undefined;
    if (found === undefined) {
      const element = create();
      this.ctx.nameAfter(element, this.ctx.target, suffix);
      found = { element, ...attributes(element) };
      this.shared.set(key, found);
    }
    return found;
  }
}

/**
 * Records that a name made of two or more slugs joined by `_` (a Terraform name, and the construct
 * ID made like it) is given to `what`; refuses a second, different thing of that name. Slugs keep
 * two texts apart, and `_` joins them, so two things get one name only where the digests of two
 * texts agree: refused, naming both, rather than failing in the constructs library.
 *
 * @param names the names given so far, with what each was given to
 * @param scope the construct the refusal names
 * @param name the name
 * @param what the thing named, as a person reads it (with the user's texts in it)
 */
export function claimName(names: Map<string, string>, scope: IConstruct, name: string, what: string): void {
  const taken = names.get(name);
  if (taken !== undefined && taken !== what) {
    throw new DesignError(scope, {
      problem: `The ${taken} and the ${what} would both be named ${name}.`,
      value: what,
      fix: 'rename one of the two',
    });
  }
  names.set(name, what);
}

/**
 * A name, or any text, as a part of a Terraform name: itself when it is 1 to 40 letters, digits
 * and dashes; otherwise its letters, digits and dashes (others as `_`, at most 32) and a digest of
 * the whole, so that two texts never give one name (`_` only ever joins parts).
 */
export function slug(text: string): string {
  if (/^[A-Za-z0-9-]{1,40}$/.test(text)) return text;
  const digest = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
  return `${text.replace(/[^A-Za-z0-9-]/g, '_').slice(0, 32)}_${digest}`;
}
