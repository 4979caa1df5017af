import { VSPHERE_LIMITS } from './limits';
import { ClusterNode, NetworkNode, NicNode, PairNode, VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { Image, ImageKind } from '../../model/image';
import { VsphereVersion } from '../../model/limits';
import { wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';
import { checkVmLimits } from '../limits';

/*
 * What vSphere refuses of a design, beyond its capability table: the limits of a release, the
 * memory granule, the MAC range, what needs a host, and what vCenter keeps to itself.
 */

/** The MAC addresses vSphere accepts as manual (static) addresses. */
const VSPHERE_STATIC_MAC = /^00:50:56:[0-3][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}$/;

/**
 * Checks a VM's size against the release: memory in multiples of 4 MiB, the per-VM limits, and EFI
 * above the memory BIOS can address.
 *
 * @returns the VM's memory in MiB
 */
export function checkVmSize(vm: VmNode, version: VsphereVersion): number {
  const memoryMib = wholeUnits(vm.scope, 'The memory', vm.memory, 'MiB');
  if (memoryMib % 4 !== 0) {
    throw new DesignError(vm.scope, {
      problem: 'vSphere sizes VM memory in multiples of 4 MiB.',
      value: String(vm.memory),
      allowed: 'a multiple of 4 MiB',
    });
  }
  const limits = VSPHERE_LIMITS[version];
  checkVmLimits(vm, limits, `vSphere ${version}`);
  if (vm.firmware === Firmware.BIOS && vm.memory.isLargerThan(limits.maxBiosMemory)) {
    throw new DesignError(vm.scope, {
      problem: `A vSphere VM with more than ${limits.maxBiosMemory} of memory must boot with EFI firmware.`,
      value: `firmware: BIOS, memory: ${vm.memory}`,
      allowed: `BIOS up to ${limits.maxBiosMemory} (${limits.source})`,
      fix: `use Firmware.UEFI, or at most ${limits.maxBiosMemory} of memory`,
    });
  }
  return memoryMib;
}

/** Fails unless the target names a datastore for the VMs' files. */
export function requireDatastore(vm: VmNode, datastore: string | undefined): asserts datastore is string {
  if (datastore === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'A vSphere VM needs a datastore for its files, and the target names none.',
      fix: 'set datastore on the VsphereTarget',
    });
  }
}

/** Fails when a VM with PCI passthrough names no host. */
export function checkPciHost(vm: VmNode): void {
  if (vm.pciDevices.length > 0 && vm.host === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'PCI passthrough on vSphere pins the VM to the host that has the devices, and the VM names no host.',
      value: JSON.stringify(vm.pciDevices),
      fix: 'set host to the ESXi host whose PCI devices the VM gets',
    });
  }
}

/** The refusal of a VM that has nowhere to run: no cluster, no host, and no cluster on the target. */
export function nowhereToRun(vm: VmNode): DesignError {
  return new DesignError(vm.scope, {
    problem: 'A vSphere VM needs a cluster or a host to run on, and neither the VM nor the target names one.',
    fix: 'give the VM a cluster (HaCluster) or a host, or name an existing cluster on the VsphereTarget',
  });
}

/**
 * Fails when a VM has no NIC and is not deployed from an OVF package: the vsphere provider's plan
 * requires a `network_interface` of every other VM (a check `terraform validate` does not make).
 * A vSphere override that sets the whole `network_interface` list or `ovf_deploy` block is the
 * user's own way out, and passes.
 */
export function checkHasNic(vm: VmNode, image: Image): void {
  if (vm.nics.length > 0 || image.kind === ImageKind.OVF) return;
  const overridden = vm.overrides.some((o) => o.vendor === Vendor.VSPHERE && (o.path === 'network_interface' || o.path === 'ovf_deploy')
    && !(Array.isArray(o.value) && o.value.length === 0));
  if (overridden) return;
  throw new DesignError(vm.scope, {
    problem: 'The vsphere provider requires a NIC (network_interface) of every VM it does not deploy from an OVF package, '
      + 'and fails the plan of a VM without one.',
    value: `no NIC, image ${JSON.stringify(image.name)} (${image.kind})`,
    allowed: 'at least one NIC, or an OVF image',
    fix: 'give the VM a NIC, nics: [Nic.on(network)], or deploy it from an OVF package, image: Image.ovf(url)',
  });
}

/** Checks a NIC: a static MAC from VMware's manual range, an SR-IOV physical function on a named host. */
export function checkNic(vm: VmNode, nic: NicNode): void {
  if (nic.macAddress !== undefined && !VSPHERE_STATIC_MAC.test(nic.macAddress)) {
    throw new DesignError(vm.scope, {
      problem: 'vSphere accepts static MAC addresses only from its range for manual addresses.',
      value: nic.macAddress,
      allowed: '00:50:56:00:00:00 to 00:50:56:3f:ff:ff',
      fix: 'pick an address in that range, or let vSphere assign one',
    });
  }
  if (nic.sriov !== undefined && nic.sriov.physicalFunction === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'An SR-IOV NIC on vSphere needs the PCI address of the physical function it takes a virtual function from.',
      fix: 'set sriov.physicalFunction, e.g. "0000:3b:00.0"',
    });
  }
  if (nic.sriov !== undefined && vm.host === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'An SR-IOV NIC on vSphere uses a physical function of one host, and the VM names no host.',
      fix: 'set host to the ESXi host whose SR-IOV adapter the VM uses',
    });
  }
}

/** Fails unless the target names the key provider a shielded VM's vTPM takes its keys from. */
export function requireKeyProvider(vm: VmNode, keyProvider: string | undefined): asserts keyProvider is string {
  if (keyProvider === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'A vTPM (and VM encryption) on vSphere takes its keys from a key provider configured in vCenter (Native Key Provider or a KMS), which Terraform can neither create nor check.',
      fix: 'name it on the VsphereTarget, keyProvider: VsphereKeyProvider.named("<name>"), or acknowledge vCenter\'s default, VsphereKeyProvider.vcenterDefault()',
    });
  }
}

/** Fails when an adopted cluster is given HA or DRS settings, which stay vCenter's. */
export function checkAdoptedCluster(cluster: ClusterNode): void {
  const settings = (['restartPriority', 'isolationResponse', 'vmMonitoring', 'drsAutomation'] as const).filter((s) => cluster[s] !== undefined);
  if (settings.length > 0) {
    throw new DesignError(cluster.scope, {
      problem: 'An adopted cluster keeps its own HA and DRS settings; this design manages only the VMs, overrides and rules it adds.',
      value: settings.join(', '),
      fix: 'leave these settings out, or let the library create the cluster (existing: false)',
    });
  }
}

/** The refusal of a new network when the target names no switch. */
export function noSwitch(network: NetworkNode): DesignError {
  return new DesignError(network.scope, {
    problem: 'A new vSphere network needs a switch to live on, and the target names none.',
    fix: 'set distributedSwitch (or standardSwitch) on the VsphereTarget, or use an existing network (existing: true)',
  });
}

/** Fails when a pair's checkpoint names a location: vSphere keeps snapshots with the VM's files. */
export function checkCheckpointLocation(pair: PairNode): void {
  const location = pair.checkpoint?.location;
  if (location !== undefined) {
    throw new DesignError(pair.scope, {
      problem: 'vSphere keeps snapshots with the VM\'s files; their location cannot be chosen.',
      value: location,
      fix: 'leave checkpoint.location out',
    });
  }
}
