import type { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { Construct, IConstruct } from 'constructs';
import {
  LightDataVsphereComputeCluster, LightDataVsphereDatastore, LightDataVsphereDistributedVirtualSwitch, LightDataVsphereHost,
  LightDataVsphereStoragePolicy, LightDataVsphereVirtualMachine,
} from './light-resources';
import { IResolvable, TerraformElement } from '../../core';
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
    return this.lookup(`template:${name}`, () => new LightDataVsphereVirtualMachine(ctx.target, `Template-${image}`, {
      provider: ctx.provider,
      name: tfText(ctx.target, 'images', name),
      datacenterId: ctx.datacenterId,
    }), `template_${image}`, (template) => {
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
