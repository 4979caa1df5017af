import { Capabilities, Capability, Feature } from '../../model/capabilities';

const { native, emulated, unsupported } = Capabilities;

/** What the vSphere target renders, feature by feature, and how, for a target without the hosts' clock. */
const VSPHERE_CAPABILITIES: Record<Feature, Capability> = {
  [Feature.UEFI]: native('`firmware = "efi"`'),
  [Feature.BIOS]: native('`firmware = "bios"` (up to 6128 GiB of memory)'),
  [Feature.CORES_PER_SOCKET]: native('`num_cores_per_socket`'),
  [Feature.OS_DISK_SIZE]: native('`disk.size` of the OS disk (cloned, deployed or new)'),
  [Feature.DATA_DISKS]: native('`disk` blocks on the pvscsi controller (or the disk\'s bus)'),
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
  [Feature.IMAGE_URL]: unsupported(
    'vCenter cannot make a VM from a bare disk image at a URL',
    'give the target an imageSources entry for the image: Image.ovf(url) or Image.contentLibrary(library, item)',
  ),
  [Feature.IMAGE_OVF]: native(
    '`ovf_deploy.remote_ovf_url` (thin disks) with the `datacenter_id` it needs, on the VM\'s host if it names one (else DRS picks one); '
    + 'the package\'s first disk is the OS disk, of `osDiskSize` or the image\'s size, on pvscsi like every VM\'s; '
    + 'no guest customization (cloud-init works, through guestinfo)',
  ),
  [Feature.IMAGE_CONTENT_LIBRARY]: native(
    '`clone.template_uuid` of a `vsphere_content_library_item` (found by name in its `vsphere_content_library`); '
    + 'the OS disk is thin, its size `osDiskSize` or the image\'s size',
  ),
  [Feature.BLANK_OS_DISK]: native('a new thin `disk` of `osDiskSize`, no clone; it boots from an ISO drive after the empty disk'),
  [Feature.CD_DRIVES]: native(
    '`cdrom` blocks (at most 2, on the first IDE controller): an ISO at `<isoDirectory>/<file>` on the target\'s `isoDatastore`, '
    + 'or `client_device` for an empty drive',
  ),
  [Feature.BOOT_ORDER]: native(
    '`extra_config` `bios.bootDeviceClasses` allows only the listed devices\' classes, in order (BIOS and EFI); '
    + 'BIOS firmware also takes the exact order, `bios.bootOrder` with `bios.hddOrder` (EFI firmware ignores it)',
  ),
  [Feature.STORAGE_PLACEMENT]: native('`datastore_id` and `disk.datastore_id` from `vsphere_datastore` data sources'),
  [Feature.STORAGE_CLUSTER]: native(
    '`datastore_cluster_id` from a `vsphere_datastore_cluster` data source, for a cloned template or a blank disk; '
    + 'a disk goes to its VM\'s cluster',
  ),
  [Feature.STORAGE_POLICY]: native('`storage_policy_id` and `disk.storage_policy_id` from `vsphere_storage_policy` data sources'),
  [Feature.SATA_DISKS]: native(
    '`disk.controller_type = "sata"`, slot s at `unit_number` s (sata0:0 left to a CD/DVD drive of the image): slots 1 to 59 on the 2 controllers the provider reaches',
  ),
  [Feature.NVME_DISKS]: native('`disk.controller_type = "nvme"`, slot s at `unit_number` s - 1: 15 disks on the one controller the provider reaches'),
  [Feature.IDE_DISKS]: native('`disk.controller_type = "ide"`, slots 1 to 3 (ide0:1, ide1:0, ide1:1; the CD/DVD drives hold ide0:0, and ide0:1 with a second drive)'),
  [Feature.VM_FOLDER]: native(
    '`folder`, with a `vsphere_folder` for each level of the path, once per target (or an existing folder\'s path: `existingInventory.folders`)',
  ),
  [Feature.RESOURCE_POOL]: native(
    '`vsphere_resource_pool` in the root resource pool of the VM\'s cluster (or of the design cluster that has its host, or the target\'s '
    + 'cluster; for a VM on a host of no design cluster, the host\'s), once per root pool and name; or a `vsphere_resource_pool` data '
    + 'source there (`existingInventory.resourcePools`). A pool made for a host of no design cluster is refused where the target has a cluster',
  ),
  [Feature.TAGS]: native(
    '`tags` from a `vsphere_tag` per key and value, in a `vsphere_tag_category` per key (one tag per VM), made once per target '
    + '(or found by name with their data sources: `existingInventory.tags`)',
  ),
  [Feature.NOTES]: native('`annotation` (the notes first, then the library\'s lines)'),
  [Feature.DISK_TAGS]: emulated('a line per disk in the VM\'s `annotation`, `disk <name>: <key>=<value>, ...` (vSphere tags a VM, not its disks)'),
  [Feature.WINDOWS_CUSTOMIZATION]: native(
    '`clone.customize.windows_options` of a cloned template or content-library item: the Administrator password from a sensitive variable, '
    + 'the time zone as its sysprep index',
  ),
  [Feature.DOMAIN_JOIN]: native(
    '`windows_options.join_domain` with the domain account from sensitive variables (`domain_ou` from vCenter 8.0 U2 on)',
  ),
  [Feature.GUEST_SECRETS]: native('`windows_options.admin_password` and `domain_admin_password`, references to sensitive variables'),
  [Feature.STATIC_IP_PER_NIC]: native('`clone.customize.network_interface` per NIC, one `ipv4_gateway`; cloud-init VMs: the network config'),
  [Feature.HARDWARE_VERSION]: native(
    '`hardware_version`, checked against the target\'s vSphere release, the vCPUs and memory the version holds and the hardware the VM uses '
    + '(version 7 or later: every VM has a paravirtual SCSI controller)',
  ),
  [Feature.CPU_SHARES]: native('`cpu_share_level`'),
  [Feature.CPU_LIMIT]: unsupported(
    'vSphere limits CPU in MHz, which a percentage of the vCPUs does not fix without the clock of the hosts\' cores',
    'give the target coreMhz, or set cpu_limit in MHz with addVendorOverride(Vendor.VSPHERE, "cpu_limit", mhz)',
  ),
  [Feature.MEMORY_SHARES]: native('`memory_share_level`'),
  [Feature.MEMORY_LIMIT]: native('`memory_limit` in MiB'),
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
  [Feature.MIGRATION_HOST_ADDRESSES]: native('`vsphere_vnic` on the vMotion netstack with a static `ipv4` (address, netmask, gateway) per host'),
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

/**
 * What a vSphere target renders: CPU limits only when the target gives the clock of its hosts'
 * cores, which turns a percentage of the vCPUs into MHz.
 *
 * @param coreMhz the target's `coreMhz`
 */
export function vsphereCapabilities(coreMhz: number | undefined): Record<Feature, Capability> {
  if (coreMhz === undefined) return VSPHERE_CAPABILITIES;
  return {
    ...VSPHERE_CAPABILITIES,
    [Feature.CPU_LIMIT]: emulated('`cpu_limit` in MHz: the percentage × the VM\'s vCPUs × the target\'s `coreMhz` (the hosts\' core clock), rounded'),
  };
}
