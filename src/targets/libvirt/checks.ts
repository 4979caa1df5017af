import { IConstruct } from 'constructs';
import { checkEveryday, checkOsImage } from './checks-everyday';
import { LibvirtRenderContext } from './context';
import { KVM_DISK_LIMITS, KVM_LIMITS } from './limits';
import { LIBVIRT_URI_FORMS, parseLibvirtUri } from './uri';
import { Token } from '../../core';
import { ClusterNode, NetworkNode, VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Image } from '../../model/image';
import { NetworkConnectivity } from '../../model/network';
import { redacted, redactUri } from '../../model/redact';
import { ShieldingLevel } from '../../model/shielding';
import { checkDiskSlots, checkVmLimits } from '../limits';

/*
 * The constraints of libvirt and of dmacvicar/libvirt 0.9.7 that the capability table cannot say:
 * the target's connection settings, and what each network, cluster and VM of a design needs.
 */

/** Fails unless a host's URI is one the provider can open (a URI given as a token is not checked). */
export function checkHostUri(scope: IConstruct, host: { readonly name: string; readonly uri: string }): void {
  if (Token.isUnresolved(host.uri)) return;
  const parsed = parseLibvirtUri(host.uri);
  if ('error' in parsed) {
    throw new DesignError(scope, {
      problem: `The uri of host "${host.name}" is not a libvirt connection URI the provider can open: ${parsed.error}.`,
      value: JSON.stringify(redactUri(host.uri)),
      allowed: LIBVIRT_URI_FORMS,
      fix: `e.g. uri: "qemu+ssh://root@${host.name}/system"`,
    });
  }
}

/**
 * A folder on the hosts (`imageDirectory`, `isoDirectory`): an absolute path without control
 * characters or direction overrides, or a token that stays a reference.
 */
export function checkHostFolder(scope: IConstruct, property: string, folder: string | undefined): void {
  if (folder === undefined || Token.isUnresolved(folder)) return;
  // eslint-disable-next-line no-control-regex
  if (typeof folder !== 'string' || !folder.startsWith('/') || folder.length > 4096 || /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(folder)
    || folder.split('/').some((part) => part === '..')) {
    throw new DesignError(scope, {
      problem: `The ${property} is not an absolute folder path on the hosts.`,
      value: JSON.stringify(folder),
      allowed: 'a path from "/", without "..", control characters or direction overrides, e.g. "/var/lib/libvirt/images"',
    });
  }
}

/** Fails unless the secrets named on the target are UUIDs, as libvirt names its secrets. */
export function checkSecretUuids(scope: IConstruct, encryption?: { readonly diskSecret: string; readonly tpmSecret?: string }): void {
  for (const [what, uuid] of [['diskSecret', encryption?.diskSecret], ['tpmSecret', encryption?.tpmSecret]]) {
    if (uuid !== undefined && !Token.isUnresolved(uuid) && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid)) {
      throw new DesignError(scope, {
        problem: `encryption.${what} is not the UUID of a libvirt secret (it is not shown: it may be the secret itself).`,
        value: redacted(uuid),
        allowed: 'a UUID as `virsh secret-list` shows it, e.g. "0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60"',
      });
    }
  }
}

/** Fails when a network the library creates needs what the target or the network does not give. */
export function checkNetwork(network: NetworkNode, bridge: LibvirtRenderContext['bridge']): void {
  if (network.existing) return;
  if (network.connectivity === NetworkConnectivity.BRIDGED) {
    if (bridge === undefined) {
      throw new DesignError(network.scope, {
        problem: 'A bridged libvirt network needs a bridge on the hosts, and the target names none.',
        fix: 'set bridge: { name: "br0" } on the LibvirtTarget, or use an existing network (existing: true)',
      });
    }
    if (network.vlanId !== undefined && !bridge.openvswitch) {
      throw new DesignError(network.scope, {
        problem: 'libvirt tags VLANs only on Open vSwitch bridges, and the target\'s bridge is a Linux bridge.',
        value: `vlanId: ${network.vlanId}, bridge: ${bridge.name}`,
        fix: 'set bridge.openvswitch on the LibvirtTarget, or leave vlanId out and bridge to a host VLAN interface (e.g. br0.120)',
      });
    }
    return;
  }
  if (network.vlanId !== undefined) {
    throw new DesignError(network.scope, {
      problem: 'A VLAN tag needs a bridged network; NAT, host-only and isolated libvirt networks stay inside their host.',
      value: `vlanId: ${network.vlanId}, connectivity: ${network.connectivity}`,
      fix: 'leave vlanId out, or make the network bridged',
    });
  }
  if (network.connectivity !== NetworkConnectivity.ISOLATED && network.cidr === undefined) {
    throw new DesignError(network.scope, {
      problem: network.connectivity === NetworkConnectivity.NAT
        ? 'A NAT network needs a subnet for the host to serve and translate.'
        : 'A host-only network needs a subnet for the host to serve.',
      fix: 'set cidr, e.g. "192.168.100.0/24"',
    });
  }
}

/** Fails unless the cluster acknowledges that nothing restarts a failed libvirt host's VMs elsewhere. */
export function checkCluster(cluster: ClusterNode): void {
  if (!cluster.acknowledgeNoHostFailover) {
    throw new DesignError(cluster.scope, {
      problem: 'Nothing restarts VMs when a libvirt host dies: the library places the VMs with room for the tolerated failures and restarts '
        + 'crashed domains, but a failed host\'s VMs stay down until it returns.',
      fix: 'acknowledge it on the cluster: acknowledgeNoHostFailover: true',
    });
  }
}

/** Fails when a VM exceeds KVM's limits, or needs what libvirt cannot do or the target does not give. */
export function checkVm(vm: VmNode, ctx: LibvirtRenderContext, image: Image): void {
  checkVmLimits(vm, KVM_LIMITS[ctx.platform], `KVM (${ctx.platform})`);
  if (vm.cluster?.migration?.cpuCompatibility && vm.nestedVirtualization) {
    throw new DesignError(vm.scope, {
      problem: 'Nested virtualization passes the host CPU through, which cannot move between host generations.',
      value: 'nestedVirtualization: true, cluster migration.cpuCompatibility: true',
      fix: 'leave nestedVirtualization out for VMs of a CPU-compatible cluster',
    });
  }
  if (vm.dynamicMemory !== undefined && !vm.dynamicMemory.minimum.isSameAs(vm.memory)) {
    throw new DesignError(vm.scope, {
      problem: 'libvirt\'s memory balloon starts a VM at its memory and lets it grow to the maximum, but keeps no minimum.',
      value: `minimum ${vm.dynamicMemory.minimum}, memory ${vm.memory}`,
      fix: 'set the dynamic memory minimum equal to the memory',
    });
  }
  if (encryptsDisks(vm) && ctx.encryption?.diskSecret === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'libvirt encrypts disks with LUKS and a libvirt secret, and the provider cannot create secrets.',
      fix: 'define a passphrase secret on every host (virsh secret-define, virsh secret-set-value) and name its UUID on the LibvirtTarget: '
        + 'encryption: { diskSecret: "<uuid>" }',
    });
  }
  checkOsImage(vm, image);
  checkDiskSlots(vm, KVM_DISK_LIMITS, `KVM (${ctx.platform})`);
  checkEveryday(vm);
  if (vm.shielding?.memoryEncryption && ctx.sev === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'AMD SEV needs the hosts\' C-bit position and reduced physical address bits, and the target does not give them.',
      fix: 'read them from `virsh domcapabilities` (<sev>: cbitpos, reducedPhysBits) and set sev on the LibvirtTarget',
    });
  }
}

/** Whether a VM's disks are encrypted: a shielded VM beyond Secure Boot and a TPM. */
export function encryptsDisks(vm: VmNode): boolean {
  return vm.shielding !== undefined && vm.shielding.level !== ShieldingLevel.SECURE_BOOT_AND_TPM;
}
