import type { VirtualMachineCdrom } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { VsphereLookups, VsphereRenderContext } from './lookups';
import { isoDatastore } from './storage';
import { TerraformElement } from '../../core';
import { VmNode } from '../../model/design';
import { BootDevice, DriveKind } from '../../model/drive';
import { Firmware } from '../../model/firmware';
import { Image, ImageKind } from '../../model/image';
import { tfText } from '../escaping';

/*
 * A vSphere VM's CD/DVD drives and the devices it boots from.
 *
 * Drives are `cdrom` blocks: an ISO image on the target's ISO datastore, or an empty drive (a
 * remote client device, which the guest sees empty while no console connects one).
 *
 * Boot: `bios.bootDeviceClasses` allows only the device classes a VM boots from, in its order
 * (VMware's hardening guide, vm-8.efi-boot-types: `allow:hd,cd` boots hd, then cd, and denies the
 * others; for BIOS and EFI firmware). A VM that names no boot order keeps `allow:hd`, with `cd`
 * after it when it installs onto a blank disk from an ISO image. BIOS firmware also takes the
 * exact order, `bios.bootOrder` (and `bios.hddOrder`: the OS disk), which EFI firmware ignores.
 */

/** The boot device class of each boot device, as `bios.bootDeviceClasses` names it. */
const CLASSES: Record<BootDevice, string> = { [BootDevice.DISK]: 'hd', [BootDevice.CDROM]: 'cd', [BootDevice.NETWORK]: 'net' };

/** Each boot device as `bios.bootOrder` names it: the OS disk (through `bios.hddOrder`), every CD-ROM, the first NIC. */
const BIOS_DEVICES: Record<BootDevice, string> = { [BootDevice.DISK]: 'hdd', [BootDevice.CDROM]: 'cdrom', [BootDevice.NETWORK]: 'ethernet0' };

/** The `cdrom` blocks of a VM's drives, in the design's order. */
export function cdroms(ctx: VsphereRenderContext, lookups: VsphereLookups, vm: VmNode): {
  cdrom?: VirtualMachineCdrom[];
  resources: { [role: string]: TerraformElement };
} {
  if (vm.drives.length === 0) return { resources: {} };
  const resources: { [role: string]: TerraformElement } = {};
  const cdrom = vm.drives.map((drive): VirtualMachineCdrom => {
    if (drive.kind === DriveKind.EMPTY) return { clientDevice: true };
    const datastore = isoDatastore(ctx, lookups, vm);
    resources.isoDatastore = datastore.element;
    const path = ctx.isoDirectory === '' ? drive.file! : `${ctx.isoDirectory}/${drive.file!}`;
    return { datastoreId: datastore.id, path: tfText(vm.scope, 'drive ISO file', path) };
  });
  return { cdrom, resources };
}

/** The `extra_config` keys of a VM's boot devices. */
export function bootConfig(vm: VmNode, image: Image): { [key: string]: string } {
  const order = vm.bootOrder.length > 0 ? vm.bootOrder : defaultOrder(vm, image);
  const config: { [key: string]: string } = { 'bios.bootDeviceClasses': `allow:${order.map((d) => CLASSES[d]).join(',')}` };
  if (vm.bootOrder.length > 0 && vm.firmware === Firmware.BIOS) {
    config['bios.bootOrder'] = order.map((d) => BIOS_DEVICES[d]).join(',');
    // the OS disk: unit 0 of the first SCSI controller
    if (order.includes(BootDevice.DISK)) config['bios.hddOrder'] = 'scsi0:0';
  }
  return config;
}

/** The devices a VM without a boot order boots from: its disk, then an ISO image when it installs onto a blank disk. */
function defaultOrder(vm: VmNode, image: Image): BootDevice[] {
  const installs = image.kind === ImageKind.BLANK && vm.drives.some((d) => d.kind === DriveKind.ISO);
  return installs ? [BootDevice.DISK, BootDevice.CDROM] : [BootDevice.DISK];
}
