import { Capabilities, Capability, Feature } from '../../model/capabilities';

const { native, emulated, unsupported } = Capabilities;

/** What the Hyper-V target renders, feature by feature, and how (taliesins/hyperv 1.2.1). */
export const HYPERV_CAPABILITIES: Record<Feature, Capability> = {
  [Feature.UEFI]: native('generation 2 VM'),
  [Feature.BIOS]: native('generation 1 VM'),
  [Feature.CORES_PER_SOCKET]: unsupported(
    'the provider sets only the processor count; Hyper-V derives the topology',
    'leave coresPerSocket out',
  ),
  [Feature.OS_DISK_SIZE]: native('`hyperv_vhd` copied from the image (`source`) and resized; without it, a differencing disk'),
  [Feature.DATA_DISKS]: native(
    '`hyperv_vhd` on the SCSI controller; a disk Terraform may destroy would take every file of its folder whose name starts with its name, so such names are refused',
  ),
  [Feature.THICK_DISKS]: native('`vhd_type = "Fixed"`'),
  [Feature.EAGER_ZEROED_DISKS]: native('`vhd_type = "Fixed"` (Hyper-V zeroes a fixed VHDX when it creates it)'),
  [Feature.STATIC_MAC]: native('`network_adaptors.static_mac_address`'),
  [Feature.EMULATED_NIC]: native('`network_adaptors.is_legacy` (generation 1 only)'),
  [Feature.SRIOV_NIC]: native('`network_adaptors.iov_weight` on a switch with `enable_iov`'),
  [Feature.CLOUD_INIT]: native('`hyperv_iso_image` cidata ISO on a DVD drive'),
  [Feature.HOSTNAME_STATIC_IP]: emulated('a generated cloud-init cidata ISO (the image needs cloud-init or cloudbase-init)'),
  [Feature.AUTOSTART]: native('`automatic_start_action`'),
  [Feature.NESTED_VIRTUALIZATION]: native('`vm_processor.expose_virtualization_extensions` (static memory)'),
  [Feature.DYNAMIC_MEMORY]: native('`dynamic_memory` with `memory_minimum_bytes`/`memory_maximum_bytes`'),
  [Feature.MEMORY_RESERVATION]: native('static memory is reserved in full (reservation = memory)'),
  [Feature.PARTIAL_MEMORY_RESERVATION]: unsupported(
    'Hyper-V reserves a VM\'s static memory in full and has no partial reservation',
    'set memoryReservation equal to the memory with static memory, or leave it out',
  ),
  [Feature.CPU_HOT_ADD]: unsupported(
    'Hyper-V cannot add virtual processors to a running VM',
    'give the VM the vCPUs it needs at its peak',
  ),
  [Feature.MEMORY_HOT_ADD]: native('generation 2 VMs resize memory at run time without a setting'),
  [Feature.PCI_PASSTHROUGH]: unsupported(
    'the provider has no device assignment (DDA)',
    'run the VM on vSphere or libvirt, or assign the device with Add-VMAssignableDevice outside Terraform',
  ),
  [Feature.HOST_PLACEMENT]: native('the host\'s provider alias'),
  [Feature.IMAGE_URL]: native(
    '`hyperv_vhd.source` downloads the `.vhdx` (or `.vhd`) file once per host into `<imageDirectory>\\<image>\\<file>`, the parent of '
    + 'the VMs\' differencing disks there; QCOW2, raw images and archives are refused',
  ),
  [Feature.IMAGE_OVF]: unsupported('Hyper-V cannot import OVF packages', 'give the target an imageSources entry for the image: Image.fromUrl(url) of a VHDX, or Image.template(name) of a parent VHDX'),
  [Feature.IMAGE_CONTENT_LIBRARY]: unsupported('content libraries are vSphere\'s', 'give the target an imageSources entry for the image: Image.fromUrl(url) of a VHDX, or Image.template(name) of a parent VHDX'),
  [Feature.BLANK_OS_DISK]: native('a new dynamic `hyperv_vhd` of `osDiskSize`'),
  [Feature.CD_DRIVES]: native(
    '`dvd_drives` holding `<isoDirectory>\\<file>`: SCSI locations 63, 62, ... on generation 2, IDE 1:0, 1:1, 0:1 on generation 1',
  ),
  [Feature.BOOT_ORDER]: native(
    '`vm_firmware.boot_order` on generation 2, then the devices not listed; generation 1 keeps the BIOS order CD, IDE disk, '
    + 'legacy NIC, and refuses another',
  ),
  [Feature.STORAGE_PLACEMENT]: native(
    'the folder of the target\'s `storageLocations`: the VM\'s `path`, OS disk, checkpoints and smart paging file, or a disk\'s VHDX',
  ),
  [Feature.STORAGE_CLUSTER]: unsupported('Hyper-V has no datastore clusters', 'put the disks on a Cluster Shared Volume: Storage.named(name) with the CSV folder in storageLocations'),
  [Feature.STORAGE_POLICY]: unsupported('Hyper-V has no VM storage policies', 'leave storagePolicy out; choose the storage with Storage.named'),
  [Feature.SATA_DISKS]: unsupported('Hyper-V VMs have no SATA controller', 'use DiskBus.PARAVIRTUAL (SCSI)'),
  [Feature.NVME_DISKS]: unsupported('Hyper-V VMs have no NVMe controller', 'use DiskBus.PARAVIRTUAL (SCSI)'),
  [Feature.IDE_DISKS]: native(
    '`hard_disk_drives.controller_type = "Ide"` (generation 1: slots 1 to 3 beside the OS disk, not on a DVD drive\'s place)',
  ),
  [Feature.VM_FOLDER]: unsupported('Hyper-V has no VM folders', 'leave folder out for Hyper-V, or use tags'),
  [Feature.RESOURCE_POOL]: unsupported('the provider has no Hyper-V resource pools', 'leave resourcePool out for Hyper-V; use cpuShares and cpuLimit'),
  [Feature.TAGS]: emulated('one `key=value` line each in the VM\'s `notes`, after the notes, in key order'),
  [Feature.NOTES]: native('`notes` (printable ASCII without quotes: the provider passes them to PowerShell unescaped)'),
  [Feature.DISK_TAGS]: emulated('one `<disk>/<key>=<value>` line each in the VM\'s `notes`, after its tags'),
  [Feature.WINDOWS_CUSTOMIZATION]: emulated(
    'cloudbase-init reads the computer name, time zone and workgroup from the `cidata` ISO; the ISO is built at synth, '
    + 'so an Administrator password is refused',
  ),
  [Feature.DOMAIN_JOIN]: unsupported('the `cidata` ISO is built at synth and cannot hold the join password, which must stay a sensitive variable', 'join the domain with a Group Policy or a script after creation, or render the VM on vSphere or libvirt'),
  [Feature.GUEST_SECRETS]: unsupported('the `cidata` ISO is built at synth, so a password in it would be written into the synthesized output', 'leave the passwords out for Hyper-V (set them in the image, or after creation), or render the VM on vSphere or libvirt'),
  [Feature.STATIC_IP_PER_NIC]: emulated(
    'cloud-init network config on the `cidata` ISO, each NIC found by its MAC address: a VM with several NICs gives each NIC '
    + 'with an address a static MAC',
  ),
  [Feature.HARDWARE_VERSION]: unsupported('the provider cannot set a VM\'s configuration version', 'leave the Hyper-V hardware version out: new VMs get the host\'s default version'),
  [Feature.CPU_SHARES]: native('`vm_processor.relative_weight`: low 50, normal 100, high 200'),
  [Feature.CPU_LIMIT]: native('`vm_processor.maximum`, in percent of the VM\'s vCPUs'),
  [Feature.MEMORY_SHARES]: unsupported('the provider cannot set a VM\'s memory weight', 'leave memoryShares out for Hyper-V'),
  [Feature.MEMORY_LIMIT]: unsupported('Hyper-V caps memory only through dynamic memory', 'use dynamicMemory with a maximum'),
  [Feature.SECURE_BOOT]: native('`vm_firmware` Secure Boot with the template for the guest (generation 2)'),
  [Feature.VTPM]: emulated('PowerShell over WinRM from `terraform_data`: `Set-VMKeyProtector`, `Enable-VMTPM` (opt-in: remotePowerShell)'),
  [Feature.ENCRYPTION]: emulated(
    'PowerShell over WinRM: `Set-VMSecurity -EncryptStateAndVmMigrationTraffic`; the guest encrypts its disks with BitLocker and the vTPM (opt-in: remotePowerShell)',
  ),
  [Feature.HOST_GUARDIAN]: emulated('PowerShell over WinRM: an HGS guardian\'s key protector and `Set-VMSecurityPolicy -Shielded` (opt-in: remotePowerShell)'),
  [Feature.VBS]: native('`vm_processor.expose_virtualization_extensions` for the guest\'s hypervisor (static memory)'),
  [Feature.MEMORY_ENCRYPTION]: unsupported(
    'Hyper-V has no AMD SEV memory encryption',
    'leave memoryEncryption out, or run the VM on libvirt',
  ),
  [Feature.HA_CLUSTER]: emulated(
    'the library places VMs on the hosts\' aliases with room for the tolerated failures (lock file); with a failover cluster, '
    + 'each VM becomes a clustered role by PowerShell (`Add-ClusterVirtualMachineRole`). After a failover, move the role back '
    + 'before `terraform apply`: the provider looks for the VM on the host it was created on',
  ),
  [Feature.RESTART_PRIORITY]: emulated('the clustered role\'s `Priority` by PowerShell (failover cluster and remotePowerShell)'),
  [Feature.ISOLATION_RESPONSE]: unsupported(
    'the provider has no cluster settings and this library does not model failover-cluster resiliency',
    'leave isolationResponse out',
  ),
  [Feature.VM_MONITORING]: unsupported(
    'the provider has no cluster settings and this library does not model failover-cluster VM monitoring',
    'leave vmMonitoring out',
  ),
  [Feature.DRS_AUTOMATION]: unsupported(
    'the library places VMs once, at synth; nothing moves them afterwards',
    'leave drsAutomation out',
  ),
  [Feature.AFFINITY_RULES]: emulated('the placement engine at synth; on a failover cluster also `AntiAffinityClassNames` by PowerShell'),
  [Feature.VM_HOST_RULES]: emulated('the placement engine at synth'),
  [Feature.MIGRATION_NETWORK]: emulated('PowerShell per host: `Set-VMHost -UseAnyNetworkForMigration $false`, `Add-VMMigrationNetwork` with the subnet (remotePowerShell)'),
  [Feature.MIGRATION_CPU_COMPATIBILITY]: native('`vm_processor.compatibility_for_migration_enabled`'),
  [Feature.MIGRATION_HOST_ADDRESSES]: unsupported('Hyper-V takes the hosts\' migration addresses from their network adapters, which the provider does not configure', 'give migration.subnet and configure the hosts\' adapters outside Terraform'),
  [Feature.EXISTING_CLUSTER]: unsupported(
    'the library creates no cluster on Hyper-V to adopt instead: it places VMs on the hosts, whose failover cluster, if any, exists already',
    'leave existing out; name the hosts\' failover cluster on the HypervTarget (failoverCluster)',
  ),
  [Feature.REPLICA_GUEST]: emulated('two VMs on different hosts by the placement engine (an anti-affinity class on a failover cluster); the primary gets the higher cluster priority'),
  [Feature.REPLICA_HYPERVISOR]: emulated(
    'Hyper-V Replica by PowerShell (remotePowerShell): `Set-VMReplicationServer` on the replica host, `Enable-VMReplication` and `Start-VMInitialReplication` on the primary\'s',
  ),
  [Feature.CHECKPOINTS]: emulated('`checkpoint_type = "Production"` and `snapshot_file_location`; the checkpoint itself by PowerShell (`Checkpoint-VM`, remotePowerShell)'),
  [Feature.BRIDGED_NETWORK]: native('the hosts\' external `hyperv_network_switch`'),
  [Feature.ISOLATED_NETWORK]: native('a private `hyperv_network_switch` per host'),
  [Feature.HOST_ONLY_NETWORK]: native('an internal `hyperv_network_switch` per host'),
  [Feature.NAT_NETWORK]: unsupported(
    'NAT needs New-NetNat on the host, which the provider cannot run',
    'use a bridged network, or an isolated one with a router VM',
  ),
  [Feature.VLAN]: native('`network_adaptors.vlan_access`/`vlan_id` on the VMs\' adapters'),
  [Feature.EXISTING_NETWORK]: native('`hyperv_network_switch` data source'),
};
