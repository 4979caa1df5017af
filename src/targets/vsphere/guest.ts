import type { VirtualMachineCloneCustomize } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { VmNode } from '../../model/design';
import { parseCidr } from '../../model/validate';
import { cloudInitDocuments, guestHostname } from '../cloud-init';
import { tfBase64, tfText, tfTexts } from '../escaping';

/*
 * How a guest is initialised on vSphere: guest customization of the clone (host name, static
 * address), or cloud-init data for the VMware guestinfo datasource.
 */

/** The guest customization of a clone: host name and, on the first NIC, a static IPv4 address. */
export function customize(vm: VmNode): VirtualMachineCloneCustomize {
  const init = vm.guestInit!;
  const ipv4 = init.ipv4;
  const hostname = guestHostname(vm);
  const address = ipv4 ? parseCidr(vm.scope, 'The static IPv4 address', ipv4.address) : undefined;
  return {
    linuxOptions: vm.guestOs.isWindows ? undefined : {
      hostName: tfText(vm.scope, 'guestInit.hostname', hostname),
      domain: tfText(vm.scope, 'guestInit.ipv4.domain', ipv4?.domain ?? 'localdomain'),
    },
    windowsOptions: vm.guestOs.isWindows ? { computerName: tfText(vm.scope, 'guestInit.hostname', hostname), workgroup: 'WORKGROUP' } : undefined,
    networkInterface: vm.nics.map((_, i) => (i === 0 && address ? { ipv4Address: address.address, ipv4Netmask: address.prefix } : {})),
    ipv4Gateway: tfText(vm.scope, 'guestInit.ipv4.gateway', ipv4?.gateway),
    dnsServerList: tfTexts(vm.scope, 'guestInit.ipv4.dnsServers', ipv4?.dnsServers),
    dnsSuffixList: ipv4?.domain ? [tfText(vm.scope, 'guestInit.ipv4.domain', ipv4.domain)] : undefined,
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
