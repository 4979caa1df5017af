import { VSPHERE_HARDWARE_VERSIONS, VSPHERE_HARDWARE_VERSION_RANGES } from './limits';
import { VmNode, wantsSecureBoot } from '../../model/design';
import { DiskBus } from '../../model/disk';
import { DesignError } from '../../model/errors';
import { VsphereVersion } from '../../model/limits';
import { knownAtSynth } from '../../model/tokens';
import { wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';

/*
 * A vSphere VM's virtual hardware version, and its share and limit of the host's CPU and memory.
 */

/** What a VM's hardware needs of its hardware version: the version that brought it (Broadcom KB 315655). */
const NEEDS: ReadonlyArray<{ readonly version: number; readonly what: string; readonly uses: (vm: VmNode) => boolean }> = [
  { version: 10, what: 'SATA disks', uses: (vm) => vm.disks.some((d) => d.disk.bus === DiskBus.SATA) },
  { version: 13, what: 'NVMe disks', uses: (vm) => vm.disks.some((d) => d.disk.bus === DiskBus.NVME) },
  { version: 13, what: 'UEFI Secure Boot', uses: (vm) => wantsSecureBoot(vm) },
  { version: 14, what: 'a virtual TPM', uses: (vm) => vm.shielding !== undefined },
  { version: 14, what: 'virtualization-based security', uses: (vm) => vm.shielding?.virtualizationBasedSecurity === true },
];

/**
 * The VM's `hardware_version`, when the design pins one for vSphere: a version the provider knows,
 * that the target's vSphere release runs, and that has the virtual hardware the VM uses.
 */
export function hardwareVersion(vm: VmNode, release: VsphereVersion): number | undefined {
  const pinned = vm.hardwareVersions.find((h) => h.vendor === Vendor.VSPHERE);
  if (pinned === undefined) return undefined;
  const version = Number(pinned.version);
  if (!VSPHERE_HARDWARE_VERSION_RANGES.some(([low, high]) => version >= low && version <= high)) {
    throw new DesignError(vm.scope, {
      problem: `vSphere has no virtual hardware version ${version}.`,
      value: pinned.version,
      allowed: VSPHERE_HARDWARE_VERSION_RANGES.map(([low, high]) => (low === high ? `${low}` : `${low}-${high}`)).join(', '),
    });
  }
  const { max, source } = VSPHERE_HARDWARE_VERSIONS[release];
  if (version > max) {
    throw new DesignError(vm.scope, {
      problem: `vSphere ${release} runs virtual hardware up to version ${max}.`,
      value: `hardware version ${version}`,
      allowed: `at most ${max} (${source})`,
      fix: 'pin a version the hosts run, or name a newer vSphere release on the target (version)',
    });
  }
  const missing = NEEDS.filter((n) => n.uses(vm) && version < n.version);
  if (missing.length > 0) {
    throw new DesignError(vm.scope, {
      problem: `Virtual hardware version ${version} has none of ${missing.map((m) => `${m.what} (from version ${m.version})`).join(', ')}, which the VM uses.`,
      value: `hardware version ${version}`,
      allowed: `version ${Math.max(...missing.map((m) => m.version))} or later (Broadcom KB 315655)`,
      fix: 'pin a later hardware version, or leave hardwareVersions out for vSphere',
    });
  }
  return version;
}

/** The VM's shares and limits: `cpu_share_level`, `cpu_limit`, `memory_share_level`, `memory_limit`. */
export function resourceControls(vm: VmNode, coreMhz: number | undefined): {
  cpuShareLevel?: string;
  cpuLimit?: number;
  memoryShareLevel?: string;
  memoryLimit?: number;
} {
  return {
    // the library's share levels are vSphere's own: low, normal and high
    cpuShareLevel: vm.cpuShares,
    cpuLimit: vm.cpuLimit === undefined ? undefined : cpuLimitMhz(vm, vm.cpuLimit, coreMhz),
    memoryShareLevel: vm.memoryShares,
    memoryLimit: vm.memoryLimit === undefined ? undefined : wholeUnits(vm.scope, 'The memory limit', vm.memoryLimit, 'MiB'),
  };
}

/**
 * A CPU limit in percent of the VM's vCPUs, in MHz as vSphere limits CPU: percent × vCPUs × the
 * clock of the hosts' cores. The capability check refuses it when the target has no `coreMhz`.
 */
function cpuLimitMhz(vm: VmNode, percent: number, coreMhz: number | undefined): number {
  if (coreMhz === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'vSphere limits CPU in MHz, and the target gives no clock of its hosts\' cores to turn the percentage into MHz.',
      value: `cpuLimit: ${percent}%`,
      fix: 'give the target coreMhz, or set cpu_limit in MHz: vm.addVendorOverride(Vendor.VSPHERE, "cpu_limit", mhz)',
    });
  }
  const cpus = knownAtSynth(vm.scope, 'cpus', vm.cpus, 'the CPU limit in MHz is counted from the vCPUs at synth');
  return Math.round((percent / 100) * cpus * coreMhz);
}
