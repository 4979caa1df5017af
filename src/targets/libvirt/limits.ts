import { DiskLimits, KvmPlatform, VmLimits } from '../../model/limits';
import { Size } from '../../model/size';

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
