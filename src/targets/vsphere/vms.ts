import type { VirtualMachineNetworkInterface } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { checkNic, checkPciHost, checkVmSize, checkVsphereDiskSlots, nowhereToRun, requireDatastore, requireKeyProvider } from './checks';
import { vsphereDrsAutomation, vsphereRestartPriority } from './cluster-values';
import { ClusterRef } from './clusters';
import { DataDisk, osDisk, vsphereControllerCount } from './disks';
import { customize, guestinfo } from './guest';
import { vsphereGuestId } from './guest-ids';
import {
  LightDataVsphereComputeCluster, LightDataVsphereHost, LightDataVsphereStoragePolicy, LightDrsVmOverride, LightHaVmOverride, LightVirtualMachine,
} from './light-resources';
import { Shared, VsphereLookups, VsphereRenderContext } from './lookups';
import { TerraformElement } from '../../core';
import { NetworkNode, NicNode, VmNode, wantsSecureBoot } from '../../model/design';
import { Firmware } from '../../model/firmware';
import { GuestInitKind } from '../../model/guest-init';
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
  /** The network ID of a network of the design. */
  networkIdOf(network: NetworkNode): string;
}

/** A VM as rendered: its main resource, and every resource and data source it uses, by role. */
export interface RenderedVm {
  readonly virtualMachine: LightVirtualMachine;
  /** By role; the checkpoint hook adds the VM's snapshot. */
  readonly resources: { [role: string]: TerraformElement };
  /** The VM's ID, as its overrides and rules refer to it: one token, made when first asked for. */
  idOf(): string;
}

/**
 * Renders a VM: a clone of its template on the target's datastore, in its cluster's root resource
 * pool, on its host or in the target's cluster, with its HA and DRS overrides in its cluster.
 *
 * Attributes, as Terraform expressions of the `vsphere_virtual_machine`: `id`; `primaryIpv4` and
 * `ipAddresses` (VMware Tools' `default_ip_address` and `guest_ip_addresses`: the provider waits
 * for the guest's network, `wait_for_guest_net_timeout`, by default); `macAddresses`, one per NIC;
 * `hostName`, the host the VM runs on, or its `host_system_id` where DRS places it.
 */
export function renderVm(ctx: VsphereRenderContext, lookups: VsphereLookups, vm: VmNode, disks: DataDisk[], around: VmSurroundings): RenderedVm {
  const memoryMib = checkVmSize(vm, ctx.version);
  requireDatastore(vm, ctx.datastore);
  const placement = place(ctx, lookups, vm, around.cluster);
  const template = lookups.template(vm.image.name);
  const datastore = lookups.datastore();
  const shielding = shieldingOf(ctx, lookups, vm);
  const storagePolicyId = shielding.policy?.id;
  const os = osDisk(vm, template.firstDisk, storagePolicyId);
  checkVsphereDiskSlots(vm, ctx.version);
  const dataDisks = disks.map((disk) => disk(storagePolicyId));

  const resource = new LightVirtualMachine(vm.scope, 'VirtualMachine', {
    provider: ctx.provider,
    name: tfText(vm.scope, 'VM name', vm.name),
    resourcePoolId: placement.resourcePoolId,
    hostSystemId: placement.host?.id,
    datastoreId: datastore.id,
    guestId: vsphereGuestId(vm.guestOs),
    firmware: vm.firmware === Firmware.UEFI ? 'efi' : 'bios',
    numCpus: vm.cpus,
    numCoresPerSocket: vm.coresPerSocket,
    memory: memoryMib,
    memoryReservation: vm.memoryReservation ? wholeUnits(vm.scope, 'The memory reservation', vm.memoryReservation, 'MiB') : undefined,
    cpuHotAddEnabled: vm.cpuHotAdd || undefined,
    memoryHotAddEnabled: vm.memoryHotAdd || undefined,
    nestedHvEnabled: vm.nestedVirtualization || shielding.vbs || undefined,
    efiSecureBootEnabled: wantsSecureBoot(vm) || undefined,
    vtpm: shielding.vtpm,
    vbsEnabled: shielding.vbs || undefined,
    vvtdEnabled: shielding.vbs || undefined,
    storagePolicyId,
    annotation: tfText(vm.scope, 'shielding annotation', shielding.annotation),
    pciDeviceId: vm.pciDevices.length > 0 ? vm.pciDevices : undefined,
    scsiType: 'pvscsi',
    scsiControllerCount: vsphereControllerCount(vm),
    disk: [os, ...dataDisks],
    networkInterface: vm.nics.map((nic) => networkInterface(vm, nic, around)),
    clone: {
      templateUuid: template.id,
      customize: vm.guestInit?.kind === GuestInitKind.HOSTNAME ? customize(vm) : undefined,
    },
    // diagnostic logging is off unless asked for (SCG vm-8.enable-logging)
    enableLogging: true,
    extraConfig: {
      // boot from the virtual disk only (SCG vm-8.boot-device-classes)
      'bios.bootDeviceClasses': 'allow:hd',
      ...(vm.guestInit?.kind === GuestInitKind.CLOUD_INIT ? guestinfo(vm) : {}),
    },
  });
  ctx.nameAfter(resource, vm.scope);
  applyOverrides(vm.scope, resource, Vendor.VSPHERE, vm.overrides);
  let id: string | undefined;
  const idOf = () => (id ??= resource.id);
  const overrides = clusterOverrides(ctx, vm, idOf, around.cluster);
  const resources: { [role: string]: TerraformElement } = {
    virtualMachine: resource, ...overrides, template: template.element, datastore: datastore.element,
  };
  if (placement.host !== undefined) resources.host = placement.host.element;
  if (placement.targetCluster !== undefined) resources.cluster = placement.targetCluster.element;
  if (shielding.policy !== undefined) resources.encryptionPolicy = shielding.policy.element;
  return { virtualMachine: resource, idOf, resources };
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

/** Where a VM runs: its cluster's resource pool (on its host, if it names one), its host's, or the target cluster's. */
function place(ctx: VsphereRenderContext, lookups: VsphereLookups, vm: VmNode, cluster: ClusterRef | undefined): {
  resourcePoolId: string;
  host?: Shared<LightDataVsphereHost, { id: string; resourcePoolId: string }>;
  targetCluster?: Shared<LightDataVsphereComputeCluster, { resourcePoolId: string }>;
} {
  checkPciHost(vm);
  const host = vm.host === undefined ? undefined : lookups.host(vm.host);
  if (cluster !== undefined) return { resourcePoolId: cluster.resourcePoolId, host };
  if (host !== undefined) return { resourcePoolId: host.resourcePoolId, host };
  if (ctx.cluster === undefined) throw nowhereToRun(vm);
  const targetCluster = lookups.cluster();
  return { resourcePoolId: targetCluster.resourcePoolId, targetCluster };
}

/** The settings a shielded VM adds. */
interface Shielding {
  readonly vtpm?: { version: string };
  readonly vbs?: boolean;
  /** The storage policy that encrypts the VM's home and disks. */
  readonly policy?: Shared<LightDataVsphereStoragePolicy, { id: string }>;
  readonly annotation?: string;
}

/** The settings a shielded VM adds; none for a plain VM. */
function shieldingOf(ctx: VsphereRenderContext, lookups: VsphereLookups, vm: VmNode): Shielding {
  const shielding = vm.shielding;
  if (shielding === undefined) return {};
  requireKeyProvider(vm, ctx.keyProvider);
  const encrypted = shielding.level !== ShieldingLevel.SECURE_BOOT_AND_TPM;
  const policy = encrypted ? lookups.encryptionPolicy() : undefined;
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
