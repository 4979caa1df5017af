import { VmNode } from '../../model/design';
import { DiskBus } from '../../model/disk';
import { BootDevice, DriveKind, MAX_DRIVES } from '../../model/drive';
import type { DomainDevicesDisks, DomainDevicesInterfaces, DomainOs } from '../../providers/libvirt/domain';

/*
 * The device names of a VM's disks and CD/DVD drives, and its boot order.
 *
 * Names follow positions, never the order of the design, so that no device moves when others
 * come and go: virtio disks are `vd<slot>` (the OS disk `vda`); on the SATA bus `sda` is the
 * cloud-init seed, the CD/DVD drives take `sdb` to `sde` in the design's order, and SATA data
 * disks follow from `sdf` by slot (slot 1 is `sdf`). libvirt puts six SATA devices on each
 * controller and adds controllers as the names need them.
 */

/** The SATA index of a VM's first CD/DVD drive (`sdb`): the seed holds 0. */
const FIRST_DRIVE = 1;

/** The SATA index of the data disk at slot 1, after every drive a VM may have. */
const FIRST_SATA_DISK = FIRST_DRIVE + MAX_DRIVES;

/**
 * libvirt's name of the device at an index on a bus (`vd` or `sd`): `a` to `z`, then `aa`, `ab`
 * and on, the letters counting in base 26 as libvirt parses them.
 */
export function deviceName(prefix: 'vd' | 'sd', index: number): string {
  let suffix = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    suffix = String.fromCharCode(97 + ((n - 1) % 26)) + suffix;
  }
  return `${prefix}${suffix}`;
}

/** The target of a data disk at its slot on its bus (NVMe and IDE were refused in the check phase). */
export function diskTarget(bus: DiskBus, slot: number): { dev: string; bus: string } {
  if (bus === DiskBus.SATA) return { dev: deviceName('sd', FIRST_SATA_DISK + slot - 1), bus: 'sata' };
  return { dev: deviceName('vd', slot), bus: 'virtio' };
}

/**
 * The SATA cdroms of a VM's CD/DVD drives, in the design's order: an ISO image at the path
 * `isoPath` gives for its file (in the target's ISO folder, or a downloaded volume), or an empty
 * drive (no source).
 */
export function driveDevices(vm: VmNode, isoPath: (file: string) => string): DomainDevicesDisks[] {
  return vm.drives.map((drive, i) => ({
    device: 'cdrom',
    driver: { name: 'qemu', type: 'raw' },
    source: drive.kind === DriveKind.ISO ? { file: { file: isoPath(drive.file!) } } : undefined,
    target: { dev: deviceName('sd', FIRST_DRIVE + i), bus: 'sata' },
    readOnly: true,
  }));
}

/** A VM's devices before the boot order is applied. */
export interface BootableDevices {
  /** The OS disk first, then the data disks, the drives and the seed. */
  readonly disks: DomainDevicesDisks[];
  readonly interfaces: DomainDevicesInterfaces[];
  /** Where the VM's drives start in `disks`. */
  readonly firstDrive: number;
}

/**
 * The boot order of a VM. Without drives or a boot order it is `os.boot_devices = [hd]`, the
 * first disk (the OS disk). Otherwise each device of the order gets a per-device `boot.order`
 * (the OS disk, the first drive, the first NIC) and `os.boot_devices` is left out, as libvirt
 * allows only one of the two: `os.boot_devices` would boot the first cdrom libvirt lists, and
 * libvirt lists the seed (`sda`) before the drives. A VM with drives and no boot order boots its
 * OS disk, then its first drive (a blank OS disk falls through to the installer).
 */
export function applyBootOrder(vm: VmNode, devices: BootableDevices): {
  disks: DomainDevicesDisks[];
  interfaces: DomainDevicesInterfaces[];
  bootDevices: DomainOs['bootDevices'];
} {
  const { disks, interfaces, firstDrive } = devices;
  if (vm.bootOrder.length === 0 && vm.drives.length === 0) return { disks, interfaces, bootDevices: [{ dev: 'hd' }] };
  const order = vm.bootOrder.length > 0 ? vm.bootOrder : [BootDevice.DISK, BootDevice.CDROM];
  const position = (device: BootDevice) => {
    const i = order.indexOf(device);
    return i < 0 ? undefined : { order: i + 1 };
  };
  return {
    disks: disks.map((disk, i) => {
      const boot = i === 0 ? position(BootDevice.DISK) : i === firstDrive && vm.drives.length > 0 ? position(BootDevice.CDROM) : undefined;
      return boot ? { ...disk, boot } : disk;
    }),
    interfaces: interfaces.map((nic, i) => {
      const boot = i === 0 ? position(BootDevice.NETWORK) : undefined;
      return boot ? { ...nic, boot } : nic;
    }),
    bootDevices: undefined,
  };
}
