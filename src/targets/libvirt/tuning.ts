import { VmNode } from '../../model/design';
import { Firmware } from '../../model/firmware';
import { ShareLevel } from '../../model/hardware';
import { Size } from '../../model/size';
import { Vendor } from '../../model/vendor';
import type { DomainCpuTune, DomainMemoryTune, DomainMetadata } from '../../providers/libvirt/domain';
import { tfText } from '../escaping';

/*
 * What a VM's domain says beyond its devices: the machine type, CPU and memory tuning, and the
 * design's tags as libvirt metadata.
 */

/** The machine type of a VM: its libvirt hardware version (checked to be q35 for UEFI), or `q35`. */
export function machineType(vm: VmNode): string {
  return vm.hardwareVersions.find((h) => h.vendor === Vendor.LIBVIRT)?.version ?? 'q35';
}

/**
 * The QEMU machine types the library's domains run on: PC machines with PCI, for the SATA
 * controller, the virtio devices and the firmware the library gives them (q35, `pc-q35-<version>`,
 * and the i440FX machines `pc` and `pc-i440fx-<version>`). Others, such as `microvm`, have no PCI
 * bus, and libvirt refuses to define the domain.
 */
const LIBVIRT_MACHINE_TYPES = /^(q35|pc-q35-[a-z0-9._-]+|pc|pc-i440fx-[a-z0-9._-]+)$/;

/** The machine types the library's domains run on, as a refusal lists them. */
export const LIBVIRT_MACHINE_TYPE_FORMS = 'q35, pc-q35-<version>, pc or pc-i440fx-<version>, as `qemu-system-x86_64 -machine help` lists them, '
  + 'e.g. "pc-q35-8.2"';

/** Whether the library's domains run on a QEMU machine type (see LIBVIRT_MACHINE_TYPES). */
export function isLibvirtMachineType(type: string): boolean {
  return LIBVIRT_MACHINE_TYPES.test(type);
}

/** Whether a QEMU machine type is a q35 one (`q35`, `pc-q35-8.2`, `pc-q35-rhel9.4.0`). */
export function isQ35(type: string): boolean {
  return type === 'q35' || type.startsWith('pc-q35-');
}

/** Whether a VM boots UEFI, which needs a q35 machine. */
export function needsQ35(vm: VmNode): boolean {
  return vm.firmware === Firmware.UEFI || vm.shielding !== undefined;
}

/**
 * The CPU weight of each share level. libvirt writes `shares` into the cgroup of the VM: on the
 * cgroup v2 hosts of current distributions (RHEL 9, Debian 11 and later) it is `cpu.weight`,
 * whose default is 100, so the normal level is 100 and the others half and twice that.
 *
 * On a cgroup v1 host (RHEL 8, Ubuntu before 21.10) libvirt writes them into `cpu.shares`, whose
 * default is 1024: there every level is far below an untuned VM's (HIGH, 200, gets less than a
 * fifth of its share), and a VM with shares starves when the host's CPUs are contended. The
 * capability text says so.
 */
export const CPU_WEIGHTS: Readonly<Record<ShareLevel, number>> = {
  [ShareLevel.LOW]: 50,
  [ShareLevel.NORMAL]: 100,
  [ShareLevel.HIGH]: 200,
};

/** The scheduler period of a CPU limit, in microseconds (libvirt's and the kernel's default). */
export const CPU_PERIOD = 100_000;

/**
 * CPU shares and limit as `cpu_tune`. The limit is a quota per vCPU thread (`quota`, libvirt's
 * vCPU bandwidth): each vCPU runs at most that percent of each period, so the VM uses at most
 * that percent of its vCPUs. It leaves out QEMU's emulator and I/O threads, which `global_quota`
 * would throttle as well, and with them the VM's disk and network I/O.
 */
export function cpuTune(vm: VmNode): DomainCpuTune | undefined {
  if (vm.cpuShares === undefined && vm.cpuLimit === undefined) return undefined;
  return {
    shares: vm.cpuShares === undefined ? undefined : CPU_WEIGHTS[vm.cpuShares],
    period: vm.cpuLimit === undefined ? undefined : CPU_PERIOD,
    quota: vm.cpuLimit === undefined ? undefined : (CPU_PERIOD * vm.cpuLimit) / 100,
  };
}

/**
 * What QEMU takes beyond the guest's memory, added to a memory limit: libvirt's own margin for
 * the locked memory of a VM with assigned devices (the guest's memory plus 1 GiB).
 */
export const QEMU_OVERHEAD = Size.gibibytes(1);

/**
 * A memory limit as `memory_tune.hard_limit`. libvirt's hard limit caps the whole QEMU process,
 * and the kernel kills the process when it reaches it (libvirt's documentation warns that a limit
 * set too low kills the guest). The design's limit is the guest's: the hard limit is the limit
 * plus QEMU's overhead, and the check phase refuses a limit below the VM's memory, which the guest
 * would reach and die at.
 */
export function memoryTune(vm: VmNode): DomainMemoryTune | undefined {
  if (vm.memoryLimit === undefined) return undefined;
  return { hardLimit: vm.memoryLimit.toMebibytes() + QEMU_OVERHEAD.toMebibytes(), hardLimitUnit: 'MiB' };
}

/** The namespace of the library's element in a domain's metadata. */
export const METADATA_NAMESPACE = 'https://github.com/cdktf-hypervisor/cdktf-hypervisor/libvirt/metadata/1.0';

/**
 * The tags of a VM and of its disks as the domain's metadata: libvirt keeps one element per
 * namespace, here
 *
 *   <cdktf:design xmlns:cdktf="...">
 *     <tag key="env">prod</tag>
 *     <disk name="data1"><tag key="backup">daily</tag></disk>
 *   </cdktf:design>
 *
 * with tags by key and disks by name, every value XML-escaped.
 */
export function metadata(vm: VmNode): DomainMetadata | undefined {
  const tagged = [...vm.disks].filter((d) => Object.keys(d.disk.tags ?? {}).length > 0).sort((a, b) => compare(a.name, b.name));
  if (Object.keys(vm.tags).length === 0 && tagged.length === 0) return undefined;
  const tags = (t: { readonly [key: string]: string }) => Object.keys(t).sort(compare)
    .map((key) => `<cdktf:tag key="${xmlText(key)}">${xmlText(t[key])}</cdktf:tag>`).join('');
  const disks = tagged.map((d) => `<cdktf:disk name="${xmlText(d.name)}">${tags(d.disk.tags!)}</cdktf:disk>`).join('');
  return { xml: tfText(vm.scope, 'tags', `<cdktf:design xmlns:cdktf="${METADATA_NAMESPACE}">${tags(vm.tags)}${disks}</cdktf:design>`) };
}

/** Text as XML character data or an attribute value: the five markup characters as entities. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&apos;' })[c]!);
}

/** Code-point order, whatever the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
