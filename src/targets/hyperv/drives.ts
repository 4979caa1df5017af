import { IConstruct } from 'constructs';
import { providerPath } from './provider-text';
import { checkWindowsFolder } from './storage';
import { HypervFiles } from './vhd-files';
import { DiskNode, VmNode } from '../../model/design';
import { DiskBus } from '../../model/disk';
import { BootDevice, Drive, DriveKind } from '../../model/drive';
import { DesignError } from '../../model/errors';
import { NicAdapter } from '../../model/network';
import type { MachineInstanceDvdDrives, MachineInstanceVmFirmwareBootOrder } from '../../providers/hyperv/machine-instance';

/*
 * Where a VM's CD/DVD drives sit, and the order it boots in.
 *
 * Generation 2 (SCSI controller 0, locations 0 to 63): the OS disk at 0, data disk slot N at N,
 * the cloud-init drive after the highest data disk, and the design's drives from the top down
 * (drive 1 at 63, drive 2 at 62, ...), so that adding or removing a disk never moves a drive.
 *
 * Generation 1 (two IDE controllers of two locations, 0:0, 0:1, 1:0, 1:1): the OS disk at 0:0,
 * IDE data disk slot N at position N (1 = 0:1, 2 = 1:0, 3 = 1:1), the design's drives at 1:0,
 * 1:1, 0:1 in order, and the cloud-init drive at the next of these after them. A disk and a drive
 * on one position is a DesignError: IDE has no room to move either.
 */

/** A place on a controller. */
export interface DrivePosition {
  readonly controller: number;
  readonly location: number;
}

/** The highest location of generation 2's SCSI controller 0. */
const TOP_SCSI_LOCATION = 63;

/** Generation 1's IDE positions in slot order. */
const IDE_POSITIONS: readonly DrivePosition[] = [
  { controller: 0, location: 0 }, { controller: 0, location: 1 }, { controller: 1, location: 0 }, { controller: 1, location: 1 },
];

/** Generation 1's IDE positions the CD/DVD drives take, in order. */
const IDE_DRIVE_POSITIONS: readonly DrivePosition[] = [IDE_POSITIONS[2], IDE_POSITIONS[3], IDE_POSITIONS[1]];

/** The IDE position of an IDE disk slot (0 is the OS disk). */
export function idePosition(slot: number): DrivePosition {
  return IDE_POSITIONS[slot];
}

/** A generation 2 VM's cloud-init drive sits after its highest data disk on SCSI controller 0. */
export function dvdLocation(vm: VmNode): number {
  return Math.max(0, ...vm.disks.map((d) => d.slot)) + 1;
}

/** Where the design's drives and the cloud-init drive sit. */
export function drivePositions(vm: VmNode, generation: 1 | 2): { readonly drives: DrivePosition[]; readonly cloudInit: DrivePosition } {
  if (generation === 2) {
    return {
      drives: vm.drives.map((_, i) => ({ controller: 0, location: TOP_SCSI_LOCATION - i })),
      cloudInit: { controller: 0, location: dvdLocation(vm) },
    };
  }
  return { drives: vm.drives.map((_, i) => IDE_DRIVE_POSITIONS[i]), cloudInit: IDE_DRIVE_POSITIONS[vm.drives.length] };
}

const at = (p: DrivePosition) => `controller ${p.controller}, location ${p.location}`;
const same = (a: DrivePosition | undefined, b: DrivePosition) => a !== undefined && a.controller === b.controller && a.location === b.location;

/**
 * Checks that a VM's disks and drives fit their controllers without sharing a place: IDE disks on
 * generation 1 only, IDE slots 1 to 3, the IDE positions left for drives, the SCSI locations below
 * the drives; and that a generation 1 VM's boot order is the one its BIOS keeps.
 */
export function checkDriveLayout(vm: VmNode, generation: 1 | 2): void {
  const ide = vm.disks.filter((d) => d.disk.bus === DiskBus.IDE);
  const cloudInit = vm.guestInit !== undefined;
  if (generation === 2) {
    if (ide.length > 0) {
      throw new DesignError(vm.scope, {
        problem: 'IDE disks exist on Hyper-V generation 1 only, and UEFI firmware makes a generation 2 VM.',
        value: ide.map((d) => `${d.name}: DiskBus.IDE`).join(', '),
        fix: 'use DiskBus.PARAVIRTUAL (SCSI), or Firmware.BIOS for a generation 1 VM',
      });
    }
    if (vm.drives.length === 0) return;
    const highest = TOP_SCSI_LOCATION - vm.drives.length - (cloudInit ? 1 : 0);
    const beyond = vm.disks.filter((d) => d.slot > highest);
    if (beyond.length > 0) {
      throw new DesignError(vm.scope, {
        problem: `The VM's ${vm.drives.length} CD/DVD drive(s) take SCSI locations `
          + `${TOP_SCSI_LOCATION - vm.drives.length + 1} to ${TOP_SCSI_LOCATION}`
          + `${cloudInit ? ', and its cloud-init drive the location after its highest data disk' : ''}, so its data disks go up to slot ${highest}.`,
        value: beyond.map((d) => `${d.name}: slot ${d.slot}`).join(', '),
        allowed: `slots 1 to ${highest}`,
        fix: 'give the disk a lower slot, or the VM fewer drives',
      });
    }
    return;
  }
  const positions = drivePositions(vm, 1);
  const taken = [...positions.drives, ...(cloudInit ? [positions.cloudInit] : [])];
  if (taken.some((p) => p === undefined)) {
    throw new DesignError(vm.scope, {
      problem: `A generation 1 Hyper-V VM has three IDE places besides its OS disk for CD/DVD drives, and the VM has ${vm.drives.length} drive(s)`
        + `${cloudInit ? ' and a cloud-init drive' : ''}.`,
      value: `${taken.length} drives`,
      allowed: cloudInit ? 'at most 2 drives with guest initialisation' : 'at most 3 drives',
      fix: 'give the VM fewer drives, or use Firmware.UEFI (generation 2, drives on SCSI)',
    });
  }
  for (const disk of ide) checkIdeDisk(vm, disk, positions.drives, cloudInit ? positions.cloudInit : undefined);
  checkBiosBootOrder(vm);
}

function checkIdeDisk(vm: VmNode, disk: DiskNode, drives: DrivePosition[], cloudInit: DrivePosition | undefined): void {
  if (disk.slot > 3) {
    throw new DesignError(vm.scope, {
      problem: `Disk "${disk.name}" asks for IDE slot ${disk.slot}; a generation 1 Hyper-V VM has two IDE controllers of two locations, `
        + 'the first of them its OS disk.',
      value: `${disk.name}: slot ${disk.slot}`,
      allowed: 'IDE slots 1 (controller 0, location 1), 2 (controller 1, location 0) and 3 (controller 1, location 1)',
      fix: 'give the disk a free IDE slot, or use DiskBus.PARAVIRTUAL (SCSI)',
    });
  }
  const position = idePosition(disk.slot);
  const drive = drives.findIndex((p) => same(p, position));
  if (drive < 0 && !same(cloudInit, position)) return;
  throw new DesignError(vm.scope, {
    problem: `Disk "${disk.name}" on IDE slot ${disk.slot} (${at(position)}) would share its place with the VM's `
      + `${drive >= 0 ? `CD/DVD drive ${drive + 1}` : 'cloud-init drive'}: on generation 1, drives take ${at(IDE_DRIVE_POSITIONS[0])}, `
      + `then ${at(IDE_DRIVE_POSITIONS[1])}, then ${at(IDE_DRIVE_POSITIONS[2])}, the cloud-init drive after the design's drives.`,
    value: `${disk.name}: slot ${disk.slot}`,
    fix: 'give the disk an IDE slot no drive takes, give the VM fewer drives, or use DiskBus.PARAVIRTUAL (SCSI)',
  });
}

/**
 * A generation 1 VM boots in the BIOS order CD, IDE disk, legacy network adapter, which the
 * provider cannot change: the design's order must be the start of that order, counting only the
 * devices the VM has (its drives, its OS disk, a legacy NIC). The cloud-init drive holds no boot image.
 */
function checkBiosBootOrder(vm: VmNode): void {
  if (vm.bootOrder.length === 0) return;
  const fixed = [BootDevice.CDROM, BootDevice.DISK, BootDevice.NETWORK].filter((d) => d !== BootDevice.CDROM || vm.drives.length > 0)
    .filter((d) => d !== BootDevice.NETWORK || vm.nics.some((n) => n.adapter === NicAdapter.EMULATED));
  const fits = vm.bootOrder.every((d, i) => fixed[i] === d);
  const pxe = !vm.bootOrder.includes(BootDevice.NETWORK) || vm.nics[0]?.adapter === NicAdapter.EMULATED;
  if (fits && pxe) return;
  throw new DesignError(vm.scope, {
    problem: pxe
      ? 'A generation 1 Hyper-V VM (BIOS firmware) boots from its CD/DVD drives, then its IDE disk, then a legacy network adapter; '
        + 'the hyperv provider cannot change that order (Set-VMBios -StartupOrder), and the order asked for differs.'
      : 'A generation 1 Hyper-V VM (BIOS firmware) boots from the network only through a legacy network adapter, and its first NIC is not one.',
    value: JSON.stringify(vm.bootOrder),
    allowed: pxe ? JSON.stringify(fixed) : undefined,
    fix: pxe
      ? `use Firmware.UEFI (generation 2, whose vm_firmware.boot_order takes any order), give the order ${JSON.stringify(fixed)} or its start, `
        + 'or set it with Set-VMBios -StartupOrder outside Terraform'
      : 'give the first NIC NicAdapter.EMULATED, or use Firmware.UEFI (generation 2)',
  });
}

/**
 * A VM's CD/DVD drives as the provider takes them, in the order Hyper-V lists them (by controller
 * and location), which the provider matches them by: the design's drives with their ISO files at
 * `<isoDirectory>\<file>`, and the cloud-init drive.
 */
export function dvdDrives(
  scope: IConstruct, isoDirectory: string, vm: VmNode, generation: 1 | 2, cloudInitIso: string | undefined,
): MachineInstanceDvdDrives[] | undefined {
  const positions = drivePositions(vm, generation);
  const drives: Array<{ position: DrivePosition; path?: string }> = vm.drives.map((drive, i) => ({
    position: positions.drives[i],
    path: isoPath(scope, isoDirectory, drive),
  }));
  if (cloudInitIso !== undefined) drives.push({ position: positions.cloudInit, path: cloudInitIso });
  if (drives.length === 0) return undefined;
  return drives
    .sort((a, b) => a.position.controller - b.position.controller || a.position.location - b.position.location)
    .map(({ position, path }) => ({ controllerNumber: position.controller, controllerLocation: position.location, path }));
}

function isoPath(scope: IConstruct, isoDirectory: string, drive: Drive): string | undefined {
  if (drive.kind !== DriveKind.ISO) return undefined;
  return providerPath(scope, 'ISO file', `${isoDirectory}\\${drive.file!.replace(/\//g, '\\')}`);
}

/**
 * Records the ISO files of a VM's drives among the files of the rendering: no VHD Terraform may
 * destroy may share a folder with an ISO whose name starts with the VHD's (an image downloaded to
 * `<imageDirectory>\\ubuntu\\ubuntu.vhdx` beside `Drive.iso('ubuntu/ubuntu-24.04-live.iso')`, the ISO
 * folder being the image folder by default).
 */
export function recordIsoFiles(files: HypervFiles, isoDirectory: string, vm: VmNode): void {
  vm.drives.forEach((drive, i) => {
    if (drive.kind !== DriveKind.ISO) return;
    const path = `${isoDirectory}\\${drive.file!.replace(/\//g, '\\')}`;
    const slash = path.lastIndexOf('\\');
    files.add({
      id: `iso:${path.toLowerCase()}`,
      folder: path.slice(0, slash),
      name: path.slice(slash + 1),
      what: `the ISO file of CD/DVD drive ${i + 1} of VM ${vm.name}`,
      scope: vm.scope,
      deletable: false,
      iso: drive.file,
    });
  });
}

/** Checks the ISO folder of a target (Windows folder rules); gives it without a trailing backslash. */
export function checkIsoDirectory(scope: IConstruct, isoDirectory: string | undefined): string | undefined {
  return isoDirectory === undefined ? undefined : checkWindowsFolder(scope, 'isoDirectory', isoDirectory);
}

/**
 * A generation 2 VM's boot order (`vm_firmware.boot_order`): the design's devices first (the OS
 * disk, the first CD/DVD drive, the first NIC by its adapter name), then every other drive and NIC
 * of the VM, so the devices not listed come after the listed ones. A VM with neither drives nor a
 * boot order boots from its OS disk.
 */
export function bootOrder(vm: VmNode): MachineInstanceVmFirmwareBootOrder[] {
  const disk: MachineInstanceVmFirmwareBootOrder = { bootType: 'HardDiskDrive', controllerNumber: 0, controllerLocation: 0 };
  if (vm.bootOrder.length === 0 && vm.drives.length === 0) return [disk];
  const drives = drivePositions(vm, 2).drives.map((p) => ({ bootType: 'DvdDrive', controllerNumber: p.controller, controllerLocation: p.location }));
  const nics = vm.nics.map((_, i) => ({ bootType: 'NetworkAdapter', networkAdapterName: `nic${i + 1}` }));
  const listed = vm.bootOrder.length > 0 ? vm.bootOrder : [BootDevice.DISK];
  const first: Record<BootDevice, MachineInstanceVmFirmwareBootOrder | undefined> = {
    [BootDevice.DISK]: disk,
    [BootDevice.CDROM]: drives[0],
    [BootDevice.NETWORK]: nics[0],
  };
  const order = listed.map((d) => first[d]!);
  for (const entry of [disk, ...drives, ...nics]) {
    if (!order.includes(entry)) order.push(entry);
  }
  return order;
}
