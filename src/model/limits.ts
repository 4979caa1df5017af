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
