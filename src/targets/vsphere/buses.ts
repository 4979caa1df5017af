import { VSPHERE_BUS_LIMITS, VSPHERE_DISK_LIMITS } from './limits';
import { DiskNode, VmNode } from '../../model/design';
import { DiskBus } from '../../model/disk';
import { DesignError } from '../../model/errors';
import { VsphereVersion } from '../../model/limits';
import { checkDiskSlots } from '../limits';

/*
 * Where a vSphere VM's disks and CD/DVD drives sit on its buses. The provider numbers the devices
 * of each controller type as one range, `unit_number`: controller × units per controller + unit.
 *
 *   paravirtual (pvscsi)  slot s: the unit of `vsphereUnitNumber` (the OS disk is unit 0)
 *   SATA                  slot s: unit_number s, 30 per controller (sata0:1 is slot 1, sata1:0 slot 30)
 *   NVMe                  slot s: unit_number s - 1 on the first controller (nvme0:0 is slot 1)
 *   IDE                   slot s: unit_number s (ide0:1 is slot 1, ide1:0 slot 2, ide1:1 slot 3)
 *
 * CD/DVD drives: the provider puts them on the first IDE controller, in the first free units, so
 * drive i takes ide0:i and no IDE disk may take slot i. Unit 0 of a bus is where an image keeps its
 * own CD/DVD drive (ide0:0; sata0:0 in templates of EFI guests, which the provider removes only after
 * it has added the disks), so no data disk is put there.
 */

/** Units of one SATA controller the provider addresses. */
const SATA_UNITS = 30;

/** The CD/DVD drives the provider attaches to a VM (its `cdrom` blocks). */
export const MAX_VSPHERE_DRIVES = 2;

/** The provider's `controller_type` of a bus other than the paravirtual one (the provider's default, `scsi`). */
export function controllerType(bus: DiskBus): string | undefined {
  return { [DiskBus.PARAVIRTUAL]: undefined, [DiskBus.SATA]: 'sata', [DiskBus.NVME]: 'nvme', [DiskBus.IDE]: 'ide' }[bus];
}

/**
 * The provider's `unit_number` of a disk slot on a bus other than the paravirtual one (see the
 * table at the top of this file).
 */
export function busUnitNumber(bus: DiskBus.SATA | DiskBus.NVME | DiskBus.IDE, slot: number): number {
  return bus === DiskBus.NVME ? slot - 1 : slot;
}

/** The SATA and NVMe controllers a VM's disks need, beyond what every VM has (none of either). */
export function busControllerCounts(vm: VmNode): { sata?: number; nvme?: number } {
  const on = (bus: DiskBus) => vm.disks.filter((d) => d.disk.bus === bus);
  const sata = on(DiskBus.SATA);
  const highestSata = Math.max(-1, ...sata.map((d) => busUnitNumber(DiskBus.SATA, d.slot)));
  return {
    sata: sata.length > 0 ? Math.floor(highestSata / SATA_UNITS) + 1 : undefined,
    nvme: on(DiskBus.NVME).length > 0 ? 1 : undefined,
  };
}

/**
 * Checks that every disk fits its bus (vSphere's controllers as the provider reaches them) and
 * that no IDE disk takes the unit of a CD/DVD drive.
 */
export function checkVsphereBuses(vm: VmNode, version: VsphereVersion): void {
  const platform = `vSphere ${version}`;
  const on = (bus: DiskBus) => vm.disks.filter((d) => d.disk.bus === bus);
  // the paravirtual bus as before: SCSI controllers of 15 units, unit 7 the controller's own
  checkDiskSlots({ ...vm, disks: on(DiskBus.PARAVIRTUAL) }, VSPHERE_DISK_LIMITS, platform);
  const buses = [[DiskBus.SATA, VSPHERE_BUS_LIMITS.sata], [DiskBus.NVME, VSPHERE_BUS_LIMITS.nvme], [DiskBus.IDE, VSPHERE_BUS_LIMITS.ide]] as const;
  for (const [bus, limits] of buses) {
    const beyond = on(bus).filter((d) => d.slot > limits.maxSlot);
    if (beyond.length > 0) {
      throw new DesignError(vm.scope, {
        problem: `${platform} attaches ${bus} disks up to slot ${limits.maxSlot} to one VM, as the provider reaches its controllers.`,
        value: describe(beyond),
        allowed: `${bus} slots 1 to ${limits.maxSlot} (${limits.source})`,
        fix: 'give the disk a free slot within the limit, put it on another bus, or spread the data over fewer, larger disks',
      });
    }
  }
  if (vm.drives.length > MAX_VSPHERE_DRIVES) {
    throw new DesignError(vm.scope, {
      problem: `The VM has ${vm.drives.length} CD/DVD drives; the provider attaches at most ${MAX_VSPHERE_DRIVES} (cdrom blocks).`,
      value: `${vm.drives.length} drives`,
      allowed: `at most ${MAX_VSPHERE_DRIVES}`,
      fix: 'give the VM at most two drives',
    });
  }
  const taken = on(DiskBus.IDE).filter((d) => d.slot < vm.drives.length);
  if (taken.length > 0) {
    throw new DesignError(vm.scope, {
      problem: `The VM's ${vm.drives.length} CD/DVD drives take IDE units ide0:0 to ide0:${vm.drives.length - 1}, and an IDE disk asks for one of them.`,
      value: describe(taken),
      allowed: `IDE slots ${vm.drives.length} to ${VSPHERE_BUS_LIMITS.ide.maxSlot}`,
      fix: 'give the IDE disk a higher slot, put it on another bus (DiskBus.SATA or the paravirtual bus), or give the VM fewer drives',
    });
  }
}

function describe(disks: DiskNode[]): string {
  return disks.map((d) => `${d.name}: ${d.disk.bus} slot ${d.slot}`).join(', ');
}
