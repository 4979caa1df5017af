import { diskBytes } from './checks';
import { HypervRenderContext } from './context';
import { idePosition } from './drives';
import { ParentDisk } from './images';
import { LightVhd } from './light-resources';
import { providerPath } from './provider-text';
import { VmStorage } from './storage';
import { HypervFiles } from './vhd-files';
import { TerraformProvider } from '../../core';
import { DiskNode, VmNode } from '../../model/design';
import { DiskBus, DiskProvisioning } from '../../model/disk';
import { DesignError } from '../../model/errors';
import { Image, ImageFormat, ImageKind } from '../../model/image';
import type { MachineInstanceHardDiskDrives } from '../../providers/hyperv/machine-instance';

/** Where a VM's disks go: its host's provider and its folder there. */
export interface VmFolder {
  readonly vm: VmNode;
  readonly provider: TerraformProvider;
  /** The VM's folder on its host: `<vmDirectory or storage location>\<name>`. */
  readonly path: string;
  /** 1 with BIOS firmware, 2 with UEFI. */
  readonly generation: 1 | 2;
  /** Where the VM and its data disks are kept. */
  readonly storage: VmStorage;
  /** The files of the rendering, by folder: a VHD's deletion must take no other file with it. */
  readonly files: HypervFiles;
}

/** A data disk of a VM as the disk hook renders it. */
export interface HypervDataDisk {
  readonly name: string;
  readonly slot: number;
  readonly bus: DiskBus;
  readonly vhd: LightVhd;
}

/**
 * The OS disk of a VM: a differencing disk on the image's parent, which keeps its parent's size;
 * when the VM asks for a larger OS disk, a resized copy of the parent; for a blank image, a new
 * dynamic disk of the OS disk size. The OS disk keeps its parent's format (`os.vhdx`, `os.vhd`).
 */
export function renderOsDisk(ctx: HypervRenderContext, folder: VmFolder, image: Image, parentOf: () => ParentDisk): LightVhd {
  const { vm, provider } = folder;
  let osDisk: LightVhd;
  if (image.kind === ImageKind.BLANK) {
    if (vm.osDiskSize === undefined) {
      throw new DesignError(vm.scope, {
        problem: `The target's imageSources make image "${vm.image.name}" a blank disk, which needs a size.`,
        fix: 'give the VM an osDiskSize, e.g. osDiskSize: Size.gibibytes(60)',
      });
    }
    const path = providerPath(vm.scope, 'vmDirectory', `${folder.path}\\${recordOsDisk(folder, 'os.vhdx')}`);
    osDisk = new LightVhd(vm.scope, 'OsDisk', { provider, path, size: diskBytes(vm, 'The OS disk size', vm.osDiskSize), vhdType: 'Dynamic' });
  } else {
    const parent = parentOf();
    if (parent.format === ImageFormat.VHD && folder.generation === 2) {
      throw new DesignError(vm.scope, {
        problem: 'A generation 2 Hyper-V VM (UEFI firmware) boots from a VHDX only, and the VM\'s image is a VHD.',
        value: image.url ?? image.name,
        fix: 'publish the image as a .vhdx, or use Firmware.BIOS (generation 1)',
      });
    }
    const file = recordOsDisk(folder, parent.format === ImageFormat.VHD ? 'os.vhd' : 'os.vhdx');
    const path = providerPath(vm.scope, 'vmDirectory', `${folder.path}\\${file}`);
    osDisk = new LightVhd(vm.scope, 'OsDisk', vm.osDiskSize === undefined
      ? { provider, path, parentPath: parent.path, vhdType: 'Differencing' }
      : { provider, path, source: parent.path, size: diskBytes(vm, 'The OS disk size', vm.osDiskSize) });
  }
  ctx.nameAfter(osDisk, vm.scope, 'os');
  return osDisk;
}

/**
 * Records the OS disk's file in the VM's folder, as a VHD Terraform may destroy (it replaces the
 * OS disk when the image changes); gives the file name back.
 */
function recordOsDisk(folder: VmFolder, name: string): string {
  const { vm } = folder;
  folder.files.add({ id: `vm:${vm.name}:os`, folder: folder.path, name, what: `the OS disk of VM ${vm.name}`, scope: vm.scope, deletable: true });
  return name;
}

/**
 * A data disk of a VM: a dynamic (thin) or fixed VHDX in the VM's folder, or in `<location>\<vm>`
 * of the storage it names, kept from destroy unless allowed.
 */
export function renderDataDisk(ctx: HypervRenderContext, folder: VmFolder, { name, slot, disk }: DiskNode): HypervDataDisk {
  const { vm } = folder;
  const directory = folder.storage.diskFolders.get(name) ?? folder.path;
  folder.files.add({
    id: `vm:${vm.name}:disk:${name}`,
    folder: directory,
    name: `${name}.vhdx`,
    what: `data disk "${name}" of VM ${vm.name}`,
    scope: vm.scope,
    deletable: disk.allowDestroy,
    disk: name,
  });
  const vhd = new LightVhd(vm.scope, `Disk-${name}`, {
    provider: folder.provider,
    path: providerPath(vm.scope, disk.storage === undefined ? 'vmDirectory' : 'storageLocations', `${directory}\\${name}.vhdx`),
    size: diskBytes(vm, `The size of disk "${name}"`, disk.size),
    vhdType: disk.provisioning === DiskProvisioning.THIN ? 'Dynamic' : 'Fixed',
    lifecycle: disk.allowDestroy ? undefined : { preventDestroy: true },
  });
  ctx.nameAfter(vhd, vm.scope, name);
  return { name, slot, bus: disk.bus, vhd };
}

/**
 * The hard disk drives of a VM: generation 1 boots from IDE (controller 0, location 0) and takes
 * IDE data disks beside it (slot N at position N of 0:0, 0:1, 1:0, 1:1); generation 2 has SCSI
 * only. A paravirtual data disk's SCSI location follows its slot, so no disk moves. The provider
 * matches drives by their order, which is the order Hyper-V lists them in: IDE before SCSI, each
 * by controller and location.
 */
export function hardDiskDrives(folder: VmFolder, osDisk: LightVhd, dataDisks: readonly HypervDataDisk[]): MachineInstanceHardDiskDrives[] {
  const generation = folder.generation;
  const ide = dataDisks.filter((d) => d.bus === DiskBus.IDE).sort((a, b) => a.slot - b.slot);
  const scsi = dataDisks.filter((d) => d.bus !== DiskBus.IDE);
  return [
    generation === 2
      ? { controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 0, path: osDisk.path }
      : { controllerType: 'Ide', controllerNumber: 0, controllerLocation: 0, path: osDisk.path },
    ...ide.map(({ vhd, slot }) => ({
      controllerType: 'Ide',
      controllerNumber: idePosition(slot).controller,
      controllerLocation: idePosition(slot).location,
      path: vhd.path,
    })),
    ...scsi.map(({ vhd, slot }) => ({
      controllerType: 'Scsi',
      controllerNumber: 0,
      // generation 2 keeps location 0 for the OS disk
      controllerLocation: generation === 2 ? slot : slot - 1,
      path: vhd.path,
    })),
  ];
}
