import { Capabilities, Capability, Feature } from '../../model/capabilities';

/*
 * What the libvirt target renders, feature by feature: natively through an attribute of
 * dmacvicar/libvirt 0.9.7, emulated by the library, or not at all (with the way out).
 */

const { native, emulated, unsupported } = Capabilities;

/** Every feature with the libvirt target's support for it. */
export const LIBVIRT_CAPABILITIES: Readonly<Record<Feature, Capability>> = {
  [Feature.UEFI]: native('`os.firmware = "efi"` on q35'),
  [Feature.BIOS]: native('SeaBIOS on q35'),
  [Feature.CORES_PER_SOCKET]: native('`cpu.topology`'),
  [Feature.OS_DISK_SIZE]: native('`capacity` of the qcow2 overlay volume'),
  [Feature.DATA_DISKS]: native('`libvirt_volume` on virtio'),
  [Feature.THICK_DISKS]: unsupported(
    'the provider computes a volume\'s allocation and cannot preallocate it',
    'use thin disks (qcow2 grows as the guest writes)',
  ),
  [Feature.EAGER_ZEROED_DISKS]: unsupported(
    'the provider computes a volume\'s allocation and cannot preallocate it',
    'use thin disks (qcow2 grows as the guest writes)',
  ),
  [Feature.STATIC_MAC]: native('`devices.interfaces.mac.address`'),
  [Feature.EMULATED_NIC]: native('`model.type = "e1000e"`'),
  [Feature.SRIOV_NIC]: unsupported(
    'libvirt gives a VM an SR-IOV virtual function by the VF\'s own PCI address, not by its physical function',
    'pass the virtual function through with pciDevices',
  ),
  [Feature.CLOUD_INIT]: native('`libvirt_cloudinit_disk` uploaded as a cdrom volume'),
  [Feature.HOSTNAME_STATIC_IP]: emulated('a generated cloud-init disk (the image needs cloud-init)'),
  [Feature.AUTOSTART]: native('`autostart`'),
  [Feature.NESTED_VIRTUALIZATION]: native('`cpu.mode = "host-passthrough"` (the host\'s kvm module must allow nesting)'),
  [Feature.DYNAMIC_MEMORY]: native('`memory` (maximum) with `current_memory` (balloon); the minimum must equal the memory'),
  [Feature.MEMORY_RESERVATION]: native('`memory_backing.memory_locked` (reservation = memory)'),
  [Feature.PARTIAL_MEMORY_RESERVATION]: unsupported(
    'libvirt reserves a VM\'s memory by locking all of it; a partial reservation, or one with a balloon, is not possible',
    'set memoryReservation equal to the memory with static memory, or leave it out',
  ),
  [Feature.CPU_HOT_ADD]: unsupported(
    'libvirt adds vCPUs only up to a maximum fixed at definition, which the design does not give',
    'give the VM the vCPUs it needs at its peak',
  ),
  [Feature.MEMORY_HOT_ADD]: unsupported(
    'libvirt adds memory only as DIMMs into slots sized at definition, which the design does not give',
    'use dynamic memory (a balloon up to a maximum) instead',
  ),
  [Feature.PCI_PASSTHROUGH]: native('`devices.hostdevs` (managed PCI)'),
  [Feature.HOST_PLACEMENT]: native('the host\'s provider alias'),
  [Feature.IMAGE_URL]: native(
    'a `libvirt_volume` downloaded from the URL (`create.content.url`, qcow2 or raw; the server must send a Content-Length) once per host '
    + 'into the target\'s pool, the backing store of each VM\'s overlay; the provider cannot download another URL into an existing volume, so a '
    + 'changed URL under the same image name fails at apply (give the new image another name)',
  ),
  [Feature.IMAGE_OVF]: unsupported('libvirt cannot import OVF packages', 'give the target an imageSources entry for the image: Image.fromUrl(url) of a qcow2 image'),
  [Feature.IMAGE_CONTENT_LIBRARY]: unsupported('content libraries are vSphere\'s', 'give the target an imageSources entry for the image: Image.fromUrl(url) of a qcow2 image'),
  [Feature.BLANK_OS_DISK]: native('an empty qcow2 `libvirt_volume` of `osDiskSize`, without backing store'),
  [Feature.CD_DRIVES]: native(
    'SATA `cdrom` disks `sdb` to `sde` in the design\'s order (`sda` is the cloud-init disk), ISO files in `isoDirectory` or, with an '
    + '`isoSources` URL, a raw `libvirt_volume` downloaded from it (`create.content.url`) once per host into the target\'s pool',
  ),
  [Feature.BOOT_ORDER]: native(
    'per-device `boot.order` on the OS disk, the first drive and the first NIC (`os.boot_devices` would boot the cloud-init disk, the first '
    + 'cdrom libvirt lists); a VM with drives boots its OS disk, then its first drive',
  ),
  [Feature.STORAGE_PLACEMENT]: native('the volume\'s `pool` (the pool must exist on every host); data disks default to the VM\'s'),
  [Feature.STORAGE_CLUSTER]: unsupported('libvirt has no datastore clusters', 'use a pool on shared storage with Storage.named'),
  [Feature.STORAGE_POLICY]: unsupported('libvirt has no storage policies', 'leave storagePolicy out; choose the pool with Storage.named'),
  [Feature.SATA_DISKS]: native('`target.bus = "sata"`, devices from `sdf` by slot (after the cloud-init disk and the drives)'),
  [Feature.NVME_DISKS]: unsupported(
    'libvirt attaches disks to an emulated NVMe controller (`bus = "nvme"`) only from release 11.5, newer than RHEL 9\'s',
    'use DiskBus.PARAVIRTUAL (virtio) or DiskBus.SATA',
  ),
  [Feature.IDE_DISKS]: unsupported('q35 machines have no IDE controller', 'use DiskBus.SATA or DiskBus.PARAVIRTUAL'),
  [Feature.VM_FOLDER]: unsupported('libvirt has no VM folders', 'leave folder out for libvirt, or use tags'),
  [Feature.RESOURCE_POOL]: unsupported('the provider creates no cgroup partitions', 'leave resourcePool out for libvirt; use cpuShares and cpuLimit'),
  [Feature.TAGS]: emulated('an element of the library\'s namespace in the domain\'s `metadata` XML, tags by key'),
  [Feature.NOTES]: native('`description`'),
  [Feature.DISK_TAGS]: emulated('a `disk` element per tagged disk, by name, in the domain\'s `metadata` XML'),
  [Feature.WINDOWS_CUSTOMIZATION]: emulated(
    'cloudbase-init reads the cloud-init disk the provider builds at apply: computer name in the meta data, a PowerShell script '
    + '(time zone, Administrator password) and each password as its own base64 file (`base64encode` of the sensitive variable) written '
    + 'by `write_files`, run by `runcmd`',
  ),
  [Feature.DOMAIN_JOIN]: emulated('the cloudbase-init script runs Add-Computer with the password read from its file (written at apply from a sensitive variable) and deleted'),
  [Feature.GUEST_SECRETS]: emulated('each password a file of the cloud-init disk written at apply from its sensitive variable (`base64encode`), read and deleted by the cloudbase-init script'),
  [Feature.STATIC_IP_PER_NIC]: emulated('cloud-init network config (version 2), each NIC found by its static MAC address'),
  [Feature.HARDWARE_VERSION]: native('`os.type_machine`: `q35`, `pc-q35-*`, `pc` or `pc-i440fx-*` (a q35 one for UEFI)'),
  [Feature.CPU_SHARES]: native(
    '`cpu_tune.shares` 50, 100 or 200 (the cgroup v2 `cpu.weight`, default 100); on a cgroup v1 host, whose default is 1024, '
    + 'every level is below an untuned VM\'s and starves the VM under contention',
  ),
  [Feature.CPU_LIMIT]: native('`cpu_tune.period` 100000 (microseconds) and `cpu_tune.quota` per vCPU (emulator and I/O threads stay unthrottled)'),
  [Feature.MEMORY_SHARES]: unsupported('libvirt has no memory shares', 'leave memoryShares out for libvirt; use memoryLimit or memoryReservation'),
  [Feature.MEMORY_LIMIT]: native(
    '`memory_tune.hard_limit` of the limit plus 1 GiB for QEMU; a limit below the VM\'s memory, which would kill the guest, is refused',
  ),
  [Feature.SECURE_BOOT]: native('q35 with `os.firmware = "efi"`, `firmware_info` secure-boot and enrolled-keys, `loader_secure`, `features.smm`'),
  [Feature.VTPM]: native('`devices.tpms`: a `tpm-crb` emulator 2.0 with persistent state (swtpm on the host)'),
  [Feature.ENCRYPTION]: native(
    'LUKS volumes (`target.encryption`) and disks (`source.encryption`) with a libvirt secret named on the target '
    + '(the provider cannot create secrets)',
  ),
  [Feature.HOST_GUARDIAN]: unsupported(
    'Host Guardian Service shielding is a Hyper-V feature',
    'use ShieldingLevel.ENCRYPTED, and memoryEncryption for protection from the host',
  ),
  [Feature.VBS]: unsupported(
    'the provider would need Hyper-V enlightenments and nested virtualization tuned per host CPU, which this library does not model',
    'turn on VBS inside the guest on a host that passes through virtualization (nestedVirtualization), or run the VM on vSphere',
  ),
  [Feature.MEMORY_ENCRYPTION]: native('`launch_security.sev` with the hosts\' SEV parameters'),
  [Feature.HA_CLUSTER]: emulated(
    'the library places VMs on the hosts\' aliases with room for the tolerated failures (lock file), with `autostart` and '
    + '`on_crash = "restart"`; nothing restarts a failed host\'s VMs elsewhere (acknowledgeNoHostFailover)',
  ),
  [Feature.RESTART_PRIORITY]: unsupported(
    'nothing restarts VMs across libvirt hosts, so there is no restart order',
    'leave restartPriority out',
  ),
  [Feature.ISOLATION_RESPONSE]: unsupported('libvirt hosts have no cluster membership to be isolated from', 'leave isolationResponse out'),
  [Feature.VM_MONITORING]: unsupported('libvirt restarts a crashed domain (on_crash) but watches no guest heartbeats', 'leave vmMonitoring out'),
  [Feature.DRS_AUTOMATION]: unsupported('the library places VMs once, at synth; nothing moves them afterwards', 'leave drsAutomation out'),
  [Feature.AFFINITY_RULES]: emulated('the placement engine at synth'),
  [Feature.VM_HOST_RULES]: emulated('the placement engine at synth'),
  [Feature.MIGRATION_NETWORK]: emulated(
    'the placement report names the migration URI per host (`virsh migrate --migrateuri`); libvirt keeps no migration setting',
  ),
  [Feature.MIGRATION_CPU_COMPATIBILITY]: native('`cpu.mode = "host-model"` with `migratable`'),
  [Feature.MIGRATION_HOST_ADDRESSES]: unsupported('libvirt migrates over the hosts\' own addresses, which the provider does not configure', 'leave hostAddresses out; give each host\'s migration address in its URI'),
  [Feature.EXISTING_CLUSTER]: unsupported('libvirt has no clusters to adopt: the library places VMs on the hosts and creates nothing for the cluster', 'leave existing out'),
  [Feature.REPLICA_GUEST]: emulated('two domains on different hosts by the placement engine'),
  [Feature.REPLICA_HYPERVISOR]: unsupported(
    'libvirt has no replication of its own',
    'use ReplicationMode.GUEST: both VMs run, kept apart, and the application replicates',
  ),
  [Feature.CHECKPOINTS]: unsupported(
    'the provider has no snapshot resource',
    'leave checkpoint out and take snapshots with `virsh snapshot-create-as` before maintenance',
  ),
  [Feature.BRIDGED_NETWORK]: native('`libvirt_network` in bridge mode'),
  [Feature.ISOLATED_NETWORK]: native('`libvirt_network` without address or forwarding'),
  [Feature.HOST_ONLY_NETWORK]: native('`libvirt_network` with a host address (and DHCP) and no forwarding'),
  [Feature.NAT_NETWORK]: native('`libvirt_network` with `forward.mode = "nat"`'),
  [Feature.VLAN]: native('`vlan.tags` on an Open vSwitch bridge network'),
  [Feature.EXISTING_NETWORK]: native('the network\'s name'),
};
