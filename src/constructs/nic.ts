import { VirtualNetwork } from './virtual-network';
import { StaticIpv4 } from '../model/guest-init';
import { NicAdapter } from '../model/network';

/** SR-IOV settings of a NIC. */
export interface SriovOptions {
  /**
   * PCI address of the physical function the virtual function is taken from, as
   * `domain:bus:slot.function` (e.g. `0000:3b:00.0`). vSphere needs it; on Hyper-V the virtual
   * switch picks the physical function, so it must be left out there.
   *
   * @default - none
   */
  readonly physicalFunction?: string;
}

/** Options of a NIC. */
export interface NicOptions {
  /**
   * A static MAC address: six hexadecimal octets (`00:50:56:01:02:03`). vSphere accepts only its
   * range for manual addresses, 00:50:56:00:00:00 to 00:50:56:3F:FF:FF.
   *
   * @default - assigned by the hypervisor
   */
  readonly macAddress?: string;

  /**
   * The kind of adapter the guest sees.
   *
   * @default NicAdapter.PARAVIRTUAL
   */
  readonly adapter?: NicAdapter;

  /**
   * Give the VM a virtual function of an SR-IOV adapter.
   *
   * @default - no SR-IOV
   */
  readonly sriov?: SriovOptions;

  /**
   * A static IPv4 configuration of this NIC, set by the VM's guest initialisation (which the VM
   * must have): vSphere guest customization per NIC, or the cloud-init network config elsewhere.
   * The cloud-init network config finds a NIC by its MAC address, so on Hyper-V and libvirt, and
   * for cloud-init on vSphere, a VM with more than one NIC gives each NIC with a static address a
   * `macAddress`.
   *
   * @default - DHCP (or the guest initialisation's `ipv4`, for the first NIC)
   */
  readonly ipv4?: StaticIpv4;
}

/** A network adapter of a VM, on a network of the design. */
export class Nic {
  /**
   * A NIC on a network.
   *
   * @param network the network the NIC is connected to
   * @param options MAC address, adapter kind, SR-IOV
   */
  public static on(network: VirtualNetwork, options: NicOptions = {}): Nic {
    return new Nic(network, options);
  }

  private constructor(
    /** The network the NIC is connected to. */
    public readonly network: VirtualNetwork,
    /** MAC address, adapter kind and SR-IOV. */
    public readonly options: NicOptions,
  ) {}
}
