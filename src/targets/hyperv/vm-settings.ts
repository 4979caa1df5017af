import { checkProviderValue } from './provider-text';
import { VmNode } from '../../model/design';
import { ShareLevel } from '../../model/hardware';
import type { MachineInstanceVmProcessor } from '../../providers/hyperv/machine-instance';
import { tfText } from '../escaping';

/*
 * Settings of a Hyper-V VM beyond its hardware: its notes, which carry the design's notes and
 * tags, and its share and cap of the host's CPU.
 */

/** Hyper-V's relative CPU weight of each share level (the host's default is 100). */
export const CPU_WEIGHT: Readonly<Record<ShareLevel, number>> = {
  [ShareLevel.LOW]: 50,
  [ShareLevel.NORMAL]: 100,
  [ShareLevel.HIGH]: 200,
};

/**
 * The VM's `notes`: the design's notes as given, then one line per tag, `key=value`, in key order,
 * then one line per disk tag, `<disk>/<key>=<value>`, by disk name and key. Keys and disk names
 * hold no `=` nor `/`, and values no line break, so each line reads back unambiguously; the tags
 * are the last lines. Undefined when the VM has neither notes nor tags.
 */
export function vmNotes(vm: VmNode): string | undefined {
  const lines: string[] = [];
  if (vm.notes !== undefined) lines.push(notesText(vm, 'notes', vm.notes));
  for (const key of Object.keys(vm.tags).sort()) lines.push(`${key}=${notesText(vm, `tag "${key}"`, vm.tags[key])}`);
  for (const { name, disk } of [...vm.disks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const tags = disk.tags ?? {};
    for (const key of Object.keys(tags).sort()) lines.push(`${name}/${key}=${notesText(vm, `tag "${key}" of disk "${name}"`, tags[key])}`);
  }
  return lines.length === 0 ? undefined : tfText(vm.scope, 'notes', lines.join('\n'));
}

/**
 * Text of the notes: the hyperv provider writes the VM's settings as JSON into its PowerShell
 * between single quotes without escaping them (see provider-text.ts).
 */
function notesText(vm: VmNode, what: string, value: string): string {
  const fix = 'leave the quotes \' \u2018 \u2019 \u201a \u201b, control characters and characters beyond ASCII out of the notes and tags of a Hyper-V VM';
  return checkProviderValue(vm.scope, what, value, false, fix);
}

/**
 * The VM's processor settings (`vm_processor`), or undefined when it needs none: virtualization
 * extensions for nesting and virtualization-based security, compatibility for migration, the CPU
 * share as a relative weight and the CPU limit as the maximum percentage.
 */
export function vmProcessor(vm: VmNode): MachineInstanceVmProcessor | undefined {
  const exposeVirtualization = vm.nestedVirtualization || vm.shielding?.virtualizationBasedSecurity;
  const migratable = vm.cluster?.migration?.cpuCompatibility;
  if (!exposeVirtualization && !migratable && vm.cpuShares === undefined && vm.cpuLimit === undefined) return undefined;
  return {
    exposeVirtualizationExtensions: exposeVirtualization || undefined,
    compatibilityForMigrationEnabled: migratable || undefined,
    relativeWeight: vm.cpuShares === undefined ? undefined : CPU_WEIGHT[vm.cpuShares],
    maximum: vm.cpuLimit,
  };
}
