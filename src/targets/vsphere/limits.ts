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

const PROVIDER_DISKS = 'terraform-provider-vsphere 2.15.0 disk unit_number 0-59 (virtual_machine_disk_subresource.go)';

/**
 * vSphere's other disk buses, as slots of the design (see `buses.ts` for the mapping onto the
 * provider's `unit_number`). SATA: 30 units per controller, 4 controllers per VM, but the provider
 * reaches units 0-59 only (unit_number = controller × 30 + unit), so two controllers, and sata0:0
 * is left to a CD/DVD drive of the image; NVMe: 15
 * namespaces per controller, and the provider counts 64 unit numbers per controller
 * (unit_number = controller × 64 + unit), so it reaches the first controller only; IDE: 2
 * controllers of 2 units, of which the provider keeps unit_number 0 for a CD-ROM.
 */
export const VSPHERE_BUS_LIMITS: Readonly<Record<'sata' | 'nvme' | 'ide', DiskLimits>> = {
  sata: {
    maxSlot: 59,
    source: `${VSPHERE_CONFIG_MAXIMUMS}: 4 SATA controllers of 30 devices; ${PROVIDER_DISKS}: 30 per SATA controller, so controllers 0 and 1 `
      + '(sata0:0 left to a CD/DVD drive)',
  },
  nvme: {
    maxSlot: 15,
    source: `${VSPHERE_CONFIG_MAXIMUMS}: 4 NVMe controllers of 15 disks; ${PROVIDER_DISKS}: 64 per NVMe controller, so controller 0 only`,
  },
  ide: {
    maxSlot: 3,
    source: `${VSPHERE_CONFIG_MAXIMUMS}: 2 IDE controllers of 2 devices; ${PROVIDER_DISKS}: unit_number 0 (ide0:0) is kept for a CD-ROM`,
  },
};

const HARDWARE_VERSIONS = 'Broadcom KB 315655, "ESXi hosts and compatible virtual machine hardware versions list"';

/** The newest virtual hardware version each vSphere release runs, and where that is published. */
export const VSPHERE_HARDWARE_VERSIONS: Readonly<Record<VsphereVersion, { readonly max: number; readonly source: string }>> = {
  [VsphereVersion.VSPHERE_7_0_U1]: { max: 18, source: `${HARDWARE_VERSIONS}: vSphere 7.0 U1 runs up to version 18 (7.0 U2 and later: 19)` },
  [VsphereVersion.VSPHERE_8_0]: { max: 21, source: `${HARDWARE_VERSIONS}: vSphere 8.0 runs up to version 20, 8.0 U2 and later up to 21` },
};

/** The hardware versions the provider accepts (`hardware_version`): 4, 7-11, 13-15 and 17-22; 5, 6, 12 and 16 do not exist. */
export const VSPHERE_HARDWARE_VERSION_RANGES: ReadonlyArray<readonly [number, number]> = [[4, 4], [7, 11], [13, 15], [17, 22]];

const HARDWARE_FEATURES = 'VMware vSphere Virtual Machine Administration, "Hardware Features Available with Virtual Machine Compatibility Settings" '
  + '(vSphere 6.7 and 8.0 editions)';

/**
 * The most vCPUs ("logical processors") and memory a VM of each virtual hardware version has,
 * and where that is published. Version 22 is missing: no release the target names runs it.
 */
export const VSPHERE_HARDWARE_VERSION_LIMITS: Readonly<Record<number, VmLimits>> = {
  4: { maxCpus: 4, maxMemory: Size.gibibytes(64), source: `${HARDWARE_FEATURES}: version 4 (ESX/ESXi 3.5)` },
  7: { maxCpus: 8, maxMemory: Size.gibibytes(255), source: `${HARDWARE_FEATURES}: version 7 (ESX/ESXi 4.x)` },
  8: { maxCpus: 32, maxMemory: Size.gibibytes(1011), source: `${HARDWARE_FEATURES}: version 8 (ESXi 5.0)` },
  9: { maxCpus: 64, maxMemory: Size.gibibytes(1011), source: `${HARDWARE_FEATURES}: version 9 (ESXi 5.1)` },
  10: { maxCpus: 64, maxMemory: Size.gibibytes(1011), source: `${HARDWARE_FEATURES}: version 10 (ESXi 5.5)` },
  11: { maxCpus: 128, maxMemory: Size.gibibytes(4080), source: `${HARDWARE_FEATURES}: version 11 (ESXi 6.0)` },
  13: { maxCpus: 128, maxMemory: Size.gibibytes(6128), source: `${HARDWARE_FEATURES}: version 13 (ESXi 6.5)` },
  14: { maxCpus: 128, maxMemory: Size.gibibytes(6128), source: `${HARDWARE_FEATURES}: version 14 (ESXi 6.7)` },
  15: { maxCpus: 256, maxMemory: Size.gibibytes(6128), source: `${HARDWARE_FEATURES}: version 15 (ESXi 6.7 U2)` },
  17: { maxCpus: 256, maxMemory: Size.gibibytes(6128), source: `${HARDWARE_FEATURES}: version 17 (ESXi 7.0)` },
  18: { maxCpus: 768, maxMemory: Size.gibibytes(24560), source: `${HARDWARE_FEATURES}: version 18 (ESXi 7.0 U1)` },
  19: { maxCpus: 768, maxMemory: Size.gibibytes(24560), source: `${HARDWARE_FEATURES}: version 19 (ESXi 7.0 U2)` },
  20: { maxCpus: 768, maxMemory: Size.gibibytes(24560), source: `${HARDWARE_FEATURES}: version 20 (ESXi 8.0)` },
  21: { maxCpus: 768, maxMemory: Size.gibibytes(24560), source: `${HARDWARE_FEATURES}: version 21 (ESXi 8.0 U2)` },
};
