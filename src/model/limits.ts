import { Size } from './size';

/** The largest VM a platform supports, with where that is published. */
export interface VmLimits {
  /** The most vCPUs of one VM. */
  readonly maxCpus: number;
  /** The most memory of one VM. */
  readonly maxMemory: Size;
  /** Where the limits are published. */
  readonly source: string;
}

/** vSphere releases whose limits the library knows. */
export enum VsphereVersion {
  /** vSphere 7.0 Update 1 and later 7.0 updates. */
  VSPHERE_7_0_U1 = '7.0u1',
  /** vSphere 8.0. */
  VSPHERE_8_0 = '8.0',
}

/** Windows Server releases of Hyper-V hosts. */
export enum HypervHostVersion {
  /** Windows Server 2016. */
  WINDOWS_SERVER_2016 = '2016',
  /** Windows Server 2019. */
  WINDOWS_SERVER_2019 = '2019',
  /** Windows Server 2022. */
  WINDOWS_SERVER_2022 = '2022',
  /** Windows Server 2025. */
  WINDOWS_SERVER_2025 = '2025',
}

/** Distributions of KVM hosts whose supported limits the library knows. */
export enum KvmPlatform {
  /** Red Hat Enterprise Linux 9 (and rebuilds). */
  RHEL_9 = 'rhel-9',
  /** Upstream QEMU's q35 machine type, without a vendor support statement. */
  QEMU_Q35 = 'qemu-q35',
}

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

const HYPERV_SCALABILITY = 'Microsoft Learn, "Plan for Hyper-V scalability in Windows Server"';

/** Hyper-V per-VM maximums by host release and VM generation (1 = BIOS, 2 = UEFI). */
export const HYPERV_LIMITS: Readonly<Record<HypervHostVersion, { readonly [generation: number]: VmLimits }>> = {
  [HypervHostVersion.WINDOWS_SERVER_2016]: hypervLimits('Windows Server 2016', 240, 12),
  [HypervHostVersion.WINDOWS_SERVER_2019]: hypervLimits('Windows Server 2019', 240, 12),
  [HypervHostVersion.WINDOWS_SERVER_2022]: hypervLimits('Windows Server 2022', 240, 12),
  [HypervHostVersion.WINDOWS_SERVER_2025]: {
    1: { maxCpus: 64, maxMemory: Size.tebibytes(1), source: `${HYPERV_SCALABILITY}, Windows Server 2025, generation 1` },
    2: { maxCpus: 2048, maxMemory: Size.tebibytes(240), source: 'Microsoft Learn, "What\'s new in Windows Server 2025" (Hyper-V scalability), generation 2' },
  },
};

function hypervLimits(release: string, gen2Cpus: number, gen2MemoryTib: number): { [generation: number]: VmLimits } {
  return {
    1: { maxCpus: 64, maxMemory: Size.tebibytes(1), source: `${HYPERV_SCALABILITY}, ${release}, generation 1` },
    2: { maxCpus: gen2Cpus, maxMemory: Size.tebibytes(gen2MemoryTib), source: `${HYPERV_SCALABILITY}, ${release}, generation 2` },
  };
}

/** KVM per-VM maximums by host platform. */
export const KVM_LIMITS: Readonly<Record<KvmPlatform, VmLimits>> = {
  [KvmPlatform.RHEL_9]: {
    maxCpus: 710,
    maxMemory: Size.tebibytes(12),
    source: 'Red Hat, "Virtualization limits for Red Hat Enterprise Linux with KVM", RHEL 9 (supported maximum per VM)',
  },
  [KvmPlatform.QEMU_Q35]: {
    maxCpus: 288,
    maxMemory: Size.tebibytes(12),
    source: 'QEMU q35 machine type (max_cpus 288 without extended APIC IDs); memory as RHEL 9 supports, absent an upstream statement',
  },
};

/**
 * How far data disks reach on a platform's disk bus. Slots count from 1; the OS disk holds 0. A
 * VM's disks have distinct slots, so the highest slot also bounds how many data disks it has.
 */
export interface DiskLimits {
  /** The highest slot a data disk may take. */
  readonly maxSlot: number;
  /** Where the limit is published, and how the library maps slots onto the bus. */
  readonly source: string;
}

/**
 * vSphere: 4 SCSI controllers per VM; the provider addresses 15 units on each (`unit_number`
 * 0-59, controller = unit_number / 15) and unit 7 of every controller is the controller itself,
 * so 56 disks including the OS disk.
 */
export const VSPHERE_DISK_LIMITS: DiskLimits = {
  maxSlot: 55,
  source: `${VSPHERE_CONFIG_MAXIMUMS}: 4 SCSI adapters per VM; terraform-provider-vsphere disk unit_number 0-59 (15 units per controller, unit 7 reserved for the controller)`,
};

/**
 * Hyper-V: 4 SCSI controllers of 64 locations each, but a new VM has one SCSI controller and the
 * provider adds none, so every drive sits on controller 0. Generation 2 keeps location 0 for the
 * OS disk; generation 1 boots from IDE and puts data disk slot N at SCSI location N-1.
 */
export const HYPERV_DISK_LIMITS: { readonly [generation: number]: DiskLimits } = {
  1: {
    maxSlot: 64,
    source: `${HYPERV_SCALABILITY}: 64 disks per SCSI controller; the hyperv provider attaches to SCSI controller 0 only`,
  },
  2: {
    maxSlot: 63,
    source: `${HYPERV_SCALABILITY}: 64 disks per SCSI controller, location 0 the OS disk; the hyperv provider attaches to SCSI controller 0 only`,
  },
};

/**
 * KVM on q35: libvirt gives every virtio-blk disk its own PCIe root port on the root bus, which
 * has 32 slots of 8 functions; slots 0, 1 and 31 hold the host bridge, video and the ICH9
 * functions, which leaves 232 ports for disks, NICs and controllers. The library keeps 32 of them
 * for NICs and controllers: 200 disks, the OS disk included.
 */
export const KVM_DISK_LIMITS: DiskLimits = {
  maxSlot: 199,
  source: 'Red Hat, "Configuring and managing virtualization" (RHEL 9), resource allocation limits: 32 PCI slots per bus, 8 functions per slot; '
    + 'libvirt "PCI topology and hotplug": one pcie-root-port per PCIe device on q35; 32 ports kept for NICs and controllers',
};
