import { VirtualNetwork } from './virtual-network';
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
