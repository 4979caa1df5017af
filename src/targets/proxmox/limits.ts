import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Size } from '../../model/size';

/*
 * What one Proxmox VE VM can have: the vCPUs and memory QEMU's machine types hold, the disk
 * interfaces Proxmox VE gives each bus, and what the provider's VM resource takes.
 */

/** Where the limits below are published. */
const QEMU_SOURCE = 'QEMU machine types: q35 holds 288 vCPUs, i440fx (pc) 255';
const PROVIDER_SOURCE = 'bpg/proxmox 0.111.1, proxmox_virtual_environment_vm';

/** The most vCPUs of a VM on a q35 machine type, and on an i440fx one. */
export const MAX_CPUS_Q35 = 288;
export const MAX_CPUS_I440FX = 255;
/** The most sockets the provider takes (`cpu.sockets` 1 to 16). */
export const MAX_SOCKETS = 16;
/** The most memory of a VM: what a q35 machine addresses as RHEL 9 supports it (Proxmox VE publishes no per-VM figure). */
export const MAX_MEMORY = Size.tebibytes(12);
/** The most memory of a VM with memory hot-add: Proxmox VE's hotplug maximum (`memory.max` up to 4 TiB). */
export const MAX_HOTPLUG_MEMORY = Size.tebibytes(4);
/** The least memory of a VM with memory hot-add: Proxmox VE's static memory below the hotplugged DIMMs. */
export const MIN_HOTPLUG_MEMORY = Size.gibibytes(1);
/** The most `disk` blocks of one VM (the provider's `disk` max items), the OS disk included. */
export const MAX_DISK_BLOCKS = 31;
/** The most host PCI devices of one VM (`hostpci0` to `hostpci15`). */
export const MAX_PCI_DEVICES = 16;

/** Whether a VM's machine type is a q35 one. */
function isQ35(machine: string): boolean {
  return machine === 'q35' || machine.startsWith('pc-q35-');
}

/** Fails when a VM exceeds what one Proxmox VE VM can have, naming the limit and where it comes from. */
export function checkProxmoxLimits(vm: VmNode, machine: string, osDisk: boolean): void {
  const maxCpus = isQ35(machine) ? MAX_CPUS_Q35 : MAX_CPUS_I440FX;
  if (vm.cpus > maxCpus) {
    throw new DesignError(vm.scope, {
      problem: `The VM has more vCPUs than its machine type (${machine}) holds.`,
      value: `${vm.cpus} vCPUs`,
      allowed: `at most ${maxCpus} (${QEMU_SOURCE})`,
      fix: 'give the VM fewer vCPUs',
    });
  }
  const sockets = vm.cpus / (vm.coresPerSocket ?? vm.cpus);
  if (sockets > MAX_SOCKETS) {
    throw new DesignError(vm.scope, {
      problem: 'The VM has more virtual sockets than the provider gives a VM.',
      value: `${vm.cpus} vCPUs with ${vm.coresPerSocket} cores per socket: ${sockets} sockets`,
      allowed: `at most ${MAX_SOCKETS} sockets (${PROVIDER_SOURCE}, cpu.sockets)`,
      fix: 'give more cores per socket, or leave coresPerSocket out (one socket)',
    });
  }
  const memory = vm.dynamicMemory?.maximum ?? vm.memory;
  const maxMemory = vm.memoryHotAdd ? MAX_HOTPLUG_MEMORY : MAX_MEMORY;
  if (memory.isLargerThan(maxMemory)) {
    throw new DesignError(vm.scope, {
      problem: `The VM has more memory than a Proxmox VE VM${vm.memoryHotAdd ? ' with memory hot-add' : ''} can have.`,
      value: String(memory),
      allowed: vm.memoryHotAdd
        ? `at most ${maxMemory} (Proxmox VE's memory hotplug maximum)`
        : `at most ${maxMemory} (what RHEL 9 supports on a q35 machine; Proxmox VE publishes no per-VM maximum)`,
      fix: 'give the VM less memory',
    });
  }
  if (vm.memoryHotAdd && MIN_HOTPLUG_MEMORY.isLargerThan(vm.memory)) {
    throw new DesignError(vm.scope, {
      problem: 'Proxmox VE hotplugs memory above 1 GiB of static memory: a VM with memory hot-add has at least 1 GiB.',
      value: String(vm.memory),
      allowed: `at least ${MIN_HOTPLUG_MEMORY}`,
      fix: 'give the VM at least 1 GiB of memory, or leave memoryHotAdd out',
    });
  }
  const blocks = vm.disks.length + (osDisk ? 1 : 0);
  if (blocks > MAX_DISK_BLOCKS) {
    throw new DesignError(vm.scope, {
      problem: 'The provider gives a VM at most 31 disks, the OS disk included.',
      value: `${blocks} disks`,
      allowed: `at most ${MAX_DISK_BLOCKS} (${PROVIDER_SOURCE}, disk)`,
      fix: 'spread the data over fewer, larger disks',
    });
  }
  if (vm.pciDevices.length > MAX_PCI_DEVICES) {
    throw new DesignError(vm.scope, {
      problem: 'Proxmox VE gives a VM at most 16 host PCI devices (hostpci0 to hostpci15).',
      value: `${vm.pciDevices.length} devices`,
      allowed: `at most ${MAX_PCI_DEVICES}`,
      fix: 'pass fewer devices through',
    });
  }
}
