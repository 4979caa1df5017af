import { PlacementLock } from './cluster-placement';
import { knownAtSynth } from './escaping';
import { hostOfVm } from './hosts';
import { placeCluster, placementTable } from './place-cluster';
import { Design, Placement } from './protocol';
import { ClusterNode, VmNode } from '../model/design';

/** How a vendor with one provider alias per host places its clusters. */
export interface AliasPlacementOptions {
  /** The vendor's name in messages and the report. */
  readonly vendor: string;
  /** The target's hosts, one provider alias each. */
  readonly hostNames: readonly string[];
  /** Where cluster placements are kept. */
  readonly lock: PlacementLock;
  /** The vendor's checks of a cluster before it is placed. */
  checkCluster(cluster: ClusterNode): void;
  /**
   * The vendor's lines after a cluster's placement table (its failover, its migration network).
   *
   * @param placed where the VMs are placed now, and where the lock had them before
   */
  notes(cluster: ClusterNode, placed: { readonly hostOf: ReadonlyMap<VmNode, string>; readonly previous: ReadonlyMap<string, string> }): string[];
}

/**
 * The placement of vendors whose hosts are reached through a provider alias each (Hyper-V,
 * libvirt): the library places the VMs of each cluster over its hosts and keeps the placement in
 * the lock; every other VM runs on the host it names, or the target's only host.
 */
export class AliasPlacement implements Placement {
  /** The lines of the placement report, a section per cluster. */
  public readonly report: string[];
  private readonly placed = new Map<VmNode, string>();

  constructor(design: Design, private readonly options: AliasPlacementOptions) {
    this.report = design.clusters.flatMap((cluster) => this.placeCluster(design, cluster));
  }

  /** The host a VM runs on: its place in its cluster, or the host it names, or the only host. */
  public hostOf(vm: VmNode): string {
    return this.placed.get(vm) ?? hostOfVm(vm, this.options.hostNames);
  }

  private placeCluster(design: Design, cluster: ClusterNode): string[] {
    const { vendor, hostNames, lock } = this.options;
    this.options.checkCluster(cluster);
    const members = design.membersOf(cluster);
    for (const vm of members) {
      knownAtSynth(vm.scope, 'cpus', vm.cpus, `the library places the VMs of cluster ${cluster.name} on its hosts at synth`);
    }
    const { hostOf, placement, previous } = placeCluster(cluster, members, design.rulesOf(cluster), lock, vendor, hostNames);
    for (const [vm, host] of hostOf) this.placed.set(vm, host);
    const k = cluster.hostFailuresToTolerate;
    return [
      `Cluster ${cluster.name} (${vendor}): hosts ${cluster.hosts.join(', ')}; tolerates ${k} host failure${k === 1 ? '' : 's'}; placed by cdktf-hypervisor (lock: ${lock.displayName}).`,
      ...placementTable(cluster, placement),
      ...this.options.notes(cluster, { hostOf, previous }),
      '',
    ];
  }
}
