import { knownAtSynth } from './escaping';
import { VmNode } from '../model/design';
import { GuestInitKind } from '../model/guest-init';

/*
 * The cloud-init documents of a VM, as every target that initialises guests through cloud-init
 * writes them: the NoCloud meta data, the user data, and a network config (version 2) when a
 * static address was asked for.
 */

/** The three cloud-init documents of a VM. */
export interface CloudInitDocuments {
  readonly userData: string;
  readonly metaData: string;
  readonly networkConfig?: string;
}

/** The host name the guest gets. */
export function guestHostname(vm: VmNode): string {
  return vm.guestInit?.guestHostname ?? vm.name;
}

/** The cloud-init documents for a VM with guest initialisation, or undefined. */
export function cloudInitDocuments(vm: VmNode): CloudInitDocuments | undefined {
  const init = vm.guestInit;
  if (init === undefined) return undefined;
  // the host name is written into JSON documents here: a value known only at apply could break them
  const hostname = knownAtSynth(vm.scope, 'guestInit.hostname', guestHostname(vm),
    'the library writes it into the cloud-init meta data, a JSON document, at synth');
  const metaData = JSON.stringify({ 'instance-id': vm.name, 'local-hostname': hostname });
  if (init.kind === GuestInitKind.CLOUD_INIT) {
    return { userData: init.userData!, metaData, networkConfig: init.networkConfig ?? staticNetworkConfig(vm) };
  }
  const domain = init.ipv4?.domain;
  const userData = '#cloud-config\n' + JSON.stringify({
    hostname,
    ...(domain ? { fqdn: `${hostname}.${domain}` } : {}),
    manage_etc_hosts: true,
  });
  return { userData, metaData, networkConfig: staticNetworkConfig(vm) };
}

/** A network config (version 2) with the static IPv4 address on the first NIC. */
export function staticNetworkConfig(vm: VmNode): string | undefined {
  const ipv4 = knownAtSynth(vm.scope, 'guestInit.ipv4', vm.guestInit?.ipv4,
    'the library writes the address, gateway, DNS servers and domain into the cloud-init network config, a JSON document, at synth');
  if (ipv4 === undefined) return undefined;
  const mac = vm.nics[0]?.macAddress;
  const primary = {
    match: mac ? { macaddress: mac } : { name: 'e*' },
    addresses: [ipv4.address],
    ...(ipv4.gateway ? { routes: [{ to: 'default', via: ipv4.gateway }] } : {}),
    ...(ipv4.dnsServers?.length || ipv4.domain
      ? { nameservers: { addresses: ipv4.dnsServers ?? [], search: ipv4.domain ? [ipv4.domain] : [] } }
      : {}),
  };
  return JSON.stringify({ version: 2, ethernets: { primary } });
}
