import { IConstruct } from 'constructs';
import { TerraformElement } from '../core';
import { ClusterNode, DiskNode, NetworkNode, PairNode, RuleNode, VmNode } from '../model/design';
import { Image } from '../model/image';
import { ADDRESSES, MAC_ADDRESSES, RenderedElement } from '../model/target-contract';

/*
 * The rendering protocol every target follows. `Target` owns the walk and runs it in four phases:
 *
 *   1. check   the capability table, then the renderer's `check` of the whole design;
 *   2. place   the renderer's `place`: which host each VM runs on, where the library decides it;
 *   3. render  one hook per kind of design element, in this order: every network, every cluster,
 *              every VM (its disks first), every rule group, every replica pair and its checkpoints;
 *   4. report  the placement report, the runbook of each replica pair and the topology diagram.
 *
 * A renderer implements the hooks for its vendor and creates resources only from them; what a hook
 * returns is recorded for the element's construct (`node.defaultChild`, attributes, accessors).
 */

/** The design of one target, with the lookups the hooks need, built once. */
export class Design {
  public readonly networks: readonly NetworkNode[];
  public readonly vms: readonly VmNode[];
  public readonly clusters: readonly ClusterNode[];
  public readonly rules: readonly RuleNode[];
  public readonly pairs: readonly PairNode[];

  private readonly wanted: (vm: VmNode, attribute: string) => boolean;
  private readonly imageSources: { readonly [image: string]: Image };
  private readonly members = new Map<ClusterNode, VmNode[]>();
  private readonly rulesByCluster = new Map<ClusterNode, RuleNode[]>();
  private readonly rulesByVm = new Map<VmNode, RuleNode[]>();

  constructor(elements: {
    readonly networks: readonly NetworkNode[];
    readonly vms: readonly VmNode[];
    readonly clusters: readonly ClusterNode[];
    readonly rules: readonly RuleNode[];
    readonly pairs: readonly PairNode[];
    wants(node: VmNode, attribute: string): boolean;
  }, imageSources: { readonly [image: string]: Image } = {}) {
    this.wanted = (vm, attribute) => elements.wants(vm, attribute);
    this.imageSources = imageSources;
    this.networks = [...elements.networks];
    this.vms = [...elements.vms];
    this.clusters = [...elements.clusters];
    this.rules = [...elements.rules];
    this.pairs = [...elements.pairs];
    for (const vm of this.vms) {
      if (vm.cluster !== undefined) push(this.members, vm.cluster, vm);
    }
    for (const rule of this.rules) {
      push(this.rulesByCluster, rule.cluster, rule);
      for (const vm of new Set(rule.vms)) push(this.rulesByVm, vm, rule);
    }
  }

  /**
   * The image a VM's OS disk is made from on this target: the target's `imageSources` entry for
   * the image's name, or the design's image.
   */
  public imageOf(vm: VmNode): Image {
    return Object.prototype.hasOwnProperty.call(this.imageSources, vm.image.name) ? this.imageSources[vm.image.name] : vm.image;
  }

  /** The VMs of a cluster, in design order. */
  public membersOf(cluster: ClusterNode): readonly VmNode[] {
    return this.members.get(cluster) ?? [];
  }

  /** The rule groups of a cluster, in design order. */
  public rulesOf(cluster: ClusterNode): readonly RuleNode[] {
    return this.rulesByCluster.get(cluster) ?? [];
  }

  /**
   * Whether a VM's IP addresses are used (its construct's `primaryIpv4` or `ipAddresses` was read):
   * the renderer then makes Terraform wait for them, or reads them with a data source.
   */
  public wantsAddresses(vm: VmNode): boolean {
    return this.wanted(vm, ADDRESSES);
  }

  /**
   * Whether the MAC address of one of a VM's NICs is used (its construct's `macAddress(i)` was read):
   * a renderer whose provider keeps no MAC address the platform chose reads them with a data source.
   */
  public wantsMacAddresses(vm: VmNode): boolean {
    return this.wanted(vm, MAC_ADDRESSES);
  }

  /** The rule groups a VM is in, in design order. */
  public rulesOfVm(vm: VmNode): readonly RuleNode[] {
    return this.rulesByVm.get(vm) ?? [];
  }
}

/**
 * The attributes a VM's rendering records, each a Terraform expression of its main resource (or
 * of a data source reading it): `id`, `primaryIpv4`, `ipAddresses` (a list), `macAddresses` (a list
 * with one expression per NIC, in NIC order) and `hostName` (the host it runs on).
 */
export type VmAttributeName = 'id' | 'primaryIpv4' | 'ipAddresses' | 'macAddresses' | 'hostName';

/** Where the VMs of a design run, as the place phase decided. */
export interface Placement {
  /** The scheduler that places the VMs of clusters; undefined when the library placed them. */
  readonly scheduler?: string;
  /** Where VMs with neither a cluster nor a known host run, as a title for them. */
  readonly unplaced?: string;
  /** The host a VM runs on, where known at synth (undefined where the vendor's scheduler decides). */
  hostOf(vm: VmNode): string | undefined;
}

/** The vendor's part of a replica pair's failover runbook: what the shared text does not say. */
export interface RunbookData {
  /** The opening paragraph: how the pair runs on this vendor. */
  readonly summary: string;
  readonly planned: string[];
  readonly unplanned: string[];
  readonly failback: string[];
  readonly notes: string[];
}

/** A VM's rendering: the element recorded for its construct. */
export type RenderedVm = RenderedElement;

/**
 * A vendor's renderer: the hooks `Target` calls, phase by phase. `D` is what the disk hook gives
 * the VM hook for each data disk.
 */
export abstract class Renderer<D = unknown> {
  /** Phase 1: the vendor's checks of the whole design, beyond its capability table. */
  public check(_design: Design): void {
    // most vendors check each element in its hook
  }

  /** Phase 2: where each VM runs. */
  public abstract place(design: Design): Placement;

  /** Phase 3: a network; undefined where nothing is rendered for it (an existing network the provider cannot read). */
  public abstract network(network: NetworkNode): RenderedElement | undefined;

  /** Phase 3: an HA cluster, before its VMs. */
  public cluster(_cluster: ClusterNode): RenderedElement | undefined {
    return undefined;
  }

  /** Phase 3: a data disk of a VM, before the VM. */
  public abstract disk(vm: VmNode, disk: DiskNode): D;

  /** Phase 3: a VM, with what the disk hook gave for each of its data disks (in slot order). */
  public abstract vm(vm: VmNode, disks: D[]): RenderedElement;

  /** Phase 3: a DRS rule group, after every VM. */
  public ruleGroup(_rule: RuleNode): RenderedElement | undefined {
    return undefined;
  }

  /** Phase 3: a replica pair, after every VM. */
  public replicaPair(_pair: PairNode): RenderedElement | undefined {
    return undefined;
  }

  /** Phase 3: the checkpoint of one VM of a replica pair that asks for one. */
  public checkpoint(_pair: PairNode, _vm: VmNode): TerraformElement | undefined {
    return undefined;
  }

  /** Phase 4: the lines of the placement report (none by default). */
  public report(_design: Design): string[] {
    return [];
  }

  /** Phase 4: the vendor's part of a replica pair's runbook. */
  public abstract runbook(pair: PairNode): RunbookData;
}

/** Gives a rendered element its Terraform name after the construct it renders. */
export type NameAfter = (element: TerraformElement, owner: IConstruct, suffix?: string) => void;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
