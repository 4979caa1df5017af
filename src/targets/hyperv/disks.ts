import { diskBytes } from './checks';
import { HypervRenderContext } from './context';
import { LightVhd } from './light-resources';
import { TerraformProvider } from '../../core';
import { DiskNode, VmNode } from '../../model/design';
import { DiskProvisioning } from '../../model/disk';
import type { MachineInstanceHardDiskDrives } from '../../providers/hyperv/machine-instance';
import { tfText } from '../escaping';

/** Where a VM's disks go: its host's provider and its folder there. */
export interface VmFolder {
  readonly vm: VmNode;
  readonly provider: TerraformProvider;
  /** The VM's folder on its host: `<vmDirectory>\<name>`. */
  readonly path: string;
  /** 1 with BIOS firmware, 2 with UEFI. */
  readonly generation: 1 | 2;
}

/** A data disk of a VM as the disk hook renders it. */
export interface HypervDataDisk {
  readonly name: string;
  readonly slot: number;
  readonly vhd: LightVhd;
}

/**
 * The OS disk of a VM: a differencing disk on the image, which keeps its parent's size, or, when
 * the VM asks for a larger OS disk, a resized copy of the image.
 */
export function renderOsDisk(ctx: HypervRenderContext, folder: VmFolder): LightVhd {
  const { vm, provider } = folder;
  const image = ctx.images.get(vm.image.name) ?? `${ctx.imageDirectory}\\${vm.image.name}.vhdx`;
  const path = tfText(vm.scope, 'vmDirectory', `${folder.path}\\os.vhdx`);
  const imagePath = tfText(vm.scope, 'image path', image);
  const osDisk = new LightVhd(vm.scope, 'OsDisk', vm.osDiskSize === undefined
    ? { provider, path, parentPath: imagePath, vhdType: 'Differencing' }
    : { provider, path, source: imagePath, size: diskBytes(vm, 'The OS disk size', vm.osDiskSize) });
  ctx.nameAfter(osDisk, vm.scope, 'os');
  return osDisk;
}

/** A data disk of a VM: a dynamic (thin) or fixed VHDX in the VM's folder, kept from destroy unless allowed. */
export function renderDataDisk(ctx: HypervRenderContext, folder: VmFolder, { name, slot, disk }: DiskNode): HypervDataDisk {
  const { vm } = folder;
  const vhd = new LightVhd(vm.scope, `Disk-${name}`, {
    provider: folder.provider,
    path: tfText(vm.scope, 'vmDirectory', `${folder.path}\\${name}.vhdx`),
    size: diskBytes(vm, `The size of disk "${name}"`, disk.size),
    vhdType: disk.provisioning === DiskProvisioning.THIN ? 'Dynamic' : 'Fixed',
    lifecycle: disk.allowDestroy ? undefined : { preventDestroy: true },
  });
  ctx.nameAfter(vhd, vm.scope, name);
  return { name, slot, vhd };
}

/**
 * The hard disk drives of a VM: generation 1 boots from IDE; generation 2 has SCSI only. A data
 * disk's location follows its slot, so no disk moves; the provider matches drives by their order,
 * which is the order Hyper-V lists them in (by location).
 */
export function hardDiskDrives(folder: VmFolder, osDisk: LightVhd, dataDisks: readonly HypervDataDisk[]): MachineInstanceHardDiskDrives[] {
  const generation = folder.generation;
  return [
    generation === 2
      ? { controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 0, path: osDisk.path }
      : { controllerType: 'Ide', controllerNumber: 0, controllerLocation: 0, path: osDisk.path },
    ...dataDisks.map(({ vhd, slot }) => ({
      controllerType: 'Scsi',
      controllerNumber: 0,
      // generation 2 keeps location 0 for the OS disk
      controllerLocation: generation === 2 ? slot : slot - 1,
      path: vhd.path,
    })),
  ];
}

/** A generation 2 VM's cloud-init drive sits after its highest data disk on SCSI controller 0. */
export function dvdLocation(vm: VmNode): number {
  return Math.max(0, ...vm.disks.map((d) => d.slot)) + 1;
}
