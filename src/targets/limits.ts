import { VmNode } from '../model/design';
import { DesignError } from '../model/errors';
import { DiskLimits, VmLimits } from '../model/limits';

/** Fails when a VM is larger than its platform supports, naming the limit and its source. */
export function checkVmLimits(vm: VmNode, limits: VmLimits, platform: string): void {
  if (vm.cpus > limits.maxCpus) {
    throw new DesignError(vm.scope, {
      problem: `The VM has more vCPUs than ${platform} supports for one VM.`,
      value: `${vm.cpus} vCPUs`,
      allowed: `at most ${limits.maxCpus} (${limits.source})`,
      fix: 'give the VM fewer vCPUs, or name the platform version that supports more on the target',
    });
  }
  const memory = vm.dynamicMemory?.maximum ?? vm.memory;
  if (memory.isLargerThan(limits.maxMemory)) {
    throw new DesignError(vm.scope, {
      problem: `The VM has more memory than ${platform} supports for one VM.`,
      value: String(memory),
      allowed: `at most ${limits.maxMemory} (${limits.source})`,
      fix: 'give the VM less memory, or name the platform version that supports more on the target',
    });
  }
}

/**
 * Fails when a data disk's slot lies beyond what the platform attaches to one VM, naming the
 * limit and its source. `maxSlot` may be lower than the table's when the VM uses a slot itself.
 */
export function checkDiskSlots(vm: VmNode, limits: DiskLimits, platform: string, maxSlot = limits.maxSlot, why = ''): void {
  const beyond = vm.disks.filter((d) => d.slot > maxSlot);
  if (beyond.length > 0) {
    throw new DesignError(vm.scope, {
      problem: `${platform} attaches data disks up to slot ${maxSlot} to one VM${why}.`,
      value: beyond.map((d) => `${d.name}: slot ${d.slot}`).join(', '),
      allowed: `slots 1 to ${maxSlot} (${limits.source})`,
      fix: 'give the disk a free slot within the limit, or spread the data over fewer, larger disks',
    });
  }
}
