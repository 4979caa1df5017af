import type { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { Construct, IConstruct } from 'constructs';
import {
  LightDataVsphereComputeCluster, LightDataVsphereDatastore, LightDataVsphereDistributedVirtualSwitch, LightDataVsphereHost,
  LightDataVsphereStoragePolicy, LightDataVsphereVirtualMachine,
} from './light-resources';
import { TerraformElement } from '../../core';
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
  /** Gives a rendered element its Terraform name. */
  nameAfter(element: TerraformElement, owner: IConstruct, suffix?: string): void;
}

/**
 * The data sources of a vCenter that the networks, clusters and VMs of a design share (hosts, the
 * datastore, templates, the switch, the encryption policy, the target's cluster): each created
 * under the target, and named after it, where it is first used.
 */
export class VsphereLookups {
  private readonly elements = new Map<string, TerraformElement>();

  constructor(private readonly ctx: VsphereRenderContext) {}

  /** An ESXi host. */
  public host(name: string): LightDataVsphereHost {
    const { ctx } = this;
    return this.lookup(`host:${name}`, () => new LightDataVsphereHost(ctx.target, `Host-${name}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'host name', name),
      datacenterId: ctx.datacenterId,
    }), `host_${name}`);
  }

  /** The datastore of the target (which must name one). */
  public datastore(): LightDataVsphereDatastore {
    const { ctx } = this;
    return this.lookup(`datastore:${ctx.datastore}`, () => new LightDataVsphereDatastore(ctx.target, 'Datastore', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'datastore', ctx.datastore!),
      datacenterId: ctx.datacenterId,
    }), 'datastore');
  }

  /** The VM template an image is cloned from: the one the target maps it to, or the one named like it. */
  public template(image: string): LightDataVsphereVirtualMachine {
    const { ctx } = this;
    const name = ctx.images.get(image) ?? image;
    return this.lookup(`template:${name}`, () => new LightDataVsphereVirtualMachine(ctx.target, `Template-${image}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'images', name),
      datacenterId: ctx.datacenterId,
    }), `template_${image}`);
  }

  /** The distributed switch of the target (which must name one). */
  public distributedSwitch(): LightDataVsphereDistributedVirtualSwitch {
    const { ctx } = this;
    return this.lookup(`dvs:${ctx.distributedSwitch}`, () => new LightDataVsphereDistributedVirtualSwitch(ctx.target, 'DistributedSwitch', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'distributedSwitch', ctx.distributedSwitch!),
      datacenterId: ctx.datacenterId,
    }), 'dvs');
  }

  /** The storage policy that encrypts. */
  public encryptionPolicy(): LightDataVsphereStoragePolicy {
    const { ctx } = this;
    return this.lookup(`policy:${ctx.encryptionPolicy}`, () => new LightDataVsphereStoragePolicy(ctx.target, 'EncryptionPolicy', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'encryptionPolicy', ctx.encryptionPolicy),
    }), 'encryption_policy');
  }

  /** The existing cluster of the target (which must name one), where VMs without cluster or host run. */
  public cluster(): LightDataVsphereComputeCluster {
    const { ctx } = this;
    return this.lookup(`cluster:${ctx.cluster}`, () => new LightDataVsphereComputeCluster(ctx.target, 'Cluster', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'cluster', ctx.cluster!),
      datacenterId: ctx.datacenterId,
    }), 'cluster');
  }

  private lookup<T extends TerraformElement>(key: string, create: () => T, suffix: string): T {
    let element = this.elements.get(key);
    if (element === undefined) {
      element = create();
      this.ctx.nameAfter(element, this.ctx.target, suffix);
      this.elements.set(key, element);
    }
    return element as T;
  }
}
