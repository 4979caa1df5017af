/** A feature of the design that a target may or may not be able to render. */
export enum Feature {
  /** UEFI firmware. */
  UEFI = 'vm.firmware.uefi',
  /** Legacy BIOS firmware. */
  BIOS = 'vm.firmware.bios',
  /** Several cores per virtual socket. */
  CORES_PER_SOCKET = 'vm.coresPerSocket',
  /** An OS disk larger than the image it is made from. */
  OS_DISK_SIZE = 'vm.osDiskSize',
  /** Data disks. */
  DATA_DISKS = 'vm.dataDisks',
  /** Thick-provisioned disks. */
  THICK_DISKS = 'vm.disk.thick',
  /** Eager-zeroed thick disks. */
  EAGER_ZEROED_DISKS = 'vm.disk.thickEagerZeroed',
  /** Static MAC addresses. */
  STATIC_MAC = 'vm.nic.staticMac',
  /** Emulated (legacy) NICs. */
  EMULATED_NIC = 'vm.nic.emulated',
  /** SR-IOV NICs. */
  SRIOV_NIC = 'vm.nic.sriov',
  /** Cloud-init user data. */
  CLOUD_INIT = 'vm.guestInit.cloudInit',
  /** Host name and static IP set at first boot. */
  HOSTNAME_STATIC_IP = 'vm.guestInit.hostname',
  /** Start the VM with its host. */
  AUTOSTART = 'vm.autostart',
  /** Hardware virtualization exposed to the guest. */
  NESTED_VIRTUALIZATION = 'vm.nestedVirtualization',
  /** Memory that grows and shrinks between a minimum and a maximum. */
  DYNAMIC_MEMORY = 'vm.dynamicMemory',
  /** Memory reserved for the VM on its host. */
  MEMORY_RESERVATION = 'vm.memoryReservation',
  /** A memory reservation below the VM's memory, or one on dynamic memory. */
  PARTIAL_MEMORY_RESERVATION = 'vm.memoryReservation.partial',
  /** Adding vCPUs to a running VM. */
  CPU_HOT_ADD = 'vm.cpuHotAdd',
  /** Adding memory to a running VM. */
  MEMORY_HOT_ADD = 'vm.memoryHotAdd',
  /** PCI devices of the host passed through to the VM. */
  PCI_PASSTHROUGH = 'vm.pciPassthrough',
  /** A VM placed on a named host. */
  HOST_PLACEMENT = 'vm.host',
  /** An OS disk made from a disk image downloaded from a URL. */
  IMAGE_URL = 'vm.image.url',
  /** An OS disk deployed from an OVF or OVA package at a URL. */
  IMAGE_OVF = 'vm.image.ovf',
  /** An OS disk cloned from a content-library item. */
  IMAGE_CONTENT_LIBRARY = 'vm.image.contentLibrary',
  /** An empty OS disk, for an install from a CD/DVD image or the network. */
  BLANK_OS_DISK = 'vm.image.blank',
  /** CD/DVD drives, empty or holding an ISO image. */
  CD_DRIVES = 'vm.drives',
  /** The order of the devices a VM boots from. */
  BOOT_ORDER = 'vm.bootOrder',
  /** VM files and disks on a named storage (datastore, folder, pool). */
  STORAGE_PLACEMENT = 'vm.storage',
  /** VM files and disks on a datastore cluster placed by Storage DRS. */
  STORAGE_CLUSTER = 'vm.storage.cluster',
  /** VM storage policies on the VM and its disks. */
  STORAGE_POLICY = 'vm.storagePolicy',
  /** Disks on a SATA bus. */
  SATA_DISKS = 'vm.disk.sata',
  /** Disks on an NVMe bus. */
  NVME_DISKS = 'vm.disk.nvme',
  /** Disks on an IDE bus. */
  IDE_DISKS = 'vm.disk.ide',
  /** A VM in a folder of the inventory. */
  VM_FOLDER = 'vm.folder',
  /** A VM in a resource pool. */
  RESOURCE_POOL = 'vm.resourcePool',
  /** Tags of a VM, key to value. */
  TAGS = 'vm.tags',
  /** Free-text notes on a VM. */
  NOTES = 'vm.notes',
  /** Tags of a VM's data disks. */
  DISK_TAGS = 'vm.disk.tags',
  /** Windows guest customization: computer name, Administrator password, time zone. */
  WINDOWS_CUSTOMIZATION = 'vm.guestInit.windows',
  /** Joining a Windows guest to an Active Directory domain. */
  DOMAIN_JOIN = 'vm.guestInit.windows.domainJoin',
  /** Passwords given to the guest at first boot (Windows Administrator, domain join), from sensitive variables. */
  GUEST_SECRETS = 'vm.guestInit.secrets',
  /** Static IPv4 addresses on any NIC, not only the first. */
  STATIC_IP_PER_NIC = 'vm.nic.staticIpv4',
  /** A pinned virtual hardware version or machine type. */
  HARDWARE_VERSION = 'vm.hardwareVersion',
  /** A VM's share of contended host CPU. */
  CPU_SHARES = 'vm.cpuShares',
  /** A cap on the CPU a VM uses. */
  CPU_LIMIT = 'vm.cpuLimit',
  /** A VM's share of contended host memory. */
  MEMORY_SHARES = 'vm.memoryShares',
  /** A cap on the host memory backing a VM. */
  MEMORY_LIMIT = 'vm.memoryLimit',
  /** UEFI Secure Boot. */
  SECURE_BOOT = 'shielded.secureBoot',
  /** A virtual TPM 2.0. */
  VTPM = 'shielded.vtpm',
  /** Encryption of the VM's disks and files. */
  ENCRYPTION = 'shielded.encryption',
  /** Hyper-V shielding with a Host Guardian Service guardian. */
  HOST_GUARDIAN = 'shielded.hostGuardian',
  /** Virtualization-based security for a Windows guest. */
  VBS = 'shielded.vbs',
  /** Encryption of the VM's memory by the CPU (AMD SEV). */
  MEMORY_ENCRYPTION = 'shielded.memoryEncryption',
  /** An HA cluster: VMs placed over its hosts with room for host failures, restarted when a host fails. */
  HA_CLUSTER = 'cluster.ha',
  /** HA restart priorities. */
  RESTART_PRIORITY = 'cluster.restartPriority',
  /** The hosts' response to isolation. */
  ISOLATION_RESPONSE = 'cluster.isolationResponse',
  /** HA monitoring of guests. */
  VM_MONITORING = 'cluster.vmMonitoring',
  /** Automation level of the cluster scheduler. */
  DRS_AUTOMATION = 'cluster.drsAutomation',
  /** Keep-together and keep-apart rules. */
  AFFINITY_RULES = 'cluster.affinityRules',
  /** VM-to-host rules. */
  VM_HOST_RULES = 'cluster.vmHostRules',
  /** A dedicated live-migration network. */
  MIGRATION_NETWORK = 'cluster.migrationNetwork',
  /** CPU compatibility for migration between host generations. */
  MIGRATION_CPU_COMPATIBILITY = 'cluster.migrationCpuCompatibility',
  /** Static addresses of the hosts on the live-migration network. */
  MIGRATION_HOST_ADDRESSES = 'cluster.migrationHostAddresses',
  /** A cluster that exists already, adopted by name: only what the design adds is managed. */
  EXISTING_CLUSTER = 'cluster.existing',
  /** A replica pair whose application replicates between two running VMs kept apart. */
  REPLICA_GUEST = 'replica.guest',
  /** A replica the hypervisor keeps (Hyper-V Replica). */
  REPLICA_HYPERVISOR = 'replica.hypervisor',
  /** Checkpoints (snapshots) as short-term protection. */
  CHECKPOINTS = 'replica.checkpoints',
  /** A network bridged to the physical network. */
  BRIDGED_NETWORK = 'network.bridged',
  /** A network of VMs only. */
  ISOLATED_NETWORK = 'network.isolated',
  /** A network of VMs and their host. */
  HOST_ONLY_NETWORK = 'network.hostOnly',
  /** A host-local network with NAT. */
  NAT_NETWORK = 'network.nat',
  /** VLAN tagging. */
  VLAN = 'network.vlan',
  /** A network that exists already, used by name. */
  EXISTING_NETWORK = 'network.existing',
}

/** How a target supports a feature. */
export enum Support {
  /** A provider attribute or resource configures it. */
  NATIVE = 'native',
  /** A documented mechanism of this library does (placement, remote commands). */
  EMULATED = 'emulated',
  /** The target cannot do it; a design that uses it fails at synth. */
  UNSUPPORTED = 'unsupported',
}

/** What a target declares about one feature. */
export interface Capability {
  /** Native, emulated or unsupported. */
  readonly support: Support;
  /** How it is done (native, emulated) or why it cannot be (unsupported). */
  readonly how: string;
  /**
   * For an unsupported feature: what to do instead.
   *
   * @default - none
   */
  readonly wayOut?: string;
}

/** Declarations of capabilities, for targets. */
export class Capabilities {
  /**
   * A provider attribute or resource configures the feature.
   *
   * @param how the attribute or resource
   */
  public static native(how: string): Capability {
    return { support: Support.NATIVE, how };
  }

  /**
   * A documented mechanism of the library renders the feature.
   *
   * @param how the mechanism
   */
  public static emulated(how: string): Capability {
    return { support: Support.EMULATED, how };
  }

  /**
   * The target cannot render the feature; a design that uses it fails at synth.
   *
   * @param why the reason
   * @param wayOut what to do instead
   */
  public static unsupported(why: string, wayOut: string): Capability {
    return { support: Support.UNSUPPORTED, how: why, wayOut };
  }
}

/** What each feature means, for messages and the capability matrix. */
export const FEATURE_DESCRIPTIONS: Readonly<Record<Feature, string>> = {
  [Feature.UEFI]: 'UEFI firmware',
  [Feature.BIOS]: 'BIOS firmware',
  [Feature.CORES_PER_SOCKET]: 'cores per socket',
  [Feature.OS_DISK_SIZE]: 'an OS disk larger than its image',
  [Feature.DATA_DISKS]: 'data disks',
  [Feature.THICK_DISKS]: 'thick-provisioned disks',
  [Feature.EAGER_ZEROED_DISKS]: 'eager-zeroed thick disks',
  [Feature.STATIC_MAC]: 'static MAC addresses',
  [Feature.EMULATED_NIC]: 'emulated (legacy) NICs',
  [Feature.SRIOV_NIC]: 'SR-IOV NICs',
  [Feature.CLOUD_INIT]: 'cloud-init guest initialisation',
  [Feature.HOSTNAME_STATIC_IP]: 'host name and static IP at first boot',
  [Feature.AUTOSTART]: 'autostart with the host',
  [Feature.NESTED_VIRTUALIZATION]: 'nested virtualization',
  [Feature.DYNAMIC_MEMORY]: 'dynamic memory',
  [Feature.MEMORY_RESERVATION]: 'memory reservation',
  [Feature.PARTIAL_MEMORY_RESERVATION]: 'a memory reservation below the memory, or on dynamic memory',
  [Feature.CPU_HOT_ADD]: 'CPU hot add',
  [Feature.MEMORY_HOT_ADD]: 'memory hot add',
  [Feature.PCI_PASSTHROUGH]: 'PCI passthrough',
  [Feature.HOST_PLACEMENT]: 'placement on a named host',
  [Feature.IMAGE_URL]: 'images downloaded from a URL',
  [Feature.IMAGE_OVF]: 'OVF and OVA images',
  [Feature.IMAGE_CONTENT_LIBRARY]: 'content-library images',
  [Feature.BLANK_OS_DISK]: 'a blank OS disk (install from ISO or network)',
  [Feature.CD_DRIVES]: 'CD/DVD drives',
  [Feature.BOOT_ORDER]: 'boot order',
  [Feature.STORAGE_PLACEMENT]: 'named storage for VMs and disks',
  [Feature.STORAGE_CLUSTER]: 'datastore clusters (storage DRS)',
  [Feature.STORAGE_POLICY]: 'VM storage policies',
  [Feature.SATA_DISKS]: 'SATA disks',
  [Feature.NVME_DISKS]: 'NVMe disks',
  [Feature.IDE_DISKS]: 'IDE disks',
  [Feature.VM_FOLDER]: 'VM folders',
  [Feature.RESOURCE_POOL]: 'resource pools',
  [Feature.TAGS]: 'VM tags',
  [Feature.NOTES]: 'VM notes',
  [Feature.DISK_TAGS]: 'disk tags',
  [Feature.WINDOWS_CUSTOMIZATION]: 'Windows guest customization',
  [Feature.DOMAIN_JOIN]: 'joining a Windows guest to a domain',
  [Feature.GUEST_SECRETS]: 'passwords given to the guest at first boot',
  [Feature.STATIC_IP_PER_NIC]: 'static IPv4 addresses on every NIC',
  [Feature.HARDWARE_VERSION]: 'a pinned hardware version or machine type',
  [Feature.CPU_SHARES]: 'CPU shares',
  [Feature.CPU_LIMIT]: 'CPU limits',
  [Feature.MEMORY_SHARES]: 'memory shares',
  [Feature.MEMORY_LIMIT]: 'memory limits',
  [Feature.SECURE_BOOT]: 'Secure Boot',
  [Feature.VTPM]: 'virtual TPM 2.0',
  [Feature.ENCRYPTION]: 'VM and disk encryption',
  [Feature.HOST_GUARDIAN]: 'host-guardian shielding',
  [Feature.VBS]: 'virtualization-based security',
  [Feature.MEMORY_ENCRYPTION]: 'memory encryption (AMD SEV)',
  [Feature.HA_CLUSTER]: 'HA clusters',
  [Feature.RESTART_PRIORITY]: 'HA restart priority',
  [Feature.ISOLATION_RESPONSE]: 'host isolation response',
  [Feature.VM_MONITORING]: 'VM monitoring',
  [Feature.DRS_AUTOMATION]: 'DRS automation level',
  [Feature.AFFINITY_RULES]: 'affinity and anti-affinity rules',
  [Feature.VM_HOST_RULES]: 'VM-to-host rules',
  [Feature.MIGRATION_NETWORK]: 'a dedicated live-migration network',
  [Feature.MIGRATION_CPU_COMPATIBILITY]: 'CPU compatibility for live migration',
  [Feature.MIGRATION_HOST_ADDRESSES]: 'static host addresses on the migration network',
  [Feature.EXISTING_CLUSTER]: 'existing clusters, adopted by name',
  [Feature.REPLICA_GUEST]: 'replica pairs in guest mode',
  [Feature.REPLICA_HYPERVISOR]: 'replica pairs in hypervisor mode',
  [Feature.CHECKPOINTS]: 'checkpoints (snapshots)',
  [Feature.BRIDGED_NETWORK]: 'bridged networks',
  [Feature.ISOLATED_NETWORK]: 'isolated networks',
  [Feature.HOST_ONLY_NETWORK]: 'host-only networks',
  [Feature.NAT_NETWORK]: 'NAT networks',
  [Feature.VLAN]: 'VLAN tagging',
  [Feature.EXISTING_NETWORK]: 'existing networks by name',
};
