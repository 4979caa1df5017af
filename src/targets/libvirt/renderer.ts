import { checkNetwork, checkVm } from './checks';
import { checkImages } from './checks-everyday';
import { placeVms } from './clusters';
import { LibvirtRenderContext } from './context';
import { AttachedVolume, LibvirtStorage } from './disks';
import { checkImageVolumes } from './images';
import { checkIsoVolumes } from './isos';
import { LibvirtNetworks } from './networks';
import { pairRunbook } from './pairs';
import { checkVmVolumes } from './pool-volumes';
import { renderVm } from './vms';
import { DiskNode, NetworkNode, PairNode, VmNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { AliasPlacement } from '../alias-placement';
import { Design, Renderer, RunbookData } from '../protocol';

/**
 * Renders a design into dmacvicar/libvirt resources on each host's provider alias: networks,
 * qcow2 overlay volumes on a base image (downloaded once per host from a URL image), a cloud-init
 * disk, and a q35 domain with virtio devices and SATA cdroms (ISO files downloaded once per host
 * from their `isoSources` URL).
 * Clusters, rule groups and replica pairs render no resource: the library places their VMs.
 */
export class LibvirtRenderer extends Renderer<AttachedVolume> {
  private readonly networks: LibvirtNetworks;
  private readonly storage: LibvirtStorage;
  private placement?: AliasPlacement;

  constructor(private readonly ctx: LibvirtRenderContext, private readonly design: Design) {
    super();
    this.networks = new LibvirtNetworks(ctx);
    this.storage = new LibvirtStorage(ctx, (vm) => design.imageOf(vm));
  }

  public check(design: Design): void {
    for (const network of design.networks) checkNetwork(network, this.ctx.bridge);
    for (const vm of design.vms) checkVm(vm, this.ctx, design.imageOf(vm));
    const images = design.vms.map((vm) => ({ vm, image: design.imageOf(vm) }));
    checkImages(images);
    checkImageVolumes(this.ctx, images);
    checkIsoVolumes(this.ctx, images);
    checkVmVolumes(this.ctx, design.vms);
  }

  public place(design: Design): AliasPlacement {
    this.placement = placeVms(design, this.ctx);
    return this.placement;
  }

  public network(network: NetworkNode): RenderedElement | undefined {
    return this.networks.render(network);
  }

  public disk(vm: VmNode, disk: DiskNode): AttachedVolume {
    return this.storage.dataVolume(vm, this.hostOf(vm), disk);
  }

  public vm(vm: VmNode, dataVolumes: AttachedVolume[]): RenderedElement {
    const { networks, storage } = this;
    // a MAC address libvirt chose is reported only by the data source that reads the addresses
    const readsMacs = this.design.wantsMacAddresses(vm) && vm.nics.some((nic) => nic.macAddress === undefined);
    const wantsAddresses = this.design.wantsAddresses(vm) || readsMacs;
    return renderVm(this.ctx, vm, { host: this.hostOf(vm), storage, networks, dataVolumes, wantsAddresses });
  }

  public report(): string[] {
    return this.placement!.report;
  }

  public runbook(pair: PairNode): RunbookData {
    return pairRunbook(pair, this.placement!);
  }

  private hostOf(vm: VmNode): string {
    return this.placement!.hostOf(vm);
  }
}
