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
