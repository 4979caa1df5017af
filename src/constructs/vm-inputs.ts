import type { VirtualMachineProps } from './virtual-machine';
import { RestartPriority } from '../model/cluster';
import { ShieldingNode } from '../model/design';

/**
 * What the library's own constructs give a VM at construction besides its props: a `ShieldedVm`
 * its security posture, a `ReplicaPair` the restart priorities it implies. Not part of the public
 * API: the package root does not export it, and users set neither.
 */
export interface VmInputs extends VirtualMachineProps {
  /** The security posture of a shielded VM. */
  readonly _shielding?: ShieldingNode;
  /** The restart priority the design implies (a replica pair's primary before its replica). */
  readonly _impliedRestartPriority?: RestartPriority;
}
