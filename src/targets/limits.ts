import { VmNode } from '../model/design';
import { DesignError } from '../model/errors';
import { VmLimits } from '../model/limits';

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
