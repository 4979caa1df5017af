import type {
  VirtualMachineCloneCustomize, VirtualMachineCloneCustomizeNetworkInterface, VirtualMachineCloneCustomizeWindowsOptions,
} from '@cdktf/provider-vsphere/lib/virtual-machine';
import { timeZoneIndex } from './time-zones';
import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { GuestInitKind, StaticIpv4 } from '../../model/guest-init';
import { VsphereVersion } from '../../model/limits';
import { parseCidr } from '../../model/validate';
import { cloudInitDocuments, guestHostname } from '../cloud-init';
import { tfBase64, tfText, tfTexts } from '../escaping';

/*
 * How a guest is initialised on vSphere: guest customization of the clone (host name or Windows
 * sysprep, static addresses per NIC), or cloud-init data for the VMware guestinfo datasource.
 */

/** A NIC's static IPv4 configuration: the NIC's own, or for the first NIC the guest initialisation's. */
interface NicAddress {
  readonly nic: number;
  readonly ipv4: StaticIpv4;
  readonly own: boolean;
}

/**
 * The guest customization of a clone: the host name (Linux) or the Windows sysprep settings, and
 * the static IPv4 addresses of the NICs.
 */
export function customize(vm: VmNode, version: VsphereVersion): VirtualMachineCloneCustomize {
  const init = vm.guestInit!;
  const hostname = guestHostname(vm);
  const windows = init.kind === GuestInitKind.WINDOWS || vm.guestOs.isWindows;
  const network = vm.nics.some((n) => n.ipv4 !== undefined) ? nicNetwork(vm) : firstNicNetwork(vm);
  return {
    linuxOptions: windows ? undefined : {
      hostName: tfText(vm.scope, 'guestInit.hostname', hostname),
      domain: tfText(vm.scope, 'guestInit.ipv4.domain', network.domain ?? 'localdomain'),
    },
    windowsOptions: !windows ? undefined : init.kind === GuestInitKind.WINDOWS
      ? windowsOptions(vm, version)
      : { computerName: tfText(vm.scope, 'guestInit.hostname', hostname), workgroup: 'WORKGROUP' },
    networkInterface: network.networkInterface,
    ipv4Gateway: network.ipv4Gateway,
    dnsServerList: network.dnsServerList,
    dnsSuffixList: network.dnsSuffixList,
  };
}

/** The network part of a customization, and the domain of the guest's host name. */
type CustomizedNetwork = Pick<VirtualMachineCloneCustomize, 'networkInterface' | 'ipv4Gateway' | 'dnsServerList' | 'dnsSuffixList'> & {
  readonly domain?: string;
};

/** The guest initialisation's static IPv4 address, on the first NIC, with its gateway, DNS servers and domain. */
function firstNicNetwork(vm: VmNode): CustomizedNetwork {
  const ipv4 = vm.guestInit!.ipv4;
  const address = ipv4 ? parseCidr(vm.scope, 'The static IPv4 address', ipv4.address) : undefined;
  return {
    networkInterface: vm.nics.map((_, i) => (i === 0 && address ? { ipv4Address: address.address, ipv4Netmask: address.prefix } : {})),
    ipv4Gateway: tfText(vm.scope, 'guestInit.ipv4.gateway', ipv4?.gateway),
    dnsServerList: tfTexts(vm.scope, 'guestInit.ipv4.dnsServers', ipv4?.dnsServers),
    dnsSuffixList: ipv4?.domain ? [tfText(vm.scope, 'guestInit.ipv4.domain', ipv4.domain)] : undefined,
    domain: ipv4?.domain,
  };
}

/**
 * The static IPv4 address of each NIC that has one. vSphere customization has one default
 * gateway, so the NICs' gateways must agree; DNS servers and domains are per NIC for Windows, and
 * global for Linux (the NICs' together, in NIC order).
 */
function nicNetwork(vm: VmNode): CustomizedNetwork {
  const addresses: NicAddress[] = vm.nics.flatMap((nic, i) => {
    const ipv4 = nic.ipv4 ?? (i === 0 ? vm.guestInit?.ipv4 : undefined);
    return ipv4 === undefined ? [] : [{ nic: i, ipv4, own: nic.ipv4 !== undefined }];
  });
  const networkInterface = vm.nics.map((_, i): VirtualMachineCloneCustomizeNetworkInterface => {
    const found = addresses.find((a) => a.nic === i);
    if (found === undefined) return {};
    const what = found.own ? `nics[${i}].ipv4` : 'guestInit.ipv4';
    const address = parseCidr(vm.scope, `The static IPv4 address of NIC ${i}`, found.ipv4.address);
    return {
      ipv4Address: address.address,
      ipv4Netmask: address.prefix,
      dnsServerList: tfTexts(vm.scope, `${what}.dnsServers`, found.ipv4.dnsServers),
      dnsDomain: tfText(vm.scope, `${what}.domain`, found.ipv4.domain),
    };
  });
  const dnsServers = unique(addresses.flatMap((a) => a.ipv4.dnsServers ?? []));
  const domains = unique(addresses.flatMap((a) => (a.ipv4.domain === undefined ? [] : [a.ipv4.domain])));
  return {
    networkInterface,
    ipv4Gateway: tfText(vm.scope, 'ipv4.gateway', gatewayOf(addresses)),
    dnsServerList: dnsServers.length > 0 ? tfTexts(vm.scope, 'ipv4.dnsServers', dnsServers) : undefined,
    dnsSuffixList: domains.length > 0 ? tfTexts(vm.scope, 'ipv4.domain', domains) : undefined,
    domain: domains[0],
  };
}

/** The one default gateway (the design allows one, on its NIC's subnet). */
function gatewayOf(addresses: NicAddress[]): string | undefined {
  return addresses.find((a) => a.ipv4.gateway !== undefined)?.ipv4.gateway;
}

/**
 * The sysprep settings of a Windows guest: computer name, the Administrator password (a token),
 * the time zone's index, and the domain to join (with its account) or the workgroup.
 */
function windowsOptions(vm: VmNode, version: VsphereVersion): VirtualMachineCloneCustomizeWindowsOptions {
  const options = vm.guestInit!.windowsOptions!;
  const join = options.domainJoin;
  if (join?.organizationalUnit !== undefined) {
    if (version === VsphereVersion.VSPHERE_7_0_U1) {
      throw new DesignError(vm.scope, {
        problem: 'vSphere customization puts the computer account into an organizational unit from vCenter 8.0 Update 2 on; the target is vSphere 7.0.',
        value: JSON.stringify(join.organizationalUnit),
        fix: 'leave organizationalUnit out (the account goes to the domain\'s Computers container), or give the target version: VsphereVersion.VSPHERE_8_0 on vCenter 8.0 U2 or later',
      });
    }
    if (/\s/.test(join.organizationalUnit)) {
      throw new DesignError(vm.scope, {
        problem: 'vSphere customization takes no white space in the organizational unit\'s distinguished name (the provider\'s domain_ou).',
        value: JSON.stringify(join.organizationalUnit),
        fix: 'give an OU whose path has no spaces, or move the computer account after the join',
      });
    }
  }
  return {
    computerName: tfText(vm.scope, 'guestInit.windows.computerName', options.computerName ?? vm.name),
    adminPassword: tfText(vm.scope, 'guestInit.windows.adminPassword', options.adminPassword),
    timeZone: options.timeZone === undefined ? undefined : timeZoneIndex(vm, options.timeZone),
    joinDomain: tfText(vm.scope, 'guestInit.windows.domainJoin.domain', join?.domain),
    domainAdminUser: tfText(vm.scope, 'guestInit.windows.domainJoin.user', join?.user),
    domainAdminPassword: tfText(vm.scope, 'guestInit.windows.domainJoin.password', join?.password),
    domainOu: tfText(vm.scope, 'guestInit.windows.domainJoin.organizationalUnit', join?.organizationalUnit),
    workgroup: join === undefined ? tfText(vm.scope, 'guestInit.windows.workgroup', options.workgroup ?? 'WORKGROUP') : undefined,
  };
}

/** cloud-init data for the VMware guestinfo datasource, base64 encoded, as `extra_config` keys. */
export function guestinfo(vm: VmNode): { [key: string]: string } {
  const docs = cloudInitDocuments(vm)!;
  const meta: Record<string, string> = JSON.parse(docs.metaData);
  if (docs.networkConfig !== undefined) {
    meta.network = tfBase64(vm.scope, 'guestInit.networkConfig', docs.networkConfig);
    meta['network.encoding'] = 'base64';
  }
  return {
    'guestinfo.metadata': tfBase64(vm.scope, 'guestInit.hostname', JSON.stringify(meta)),
    'guestinfo.metadata.encoding': 'base64',
    'guestinfo.userdata': tfBase64(vm.scope, 'guestInit.userData', docs.userData),
    'guestinfo.userdata.encoding': 'base64',
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
