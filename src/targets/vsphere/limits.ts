import { DiskLimits, VmLimits, VsphereVersion } from '../../model/limits';
import { Size } from '../../model/size';

const VSPHERE_CONFIG_MAXIMUMS = 'VMware vSphere configuration maximums (virtual machine maximums, hardware version 18+)';

/** vSphere per-VM maximums, with the memory above which EFI firmware is required. */
export const VSPHERE_LIMITS: Readonly<Record<VsphereVersion, VmLimits & { readonly maxBiosMemory: Size }>> = {
  [VsphereVersion.VSPHERE_7_0_U1]: {
    maxCpus: 768,
    maxMemory: Size.gibibytes(24560),
    maxBiosMemory: Size.gibibytes(6128),
    source: `${VSPHERE_CONFIG_MAXIMUMS}, vSphere 7.0 U1`,
  },
  [VsphereVersion.VSPHERE_8_0]: {
    maxCpus: 768,
    maxMemory: Size.gibibytes(24560),
    maxBiosMemory: Size.gibibytes(6128),
    source: `${VSPHERE_CONFIG_MAXIMUMS}, vSphere 8.0`,
  },
};

/**
 * vSphere: 4 SCSI controllers per VM; the provider addresses 15 units on each (`unit_number`
 * 0-59, controller = unit_number / 15) and unit 7 of every controller is the controller itself,
 * so 56 disks including the OS disk.
 */
export const VSPHERE_DISK_LIMITS: DiskLimits = {
  maxSlot: 55,
  source: `${VSPHERE_CONFIG_MAXIMUMS}: 4 SCSI adapters per VM; terraform-provider-vsphere disk unit_number 0-59 (15 units per controller, unit 7 reserved for the controller)`,
};
