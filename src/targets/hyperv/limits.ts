import { DiskLimits, HypervHostVersion, VmLimits } from '../../model/limits';
import { Size } from '../../model/size';

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
