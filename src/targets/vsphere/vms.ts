import type { VirtualMachineCloneCustomize, VirtualMachineNetworkInterface } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { busControllerCounts, checkVsphereBuses } from './buses';
import { checkHasNic, checkNic, checkPciHost, checkVmSize, nowhereToRun, requireKeyProvider } from './checks';
import { vsphereDrsAutomation, vsphereRestartPriority } from './cluster-values';
import { ClusterRef } from './clusters';
import { DataDisk, osDisk, vsphereControllerCount } from './disks';
import { bootConfig, cdroms } from './drives';
import { customize, guestinfo } from './guest';
import { vsphereGuestId } from './guest-ids';
import { hardwareVersion, resourceControls } from './hardware';
import { osSource } from './images';
import { PoolParent, VmFolder, VmTag, VsphereInventory } from './inventory';
import {
  LightDataVsphereComputeCluster, LightDataVsphereHost, LightDataVsphereResourcePool, LightDataVsphereStoragePolicy, LightDrsVmOverride,
  LightHaVmOverride, LightResourcePool, LightVirtualMachine,
} from './light-resources';
import { Shared, VsphereLookups, VsphereRenderContext, slug } from './lookups';
import { vmStorage } from './storage';
import { TerraformElement } from '../../core';
import { ClusterNode, NetworkNode, NicNode, VmNode, wantsSecureBoot } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { GuestInitKind } from '../../model/guest-init';
import { Image } from '../../model/image';
import { NicAdapter } from '../../model/network';
import { ShieldingLevel } from '../../model/shielding';
import { RenderedElement } from '../../model/target-contract';
import { wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';
import { lazyAttributes } from '../attributes';
import { tfText } from '../escaping';
import { applyOverrides } from '../overrides';

/** What a VM refers to that other hooks rendered, and where it runs. */
export interface VmSurroundings {
  /** The cluster of the design a VM runs in, as rendered. */
  readonly cluster?: ClusterRef;
  /** The cluster of the design that has the VM's host, for a VM on a host in no cluster of its own. */
  readonly hostCluster?: HostCluster;
  /** The network ID of a network of the design. */
  networkIdOf(network: NetworkNode): string;
}

/** A cluster of the design, and what its VMs refer to. */
export interface HostCluster {
  readonly node: ClusterNode;
  readonly ref: ClusterRef;
}

/** A VM as rendered: its main resource, and every resource and data source it uses, by role. */
export interface RenderedVm {
  readonly virtualMachine: LightVirtualMachine;
  /** By role; the checkpoint hook adds the VM's snapshot. */
  readonly resources: { [role: string]: TerraformElement };
  /** The VM's ID, as its overrides and rules refer to it: one token, made when first asked for. */
  idOf(): string;
}

/** What the renderer keeps for every VM of a target: its lookups and the inventory VMs are filed in. */
export interface VmRendering {
  readonly ctx: VsphereRenderContext;
  readonly lookups: VsphereLookups;
  readonly inventory: VsphereInventory;
}

/**
 * Renders a VM from its image (a template or content-library item cloned, an OVF package
 * deployed, or a blank disk) on its storage, in its cluster's root resource pool or a resource pool
 * of the design, on its host or in the target's cluster, with its HA and DRS overrides in its
 * cluster, its drives, folder, tags and notes.
 *
 * Attributes, as Terraform expressions of the `vsphere_virtual_machine`: `id`; `primaryIpv4` and
 * `ipAddresses` (VMware Tools' `default_ip_address` and `guest_ip_addresses`: the provider waits
 * for the guest's network, `wait_for_guest_net_timeout`, by default); `macAddresses`, one per NIC;
 * `hostName`, the host the VM runs on, or its `host_system_id` where DRS places it.
 */
export function renderVm(r: VmRendering, vm: VmNode, image: Image, disks: DataDisk[], around: VmSurroundings): RenderedVm {
  const { ctx, lookups } = r;
  const memoryMib = checkVmSize(vm, ctx.version);
  const placement = place(r, vm, around.cluster, around.hostCluster);
  const source = osSource(ctx, lookups, vm, image);
  const shielding = shieldingOf(ctx, lookups, vm);
  const storage = vmStorage(ctx, lookups, vm, image, shielding.policy);
  checkVsphereBuses(vm, ctx.version);
  const dataDisks = disks.map((disk) => disk(storage));
  const controllers = busControllerCounts(vm);
  const drives = cdroms(ctx, lookups, vm);
  const filing = fileVm(r, vm);
  const customization = customizationOf(vm, ctx, source.templateUuid !== undefined);
  checkHasNic(vm, image);

  const resource = new LightVirtualMachine(vm.scope, 'VirtualMachine', {
    provider: ctx.provider,
    name: tfText(vm.scope, 'VM name', vm.name),
    resourcePoolId: placement.resourcePoolId,
    hostSystemId: placement.host?.id,
    datastoreId: storage.datastoreId,
    datastoreClusterId: storage.datastoreClusterId,
    datacenterId: source.datacenterId,
    folder: filing.folder?.path,
    guestId: vsphereGuestId(vm.guestOs),
    firmware: vm.firmware === Firmware.UEFI ? 'efi' : 'bios',
    hardwareVersion: hardwareVersion(vm, ctx.version),
    numCpus: vm.cpus,
    numCoresPerSocket: vm.coresPerSocket,
    memory: memoryMib,
    memoryReservation: vm.memoryReservation ? wholeUnits(vm.scope, 'The memory reservation', vm.memoryReservation, 'MiB') : undefined,
    ...resourceControls(vm, ctx.coreMhz),
    cpuHotAddEnabled: vm.cpuHotAdd || undefined,
    memoryHotAddEnabled: vm.memoryHotAdd || undefined,
    nestedHvEnabled: vm.nestedVirtualization || shielding.vbs || undefined,
    efiSecureBootEnabled: wantsSecureBoot(vm) || undefined,
    vtpm: shielding.vtpm,
    vbsEnabled: shielding.vbs || undefined,
    vvtdEnabled: shielding.vbs || undefined,
    storagePolicyId: storage.policyId,
    annotation: tfText(vm.scope, 'notes', annotation(vm, shielding.annotation)),
    tags: filing.tags.length > 0 ? filing.tags.map((t) => t.tag.id) : undefined,
    pciDeviceId: vm.pciDevices.length > 0 ? vm.pciDevices : undefined,
    scsiType: 'pvscsi',
    scsiControllerCount: vsphereControllerCount(vm),
    sataControllerCount: controllers.sata,
    nvmeControllerCount: controllers.nvme,
    disk: [osDisk(source.osDisk, storage.policyId), ...dataDisks],
    cdrom: drives.cdrom,
    networkInterface: vm.nics.map((nic) => networkInterface(vm, nic, around)),
    clone: source.templateUuid === undefined ? undefined : { templateUuid: source.templateUuid, customize: customization },
    ovfDeploy: source.ovfDeploy,
    // diagnostic logging is off unless asked for (SCG vm-8.enable-logging)
    enableLogging: true,
    extraConfig: {
      // boot only from the devices the VM boots from: the virtual disk unless it says otherwise (SCG vm-8.boot-device-classes)
      ...bootConfig(vm, image),
      ...(vm.guestInit?.kind === GuestInitKind.CLOUD_INIT ? guestinfo(vm) : {}),
    },
  });
  ctx.nameAfter(resource, vm.scope);
  applyOverrides(vm.scope, resource, Vendor.VSPHERE, vm.overrides);
  let id: string | undefined;
  const idOf = () => (id ??= resource.id);
  const overrides = clusterOverrides(ctx, vm, idOf, around.cluster);
  const resources: { [role: string]: TerraformElement } = { virtualMachine: resource, ...overrides };
  if (placement.host !== undefined) resources.host = placement.host.element;
  if (placement.targetCluster !== undefined) resources.cluster = placement.targetCluster.element;
  if (shielding.policy !== undefined) resources.encryptionPolicy = shielding.policy().element;
  Object.assign(resources, source.resources, storage.resources, drives.resources, filing.resources);
  if (placement.pool !== undefined) resources[placement.pool instanceof LightResourcePool ? 'resourcePool' : 'existingResourcePool'] = placement.pool;
  return { virtualMachine: resource, idOf, resources };
}

/** The guest customization of a clone; a VM that is not cloned and asks for one is refused. */
function customizationOf(vm: VmNode, ctx: VsphereRenderContext, cloned: boolean): VirtualMachineCloneCustomize | undefined {
  const kind = vm.guestInit?.kind;
  if (kind !== GuestInitKind.HOSTNAME && kind !== GuestInitKind.WINDOWS) return undefined;
  if (!cloned) {
    throw new DesignError(vm.scope, {
      problem: `vSphere customizes the guest of a cloned VM (${kind === GuestInitKind.WINDOWS ? 'Windows sysprep' : 'host name and addresses'}), `
        + 'and this VM is not cloned: its image is an OVF package or a blank disk.',
      value: `guestInit: ${kind}`,
      fix: 'make the image a template or content-library item (the target\'s imageSources: Image.template or Image.contentLibrary), '
        + 'or initialise the guest with GuestInit.cloudInit (guestinfo)',
    });
  }
  return customize(vm, ctx.version);
}

/** The VM's annotation: its notes, then what the library records on it (shielding, the tags of its disks), a line each. */
function annotation(vm: VmNode, shielding: string | undefined): string | undefined {
  const diskTags = vm.disks.flatMap(({ name, disk }) => {
    const keys = Object.keys(disk.tags ?? {}).sort();
    return keys.length === 0 ? [] : [`disk ${name}: ${keys.map((k) => `${k}=${disk.tags![k]}`).join(', ')}`];
  });
  const lines = [vm.notes, shielding, ...diskTags].filter((l): l is string => l !== undefined);
  return lines.length === 0 ? undefined : lines.join('\n');
}

/** The folder and tags a VM is filed under. */
function fileVm(r: VmRendering, vm: VmNode): { folder?: VmFolder; tags: VmTag[]; resources: { [role: string]: TerraformElement } } {
  const resources: { [role: string]: TerraformElement } = {};
  const folder = vm.folder === undefined ? undefined : r.inventory.folder(vm.folder);
  if (folder?.folder !== undefined) resources.folder = folder.folder;
  const tags = Object.keys(vm.tags).map((key) => {
    const tag = r.inventory.tag(key, vm.tags[key]);
    resources[`tagCategory:${key}`] = tag.category;
    resources[`tag:${key}`] = tag.tag;
    return tag;
  });
  return { folder, tags, resources };
}

/**
 * The Terraform expressions of a rendered VM's attributes (see {@link renderVm}), each made when it
 * is first read.
 */
export function vmAttributes(vm: VmNode, rendered: RenderedVm, hostName: string | undefined): RenderedElement['attributes'] {
  const resource = rendered.virtualMachine;
  return lazyAttributes({
    id: () => rendered.idOf(),
    primaryIpv4: () => resource.defaultIpAddress,
    ipAddresses: () => resource.guestIpAddresses,
    macAddresses: () => vm.nics.map((_, i) => resource.networkInterfaceMacAddress(i)),
    // a host name is the design's string (a cluster's host, say): escaped like every other
    hostName: () => (hostName === undefined ? resource.getStringAttribute('host_system_id') : tfText(vm.scope, 'host name', hostName)),
  });
}

/** The HA restart priority and DRS automation of a VM in its cluster, where it has its own. */
function clusterOverrides(ctx: VsphereRenderContext, vm: VmNode, idOf: () => string, cluster: ClusterRef | undefined): {
  haOverride?: LightHaVmOverride;
  drsOverride?: LightDrsVmOverride;
} {
  if (cluster === undefined) return {};
  const overrides: { haOverride?: LightHaVmOverride; drsOverride?: LightDrsVmOverride } = {};
  const priority = vm.restartPriority ?? vm.impliedRestartPriority;
  if (priority !== undefined) {
    overrides.haOverride = new LightHaVmOverride(vm.scope, 'HaOverride', {
      provider: ctx.provider,
      computeClusterId: cluster.id,
      virtualMachineId: idOf(),
      haVmRestartPriority: vsphereRestartPriority(priority),
    });
    ctx.nameAfter(overrides.haOverride, vm.scope, 'ha');
  }
  if (vm.drsAutomation !== undefined) {
    overrides.drsOverride = new LightDrsVmOverride(vm.scope, 'DrsOverride', {
      provider: ctx.provider,
      computeClusterId: cluster.id,
      virtualMachineId: idOf(),
      drsEnabled: true,
      drsAutomationLevel: vsphereDrsAutomation(vm.drsAutomation),
    });
    ctx.nameAfter(overrides.drsOverride, vm.scope, 'drs');
  }
  return overrides;
}

/**
 * Where a VM runs: its cluster's root resource pool (on its host, if it names one), its host's, or
 * the target cluster's; or a resource pool the design names, made in that root pool (one per root
 * pool and name). A VM on a host of a design cluster gets its pool in that cluster's root pool, where
 * the cluster's VMs get theirs. A VM on another host gets it in the host's root pool, which is its
 * cluster's when vCenter has the host in one: so where the target has a cluster the host may be in, a
 * pool made there is refused (it could be made twice under one parent); an existing pool is found
 * in the host's root pool, whichever it is.
 */
function place(r: VmRendering, vm: VmNode, cluster: ClusterRef | undefined, hostCluster: HostCluster | undefined): {
  resourcePoolId: string;
  host?: Shared<LightDataVsphereHost, { id: string; resourcePoolId: string }>;
  targetCluster?: Shared<LightDataVsphereComputeCluster, { resourcePoolId: string }>;
  pool?: LightResourcePool | LightDataVsphereResourcePool;
} {
  const { ctx, lookups } = r;
  checkPciHost(vm);
  const host = vm.host === undefined ? undefined : lookups.host(vm.host);
  let root: { resourcePoolId: string; host?: typeof host; targetCluster?: Shared<LightDataVsphereComputeCluster, { resourcePoolId: string }> };
  let parent: Omit<PoolParent, 'id'>;
  if (cluster !== undefined) {
    root = { resourcePoolId: cluster.resourcePoolId, host };
    parent = { key: `cluster:${vm.cluster!.scope.node.path}`, owner: vm.cluster!.scope, prefix: 'pool' };
  } else if (host !== undefined) {
    root = { resourcePoolId: host.resourcePoolId, host };
    parent = { key: `host:${vm.host}`, owner: ctx.target, prefix: `pool_host_${slug(vm.host!)}` };
  } else {
    if (ctx.cluster === undefined) throw nowhereToRun(vm);
    const targetCluster = lookups.cluster();
    root = { resourcePoolId: targetCluster.resourcePoolId, targetCluster };
    parent = { key: 'target-cluster', owner: ctx.target, prefix: 'pool' };
  }
  if (vm.resourcePool === undefined) return root;
  let parentId = root.resourcePoolId;
  if (cluster === undefined && hostCluster !== undefined) {
    // the host's root pool is its cluster's: the pool is the one the cluster's VMs of that name get
    parentId = hostCluster.ref.resourcePoolId;
    parent = { key: `cluster:${hostCluster.node.scope.node.path}`, owner: hostCluster.node.scope, prefix: 'pool' };
  } else if (cluster === undefined && host !== undefined && ctx.cluster !== undefined && !ctx.existingInventory.resourcePools) {
    throw new DesignError(vm.scope, {
      problem: `The VM runs on host ${vm.host}, in no cluster of the design, and the target has cluster ${ctx.cluster}: `
        + 'the library cannot tell whether the host is in that cluster, whose root pool would then hold this resource pool '
        + 'and that of the cluster\'s VMs of the same name, made twice.',
      value: `resourcePool: ${vm.resourcePool}`,
      fix: 'put the VM in an HaCluster that names the host (HaCluster with existing: true adopts a cluster vCenter has), '
        + 'use existing pools (VsphereTargetProps.existingInventory.resourcePools), or leave resourcePool out for this VM',
    });
  }
  const pool = r.inventory.resourcePool({ ...parent, id: parentId }, vm.resourcePool);
  return { ...root, resourcePoolId: pool.id, pool };
}

/** The settings a shielded VM adds. */
interface Shielding {
  readonly vtpm?: { version: string };
  readonly vbs?: boolean;
  /** The storage policy that encrypts the VM's home and disks, looked up when first asked for. */
  readonly policy?: () => Shared<LightDataVsphereStoragePolicy, { id: string }>;
  readonly annotation?: string;
}

/** The settings a shielded VM adds; none for a plain VM. */
function shieldingOf(ctx: VsphereRenderContext, lookups: VsphereLookups, vm: VmNode): Shielding {
  const shielding = vm.shielding;
  if (shielding === undefined) return {};
  requireKeyProvider(vm, ctx.keyProvider);
  const encrypted = shielding.level !== ShieldingLevel.SECURE_BOOT_AND_TPM;
  const policy = encrypted ? () => lookups.encryptionPolicy() : undefined;
  const parts = ['Secure Boot', 'vTPM 2.0', ...(encrypted ? [`encryption (${ctx.encryptionPolicy})`] : []), ...(shielding.virtualizationBasedSecurity ? ['VBS'] : [])];
  return {
    vtpm: { version: '2.0' },
    vbs: shielding.virtualizationBasedSecurity,
    policy,
    annotation: `Shielded VM: ${parts.join(', ')}; keys from ${ctx.keyProvider}`,
  };
}

function networkInterface(vm: VmNode, nic: NicNode, around: VmSurroundings): VirtualMachineNetworkInterface {
  checkNic(vm, nic);
  const adapterType = nic.sriov !== undefined ? 'sriov' : nic.adapter === NicAdapter.EMULATED ? 'e1000e' : 'vmxnet3';
  return {
    networkId: around.networkIdOf(nic.network),
    adapterType,
    useStaticMac: nic.macAddress !== undefined ? true : undefined,
    macAddress: nic.macAddress,
    physicalFunction: nic.sriov?.physicalFunction,
  };
}
