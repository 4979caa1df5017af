import { IConstruct } from 'constructs';
import { HypervRenderContext, HypervRemoteShell } from './context';
import { HYPERV_DISK_LIMITS, HYPERV_LIMITS } from './limits';
import { EXISTING_SWITCH_FIX, checkProviderValue } from './provider-text';
import { WinRmOptions } from './winrm';
import { Token } from '../../core';
import { ClusterNode, NetworkNode, PairNode, VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { HypervHostVersion } from '../../model/limits';
import { NetworkConnectivity, NicAdapter } from '../../model/network';
import { redactUri } from '../../model/redact';
import { ShieldingLevel } from '../../model/shielding';
import { Size } from '../../model/size';
import { wholeUnits } from '../../model/validate';
import { knownAtSynth } from '../escaping';
import { validateInteger } from '../hosts';
import { checkDiskSlots, checkVmLimits } from '../limits';

/*
 * What Hyper-V and its provider accept beyond the capability table: the target's connection
 * settings, and the limits and combinations of settings each element of a design must respect.
 */

/** Checks the WinRM settings of a target. */
export function validateWinRm(scope: IConstruct, winrm: WinRmOptions): void {
  validateInteger(scope, 'The WinRM port', winrm.port, 1, 65535);
  validateInteger(scope, 'The WinRM timeout (seconds)', winrm.timeoutSeconds, 1, 86400);
  if (winrm.kerberos !== undefined && winrm.useNtlm === true) {
    throw new DesignError(scope, {
      problem: 'WinRM cannot authenticate with NTLM and Kerberos at once.',
      value: 'useNtlm: true, kerberos: { ... }',
      fix: 'remove useNtlm to use Kerberos, or remove kerberos to use NTLM',
    });
  }
  if (winrm.kerberos !== undefined && !Token.isUnresolved(winrm.kerberos.realm) && winrm.kerberos.realm.trim() === '') {
    throw new DesignError(scope, {
      problem: 'The Kerberos realm is empty.',
      value: '""',
      fix: 'give the realm, e.g. realm: "CORP.EXAMPLE.COM"',
    });
  }
  if ((winrm.certPath === undefined) !== (winrm.keyPath === undefined)) {
    throw new DesignError(scope, {
      problem: 'A WinRM client certificate needs both the certificate and its key.',
      value: winrm.certPath !== undefined ? 'certPath without keyPath' : 'keyPath without certPath',
      fix: 'give both certPath and keyPath, or neither',
    });
  }
}

/** Checks the address and port of a host. */
export function validateHost(scope: IConstruct, host: { readonly name: string; readonly address?: string; readonly port?: number }): void {
  const address = host.address;
  if (address !== undefined && !Token.isUnresolved(address) && (address.trim() === '' || /[\s/\\@]/.test(address) || address.includes('://'))) {
    throw new DesignError(scope, {
      problem: `The address of host "${host.name}" is not a host name or IP address.`,
      value: JSON.stringify(redactUri(address)),
      allowed: 'a DNS name or IP address without scheme, user, port or path (e.g. "hv1.corp.example"); credentials come from HypervTargetProps.credentials',
      fix: 'set the port with port, and HTTPS with winrm.https',
    });
  }
  validateInteger(scope, `The WinRM port of host "${host.name}"`, host.port, 1, 65535);
}

/** A failover cluster's name is a NetBIOS name (up to 15 characters), or a DNS name whose first label is one. */
const FAILOVER_CLUSTER_NAME = /^(?=[A-Za-z0-9-]{1,15}(\.|$))[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Checks the name of the hosts' failover cluster. */
export function validateFailoverCluster(scope: IConstruct, cluster: { readonly name: string }): void {
  knownAtSynth(scope, 'failoverCluster.name', cluster.name, 'it is written into the PowerShell that makes VMs clustered roles');
  if (!FAILOVER_CLUSTER_NAME.test(cluster.name) || cluster.name.length > 253) {
    throw new DesignError(scope, {
      problem: 'The failover cluster name is not the name of a Windows failover cluster.',
      value: JSON.stringify(cluster.name),
      allowed: 'a NetBIOS name of 1 to 15 letters, digits and dashes (not starting or ending with a dash), optionally followed by its DNS domain, e.g. "HVCLUSTER" or "hvcluster.corp.example"',
      fix: 'give the cluster\'s name as Get-Cluster shows it',
    });
  }
}

/** Checks that the external switch binds to a physical adapter. */
export function validateExternalSwitch(scope: IConstruct, adapters: readonly string[]): void {
  if (adapters.length === 0) {
    throw new DesignError(scope, {
      problem: 'The external switch binds to no physical adapter.',
      value: 'adapters: []',
      fix: 'name the physical network adapters of the hosts, e.g. adapters: ["Ethernet 2"]',
    });
  }
}

/** Checks that a network can be rendered as a switch on every host. */
export function checkNetwork(ctx: HypervRenderContext, network: NetworkNode): void {
  if (network.existing) {
    // the provider looks the switch up by name in its PowerShell
    checkProviderValue(network.scope, 'name of the existing network', network.name, false, EXISTING_SWITCH_FIX);
    return;
  }
  if (network.connectivity === NetworkConnectivity.BRIDGED) {
    if (ctx.externalSwitch !== undefined) return;
    throw new DesignError(network.scope, {
      problem: 'A bridged Hyper-V network needs an external switch on a physical adapter, and the target names none.',
      fix: 'set externalSwitch: { adapters: ["<physical NIC name>"] } on the HypervTarget, or use an existing switch (existing: true)',
    });
  }
  // isolated or host-only (NAT was refused by the capability check)
  if (network.cidr !== undefined) {
    throw new DesignError(network.scope, {
      problem: 'The provider cannot give the host an address on a Hyper-V internal switch, so it cannot serve a subnet.',
      value: JSON.stringify(network.cidr),
      fix: 'remove cidr and address the host\'s virtual NIC outside Terraform',
    });
  }
}

/** Checks a cluster before its VMs are placed: what fails them over, and where their files live. */
export function checkCluster(ctx: HypervRenderContext, cluster: ClusterNode, members: readonly VmNode[]): void {
  const failover = ctx.failoverCluster;
  if (failover === undefined && !cluster.acknowledgeNoHostFailover) {
    throw new DesignError(cluster.scope, {
      problem: 'Standalone Hyper-V hosts restart no VMs of a failed host elsewhere: the library places the VMs, but nothing fails them over.',
      fix: 'name the hosts\' Windows failover cluster on the HypervTarget (failoverCluster, with remotePowerShell), or acknowledge it: acknowledgeNoHostFailover: true',
    });
  }
  if (failover === undefined) {
    if ([cluster.restartPriority, ...members.map((vm) => vm.restartPriority)].every((p) => p === undefined)) return;
    throw new DesignError(cluster.scope, {
      problem: 'Restart priorities are kept by a Windows failover cluster, and the target names none.',
      fix: 'name the hosts\' failover cluster on the HypervTarget (failoverCluster), or leave restartPriority out',
    });
  }
  if (ctx.remoteShell === undefined) {
    throw new DesignError(cluster.scope, {
      problem: 'Making VMs roles of a failover cluster takes PowerShell on the hosts (Add-ClusterVirtualMachineRole), which the target has not allowed.',
      fix: 'set remotePowerShell: true on the HypervTarget (with Credentials.fromVariables())',
    });
  }
  knownAtSynth(ctx.target, 'vmDirectory', ctx.vmDirectory, 'it is checked to lie on the failover cluster\'s shared volume');
  knownAtSynth(ctx.target, 'failoverCluster.sharedVolumePath', failover.sharedVolumePath, 'the VMs\' folder is checked to lie on it');
  if (!ctx.vmDirectory.toLowerCase().startsWith(failover.sharedVolumePath.toLowerCase().replace(/\\+$/, '') + '\\')) {
    throw new DesignError(cluster.scope, {
      problem: `A clustered VM's files must live on a cluster shared volume, and the target keeps VMs in ${ctx.vmDirectory}.`,
      value: `vmDirectory: ${ctx.vmDirectory}, sharedVolumePath: ${failover.sharedVolumePath}`,
      fix: `set vmDirectory on the HypervTarget to a folder under ${failover.sharedVolumePath}`,
    });
  }
}

/** Checks that the migration network of a cluster can be set on its hosts; gives its subnet. */
export function checkMigrationNetwork(shell: HypervRemoteShell | undefined, cluster: ClusterNode): string {
  const subnet = cluster.migration?.subnet;
  if (shell === undefined || subnet === undefined) {
    throw new DesignError(cluster.scope, {
      problem: 'The hyperv provider has no migration settings; the library sets the migration network with PowerShell on the hosts, which needs remotePowerShell on the target and the network\'s subnet.',
      fix: shell === undefined ? 'set remotePowerShell: true on the HypervTarget' : 'give migration.subnet, e.g. "10.0.20.0/24"',
    });
  }
  return subnet;
}

/** Checks a VM against the limits of its generation and the settings Hyper-V cannot combine. */
export function checkVm(vm: VmNode, generation: 1 | 2, hostVersion: HypervHostVersion): void {
  checkVmLimits(vm, HYPERV_LIMITS[hostVersion][generation], `Hyper-V on Windows Server ${hostVersion} (generation ${generation})`);
  if ((vm.nestedVirtualization || vm.shielding?.virtualizationBasedSecurity) && vm.dynamicMemory !== undefined) {
    throw new DesignError(vm.scope, {
      problem: 'Hyper-V cannot expose virtualization extensions (for nested virtualization or virtualization-based security) to a VM with dynamic memory.',
      value: `${vm.nestedVirtualization ? 'nestedVirtualization' : 'virtualizationBasedSecurity'}: true, dynamicMemory: { ... }`,
      fix: 'use static memory for a VM that runs VMs itself',
    });
  }
  if (vm.memoryHotAdd && generation === 1) {
    throw new DesignError(vm.scope, {
      problem: 'Hyper-V resizes the memory of running VMs of generation 2 only, and BIOS firmware makes a generation 1 VM.',
      fix: 'use Firmware.UEFI (generation 2), or leave memoryHotAdd out',
    });
  }
  for (const nic of vm.nics) {
    if (nic.adapter === NicAdapter.EMULATED && generation === 2) {
      throw new DesignError(vm.scope, {
        problem: 'A legacy (emulated) network adapter exists on Hyper-V generation 1 only, and UEFI firmware makes a generation 2 VM.',
        value: 'adapter: NicAdapter.EMULATED, firmware: UEFI',
        fix: 'use NicAdapter.PARAVIRTUAL (the synthetic adapter), or Firmware.BIOS for a generation 1 VM',
      });
    }
    if (nic.sriov?.physicalFunction !== undefined) {
      throw new DesignError(vm.scope, {
        problem: 'On Hyper-V the virtual switch chooses the SR-IOV physical function; a NIC cannot name one.',
        value: nic.sriov.physicalFunction,
        fix: 'leave sriov.physicalFunction out; the switch of the network gets SR-IOV enabled',
      });
    }
  }
  const limits = HYPERV_DISK_LIMITS[generation];
  const platform = `Hyper-V (generation ${generation})`;
  if (generation === 2 && vm.guestInit !== undefined) {
    checkDiskSlots(vm, limits, platform, limits.maxSlot - 1, ' with a cloud-init drive, which takes the location after the highest slot');
  } else {
    checkDiskSlots(vm, limits, platform);
  }
}

/** Hyper-V assigns memory in multiples of 2 MiB. */
const MEMORY_GRANULE_MIB = 2;

/** A memory size in bytes, checked to be a whole number of Hyper-V's 2 MiB granules. */
export function memoryBytes(vm: VmNode, what: string, size: Size): number {
  const mib = wholeUnits(vm.scope, what, size, 'MiB');
  if (mib % MEMORY_GRANULE_MIB !== 0) {
    throw new DesignError(vm.scope, {
      problem: `${what} must be a multiple of 2 MiB on Hyper-V.`,
      value: String(size),
      allowed: 'a multiple of 2 MiB',
    });
  }
  return size.toBytes();
}

/** A disk size in bytes: Hyper-V disk sizes fit whole logical blocks, and whole MiB do. */
export function diskBytes(vm: VmNode, what: string, size: Size): number {
  wholeUnits(vm.scope, what, size, 'MiB');
  return size.toBytes();
}

/**
 * The VM's guest initialisation, refused where a token stands for content that goes into the
 * cloud-init ISO: the ISO is built at synth.
 */
export function knownGuestInit(vm: VmNode): VmNode {
  const init = vm.guestInit;
  if (init === undefined) return vm;
  const why = 'Hyper-V gets cloud-init data on an ISO that the library builds at synth';
  const fix = 'give the text itself; Hyper-V cannot keep cloud-init data out of the synthesized output, so leave secrets out of it '
    + '(or set allowSecretsInOutput: true to accept them); vSphere and libvirt take a token here';
  knownAtSynth(vm.scope, 'guestInit.userData', init.userData, why, fix);
  knownAtSynth(vm.scope, 'guestInit.hostname', init.guestHostname, why, fix);
  knownAtSynth(vm.scope, 'guestInit.networkConfig', init.networkConfig, why, fix);
  knownAtSynth(vm.scope, 'guestInit.ipv4', init.ipv4, why, fix);
  vm.nics.forEach((nic, i) => knownAtSynth(vm.scope, `the ipv4 of NIC ${i + 1}`, nic.ipv4, why, fix));
  const windows = init.windowsOptions;
  if (windows === undefined) return vm;
  // the capability table refuses guest passwords on Hyper-V first; this keeps them off the ISO should it not
  if (windows.adminPassword !== undefined) {
    throw new DesignError(vm.scope, {
      problem: 'Hyper-V gets the Windows customization on a cidata ISO that the library builds at synth, and the Administrator password '
        + 'is a sensitive variable Terraform resolves only at apply: the ISO cannot hold it, and it must not be written into the output.',
      fix: 'leave adminPassword out on Hyper-V and set the password in the image or after creation (e.g. LAPS or a Group Policy), '
        + 'or render the VM on vSphere or libvirt, which keep it a sensitive variable',
    });
  }
  knownAtSynth(vm.scope, 'guestInit.windows.computerName', windows.computerName, why);
  knownAtSynth(vm.scope, 'guestInit.windows.timeZone', windows.timeZone, why);
  knownAtSynth(vm.scope, 'guestInit.windows.workgroup', windows.workgroup, why);
  return vm;
}

/** Checks that the security of a shielded VM can be set by PowerShell; gives the shell that sets it. */
export function checkShielding(shell: HypervRemoteShell | undefined, vm: VmNode): HypervRemoteShell {
  if (shell === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'The hyperv provider cannot give a VM a vTPM (nor encryption or shielding); the library adds them with PowerShell on the host over WinRM, which the target has not allowed.',
      fix: 'set remotePowerShell: true on the HypervTarget (with Credentials.fromVariables()), or use a plain VirtualMachine',
    });
  }
  if (vm.shielding?.level === ShieldingLevel.HOST_GUARDED && shell.guardian === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'A host-guarded VM takes its key protector from a Host Guardian Service guardian, and the target uses a local key protector.',
      fix: 'set keyProtector: HypervKeyProtector.guardian("<guardian name>") on the HypervTarget, or use ShieldingLevel.ENCRYPTED',
    });
  }
  return shell;
}

/** Checks that the checkpoint of a replica pair can be taken by PowerShell. */
export function checkCheckpoint(shell: HypervRemoteShell | undefined, pair: PairNode): void {
  const checkpoint = pair.checkpoint;
  if (checkpoint?.description !== undefined) {
    throw new DesignError(pair.scope, {
      problem: 'A Hyper-V checkpoint has a name but no description.',
      value: JSON.stringify(checkpoint.description),
      fix: 'leave checkpoint.description out, or put what it would say into the name',
    });
  }
  if (checkpoint !== undefined && shell === undefined) {
    throw new DesignError(pair.scope, {
      problem: 'The hyperv provider sets the checkpoint type but cannot take a checkpoint; the library takes it with PowerShell on the host, which the target has not allowed.',
      fix: 'set remotePowerShell: true on the HypervTarget, or leave checkpoint out',
    });
  }
}

/** Checks the folder of a pair's checkpoint files, which the provider writes into its PowerShell. */
export function checkCheckpointLocation(pair: PairNode): void {
  const location = pair.checkpoint?.location;
  if (location === undefined) return;
  checkProviderValue(pair.scope, 'checkpoint.location', location, true, 'give the folder of the checkpoint files as a plain folder, e.g. "D:\\\\Checkpoints"');
}

/** Checks that Hyper-V Replica can replicate a pair's primary to its replica server; gives the shell that sets it up. */
export function checkReplication(ctx: HypervRenderContext, pair: PairNode, primaryHost: string): HypervRemoteShell {
  const shell = ctx.remoteShell;
  if (shell === undefined) {
    throw new DesignError(pair.scope, {
      problem: 'The hyperv provider has no replication; the library sets up Hyper-V Replica with PowerShell on the hosts, which the target has not allowed.',
      fix: 'set remotePowerShell: true on the HypervTarget (with Credentials.fromVariables()), or use ReplicationMode.GUEST',
    });
  }
  const replicaHost = pair.replicaHost!;
  if (!ctx.hostNames.includes(replicaHost)) {
    throw new DesignError(pair.scope, {
      problem: `The replica server "${replicaHost}" is not a host of the target.`,
      allowed: ctx.hostNames.map((h) => JSON.stringify(h)).join(', '),
    });
  }
  if (primaryHost === replicaHost) {
    throw new DesignError(pair.scope, {
      problem: `The primary runs on its own replica server "${replicaHost}"; a host failure would take both.`,
      fix: 'give the primary another host (primaryHost), or choose another replica server',
    });
  }
  return shell;
}
