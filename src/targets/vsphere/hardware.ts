import { VSPHERE_HARDWARE_VERSIONS, VSPHERE_HARDWARE_VERSION_LIMITS, VSPHERE_HARDWARE_VERSION_RANGES } from './limits';
import { Token } from '../../core';
import { VmNode, wantsSecureBoot } from '../../model/design';
import { DiskBus } from '../../model/disk';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { VsphereVersion } from '../../model/limits';
import { NicAdapter } from '../../model/network';
import { knownAtSynth } from '../../model/tokens';
import { wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';

/*
 * A vSphere VM's virtual hardware version, and its share and limit of the host's CPU and memory.
 */

/**
 * What a VM's hardware needs of its hardware version: the version that brought it (Broadcom KB 315655; VMware's "Hardware Features
 * Available with Virtual Machine Compatibility Settings"). Every VM the library renders has a paravirtual SCSI controller.
 */
const NEEDS: ReadonlyArray<{ readonly version: number; readonly what: string; readonly uses: (vm: VmNode) => boolean }> = [
  { version: 7, what: 'the VMware Paravirtual SCSI controller (scsi_type pvscsi)', uses: () => true },
  { version: 7, what: 'VMXNET 3 NICs', uses: (vm) => vm.nics.some((n) => n.sriov === undefined && n.adapter !== NicAdapter.EMULATED) },
  { version: 8, what: 'E1000e NICs', uses: (vm) => vm.nics.some((n) => n.sriov === undefined && n.adapter === NicAdapter.EMULATED) },
  { version: 8, what: 'UEFI firmware', uses: (vm) => vm.firmware === Firmware.UEFI },
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
      allowed: `version ${Math.max(...missing.map((m) => m.version))} or later (Broadcom KB 315655; VMware's hardware features by compatibility)`,
      fix: 'pin a later hardware version, or leave hardwareVersions out for vSphere',
    });
  }
  checkHardwareMaxima(vm, version);
  return version;
}

/** Fails when the VM has more vCPUs or memory than its hardware version holds. */
function checkHardwareMaxima(vm: VmNode, version: number): void {
  const limits = VSPHERE_HARDWARE_VERSION_LIMITS[version];
  if (limits === undefined) return;
  const cpus = Token.isUnresolved(vm.cpus) ? undefined : vm.cpus;
  const over = [
    ...(cpus !== undefined && cpus > limits.maxCpus ? [`${cpus} vCPUs (at most ${limits.maxCpus})`] : []),
    ...(vm.memory.isLargerThan(limits.maxMemory) ? [`${vm.memory} of memory (at most ${limits.maxMemory})`] : []),
  ];
  if (over.length === 0) return;
  throw new DesignError(vm.scope, {
    problem: `Virtual hardware version ${version} holds fewer vCPUs or less memory than the VM has: ${over.join(', ')}.`,
    value: `hardware version ${version}`,
    allowed: `at most ${limits.maxCpus} vCPUs and ${limits.maxMemory} (${limits.source})`,
    fix: 'pin a later hardware version, or give the VM fewer vCPUs or less memory',
  });
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
