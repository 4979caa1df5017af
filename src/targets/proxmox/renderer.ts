import { checkDesign } from './checks';
import { ProxmoxRenderContext } from './context';
import { renderHaResource } from './ha';
import { ProxmoxImages } from './images';
import { LightVm } from './light-resources';
import { ProxmoxNetworks } from './networks';
import { pairRunbook } from './pairs';
import { placeVms } from './placement';
import { renderSnippets } from './snippets';
import { renderVm, vmDatastore } from './vms';
import { DiskNode, NetworkNode, PairNode, VmNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { wholeUnits } from '../../model/validate';
import type { VirtualEnvironmentVmDisk } from '../../providers/proxmox/virtual-environment-vm';
import { AliasPlacement } from '../alias-placement';
import { Design, Renderer, RunbookData } from '../protocol';

/**
 * Renders a design into bpg/proxmox resources through the cluster's one provider: SDN vnets,
 * VMs cloned from templates or imported from downloaded images with cloud-init snippets, and an
 * HA resource for every VM of a cluster.
 */
export class ProxmoxRenderer extends Renderer<VirtualEnvironmentVmDisk> {
  private readonly networks: ProxmoxNetworks;
  private readonly images: ProxmoxImages;
  private placement?: AliasPlacement;

  constructor(private readonly ctx: ProxmoxRenderContext, private readonly design: Design) {
    super();
    this.networks = new ProxmoxNetworks(ctx);
    this.images = new ProxmoxImages(ctx);
  }

  public check(design: Design): void {
    checkDesign(this.ctx, design);
  }

  public place(design: Design): AliasPlacement {
    this.placement = placeVms(design, this.ctx);
    return this.placement;
  }

  public network(network: NetworkNode): RenderedElement | undefined {
    return this.networks.render(network);
  }

  public disk(vm: VmNode, disk: DiskNode): VirtualEnvironmentVmDisk {
    return {
      interface: `scsi${disk.slot}`,
      datastoreId: disk.disk.storage?.name ?? vmDatastore(this.ctx, vm),
      size: wholeUnits(vm.scope, `The size of disk ${disk.name}`, disk.disk.size, 'GiB'),
      iothread: true,
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
      dependsOn: applied && vm.nics.some((nic) => !nic.network.existing) ? [applied] : [],
      wantsAddresses: this.design.wantsAddresses(vm),
    });
    if (vm.cluster === undefined) return rendered;
    const ha = renderHaResource(this.ctx, vm, (rendered.main as LightVm).vmId);
    return { ...rendered, resources: { ...rendered.resources, haResource: ha } };
  }

  public report(): string[] {
    return this.placement!.report;
  }

  public runbook(pair: PairNode): RunbookData {
    return pairRunbook(pair, this.placement!);
  }
}
