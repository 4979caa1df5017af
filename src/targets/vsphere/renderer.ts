import { checkCheckpointLocation } from './checks';
import { ClusterRef, renderCluster } from './clusters';
import { DataDisk, dataDisk } from './disks';
import { VsphereInventory } from './inventory';
import { LightVirtualMachine } from './light-resources';
import { VsphereLookups, VsphereRenderContext } from './lookups';
import { PortGroup, renderNetwork } from './networks';
import { pairRunbook, renderSnapshot } from './pairs';
import { renderRule } from './rules';
import { RenderedVm, renderVm, vmAttributes } from './vms';
import { TerraformElement } from '../../core';
import { ClusterNode, DiskNode, NetworkNode, PairNode, RuleNode, VmNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { Design, Placement, Renderer, RunbookData } from '../protocol';

/**
 * Renders a design into vmware/vsphere resources: port groups, clusters with their HA and DRS
 * settings, VMs cloned from templates, DRS rules and snapshots, with the data sources they share.
 * vSphere DRS places the VMs of clusters; the library places none.
 */
export class VsphereRenderer extends Renderer<DataDisk> {
  private readonly lookups: VsphereLookups;
  private readonly inventory: VsphereInventory;
  private readonly networkIds = new Map<NetworkNode, string>();
  /** Port group (distributed) or name (standard) of each network, for VMkernel adapters. */
  private readonly portGroups = new Map<NetworkNode, PortGroup>();
  private readonly clusters = new Map<ClusterNode, ClusterRef>();
  private readonly vms = new Map<VmNode, RenderedVm>();
  private placement?: Placement;

  constructor(private readonly ctx: VsphereRenderContext, private readonly design: Design) {
    super();
    this.lookups = new VsphereLookups(ctx);
    this.inventory = new VsphereInventory(ctx);
  }

  /** A VM runs on the host it names, or the one host a mandatory run-on rule keeps it on; DRS places the others. */
  public place(design: Design): Placement {
    this.placement = {
      hostOf: (vm) => vm.host ?? pinningHost(vm, design.rulesOfVm(vm)),
      scheduler: 'vSphere DRS',
      unplaced: this.ctx.cluster === undefined ? undefined : `cluster ${this.ctx.cluster} of the target (placed by vSphere DRS)`,
    };
    return this.placement;
  }

  public network(network: NetworkNode): RenderedElement {
    const { element, portGroup } = renderNetwork(this.ctx, this.lookups, network);
    this.networkIds.set(network, element.attributes.id);
    this.portGroups.set(network, portGroup);
    return element;
  }

  public cluster(cluster: ClusterNode): RenderedElement {
    const { design } = this;
    const { element, ref } = renderCluster(this.ctx, this.lookups, cluster, design.membersOf(cluster), design.rulesOf(cluster),
      (network) => this.portGroups.get(network)!);
    this.clusters.set(cluster, ref);
    return element;
  }

  public disk(vm: VmNode, disk: DiskNode): DataDisk {
    return dataDisk(vm, disk);
  }

  public vm(vm: VmNode, disks: DataDisk[]): RenderedElement {
    const hostName = this.placement?.hostOf(vm);
    const { ctx, lookups, inventory } = this;
    const hostCluster = vm.cluster === undefined && vm.host !== undefined ? this.design.clusters.find((c) => c.hosts.includes(vm.host!)) : undefined;
    const rendered = renderVm({ ctx, lookups, inventory }, vm, this.design.imageOf(vm), disks, {
      networkIdOf: (network) => this.networkIds.get(network)!,
      cluster: vm.cluster && this.clusters.get(vm.cluster),
      hostCluster: hostCluster && { node: hostCluster, ref: this.clusters.get(hostCluster)! },
    });
    this.vms.set(vm, rendered);
    return { main: rendered.virtualMachine, resources: rendered.resources, attributes: vmAttributes(vm, rendered, hostName) };
  }

  public ruleGroup(rule: RuleNode): RenderedElement {
    const vmIds = rule.vms.map((vm) => this.vms.get(vm)!.idOf());
    return renderRule(this.ctx, this.lookups, rule, this.clusters.get(rule.cluster)!.id, vmIds);
  }

  /** A pair's VMs and its anti-affinity rule are rendered as such; its checkpoint's location cannot be chosen. */
  public replicaPair(pair: PairNode): undefined {
    checkCheckpointLocation(pair);
    return undefined;
  }

  /** The VM's snapshot, recorded among the VM's resources. */
  public checkpoint(pair: PairNode, vm: VmNode): TerraformElement {
    const snapshot = renderSnapshot(this.ctx, pair, vm, this.vmOf(vm));
    this.vms.get(vm)!.resources.snapshot = snapshot;
    return snapshot;
  }

  /** Per cluster: its hosts and failures tolerated, the VMs DRS places, and its rules. */
  public report(design: Design): string[] {
    return design.clusters.flatMap((cluster) => {
      const members = design.membersOf(cluster).map((vm) => vm.name);
      const own = design.rulesOf(cluster);
      const k = cluster.hostFailuresToTolerate;
      return [
        `Cluster ${cluster.name} (vSphere${cluster.existing ? ', adopted' : ''}): hosts ${cluster.hosts.join(', ')}; tolerates ${k} host failure${k === 1 ? '' : 's'}.`,
        `vSphere DRS places the VMs (${members.join(', ') || 'none'}) and HA restarts them on surviving hosts.`,
        `Rules: ${own.length === 0 ? 'none' : own.map(describeRule).join('; ')}.`,
        '',
      ];
    });
  }

  public runbook(pair: PairNode): RunbookData {
    return pairRunbook(pair);
  }

  private vmOf(vm: VmNode): LightVirtualMachine {
    return this.vms.get(vm)!.virtualMachine;
  }
}

function describeRule(rule: RuleNode): string {
  return `${rule.name} (${rule.kind}${rule.hosts.length ? ` ${rule.hosts.join(', ')}` : ''}, ${rule.mandatory ? 'mandatory' : 'preferred'}): `
    + rule.vms.map((v) => v.name).join(', ');
}

/** The one host a mandatory run-on rule keeps a VM on, if there is one; DRS places the VM anywhere else. */
function pinningHost(vm: VmNode, rules: readonly RuleNode[]): string | undefined {
  const hosts = rules.filter((r) => r.kind === 'run-on' && r.mandatory && r.hosts.length === 1 && r.vms.includes(vm)).map((r) => r.hosts[0]);
  return hosts.length === 1 ? hosts[0] : undefined;
}
