import { ProxmoxRenderContext } from './context';
import { bootOrderOf, cdromOf, cpuLimit, cpuUnits, descriptionOf, machineOf, tagsOf } from './everyday';
import { OsDiskSource } from './images';
import { LightVm, ProxmoxNic } from './light-resources';
import { VmSnippets } from './snippets';
import { Fn, TerraformResource, Token, forExpression } from '../../core';
import { VmNode, isEncrypted, wantsSecureBoot } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { GuestOsFamily } from '../../model/guest-os';
import { Image } from '../../model/image';
import { RenderedElement } from '../../model/target-contract';
import { wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';
import type { VirtualEnvironmentVmDisk, VirtualEnvironmentVmInitialization } from '../../providers/proxmox/virtual-environment-vm';
import { elementOrEmpty, lazyAttributes } from '../attributes';
import { tfText } from '../escaping';
import { applyOverrides } from '../overrides';
import { VmAttributeName } from '../protocol';

/** What the library rendered for a VM before its resource, and where it runs. */
export interface VmParts {
  readonly node: string;
  readonly image: Image;
  readonly source: OsDiskSource;
  /** The VM's data disks, in slot order. */
  readonly dataDisks: readonly VirtualEnvironmentVmDisk[];
  readonly nics: readonly ProxmoxNic[];
  readonly snippets?: VmSnippets;
  /** Resources the VM must wait for (the SDN applier). */
  readonly dependsOn: readonly TerraformResource[];
  /** Whether the VM's addresses are read (through the guest agent). */
  readonly wantsAddresses: boolean;
  /** The VM's pool ID, as a reference to the pool. */
  readonly poolId?: string;
}

/** The datastore of a VM's OS disk, EFI and TPM state: the encrypted one for an encrypted VM. */
export function vmDatastore(ctx: ProxmoxRenderContext, vm: VmNode): string {
  if (ctx.replicatedVms?.has(vm)) return ctx.replication.datastore!;
  if (isEncrypted(vm)) return ctx.datastores.encrypted!;
  return vm.storage?.name ?? ctx.datastores.disks;
}

/** The datastore of EFI variables and TPM state. */
function stateDatastore(ctx: ProxmoxRenderContext, vm: VmNode): string {
  if (ctx.replicatedVms?.has(vm)) return ctx.replication.datastore!;
  return isEncrypted(vm) ? ctx.datastores.encrypted! : ctx.datastores.state;
}

/** A VM's OS disk: `scsi0`, cloned, imported or empty. */
function osDisk(ctx: ProxmoxRenderContext, vm: VmNode, parts: VmParts): VirtualEnvironmentVmDisk | undefined {
  const size = vm.osDiskSize ?? parts.image.size;
  // a clone keeps the template's disk unless a size is given: the provider's default size (8 GB) would shrink it
  if (parts.source.clone !== undefined && size === undefined) return undefined;
  if (size === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'Proxmox VE sizes an imported OS disk as the VM says, and the VM gives no osDiskSize nor its image a size; the provider would make it 8 GB.',
      value: JSON.stringify(parts.image.name),
      fix: 'give the VM an osDiskSize, or the image its size: Image.fromUrl(url, { size: Size.gibibytes(20) })',
    });
  }
  return {
    interface: 'scsi0',
    datastoreId: vmDatastore(ctx, vm),
    size: wholeUnits(vm.scope, 'The OS disk size', size, 'GiB'),
    importFromAttribute: parts.source.importFrom,
    iothread: true,
    discard: 'on',
  };
}

/** The Proxmox VE OS type of a guest. */
function osType(vm: VmNode): string {
  if (vm.guestOs.family === GuestOsFamily.LINUX) return 'l26';
  if (vm.guestOs.family === GuestOsFamily.WINDOWS) return vm.guestOs.key === 'windows-server-2019' ? 'win10' : 'win11';
  return 'other';
}

/** The VM's `initialization`: its snippets, and an address (or DHCP) per NIC. */
function initialization(ctx: ProxmoxRenderContext, vm: VmNode, snippets: VmSnippets): VirtualEnvironmentVmInitialization {
  const init = vm.guestInit!;
  const addressOf = (i: number) => vm.nics[i].ipv4 ?? (i === 0 ? init.ipv4 : undefined);
  const first = vm.nics.length > 0 ? addressOf(0) : init.ipv4;
  return {
    datastoreId: stateDatastore(ctx, vm),
    interface: 'ide2',
    type: vm.guestOs.isWindows ? 'configdrive2' : 'nocloud',
    userDataFileId: snippets.userData,
    metaDataFileId: snippets.metaData,
    networkDataFileId: snippets.networkData,
    ipConfig: snippets.networkData !== undefined ? undefined : vm.nics.map((_, i) => {
      const ipv4 = addressOf(i);
      return { ipv4: { address: ipv4?.address ?? 'dhcp', gateway: ipv4?.gateway } };
    }),
    dns: first?.dnsServers === undefined && first?.domain === undefined ? undefined : {
      domain: tfText(vm.scope, 'DNS domain', first.domain),
      servers: first.dnsServers,
    },
  };
}

/** Renders a VM on its node. */
export function renderVm(ctx: ProxmoxRenderContext, vm: VmNode, parts: VmParts): RenderedElement {
  const memoryMib = wholeUnits(vm.scope, 'The memory', vm.memory, 'MiB');
  const uefi = vm.firmware === Firmware.UEFI;
  const cores = vm.coresPerSocket ?? vm.cpus;
  const os = osDisk(ctx, vm, parts);
  const protectedDisks = vm.disks.some((d) => !d.disk.allowDestroy);
  const resource = new LightVm(vm.scope, 'Resource', {
    provider: ctx.provider,
    dependsOn: parts.dependsOn.length > 0 ? [...parts.dependsOn] : undefined,
    lifecycle: {
      ...(protectedDisks ? { preventDestroy: true } : {}),
      // both matter only when the VM is created, and both force a new VM when they change: a rebuilt or
      // moved template, or a snippet uploaded anew (a changed placement or user data), must not destroy it
      ignoreChanges: [
        'clone',
        ...(parts.snippets ? ['initialization[0].user_data_file_id', 'initialization[0].meta_data_file_id', 'initialization[0].network_data_file_id'] : []),
      ],
    },
    name: tfText(vm.scope, 'VM name', vm.name),
    nodeName: parts.node,
    // a changed placement migrates the VM instead of re-creating it
    migrate: true,
    started: true,
    onBoot: vm.autostart,
    bios: uefi ? 'ovmf' : 'seabios',
    machine: machineOf(vm),
    description: descriptionOf(vm),
    tags: tagsOf(vm),
    poolId: parts.poolId,
    cdrom: cdromOf(ctx, vm),
    bootOrder: bootOrderOf(vm),
    // memory is hot-added as DIMMs on a NUMA VM; the rest is Proxmox VE's default
    hotplug: vm.memoryHotAdd ? 'network,disk,usb,memory' : undefined,
    hostpci: vm.pciDevices.length === 0 ? undefined : vm.pciDevices.map((id, i) => ({ device: `hostpci${i}`, id, pcie: true, rombar: true })),
    amdSev: vm.shielding?.memoryEncryption ? { type: 'std' } : undefined,
    scsiHardware: 'virtio-scsi-single',
    operatingSystem: { type: osType(vm) },
    agent: parts.wantsAddresses ? { enabled: true, waitForIp: { ipv4: true } } : undefined,
    clone: parts.source.clone && {
      vmId: parts.source.clone.vmId, nodeName: parts.source.clone.nodeName, full: true, datastoreId: vmDatastore(ctx, vm),
    },
    cpu: {
      sockets: vm.cpus / cores,
      cores,
      // the host's CPU for nested virtualization and VBS; else a model every node since 2010 runs
      type: vm.nestedVirtualization || vm.shielding?.virtualizationBasedSecurity ? 'host' : 'x86-64-v2-AES',
      numa: vm.memoryHotAdd ? true : undefined,
      units: cpuUnits(vm),
      limit: cpuLimit(vm),
    },
    memory: {
      // with dynamic memory the VM starts at its maximum, which the design's memory is (checked)
      dedicated: memoryMib,
      floating: vm.dynamicMemory ? wholeUnits(vm.scope, 'The dynamic memory minimum', vm.dynamicMemory.minimum, 'MiB') : undefined,
    },
    disk: [...(os ? [os] : []), ...parts.dataDisks],
    efiDisk: uefi ? { datastoreId: stateDatastore(ctx, vm), fileFormat: 'raw', type: '4m', preEnrolledKeys: wantsSecureBoot(vm) } : undefined,
    tpmState: vm.shielding !== undefined ? { datastoreId: stateDatastore(ctx, vm), version: 'v2.0' } : undefined,
    initialization: parts.snippets && initialization(ctx, vm, parts.snippets),
    nics: parts.nics,
  });
  ctx.nameAfter(resource, vm.scope);
  applyOverrides(vm.scope, resource, Vendor.PROXMOX, vm.overrides);
  return {
    main: resource,
    resources: { vm: resource, ...parts.snippets?.resources },
    attributes: vmAttributes(vm, resource),
  };
}

/**
 * The attributes of a rendered VM: its ID in the cluster, the node it runs on, and the addresses
 * and MAC addresses the provider reads (addresses through the guest agent, which the VM's image must run).
 */
function vmAttributes(vm: VmNode, resource: LightVm): RenderedElement['attributes'] {
  const all = () => Fn.flatten(resource.getListAttribute('ipv4_addresses'));
  const attributes: { [name in VmAttributeName]?: () => unknown } = {
    id: () => resource.id,
    hostName: () => resource.getStringAttribute('node_name'),
    primaryIpv4: () => elementOrEmpty(forExpression(all(), 'val if !startswith(val, "127.")'), 0),
    ipAddresses: () => Token.asList(forExpression(
      Fn.flatten([resource.getListAttribute('ipv4_addresses'), resource.getListAttribute('ipv6_addresses')]),
      'val if !startswith(val, "127.") && val != "::1"',
    )),
    macAddresses: () => vm.nics.map((_, i) => elementOrEmpty(resource.getListAttribute('mac_addresses'), i)),
  };
  return lazyAttributes(attributes);
}

