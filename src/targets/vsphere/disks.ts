import type { VirtualMachineDisk } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { busUnitNumber, controllerType } from './buses';
import { OsDiskFacts } from './images';
import { DiskNode, VmNode } from '../../model/design';
import { DiskBus, DiskProvisioning } from '../../model/disk';
import { wholeUnits } from '../../model/validate';
import { tfText } from '../escaping';

/** Where the VM keeps a data disk: its datastore (when apart from the VM's) and storage policy. */
export interface DiskStorage {
  datastoreIdOf(disk: DiskNode): string | undefined;
  policyIdOf(disk: DiskNode): string | undefined;
}

/**
 * A data disk as the disk hook renders it: the `disk` block of its VM, once the VM's storage is
 * known (its datastores and storage policies, looked up with the VM).
 */
export type DataDisk = (storage: DiskStorage) => VirtualMachineDisk;

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
  const highest = Math.max(0, ...vm.disks.filter((d) => d.disk.bus === DiskBus.PARAVIRTUAL).map((d) => d.slot));
  const count = Math.floor(vsphereUnitNumber(highest) / UNITS_PER_CONTROLLER) + 1;
  return count > 1 ? count : undefined;
}

/** The OS disk, on the first unit of the paravirtual bus: as its image gives it (see `images.ts`). */
export function osDisk(facts: OsDiskFacts, storagePolicyId: string | undefined): VirtualMachineDisk {
  return {
    label: 'os',
    unitNumber: 0,
    size: facts.size,
    thinProvisioned: facts.thinProvisioned,
    eagerlyScrub: facts.eagerlyScrub,
    storagePolicyId,
  };
}

/**
 * A data disk of a VM. Disks are matched by label; the unit number follows the bus and slot, so no
 * disk moves on its bus. A data disk outlives its VM unless the design lets it go.
 */
export function dataDisk(vm: VmNode, node: DiskNode): DataDisk {
  const { name, slot, disk } = node;
  return (storage) => ({
    label: tfText(vm.scope, 'disk name', name),
    unitNumber: disk.bus === DiskBus.PARAVIRTUAL ? vsphereUnitNumber(slot) : busUnitNumber(disk.bus, slot),
    controllerType: controllerType(disk.bus),
    size: wholeUnits(vm.scope, `The size of disk "${name}"`, disk.size, 'GiB'),
    thinProvisioned: disk.provisioning === DiskProvisioning.THIN,
    eagerlyScrub: disk.provisioning === DiskProvisioning.THICK_EAGER_ZEROED,
    datastoreId: storage.datastoreIdOf(node),
    storagePolicyId: storage.policyIdOf(node),
    keepOnRemove: disk.allowDestroy ? undefined : true,
  });
}
