import { checkDesign } from './checks';
import { ProxmoxRenderContext } from './context';
import { ProxmoxPools, diskInterface } from './everyday';
import { renderHaResource } from './ha';
import { ProxmoxImages } from './images';
import { LightVm } from './light-resources';
import { ProxmoxMigration } from './migration';
import { ProxmoxNetworks } from './networks';
import { pairRunbook } from './pairs';
import { placeVms } from './placement';
import { checkReplication, renderReplication } from './replication';
import { checkRules, renderRule } from './rules';
import { renderSnippets } from './snippets';
import { renderVm, vmDatastore } from './vms';
import { TerraformResource } from '../../core';
import { ClusterNode, DiskNode, NetworkNode, PairNode, RuleNode, VmNode } from '../../model/design';
import { DiskBus } from '../../model/disk';
import { ReplicationMode } from '../../model/replication';
import { RenderedElement } from '../../model/target-contract';
import { wholeUnits } from '../../model/validate';
import type { VirtualEnvironmentVmDisk } from '../../providers/proxmox/virtual-environment-vm';
import { AliasPlacement } from '../alias-placement';
import { Design, Renderer, RunbookData } from '../protocol';

/**
 * Renders a design into bpg/proxmox resources through the cluster's one provider: SDN vnets,
 * VMs cloned from templates or imported from downloaded images with cloud-init snippets, an HA
 * resource for every VM of a cluster, an HA rule per rule group, and storage replication for
 * hypervisor-mode replica pairs.
 */
export class ProxmoxRenderer extends Renderer<VirtualEnvironmentVmDisk> {
  private readonly ctx: ProxmoxRenderContext;
  private readonly networks: ProxmoxNetworks;
  private readonly images: ProxmoxImages;
  private readonly pools: ProxmoxPools;
  private readonly haResources = new Map<VmNode, TerraformResource>();
  private readonly vmIds = new Map<VmNode, number>();
  private readonly migration: ProxmoxMigration;
  private placement?: AliasPlacement;

  constructor(ctx: ProxmoxRenderContext, private readonly design: Design) {
    super();
    const replicated = design.pairs.filter((p) => p.mode === ReplicationMode.HYPERVISOR).map((p) => p.primary);
    this.ctx = { ...ctx, replicatedVms: new Set(replicated) };
    this.networks = new ProxmoxNetworks(this.ctx);
    this.images = new ProxmoxImages(this.ctx);
    this.pools = new ProxmoxPools(this.ctx);
    this.migration = new ProxmoxMigration(this.ctx);
  }

  public check(design: Design): void {
    checkDesign(this.ctx, design);
    checkRules(this.ctx, design.rules);
  }

  public place(design: Design): AliasPlacement {
    this.placement = placeVms(design, this.ctx);
    for (const pair of design.pairs) checkReplication(this.ctx, pair, this.placement);
    return this.placement;
  }

  public network(network: NetworkNode): RenderedElement | undefined {
    return this.networks.render(network, this.design.clusters, this.design.vms);
  }

  public cluster(cluster: ClusterNode): RenderedElement | undefined {
    return this.migration.render(cluster, this.networks.applied);
  }

  public disk(vm: VmNode, disk: DiskNode): VirtualEnvironmentVmDisk {
    return {
      interface: diskInterface(vm, disk),
      datastoreId: disk.disk.storage?.name ?? vmDatastore(this.ctx, vm),
      size: wholeUnits(vm.scope, `The size of disk ${disk.name}`, disk.disk.size, 'GiB'),
      // the provider sends an I/O thread for SCSI disks only, and would read it back off on the others
      iothread: disk.disk.bus === DiskBus.PARAVIRTUAL ? true : undefined,
      discard: 'on',
    };
  }

  public vm(vm: VmNode, dataDisks: VirtualEnvironmentVmDisk[]): RenderedElement {
    const node = this.placement!.hostOf(vm);
    const image = this.design.imageOf(vm);
    const applied = this.networks.applied;
    const rendered = renderVm(this.ctx, vm, {
      node,
      image,
      source: this.images.sourceOf(vm, image, node),
      dataDisks,
      nics: vm.nics.map((nic) => this.networks.nic(nic)),
      snippets: renderSnippets(this.ctx, vm, node),
      dependsOn: applied && vm.nics.some((nic) => !nic.network.existing && nic.network.vlanId !== undefined) ? [applied] : [],
      wantsAddresses: this.design.wantsAddresses(vm),
      poolId: this.pools.poolOf(vm),
    });
    const vmId = (rendered.main as LightVm).vmId;
    this.vmIds.set(vm, vmId);
    if (vm.cluster === undefined) return rendered;
    const ha = renderHaResource(this.ctx, vm, vmId);
    this.haResources.set(vm, ha);
    return { ...rendered, resources: { ...rendered.resources, haResource: ha } };
  }

  public ruleGroup(rule: RuleNode): RenderedElement {
    const pair = this.design.pairs.find((p) => p.mode === ReplicationMode.HYPERVISOR && rule.scope.node.scope === p.scope);
    const replicated = pair && { pair, primaryNode: this.placement!.hostOf(pair.primary) };
    const resource = renderRule(this.ctx, rule, this.haResources, this.vmIds, replicated);
    return { main: resource, resources: { rule: resource }, attributes: {} };
  }

  public replicaPair(pair: PairNode): RenderedElement | undefined {
    // a guest-mode pair's VMs are kept apart by the pair's own rule group (an HA rule, above)
    if (pair.mode !== ReplicationMode.HYPERVISOR) return undefined;
    const job = renderReplication(this.ctx, pair, this.vmIds.get(pair.primary)!);
    return { main: job, resources: { replication: job }, attributes: {} };
  }

  public report(): string[] {
    return this.placement!.report;
  }

  public runbook(pair: PairNode): RunbookData {
    return pairRunbook(this.ctx, pair, this.placement!);
  }
}
