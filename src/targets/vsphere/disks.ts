import type { VirtualMachineDisk } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { TemplateDisk } from './lookups';
import { DiskNode, VmNode } from '../../model/design';
import { DiskProvisioning } from '../../model/disk';
import { wholeUnits } from '../../model/validate';
import { tfText } from '../escaping';

/**
 * A data disk as the disk hook renders it: the `disk` block of its VM, once the VM's storage
 * policy is known (the encryption policy of a shielded VM, looked up with the VM).
 */
export type DataDisk = (storagePolicyId: string | undefined) => VirtualMachineDisk;

/** Units of one vSphere SCSI controller the provider addresses; unit 7 is the controller's own. */
const UNITS_PER_CONTROLLER = 15;
const CONTROLLER_UNIT = 7;

/**
 * The provider's `unit_number` of a disk slot: slots fill the units of controller 0 (skipping
 * the controller's unit 7), then of controllers 1 to 3. Slot 0 is the OS disk at unit 0.
 */
export function vsphereUnitNumber(slot: number): number {
  const perController = UNITS_PER_CONTROLLER - 1;
  const controller = Math.floor(slot / perController);
  const unit = slot % perController;
  return controller * UNITS_PER_CONTROLLER + (unit < CONTROLLER_UNIT ? unit : unit + 1);
}

/** SCSI controllers the VM's disks need, when more than the one every VM has. */
export function vsphereControllerCount(vm: VmNode): number | undefined {
  const highest = Math.max(0, ...vm.disks.map((d) => d.slot));
  const count = Math.floor(vsphereUnitNumber(highest) / UNITS_PER_CONTROLLER) + 1;
  return count > 1 ? count : undefined;
}

/** The OS disk: the template's first disk, resized where the VM asks. */
export function osDisk(vm: VmNode, template: TemplateDisk, storagePolicyId: string | undefined): VirtualMachineDisk {
  return {
    label: 'os',
    unitNumber: 0,
    size: vm.osDiskSize !== undefined ? wholeUnits(vm.scope, 'The OS disk size', vm.osDiskSize, 'GiB') : template.size,
    thinProvisioned: template.thinProvisioned,
    eagerlyScrub: template.eagerlyScrub,
    storagePolicyId,
  };
}

/**
 * A data disk of a VM. Disks are matched by label; the unit number follows the slot, so no disk
 * moves on the bus. A data disk outlives its VM unless the design lets it go.
 */
export function dataDisk(vm: VmNode, { name, slot, disk }: DiskNode): DataDisk {
  return (storagePolicyId) => ({
    label: tfText(vm.scope, 'disk name', name),
    unitNumber: vsphereUnitNumber(slot),
    size: wholeUnits(vm.scope, `The size of disk "${name}"`, disk.size, 'GiB'),
    thinProvisioned: disk.provisioning === DiskProvisioning.THIN,
    eagerlyScrub: disk.provisioning === DiskProvisioning.THICK_EAGER_ZEROED,
    storagePolicyId,
    keepOnRemove: disk.allowDestroy ? undefined : true,
  });
}
