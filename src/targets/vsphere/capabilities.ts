import { Capabilities, Capability, Feature } from '../../model/capabilities';

const { native, unsupported } = Capabilities;

/** What the vSphere target renders, feature by feature, and how. */
export const VSPHERE_CAPABILITIES: Record<Feature, Capability> = {
  [Feature.UEFI]: native('`firmware = "efi"`'),
  [Feature.BIOS]: native('`firmware = "bios"` (up to 6128 GiB of memory)'),
  [Feature.CORES_PER_SOCKET]: native('`num_cores_per_socket`'),
  [Feature.OS_DISK_SIZE]: native('`disk.size` of the cloned OS disk'),
  [Feature.DATA_DISKS]: native('`disk` blocks on the pvscsi controller'),
  [Feature.THICK_DISKS]: native('`disk.thin_provisioned = false`'),
  [Feature.EAGER_ZEROED_DISKS]: native('`disk.eagerly_scrub = true`'),
  [Feature.STATIC_MAC]: native('`network_interface.use_static_mac` (VMware range only)'),
  [Feature.EMULATED_NIC]: native('`adapter_type = "e1000e"`'),
  [Feature.SRIOV_NIC]: native('`adapter_type = "sriov"` with `physical_function`'),
  [Feature.CLOUD_INIT]: native('`extra_config` guestinfo keys for the VMware cloud-init datasource'),
  [Feature.HOSTNAME_STATIC_IP]: native('`clone.customize` guest customization'),
  [Feature.AUTOSTART]: unsupported(
    'the provider has no host autostart setting; vSphere HA restarts VMs of a cluster',
    'leave autostart unset and rely on the HA restart of the cluster',
  ),
  [Feature.NESTED_VIRTUALIZATION]: native('`nested_hv_enabled`'),
  [Feature.DYNAMIC_MEMORY]: unsupported(
    'vSphere gives a VM a fixed amount of memory and has no minimum/maximum',
    'use static memory with memoryReservation for the guaranteed part',
  ),
  [Feature.MEMORY_RESERVATION]: native('`memory_reservation`'),
  [Feature.PARTIAL_MEMORY_RESERVATION]: native('`memory_reservation` below `memory`'),
  [Feature.CPU_HOT_ADD]: native('`cpu_hot_add_enabled`'),
  [Feature.MEMORY_HOT_ADD]: native('`memory_hot_add_enabled`'),
  [Feature.PCI_PASSTHROUGH]: native('`pci_device_id` (the VM names its host)'),
  [Feature.HOST_PLACEMENT]: native('`host_system_id` from a `vsphere_host` data source'),
  [Feature.SECURE_BOOT]: native('`efi_secure_boot_enabled`'),
  [Feature.VTPM]: native('`vtpm` 2.0 (vCenter needs a key provider, named on the target)'),
  [Feature.ENCRYPTION]: native('the encryption storage policy (`vsphere_storage_policy`) as `storage_policy_id` of the VM home and every disk'),
  [Feature.HOST_GUARDIAN]: unsupported(
    'Host Guardian Service shielding is a Hyper-V feature',
    'use ShieldingLevel.ENCRYPTED',
  ),
  [Feature.VBS]: native('`vbs_enabled` with `vvtd_enabled` and `nested_hv_enabled`'),
  [Feature.MEMORY_ENCRYPTION]: unsupported(
    'the provider has no setting for AMD SEV-ES',
    'leave memoryEncryption out, or run the VM on libvirt',
  ),
  [Feature.HA_CLUSTER]: native('`vsphere_compute_cluster` with `ha_*` and `drs_*` settings and resource-percentage admission control (or an existing cluster, adopted)'),
  [Feature.RESTART_PRIORITY]: native('`ha_vm_restart_priority` of the cluster, `vsphere_ha_vm_override` per VM'),
  [Feature.ISOLATION_RESPONSE]: native('`ha_host_isolation_response`'),
  [Feature.VM_MONITORING]: native('`ha_vm_monitoring`'),
  [Feature.DRS_AUTOMATION]: native('`drs_automation_level` of the cluster, `vsphere_drs_vm_override` per VM'),
  [Feature.AFFINITY_RULES]: native('`vsphere_compute_cluster_vm_affinity_rule` / `_vm_anti_affinity_rule`'),
  [Feature.VM_HOST_RULES]: native('`vsphere_compute_cluster_vm_group`, `_host_group` and `_vm_host_rule`'),
  [Feature.MIGRATION_NETWORK]: native('a `vsphere_vnic` on the vMotion netstack per host'),
  [Feature.MIGRATION_CPU_COMPATIBILITY]: unsupported(
    'cluster EVC (`vsphere_compute_cluster.evc_mode`) arrives in vmware/vsphere 2.16.0; these bindings are for 2.15.0',
    'set EVC on the cluster in vCenter, or leave cpuCompatibility out',
  ),
  [Feature.EXISTING_CLUSTER]: native('`vsphere_compute_cluster` data source; the cluster keeps its own HA and DRS settings'),
  [Feature.REPLICA_GUEST]: native('two VMs kept apart by a mandatory `vsphere_compute_cluster_vm_anti_affinity_rule` (or in two clusters); `vsphere_ha_vm_override` restarts the primary first'),
  [Feature.REPLICA_HYPERVISOR]: unsupported(
    'the provider has neither vSphere Replication nor Fault Tolerance',
    'use ReplicationMode.GUEST: both VMs run, kept apart, and the application replicates',
  ),
  [Feature.CHECKPOINTS]: native('`vsphere_virtual_machine_snapshot` of each VM'),
  [Feature.BRIDGED_NETWORK]: native('`vsphere_distributed_port_group` or `vsphere_host_port_group`'),
  [Feature.ISOLATED_NETWORK]: unsupported(
    'vSphere port groups reach the physical network through the uplinks of their switch',
    'use a bridged network on a VLAN that is not routed',
  ),
  [Feature.HOST_ONLY_NETWORK]: unsupported(
    'vSphere port groups reach the physical network through the uplinks of their switch',
    'use a bridged network on a VLAN that is not routed',
  ),
  [Feature.NAT_NETWORK]: unsupported(
    'vSphere has no NAT networks',
    'use a bridged network and NAT on a router or firewall VM',
  ),
  [Feature.VLAN]: native('`vlan_id` of the port group'),
  [Feature.EXISTING_NETWORK]: native('`vsphere_network` data source'),
};
