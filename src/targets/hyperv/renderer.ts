import { checkCheckpointLocation, checkNetwork } from './checks';
import { placeClusters, renderClusterRole, renderMigrationNetwork } from './clusters';
import { HypervRenderContext } from './context';
import { HypervDataDisk, renderDataDisk } from './disks';
import { HypervImages } from './images';
import { HypervSwitches } from './networks';
import { VmScripts, pairRunbook, renderCheckpoint, renderPair } from './pairs';
import { ScriptResource } from './script-resource';
import { HypervFiles } from './vhd-files';
import { HypervVmRendering, VmStart, renderVm, startVm } from './vms';
import { TerraformElement } from '../../core';
import { ClusterNode, DiskNode, NetworkNode, PairNode, VmNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { AliasPlacement } from '../alias-placement';
import { Design, Renderer, RunbookData } from '../protocol';

/**
 * Renders a design into taliesins/hyperv resources on each host's provider alias: virtual
 * switches (VLANs on the adapters), VHDX disks on a parent image, a cloud-init ISO and the VM, and
 * PowerShell run over WinRM for what the provider cannot configure (security, clustered roles,
 * migration networks, checkpoints, Hyper-V Replica).
 */
export class HypervRenderer extends Renderer<HypervDataDisk> {
  private readonly switches: HypervSwitches;
  /** The images downloaded from URLs, one per image and host. */
  private readonly images: HypervImages;
  /** The files the rendering puts on the hosts, by folder. */
  private readonly files = new HypervFiles();
  /** The checkpoint of each VM of a replica pair that asks for one. */
  private readonly checkpointOf = new Map<VmNode, { readonly name: string; readonly location?: string }>();
  /** Each VM's checks and OS disk, made by its first disk or by the VM itself. */
  private readonly started = new Map<VmNode, VmStart>();
  private readonly rendered = new Map<VmNode, HypervVmRendering>();
  private placement?: AliasPlacement;

  constructor(private readonly ctx: HypervRenderContext, private readonly design: Design) {
    super();
    this.switches = new HypervSwitches(ctx, new Set(design.vms.flatMap((vm) => vm.nics.filter((n) => n.sriov).map((n) => n.network))));
    this.images = new HypervImages(ctx, this.files);
    for (const pair of design.pairs) {
      if (pair.checkpoint === undefined) continue;
      for (const vm of [pair.primary, ...(pair.replica ? [pair.replica] : [])]) this.checkpointOf.set(vm, pair.checkpoint);
    }
  }

  public check(design: Design): void {
    for (const network of design.networks) checkNetwork(this.ctx, network);
    for (const pair of design.pairs) checkCheckpointLocation(pair);
  }

  public place(design: Design): AliasPlacement {
    this.placement = placeClusters(this.ctx, design);
    return this.placement;
  }

  public network(network: NetworkNode): RenderedElement {
    return this.switches.render(network);
  }

  public cluster(cluster: ClusterNode): RenderedElement | undefined {
    return renderMigrationNetwork(this.ctx, cluster);
  }

  public disk(vm: VmNode, disk: DiskNode): HypervDataDisk {
    return renderDataDisk(this.ctx, this.start(vm).folder, disk);
  }

  public vm(vm: VmNode, disks: HypervDataDisk[]): RenderedElement {
    const host = this.hostOf(vm);
    const rendered = renderVm(this.ctx, this.start(vm), disks, {
      host,
      switches: this.switches,
      checkpoint: this.checkpointOf.get(vm),
      wantsAddresses: this.design.wantsAddresses(vm),
    });
    const security = rendered.resources.security as ScriptResource | undefined;
    const role = renderClusterRole(this.ctx, this.design, vm, host, rendered.main, security);
    if (role !== undefined) rendered.resources.clusterRole = role;
    this.rendered.set(vm, rendered);
    return rendered;
  }

  public replicaPair(pair: PairNode): RenderedElement | undefined {
    return renderPair(this.ctx, pair, this.placement!, this.scriptsOf(pair.primary));
  }

  public checkpoint(pair: PairNode, vm: VmNode): TerraformElement {
    const checkpoint = renderCheckpoint(this.ctx, pair, vm, this.hostOf(vm), this.scriptsOf(vm));
    this.rendered.get(vm)!.resources.checkpoint = checkpoint;
    return checkpoint;
  }

  public report(): string[] {
    return this.placement!.report;
  }

  public runbook(pair: PairNode): RunbookData {
    return pairRunbook(this.ctx, pair, this.placement!);
  }

  private hostOf(vm: VmNode): string {
    return this.placement!.hostOf(vm);
  }

  private start(vm: VmNode): VmStart {
    let start = this.started.get(vm);
    if (start === undefined) {
      start = startVm(this.ctx, vm, this.hostOf(vm), this.design.imageOf(vm), this.images, this.files);
      this.started.set(vm, start);
    }
    return start;
  }

  private scriptsOf(vm: VmNode): VmScripts {
    const { main, resources } = this.rendered.get(vm)!;
    const before = [resources.security, resources.clusterRole].filter((r): r is ScriptResource => r !== undefined);
    return { machine: main, before };
  }
}
