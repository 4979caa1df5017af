/**
 * What a network carries. Hypervisor vendors advise a dedicated adapter (and network) per role;
 * targets use the role for the vendor object's settings (for example, a Hyper-V management
 * network shares its switch with the host).
 */
export enum TrafficRole {
  /** Traffic of the VMs' workloads. */
  VM = 'vm',
  /** Management of hosts and VMs. */
  MANAGEMENT = 'management',
  /** Live migration (vMotion) traffic. */
  LIVE_MIGRATION = 'live-migration',
  /** Cluster heartbeat and cluster communication. */
  CLUSTER = 'cluster',
  /** Storage traffic (iSCSI, NFS, SMB). */
  STORAGE = 'storage',
  /** Replication traffic. */
  REPLICATION = 'replication',
}

/** How a network reaches the world outside its hosts. */
export enum NetworkConnectivity {
  /**
   * Bridged to the physical network (vSphere port group, Hyper-V external switch, libvirt bridge).
   */
  BRIDGED = 'bridged',
  /** VMs only, on each host, without a way out (Hyper-V private switch, libvirt network without address or forwarding). */
  ISOLATED = 'isolated',
  /** VMs and their host, on each host (Hyper-V internal switch, libvirt network with a host address and no forwarding). */
  HOST_ONLY = 'host-only',
  /** Host-local network whose VMs reach out through NAT on the host (libvirt NAT network). */
  NAT = 'nat',
}

/** The kind of a NIC. */
export enum NicAdapter {
  /** The vendor's paravirtual NIC: vSphere vmxnet3, Hyper-V synthetic adapter, libvirt virtio. */
  PARAVIRTUAL = 'paravirtual',
  /** An emulated NIC any guest can drive: vSphere e1000e, Hyper-V legacy adapter (generation 1 only), libvirt e1000e. */
  EMULATED = 'emulated',
}
