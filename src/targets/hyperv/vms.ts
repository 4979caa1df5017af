import { elementOrEmpty, lazyAttributes, unavailable } from '../attributes';
import { checkShielding, checkVm, knownGuestInit, memoryBytes } from './checks';
import { HypervRenderContext } from './context';
import { HypervDataDisk, VmFolder, hardDiskDrives, renderOsDisk } from './disks';
import { bootOrder, checkDriveLayout, dvdDrives, recordIsoFiles } from './drives';
import { HypervImages } from './images';
import { LightIsoImage, LightMachineInstance, LightVhd } from './light-resources';
import { HypervSwitches } from './networks';
import { remoteScript, securityScript } from './powershell';
import { providerPath, providerText } from './provider-text';
import { ScriptResource } from './script-resource';
import { vmStorage } from './storage';
import { HypervFiles } from './vhd-files';
import { vmNotes, vmProcessor } from './vm-settings';
import { AssetType, Fn, TerraformAsset, TerraformElement } from '../../core';
import { NicNode, VmNode, wantsSecureBoot } from '../../model/design';
import { Firmware } from '../../model/firmware';
import { Image } from '../../model/image';
import { NicAdapter } from '../../model/network';
import { ShieldingLevel } from '../../model/shielding';
import { RenderedElement } from '../../model/target-contract';
import { Vendor } from '../../model/vendor';
import type { MachineInstanceNetworkAdaptors } from '../../providers/hyperv/machine-instance';
import { contentFile } from '../assets';
import { cloudInitDocuments } from '../cloud-init';
import { applyOverrides } from '../overrides';
import { storedZip } from '../zip';

/** A VM's folder and OS disk, rendered before its data disks. */
export interface VmStart {
  readonly folder: VmFolder;
  readonly osDisk: LightVhd;
}

/** What a VM is rendered with besides its disks. */
export interface VmSettings {
  /** The host the VM runs on. */
  readonly host: string;
  readonly switches: HypervSwitches;
  /** The checkpoint of a replica pair the VM is in, if the pair asks for one. */
  readonly checkpoint?: { readonly name: string; readonly location?: string };
  /** Whether Terraform reads the VM's IP addresses (it then waits for them). */
  readonly wantsAddresses: boolean;
}

/** A VM as rendered: its machine instance, every resource by role, its attributes. */
export interface HypervVmRendering extends RenderedElement {
  readonly main: LightMachineInstance;
  /** Open to the resources rendered for the VM later: its clustered role, its checkpoint. */
  readonly resources: { [role: string]: TerraformElement };
}

const machineIds = new WeakMap<LightMachineInstance, string>();

/** The ID of a VM's machine instance, as one reference: the VM's scripts run again when it changes. */
export function machineIdOf(machine: LightMachineInstance): string {
  let id = machineIds.get(machine);
  if (id === undefined) {
    id = machine.id;
    machineIds.set(machine, id);
  }
  return id;
}

/**
 * A VM's checks against its generation and host version, where it is kept, then its OS disk from
 * its image on this target (the design's, or the target's `imageSources` entry for it).
 */
export function startVm(ctx: HypervRenderContext, vm: VmNode, host: string, image: Image, images: HypervImages, files: HypervFiles): VmStart {
  const provider = ctx.providerFor(host);
  const generation = vm.firmware === Firmware.UEFI ? 2 : 1;
  checkVm(vm, generation, ctx.hostVersion);
  checkDriveLayout(vm, generation);
  const storage = vmStorage(ctx, vm);
  const folder: VmFolder = { vm, provider, path: `${storage.home}\\${vm.name}`, generation, storage, files };
  recordIsoFiles(files, ctx.isoDirectory, vm);
  return { folder, osDisk: renderOsDisk(ctx, folder, image, () => images.parentOf(vm, image, host)) };
}

/**
 * A VM: its cloud-init ISO, the `hyperv_machine_instance` with its drives and adapters, and the
 * PowerShell that sets the security of a shielded VM. The resources are recorded by role:
 * `machineInstance`, `osDisk`, `dataDisk:<name>`, `cloudInitIso`, `security`.
 */
export function renderVm(
  ctx: HypervRenderContext, start: VmStart, disks: readonly HypervDataDisk[], settings: VmSettings,
): HypervVmRendering {
  const { folder, osDisk } = start;
  const { vm, provider, generation } = folder;
  const resources: { [role: string]: TerraformElement } = {};
  const drives = hardDiskDrives(folder, osDisk, disks);
  const iso = renderCloudInit(ctx, folder);
  const memory = memoryBytes(vm, 'The memory', vm.memory);
  const home = folder.storage.named ? providerPath(vm.scope, 'storageLocations', folder.storage.home) : undefined;
  const machine = new LightMachineInstance(vm.scope, 'MachineInstance', {
    provider,
    name: providerText(vm.scope, 'VM name', vm.name),
    path: home ?? providerPath(vm.scope, 'vmDirectory', ctx.vmDirectory),
    notes: vmNotes(vm),
    generation,
    processorCount: vm.cpus,
    // the provider wants exactly one of the two set
    staticMemory: vm.dynamicMemory === undefined ? true : undefined,
    dynamicMemory: vm.dynamicMemory !== undefined ? true : undefined,
    memoryStartupBytes: memory,
    memoryMinimumBytes: vm.dynamicMemory ? memoryBytes(vm, 'The dynamic memory minimum', vm.dynamicMemory.minimum) : undefined,
    memoryMaximumBytes: vm.dynamicMemory ? memoryBytes(vm, 'The dynamic memory maximum', vm.dynamicMemory.maximum) : undefined,
    automaticStartAction: vm.autostart === undefined ? undefined : vm.autostart ? 'Start' : 'Nothing',
    state: 'Running',
    // a replica pair's checkpoints are production checkpoints (application-consistent)
    checkpointType: settings.checkpoint !== undefined ? 'Production' : undefined,
    // a VM on a named storage keeps its checkpoints and smart paging file there too
    snapshotFileLocation: providerPath(vm.scope, 'checkpoint.location', settings.checkpoint?.location) ?? home,
    smartPagingFilePath: home,
    vmProcessor: vmProcessor(vm),
    vmFirmware: generation === 2 ? {
      enableSecureBoot: wantsSecureBoot(vm) ? 'On' : 'Off',
      secureBootTemplate: wantsSecureBoot(vm) ? secureBootTemplate(vm) : undefined,
      bootOrder: bootOrder(vm),
    } : undefined,
    hardDiskDrives: drives,
    dvdDrives: dvdDrives(vm.scope, ctx.isoDirectory, vm, generation, iso?.destinationIsoFilePath),
    networkAdaptors: vm.nics.map((nic, i) => adaptor(settings, nic, i)),
  });
  ctx.nameAfter(machine, vm.scope);
  applyOverrides(vm.scope, machine, Vendor.HYPERV, vm.overrides);
  resources.machineInstance = machine;
  resources.osDisk = osDisk;
  for (const disk of disks) resources[`dataDisk:${disk.name}`] = disk.vhd;
  if (iso !== undefined) resources.cloudInitIso = iso;
  if (vm.shielding !== undefined) resources.security = renderSecurity(ctx, vm, settings.host, machine);
  return { main: machine, resources, attributes: vmAttributes(machine, vm, settings.host) };
}

/**
 * The attributes of a VM, as expressions of its machine instance. The provider reports the
 * addresses each adaptor has (`wait_for_ips` makes it wait for them when they are used) and the
 * MAC address only of an adaptor with a static one.
 */
function vmAttributes(machine: LightMachineInstance, vm: VmNode, host: string): { readonly [name: string]: any } {
  const addresses = () => vm.nics.map((_, i) => machine.networkAdaptorIpAddresses(i));
  return lazyAttributes({
    id: () => machineIdOf(machine),
    primaryIpv4: () => (vm.nics.length > 0 ? elementOrEmpty(machine.networkAdaptorIpAddresses(0), 0) : undefined),
    ipAddresses: () => (vm.nics.length <= 1 ? addresses()[0] ?? [] : Fn.concat(addresses())),
    macAddresses: () => vm.nics.map((nic, i) => (nic.macAddress !== undefined
      ? machine.networkAdaptorStaticMacAddress(i)
      : unavailable(vm.scope,
        `NIC ${i + 1} gets a dynamic MAC address from Hyper-V, and the hyperv provider reports none.`,
        'give the NIC a static macAddress (Nic.on(network, { macAddress: "00:15:5d:..." })) to read it'))),
    hostName: () => host,
  });
}

/** The cloud-init data of a VM on an ISO, built at synth and copied to the VM's folder. */
function renderCloudInit(ctx: HypervRenderContext, folder: VmFolder): LightIsoImage | undefined {
  const { vm } = folder;
  const docs = cloudInitDocuments(knownGuestInit(vm));
  if (docs === undefined) return undefined;
  const files = [
    { name: 'meta-data', content: docs.metaData },
    { name: 'user-data', content: docs.userData },
    ...(docs.networkConfig !== undefined ? [{ name: 'network-config', content: docs.networkConfig }] : []),
  ];
  const asset = new TerraformAsset(vm.scope, 'CloudInitData', {
    path: contentFile(vm.scope, 'cidata.zip', storedZip(files)),
    type: AssetType.FILE,
  });
  // the provider keeps its record of the ISO beside it, in `<iso>.json`
  for (const [name, what] of [['cidata.iso', 'the cloud-init ISO'], ['cidata.iso.json', 'the record of the cloud-init ISO']]) {
    folder.files.add({ id: `vm:${vm.name}:${name}`, folder: folder.path, name, what: `${what} of VM ${vm.name}`, scope: vm.scope, deletable: false });
  }
  const iso = new LightIsoImage(vm.scope, 'CloudInitIso', {
    provider: folder.provider,
    volumeName: 'CIDATA',
    sourceZipFilePath: asset.path,
    sourceZipFilePathHash: asset.assetHash,
    destinationIsoFilePath: providerPath(vm.scope, 'vmDirectory', `${folder.path}\\cidata.iso`),
    isoMediaType: 'cdrom',
    isoFileSystemType: 'iso9660|joliet',
  });
  ctx.nameAfter(iso, vm.scope, 'cidata');
  return iso;
}

function adaptor(settings: VmSettings, nic: NicNode, index: number): MachineInstanceNetworkAdaptors {
  const vlan = nic.network.vlanId;
  return {
    name: `nic${index + 1}`,
    switchName: settings.switches.nameOn(nic.network, settings.host),
    isLegacy: nic.adapter === NicAdapter.EMULATED || undefined,
    dynamicMacAddress: nic.macAddress === undefined,
    staticMacAddress: nic.macAddress === undefined ? undefined : nic.macAddress.replace(/:/g, '').toUpperCase(),
    vlanAccess: vlan !== undefined || undefined,
    vlanId: vlan,
    iovWeight: nic.sriov ? 100 : undefined,
    // a VM may not answer DHCP or advertise routes to its neighbours (a VM that must: override)
    dhcpGuard: 'On',
    routerGuard: 'On',
    waitForIps: settings.wantsAddresses || undefined,
  };
}

/** The Secure Boot template that lets the guest boot. */
function secureBootTemplate(vm: VmNode): string {
  if (vm.guestOs.isWindows) return 'MicrosoftWindows';
  return vm.shielding?.level === ShieldingLevel.HOST_GUARDED ? 'OpenSourceShieldedVM' : 'MicrosoftUEFICertificateAuthority';
}

/**
 * The vTPM, key protector, encryption and shielding of a shielded VM: the provider has none of
 * them, so a `terraform_data` resource runs a PowerShell script on the VM's host once the VM
 * exists. The script checks before it changes, and leaves the VM running as the provider's
 * `state` expects.
 */
function renderSecurity(ctx: HypervRenderContext, vm: VmNode, host: string, machine: LightMachineInstance): ScriptResource {
  const shell = checkShielding(ctx.remoteShell, vm);
  const script = securityScript(vm.name, vm.shielding!.level, shell.guardian, vm.scope);
  const security = remoteScript({
    scope: vm.scope, id: 'Security', connection: shell.connectionFor(host), fileName: `${vm.name}-security`, script, triggers: { vm: machineIdOf(machine) },
  });
  ctx.nameAfter(security, vm.scope, 'security');
  return security;
}
