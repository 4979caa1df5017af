import { LibvirtRenderContext } from './context';
import { LightDomain } from './light-resources';
import { Fn, Token, forExpression } from '../../core';
import { NicNode, VmNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { DataLibvirtDomainInterfaceAddresses } from '../../providers/libvirt/data-libvirt-domain-interface-addresses';
import { elementOrEmpty, lazyAttributes, unavailable } from '../attributes';
import { VmAttributeName } from '../protocol';

/*
 * A VM's addresses on libvirt. The provider keeps none on the domain: a
 * `libvirt_domain_interface_addresses` data source asks libvirt for them (the DHCP leases of
 * libvirt's networks, else the guest agent), each time Terraform reads it. Nothing waits for them:
 * right after a domain is created its guest may have none yet, and later plans read them again.
 */

/** The data source that reads a VM's addresses from its host, named after the VM. */
export function readAddresses(ctx: LibvirtRenderContext, vm: VmNode, host: string, domain: LightDomain): DataLibvirtDomainInterfaceAddresses {
  const addresses = new DataLibvirtDomainInterfaceAddresses(vm.scope, 'Addresses', {
    provider: ctx.providerFor(host),
    domain: domain.getStringAttribute('uuid'),
  });
  ctx.nameAfter(addresses, vm.scope, 'addresses');
  return addresses;
}

/**
 * The attributes of a rendered VM. `id` is the domain's UUID: its `id` is the number libvirt gives
 * a running domain, which changes as it restarts.
 */
export function vmAttributes(
  vm: VmNode,
  host: string,
  domain: LightDomain,
  addresses?: DataLibvirtDomainInterfaceAddresses,
): RenderedElement['attributes'] {
  const attributes: { [name in VmAttributeName]?: () => unknown } = {
    id: () => domain.getStringAttribute('uuid'),
    hostName: () => host,
    ...(addresses && addressAttributes(addresses)),
    macAddresses: () => vm.nics.map((nic, i) => macAddress(vm, nic, i, domain, addresses)),
  };
  return lazyAttributes(attributes);
}

/** The VM's addresses but its loopback ones, and the first IPv4 address among them. */
function addressAttributes(addresses: DataLibvirtDomainInterfaceAddresses): { [name in VmAttributeName]?: () => unknown } {
  const all = () => Fn.flatten(addresses.getListAttribute('interfaces[*].addrs'));
  return {
    primaryIpv4: () => elementOrEmpty(forExpression(all(), 'val.addr if val.type == "ipv4" && !startswith(val.addr, "127.")'), 0),
    ipAddresses: () => Token.asList(forExpression(all(), 'val.addr if !startswith(val.addr, "127.") && val.addr != "::1"')),
  };
}

/** What the guest's loopback interface reports as its MAC address (through the guest agent). */
const LOOPBACK_MAC = '00:00:00:00:00:00';

/**
 * The MAC address of a VM's NIC. One the design gives is set on the domain; libvirt chooses the
 * others when it defines the domain, and only the addresses data source reports them.
 */
function macAddress(vm: VmNode, nic: NicNode, index: number, domain: LightDomain, addresses?: DataLibvirtDomainInterfaceAddresses): string {
  if (nic.macAddress !== undefined) return domain.getStringAttribute(`devices.interfaces[${index}].mac.address`);
  if (addresses !== undefined) return elementOrEmpty(forExpression(addresses.interfaces, `val.hwaddr if val.hwaddr != "${LOOPBACK_MAC}"`), index);
  return unavailable(vm.scope,
    `NIC ${index + 1} gets its MAC address from libvirt when the domain is defined, and the provider keeps it nowhere.`,
    'give the NIC a macAddress, or read the VM\'s ipAddresses too: the data source that reads them reports the MAC addresses');
}
