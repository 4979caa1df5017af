import { Capabilities, Capability, Feature } from '../../model/capabilities';

/*
 * What the Proxmox VE target renders, feature by feature: natively through an attribute or
 * resource of bpg/proxmox 0.111.1, emulated by the library, or not at all (with the way out).
 */

const { native, emulated, unsupported } = Capabilities;

/** Every feature with the Proxmox VE target's support for it. */
export const PROXMOX_CAPABILITIES: Readonly<Record<Feature, Capability>> = {
  [Feature.UEFI]: native('`bios = "ovmf"` on q35 with an `efi_disk` on the state datastore'),
  [Feature.BIOS]: native('`bios = "seabios"`'),
  [Feature.CORES_PER_SOCKET]: native('`cpu.sockets` and `cpu.cores`'),
  [Feature.OS_DISK_SIZE]: native('`size` of the OS disk (`scsi0`), grown from the image\'s'),
  [Feature.DATA_DISKS]: native('`disk` blocks on VirtIO SCSI (`scsi<slot>`, one I/O thread each)'),
  [Feature.THICK_DISKS]: unsupported(
    'Proxmox VE allocates a disk as its storage does (LVM thick, LVM-thin, ZFS, Ceph); the API has no per-disk provisioning',
    'use thin disks, and put disks that must be preallocated on an LVM (thick) storage with Storage.named',
  ),
  [Feature.EAGER_ZEROED_DISKS]: unsupported(
    'Proxmox VE allocates a disk as its storage does (LVM thick, LVM-thin, ZFS, Ceph); the API has no per-disk provisioning',
    'use thin disks, and put disks that must be preallocated on an LVM (thick) storage with Storage.named',
  ),
  [Feature.STATIC_MAC]: native('`network_device.mac_address`'),
  [Feature.EMULATED_NIC]: native('`network_device.model = "e1000e"`'),
  [Feature.SRIOV_NIC]: unsupported(
    'Proxmox VE gives a VM an SR-IOV virtual function as a PCI device, by the function\'s own address',
    'pass the virtual function through with pciDevices',
  ),
  [Feature.CLOUD_INIT]: native(
    '`initialization.user_data_file_id`: the user data as a snippet (`proxmox_virtual_environment_file`, content type `snippets`) on the '
    + 'snippets datastore of the VM\'s node, read when the VM is created (later edits do not reach it, and do not re-create it)',
  ),
  [Feature.HOSTNAME_STATIC_IP]: native('`initialization` (`ip_config`, `dns`); the host name is set by a meta-data snippet'),
  [Feature.AUTOSTART]: native('`on_boot`'),
  [Feature.NESTED_VIRTUALIZATION]: native('`cpu.type = "host"` (the node\'s kvm module must allow nesting)'),
  [Feature.DYNAMIC_MEMORY]: native('`memory.dedicated` (maximum) with `memory.floating` (the balloon\'s minimum)'),
  [Feature.MEMORY_RESERVATION]: unsupported(
    'Proxmox VE reserves no memory for a VM; without a balloon the guest keeps its memory, but the node may still swap it',
    'leave memoryReservation out (the balloon is off unless dynamicMemory is set)',
  ),
  [Feature.PARTIAL_MEMORY_RESERVATION]: unsupported(
    'Proxmox VE reserves no memory for a VM',
    'leave memoryReservation out',
  ),
  [Feature.CPU_HOT_ADD]: unsupported(
    'Proxmox VE adds vCPUs only up to the cores and sockets fixed at definition (`cpu.hotplugged` below them), which the design does not give',
    'give the VM the vCPUs it needs at its peak',
  ),
  [Feature.MEMORY_HOT_ADD]: native('`hotplug = "network,disk,usb,memory"` on a NUMA VM (`cpu.numa`)'),
  [Feature.PCI_PASSTHROUGH]: native('`hostpci` by PCI address as PCIe devices (the provider needs root@pam with a password for it, not an API token)'),
  [Feature.HOST_PLACEMENT]: native('`node_name`'),
  [Feature.IMAGE_URL]: native(
    '`proxmox_download_file` (content type `import`) once per node into the image datastore, imported into the OS disk (`import_from`)',
  ),
  [Feature.IMAGE_OVF]: unsupported(
    'Proxmox VE imports OVF packages with `qm importovf` on a node, which the provider does not run',
    'give the target an imageSources entry for the image: Image.fromUrl(url) of a qcow2 or raw image',
  ),
  [Feature.IMAGE_CONTENT_LIBRARY]: unsupported(
    'content libraries are vSphere\'s',
    'give the target an imageSources entry for the image: Image.fromUrl(url) of a qcow2 image, or a template (Image.template)',
  ),
  [Feature.BLANK_OS_DISK]: native('an empty OS disk (`scsi0`) of `osDiskSize`'),
  [Feature.CD_DRIVES]: native('`cdrom` on `ide3` with an ISO from the ISO datastore (`<datastore>:iso/<file>`); the provider has one drive per VM'),
  [Feature.BOOT_ORDER]: native('`boot_order` (`scsi0`, `ide3`, `net0`); without one, the OS disk, then the drive of a VM with one'),
  [Feature.STORAGE_PLACEMENT]: native('`datastore_id` of each disk; data disks default to the VM\'s'),
  [Feature.STORAGE_CLUSTER]: unsupported('Proxmox VE has no datastore clusters', 'use shared storage (Ceph RBD, NFS) with Storage.named'),
  [Feature.STORAGE_POLICY]: unsupported('Proxmox VE has no storage policies', 'leave storagePolicy out; choose the storage with Storage.named'),
  [Feature.SATA_DISKS]: native('`sata<slot>` disks, slots 1 to 5'),
  [Feature.NVME_DISKS]: unsupported('Proxmox VE offers no NVMe controller for VM disks', 'use DiskBus.PARAVIRTUAL (VirtIO SCSI) or DiskBus.SATA'),
  [Feature.IDE_DISKS]: native('`ide0` and `ide1` (`ide2` holds the cloud-init drive, `ide3` the CD/DVD drive)'),
  [Feature.VM_FOLDER]: unsupported('Proxmox VE has no VM folders', 'leave folder out; group VMs with resourcePool (a Proxmox pool) or tags'),
  [Feature.RESOURCE_POOL]: native(
    '`proxmox_virtual_environment_pool` and the VM\'s `pool_id`; a Proxmox pool groups VMs for permissions and views, and limits no resources',
  ),
  [Feature.TAGS]: native('`tags`, each `<key>.<value>`; keys and values in Proxmox VE\'s tag characters (lower case, no spaces; no dot in a key)'),
  [Feature.NOTES]: native('`description`'),
  [Feature.DISK_TAGS]: emulated('a `disk <name>: key=value` line per tag in the VM\'s `description`'),
  [Feature.WINDOWS_CUSTOMIZATION]: emulated(
    'cloudbase-init reads the config drive (`initialization.type = "configdrive2"`): the computer name in a meta-data snippet, the time zone '
    + 'and workgroup in a PowerShell script in the user-data snippet',
  ),
  [Feature.DOMAIN_JOIN]: unsupported(
    'the join password would be written into a snippet file on the node\'s storage, readable by every user of the datastore',
    'join the domain after the first boot (a configuration management run, or an unattended join with a one-time machine password)',
  ),
  [Feature.GUEST_SECRETS]: unsupported(
    'a password would be written into a snippet file on the node\'s storage, readable by every user of the datastore',
    'leave the passwords out and set them after the first boot, or use another vendor',
  ),
  [Feature.STATIC_IP_PER_NIC]: native('`initialization.ip_config`, one per NIC in NIC order'),
  [Feature.HARDWARE_VERSION]: native('`machine`: `q35`, `pc-q35-*`, `pc` or `pc-i440fx-*` (a q35 one for UEFI), from HardwareVersion.proxmox'),
  [Feature.CPU_SHARES]: native('`cpu.units` 50, 100 or 200 (the cgroup v2 `cpu.weight`; 100 is the default)'),
  [Feature.CPU_LIMIT]: native('`cpu.limit`, the percentage of the VM\'s vCPUs in cores'),
  [Feature.MEMORY_SHARES]: unsupported(
    'the provider has no memory shares (the API\'s auto-ballooning `shares`)',
    'leave memoryShares out for Proxmox VE; use dynamicMemory',
  ),
  [Feature.MEMORY_LIMIT]: unsupported(
    'Proxmox VE caps a VM\'s memory at its size only',
    'leave memoryLimit out for Proxmox VE; size the VM\'s memory to the limit',
  ),
  [Feature.SECURE_BOOT]: native('`efi_disk.pre_enrolled_keys` (the distribution\'s and Microsoft\'s keys enrolled, Secure Boot on)'),
  [Feature.VTPM]: native('`tpm_state` version `v2.0` on the state datastore'),
  [Feature.ENCRYPTION]: emulated(
    'the VM\'s disks, EFI variables and TPM state on the target\'s `encryptedDatastore`, a storage encrypted below Proxmox VE (ZFS native '
    + 'encryption, encrypted Ceph OSDs, LUKS under LVM); Proxmox VE cannot encrypt one VM\'s disks, its memory or its migration traffic '
    + 'beyond the SSH tunnel of a secure migration',
  ),
  [Feature.HOST_GUARDIAN]: unsupported(
    'Host Guardian Service shielding is a Hyper-V feature',
    'use ShieldingLevel.ENCRYPTED, and memoryEncryption for protection from the host',
  ),
  [Feature.VBS]: native('`cpu.type = "host"` (the virtualization extensions VBS needs) with OVMF, Secure Boot and the TPM'),
  [Feature.MEMORY_ENCRYPTION]: native('`amd_sev` (`type = "std"`; the provider needs root@pam with a password for it, not an API token)'),
  [Feature.HA_CLUSTER]: native(
    '`proxmox_haresource` per VM (`state = "started"`, restart and relocate limits); the initial node is placed by the library (lock file), '
    + 'and a changed placement migrates the VM (`migrate = true`). HA recovers a VM on another node only from shared storage (Ceph, NFS) or '
    + 'replicated ZFS: a VM on node-local storage (the default `local-lvm`) stays down with its node',
  ),
  [Feature.RESTART_PRIORITY]: unsupported('Proxmox VE HA recovers a failed node\'s VMs without an order', 'leave restartPriority out'),
  [Feature.ISOLATION_RESPONSE]: unsupported(
    'a Proxmox VE node that loses quorum fences itself (watchdog reset); the response cannot be chosen',
    'leave isolationResponse out',
  ),
  [Feature.VM_MONITORING]: unsupported('Proxmox VE HA watches VM processes, not guest heartbeats', 'leave vmMonitoring out'),
  [Feature.DRS_AUTOMATION]: unsupported(
    'the provider sets the HA scheduler cluster-wide, not per cluster or VM',
    'leave drsAutomation out; the placement engine places VMs and HA rules constrain them',
  ),
  [Feature.AFFINITY_RULES]: native(
    '`proxmox_harule` of type `resource-affinity` (`positive` keeps together, `negative` keeps apart), one per rule group; Proxmox VE '
    + 'always enforces these, so only mandatory rules are taken',
  ),
  [Feature.VM_HOST_RULES]: native(
    '`proxmox_harule` of type `node-affinity`, one per rule group (`strict` for mandatory rules; run-on the rule\'s nodes, not-run-on the '
    + 'cluster\'s others); a VM can be in one such rule',
  ),
  [Feature.MIGRATION_NETWORK]: native(
    '`proxmox_cluster_options` `migration_cidr` (the migration subnet, required) with `migration_type = "secure"`: one per Proxmox VE cluster, '
    + 'managing only these two datacenter options',
  ),
  [Feature.MIGRATION_CPU_COMPATIBILITY]: native('`cpu.type = "x86-64-v2-AES"`, a model every node since 2010 runs'),
  [Feature.MIGRATION_HOST_ADDRESSES]: native(
    'a `proxmox_network_linux_vlan` `<bridge>.<vlan>` on each node with its migration address (no gateway: a node has one default route)',
  ),
  [Feature.EXISTING_CLUSTER]: native('the target\'s Proxmox VE cluster: nothing is created for the cluster'),
  [Feature.REPLICA_GUEST]: native('two VMs on different nodes, kept apart by the pair\'s rule group (a `negative` `resource-affinity` `proxmox_harule`)'),
  [Feature.REPLICA_HYPERVISOR]: native(
    '`proxmox_replication` of the VM\'s disks on the target\'s ZFS `replication.datastore` to the replica node (`schedule`, `rate`); Proxmox VE '
    + 'replicates at most once a minute and keeps the last replicated state only (a shorter frequency or more recovery points need the '
    + 'target\'s explicit `replication` settings); the pair\'s rule group lets HA recover the primary on the replica node only',
  ),
  [Feature.CHECKPOINTS]: unsupported(
    'the provider has no snapshot resource',
    'leave checkpoint out and take snapshots with `qm snapshot` (or a backup to Proxmox Backup Server) before maintenance',
  ),
  [Feature.BRIDGED_NETWORK]: native(
    'a `proxmox_sdn_vnet` with the network\'s VLAN in the target\'s VLAN zone on its bridge, applied by `proxmox_sdn_applier` (an untagged '
    + 'bridged network is the target\'s bridge itself, with nothing created)',
  ),
  [Feature.ISOLATED_NETWORK]: native(
    'a `proxmox_sdn_vnet` in the target\'s VLAN zone with its own VLAN tag and no gateway: isolated as far as the physical network keeps '
    + 'that VLAN to the nodes',
  ),
  [Feature.HOST_ONLY_NETWORK]: unsupported(
    'Proxmox VE SDN gives the nodes an address on a vnet only through a gateway of a simple zone, which is local to each node',
    'use an isolated network and give one VM the host-side services, or a bridged network',
  ),
  [Feature.NAT_NETWORK]: unsupported(
    'Proxmox VE SDN NATs only in a simple zone, which is local to each node: VMs on different nodes would not reach each other',
    'use a bridged network with a router on the VLAN',
  ),
  [Feature.VLAN]: native('the vnet\'s `tag` in the VLAN zone'),
  [Feature.EXISTING_NETWORK]: native('`network_device.bridge`: the bridge or vnet of that name'),
};
