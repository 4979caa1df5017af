import { IConstruct } from 'constructs';
import { Feature } from './capabilities';
import { DrsAutomation, IsolationResponse, RestartPriority, VmMonitoring } from './cluster';
import { Disk, DiskBus, DiskProvisioning } from './disk';
import { BootDevice, Drive } from './drive';
import { Firmware } from './firmware';
import { GuestInit, GuestInitKind, StaticIpv4 } from './guest-init';
import { GuestOs } from './guest-os';
import { HardwareVersion, ShareLevel } from './hardware';
import { Image, ImageKind } from './image';
import { NetworkConnectivity, NicAdapter, TrafficRole } from './network';
import { ReplicationMode } from './replication';
import { ShieldingLevel } from './shielding';
import { Size } from './size';
import { Storage, StorageKind } from './storage';
import { Vendor } from './vendor';

/*
 * The design graph: the vendor-neutral description of what a design asks for, built by the
 * constructs and rendered by a target. Plain data, validated by the constructs before a target
 * sees it.
 */

/** A network of the design. */
export interface NetworkNode {
  readonly scope: IConstruct;
  readonly name: string;
  readonly role: TrafficRole;
  readonly connectivity: NetworkConnectivity;
  readonly vlanId?: number;
  /** IPv4 subnet with prefix, for networks whose DHCP the host serves. */
  readonly cidr?: string;
  /** Use the network of this name that exists already. */
  readonly existing: boolean;
}

/** A NIC of a VM. */
export interface NicNode {
  readonly network: NetworkNode;
  readonly adapter: NicAdapter;
  /** Lower-case, colon-separated. */
  readonly macAddress?: string;
  readonly sriov?: { readonly physicalFunction?: string };
  /** A static IPv4 configuration, checked. */
  readonly ipv4?: StaticIpv4;
}

/** A data disk of a VM, with its name and slot settled. */
export interface DiskNode {
  readonly name: string;
  /** Position on the VM's disk bus, from 1 (the OS disk holds 0). */
  readonly slot: number;
  readonly disk: Disk;
}

/** Dynamic memory bounds. */
export interface DynamicMemoryNode {
  readonly minimum: Size;
  readonly maximum: Size;
}

/** A VM of the design. */
export interface VmNode {
  readonly scope: IConstruct;
  readonly name: string;
  readonly cpus: number;
  readonly coresPerSocket?: number;
  readonly memory: Size;
  readonly firmware: Firmware;
  readonly guestOs: GuestOs;
  readonly image: Image;
  readonly osDiskSize?: Size;
  /** By bus (paravirtual, SATA, NVMe, IDE) and slot, whatever the order of the design. */
  readonly disks: DiskNode[];
  /** CD/DVD drives, in the design's order. */
  readonly drives: Drive[];
  /** Boot devices, first first; empty: the vendor's default order. */
  readonly bootOrder: BootDevice[];
  /** Where the VM's files and OS disk are kept; undefined: the target's default storage. */
  readonly storage?: Storage;
  /** The vSphere storage policy of the VM's home and OS disk. */
  readonly storagePolicy?: string;
  /** Folder path of the VM, `a/b/c`. */
  readonly folder?: string;
  /** Name of the resource pool the VM runs in. */
  readonly resourcePool?: string;
  /** Tags, key to value, in key order. */
  readonly tags: { readonly [key: string]: string };
  /** Free-text notes. */
  readonly notes?: string;
  /** Virtual hardware versions, at most one per vendor. */
  readonly hardwareVersions: HardwareVersion[];
  readonly cpuShares?: ShareLevel;
  /** Percent of the VM's vCPUs' capacity, 1 to 100. */
  readonly cpuLimit?: number;
  readonly memoryShares?: ShareLevel;
  readonly memoryLimit?: Size;
  readonly nics: NicNode[];
  readonly guestInit?: GuestInit;
  readonly autostart?: boolean;
  readonly nestedVirtualization: boolean;
  readonly dynamicMemory?: DynamicMemoryNode;
  readonly memoryReservation?: Size;
  readonly cpuHotAdd: boolean;
  readonly memoryHotAdd: boolean;
  /** `dddd:bb:ss.f`, lower-case. */
  readonly pciDevices: string[];
  readonly host?: string;
  /** The security posture of a shielded VM. */
  readonly shielding?: ShieldingNode;
  /** The HA cluster the VM runs in. */
  readonly cluster?: ClusterNode;
  /** HA restart priority of this VM, over the cluster's default. */
  readonly restartPriority?: RestartPriority;
  /** DRS automation of this VM, over the cluster's. */
  readonly drsAutomation?: DrsAutomation;
  /** A restart priority the design implies (a replica pair's primary before its replica), used where HA restarts VMs. */
  readonly impliedRestartPriority?: RestartPriority;
  /** Raw attribute overrides of the VM's main resource, per vendor, applied last. */
  readonly overrides: ReadonlyArray<{ readonly vendor: string; readonly path: string; readonly value: any }>;
}

/** An HA cluster of the design. */
export interface ClusterNode {
  readonly scope: IConstruct;
  readonly name: string;
  readonly hosts: string[];
  readonly hostFailuresToTolerate: number;
  readonly restartPriority?: RestartPriority;
  readonly isolationResponse?: IsolationResponse;
  readonly vmMonitoring?: VmMonitoring;
  readonly drsAutomation?: DrsAutomation;
  /** Adopt the cluster of this name instead of creating it (vSphere). */
  readonly existing: boolean;
  readonly hostCapacity?: { readonly cpuCores: number; readonly memoryMib: number };
  readonly cpuOvercommit: number;
  readonly memoryOvercommit: number;
  readonly rebalance: boolean;
  readonly acknowledgeNoHostFailover: boolean;
  readonly migration?: MigrationNode;
}

/** The live-migration settings of a cluster. */
export interface MigrationNode {
  readonly network?: NetworkNode;
  /** IPv4 subnet of the migration network, `a.b.c.d/p`. */
  readonly subnet?: string;
  /** Static address (`a.b.c.d/p`) of each host on the migration network, by host name. */
  readonly hostAddresses?: { readonly [host: string]: string };
  /** Gateway of the hosts' migration addresses. */
  readonly gateway?: string;
  readonly cpuCompatibility: boolean;
}

/** The kinds of DRS rule. */
export type RuleKind = 'together' | 'apart' | 'run-on' | 'not-run-on';

/** A DRS rule group of the design. */
export interface RuleNode {
  readonly scope: IConstruct;
  readonly name: string;
  readonly cluster: ClusterNode;
  readonly kind: RuleKind;
  readonly vms: VmNode[];
  readonly hosts: string[];
  readonly mandatory: boolean;
}

/** A replica pair of the design. */
export interface PairNode {
  readonly scope: IConstruct;
  readonly name: string;
  readonly mode: ReplicationMode;
  readonly primary: VmNode;
  /** The second VM, in guest mode. */
  readonly replica?: VmNode;
  /** The replica server, in hypervisor mode. */
  readonly replicaHost?: string;
  readonly hypervisor?: {
    readonly frequency: number;
    readonly recoveryPoints: number;
    readonly authentication: { readonly kind: string; readonly port: number; readonly thumbprint?: string };
    /** Where the replica server keeps replicas; undefined: the target's default location. */
    readonly storagePath?: string;
  };
  readonly checkpoint?: { readonly name: string; readonly description?: string; readonly location?: string };
  readonly replicationNetwork?: NetworkNode;
}

/** The features a replica pair uses. */
export function featuresOfPair(pair: PairNode): Feature[] {
  const used = [pair.mode === ReplicationMode.GUEST ? Feature.REPLICA_GUEST : Feature.REPLICA_HYPERVISOR];
  if (pair.checkpoint !== undefined) used.push(Feature.CHECKPOINTS);
  return used;
}

/** The security posture of a shielded VM. */
export interface ShieldingNode {
  readonly level: ShieldingLevel;
  readonly virtualizationBasedSecurity: boolean;
  readonly memoryEncryption: boolean;
}

/**
 * Whether a VM's disks and state are encrypted: every shielding level from `ENCRYPTED` on
 * (`HOST_GUARDED` includes encryption).
 */
export function isEncrypted(vm: VmNode): boolean {
  return vm.shielding !== undefined && vm.shielding.level !== ShieldingLevel.SECURE_BOOT_AND_TPM;
}

/**
 * Whether a VM boots with UEFI Secure Boot: every shielded VM, and every other UEFI VM whose guest
 * OS boots with it (a hardening default every target renders).
 */
export function wantsSecureBoot(vm: VmNode): boolean {
  return vm.shielding !== undefined || (vm.firmware === Firmware.UEFI && vm.guestOs.secureBoot);
}

/** How one target sees a VM: the image it makes the OS disk from, and its vendor. */
export interface VmView {
  /** The image after the target's `imageSources`. */
  readonly image?: Image;
  /** The target's vendor, for the settings a design gives per vendor. */
  readonly vendor?: Vendor;
}

const IMAGE_FEATURES: Partial<Record<ImageKind, Feature>> = {
  [ImageKind.URL]: Feature.IMAGE_URL,
  [ImageKind.OVF]: Feature.IMAGE_OVF,
  [ImageKind.CONTENT_LIBRARY]: Feature.IMAGE_CONTENT_LIBRARY,
  [ImageKind.BLANK]: Feature.BLANK_OS_DISK,
};

const BUS_FEATURES: Partial<Record<DiskBus, Feature>> = {
  [DiskBus.SATA]: Feature.SATA_DISKS,
  [DiskBus.NVME]: Feature.NVME_DISKS,
  [DiskBus.IDE]: Feature.IDE_DISKS,
};

/** The features a VM uses, each checked against the target's capabilities. */
export function featuresOfVm(vm: VmNode, view: VmView = {}): Feature[] {
  const used: Feature[] = [vm.firmware === Firmware.UEFI ? Feature.UEFI : Feature.BIOS];
  const when = (condition: unknown, feature: Feature | undefined) => {
    if (condition && feature !== undefined && !used.includes(feature)) used.push(feature);
  };
  when(vm.coresPerSocket !== undefined && vm.coresPerSocket !== vm.cpus, Feature.CORES_PER_SOCKET);
  when(vm.osDiskSize, Feature.OS_DISK_SIZE);
  when(vm.disks.length > 0, Feature.DATA_DISKS);
  when(vm.disks.some((d) => d.disk.provisioning === DiskProvisioning.THICK), Feature.THICK_DISKS);
  when(vm.disks.some((d) => d.disk.provisioning === DiskProvisioning.THICK_EAGER_ZEROED), Feature.EAGER_ZEROED_DISKS);
  when(vm.nics.some((n) => n.macAddress), Feature.STATIC_MAC);
  when(vm.nics.some((n) => n.adapter === NicAdapter.EMULATED), Feature.EMULATED_NIC);
  when(vm.nics.some((n) => n.sriov), Feature.SRIOV_NIC);
  when(vm.guestInit?.kind === GuestInitKind.CLOUD_INIT, Feature.CLOUD_INIT);
  when(vm.guestInit?.kind === GuestInitKind.HOSTNAME, Feature.HOSTNAME_STATIC_IP);
  when(vm.autostart === true, Feature.AUTOSTART);
  when(vm.nestedVirtualization, Feature.NESTED_VIRTUALIZATION);
  when(vm.dynamicMemory, Feature.DYNAMIC_MEMORY);
  when(vm.memoryReservation, Feature.MEMORY_RESERVATION);
  when(vm.memoryReservation && (vm.dynamicMemory || !vm.memoryReservation.isSameAs(vm.memory)), Feature.PARTIAL_MEMORY_RESERVATION);
  when(vm.cpuHotAdd, Feature.CPU_HOT_ADD);
  when(vm.memoryHotAdd, Feature.MEMORY_HOT_ADD);
  when(vm.pciDevices.length > 0, Feature.PCI_PASSTHROUGH);
  when(vm.host, Feature.HOST_PLACEMENT);
  when(true, IMAGE_FEATURES[(view.image ?? vm.image).kind]);
  when(vm.drives.length > 0, Feature.CD_DRIVES);
  when(vm.bootOrder.length > 0, Feature.BOOT_ORDER);
  const storages = [vm.storage, ...vm.disks.map((d) => d.disk.storage)];
  when(storages.some((s) => s?.kind === StorageKind.NAMED), Feature.STORAGE_PLACEMENT);
  when(storages.some((s) => s?.kind === StorageKind.CLUSTER), Feature.STORAGE_CLUSTER);
  when(vm.storagePolicy !== undefined || vm.disks.some((d) => d.disk.storagePolicy !== undefined), Feature.STORAGE_POLICY);
  for (const d of vm.disks) when(true, BUS_FEATURES[d.disk.bus]);
  when(vm.folder !== undefined, Feature.VM_FOLDER);
  when(vm.resourcePool !== undefined, Feature.RESOURCE_POOL);
  when(Object.keys(vm.tags).length > 0, Feature.TAGS);
  when(vm.notes !== undefined, Feature.NOTES);
  when(vm.disks.some((d) => d.disk.tags !== undefined && Object.keys(d.disk.tags).length > 0), Feature.DISK_TAGS);
  when(vm.guestInit?.kind === GuestInitKind.WINDOWS, Feature.WINDOWS_CUSTOMIZATION);
  when(vm.guestInit?.windowsOptions?.domainJoin !== undefined, Feature.DOMAIN_JOIN);
  when(vm.guestInit?.windowsOptions?.adminPassword !== undefined || vm.guestInit?.windowsOptions?.domainJoin !== undefined, Feature.GUEST_SECRETS);
  when(vm.nics.some((n) => n.ipv4 !== undefined), Feature.STATIC_IP_PER_NIC);
  when(view.vendor !== undefined && vm.hardwareVersions.some((h) => h.vendor === view.vendor), Feature.HARDWARE_VERSION);
  when(vm.cpuShares !== undefined, Feature.CPU_SHARES);
  when(vm.cpuLimit !== undefined, Feature.CPU_LIMIT);
  when(vm.memoryShares !== undefined, Feature.MEMORY_SHARES);
  when(vm.memoryLimit !== undefined, Feature.MEMORY_LIMIT);
  const shielding = vm.shielding;
  if (shielding !== undefined) {
    used.push(Feature.SECURE_BOOT, Feature.VTPM);
    when(isEncrypted(vm), Feature.ENCRYPTION);
    when(shielding.level === ShieldingLevel.HOST_GUARDED, Feature.HOST_GUARDIAN);
    when(shielding.virtualizationBasedSecurity, Feature.VBS);
    when(shielding.memoryEncryption, Feature.MEMORY_ENCRYPTION);
  }
  return used;
}

/** The features a cluster and its VMs and rules use. */
export function featuresOfCluster(cluster: ClusterNode, vms: readonly VmNode[], rules: readonly RuleNode[]): Feature[] {
  const used: Feature[] = [Feature.HA_CLUSTER];
  const when = (condition: unknown, feature: Feature) => {
    if (condition) used.push(feature);
  };
  const members = vms.filter((vm) => vm.cluster === cluster);
  const own = rules.filter((r) => r.cluster === cluster);
  when(cluster.restartPriority !== undefined || members.some((vm) => vm.restartPriority !== undefined), Feature.RESTART_PRIORITY);
  when(cluster.isolationResponse !== undefined, Feature.ISOLATION_RESPONSE);
  when(cluster.vmMonitoring !== undefined, Feature.VM_MONITORING);
  when(cluster.drsAutomation !== undefined || members.some((vm) => vm.drsAutomation !== undefined), Feature.DRS_AUTOMATION);
  when(own.some((r) => r.kind === 'together' || r.kind === 'apart'), Feature.AFFINITY_RULES);
  when(own.some((r) => r.kind === 'run-on' || r.kind === 'not-run-on'), Feature.VM_HOST_RULES);
  when(cluster.migration?.network, Feature.MIGRATION_NETWORK);
  when(cluster.migration?.cpuCompatibility, Feature.MIGRATION_CPU_COMPATIBILITY);
  when(cluster.migration?.hostAddresses, Feature.MIGRATION_HOST_ADDRESSES);
  when(cluster.existing, Feature.EXISTING_CLUSTER);
  return used;
}

/** The features a network uses. */
export function featuresOfNetwork(network: NetworkNode): Feature[] {
  if (network.existing) return [Feature.EXISTING_NETWORK];
  const used = [
    {
      [NetworkConnectivity.BRIDGED]: Feature.BRIDGED_NETWORK,
      [NetworkConnectivity.ISOLATED]: Feature.ISOLATED_NETWORK,
      [NetworkConnectivity.HOST_ONLY]: Feature.HOST_ONLY_NETWORK,
      [NetworkConnectivity.NAT]: Feature.NAT_NETWORK,
    }[network.connectivity],
  ];
  if (network.vlanId !== undefined) used.push(Feature.VLAN);
  return used;
}
