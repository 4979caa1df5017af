import { readAddresses, vmAttributes } from './addresses';
import { LibvirtRenderContext } from './context';
import { applyBootOrder, driveDevices } from './devices';
import { AttachedVolume, LibvirtStorage } from './disks';
import { LightDomain } from './light-resources';
import { LibvirtNetworks } from './networks';
import { cpuTune, machineType, memoryTune, metadata } from './tuning';
import { VmNode, wantsSecureBoot } from '../../model/design';
import { Firmware } from '../../model/firmware';
import { RenderedElement } from '../../model/target-contract';
import { wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';
import type {
  DomainDevicesDisks, DomainDevicesHostdevs, DomainDevicesInterfaces, DomainLaunchSecurity, DomainOs,
} from '../../providers/libvirt/domain';
import { cloudInitDocuments } from '../cloud-init';
import { tfText } from '../escaping';
import { applyOverrides } from '../overrides';

/** Where a VM runs and what the library rendered for it before its domain. */
export interface VmParts {
  readonly host: string;
  readonly storage: LibvirtStorage;
  readonly networks: LibvirtNetworks;
  /** The volumes of the VM's data disks, in slot order. */
  readonly dataVolumes: readonly AttachedVolume[];
  /** Whether the VM's addresses are read (see `Design.wantsAddresses`). */
  readonly wantsAddresses: boolean;
}

/**
 * Renders a VM on its host: its OS volume and cloud-init seed beside the data volumes, and a q35
 * domain with virtio devices; with a data source that reads its addresses where they are used.
 */
export function renderVm(ctx: LibvirtRenderContext, vm: VmNode, parts: VmParts): RenderedElement {
  const { host, storage, dataVolumes } = parts;
  const os = storage.osVolume(vm, host);
  const docs = cloudInitDocuments(vm);
  const seed = docs && storage.cloudInit(vm, host, docs);
  const volumes = [os, ...dataVolumes].map((v) => v.device);
  const domain = renderDomain(ctx, vm, host, applyBootOrder(vm, {
    disks: [...volumes, ...driveDevices(ctx, vm), ...(seed ? [seed.device] : [])],
    interfaces: vm.nics.map((nic) => parts.networks.interface(nic, host)),
    firstDrive: volumes.length,
  }));
  const addresses = parts.wantsAddresses ? readAddresses(ctx, vm, host, domain) : undefined;
  return {
    main: domain,
    resources: {
      domain,
      osVolume: os.volume,
      ...Object.fromEntries(vm.disks.map((disk, i) => [dataVolumeRole(disk.name), dataVolumes[i].volume])),
      ...(seed && { cloudInitDisk: seed.disk, cloudInitVolume: seed.volume }),
      ...(addresses && { addresses }),
    },
    attributes: vmAttributes(vm, host, domain, addresses),
  };
}

/** The role of a data disk's volume among a VM's resources. */
export function dataVolumeRole(disk: string): string {
  return `dataVolume-${disk}`;
}

/** The `libvirt_domain` of a VM, with its overrides applied. */
function renderDomain(
  ctx: LibvirtRenderContext,
  vm: VmNode,
  host: string,
  devices: { readonly disks: DomainDevicesDisks[]; readonly interfaces: DomainDevicesInterfaces[]; readonly bootDevices: DomainOs['bootDevices'] },
): LightDomain {
  const memoryMib = wholeUnits(vm.scope, 'The memory', vm.memory, 'MiB');
  const maximumMib = vm.dynamicMemory ? wholeUnits(vm.scope, 'The dynamic memory maximum', vm.dynamicMemory.maximum, 'MiB') : memoryMib;
  const shielded = vm.shielding !== undefined;
  const secureBoot = wantsSecureBoot(vm);
  const domain = new LightDomain(vm.scope, 'Domain', {
    provider: ctx.providerFor(host),
    name: tfText(vm.scope, 'VM name', vm.name),
    description: tfText(vm.scope, 'notes', vm.notes),
    metadata: metadata(vm),
    type: 'kvm',
    vcpu: vm.cpus,
    memory: maximumMib,
    memoryUnit: 'MiB',
    currentMemory: vm.dynamicMemory ? memoryMib : undefined,
    currentMemoryUnit: vm.dynamicMemory ? 'MiB' : undefined,
    memoryBacking: vm.memoryReservation ? { memoryLocked: true } : undefined,
    memoryTune: memoryTune(vm),
    cpuTune: cpuTune(vm),
    cpu: {
      mode: vm.nestedVirtualization ? 'host-passthrough' : 'host-model',
      migratable: vm.cluster?.migration?.cpuCompatibility || undefined,
      topology: vm.coresPerSocket !== undefined
        ? { sockets: vm.cpus / vm.coresPerSocket, cores: vm.coresPerSocket, threads: 1 }
        : undefined,
    },
    os: {
      type: 'hvm',
      typeArch: 'x86_64',
      typeMachine: machineType(vm),
      firmware: vm.firmware === Firmware.UEFI ? 'efi' : undefined,
      firmwareInfo: secureBoot
        ? { features: [{ name: 'secure-boot', enabled: 'yes' }, { name: 'enrolled-keys', enabled: 'yes' }] }
        : undefined,
      loaderSecure: secureBoot ? 'yes' : undefined,
      bootDevices: devices.bootDevices,
    },
    // Secure Boot firmware protects its variables in system management mode
    features: { acpi: true, apic: {}, smm: secureBoot ? { state: 'on' } : undefined },
    launchSecurity: vm.shielding?.memoryEncryption ? sev(ctx) : undefined,
    devices: {
      disks: devices.disks,
      interfaces: devices.interfaces,
      hostdevs: vm.pciDevices.length > 0 ? vm.pciDevices.map(pciHostdev) : undefined,
      tpms: shielded ? [{
        model: 'tpm-crb',
        backend: {
          emulator: {
            version: '2.0',
            persistentState: 'yes',
            encryption: ctx.encryption?.tpmSecret ? { secret: ctx.encryption.tpmSecret } : undefined,
          },
        },
      }] : undefined,
    },
    // in a cluster a VM comes back with its host and after a crash, unless the design says otherwise
    autostart: vm.autostart ?? (vm.cluster !== undefined ? true : undefined),
    onCrash: vm.cluster !== undefined ? 'restart' : undefined,
    running: true,
  });
  ctx.nameAfter(domain, vm.scope);
  applyOverrides(vm.scope, domain, Vendor.LIBVIRT, vm.overrides);
  return domain;
}

/** AMD SEV with the hosts' parameters (checked in the check phase), without attestation. */
function sev(ctx: LibvirtRenderContext): DomainLaunchSecurity {
  const { cbitPosition, reducedPhysBits, policy } = ctx.sev!;
  // the provider requires the certificate and session elements, which stay empty
  return { sev: { cbitPos: cbitPosition, reducedPhysBits, policy: policy ?? 0x0003, dhCert: '', session: '' } };
}

/** A managed PCI host device at `dddd:bb:ss.f`. */
function pciHostdev(address: string): DomainDevicesHostdevs {
  const [domain, bus, slotFunction] = address.split(':');
  const [slot, fn] = slotFunction.split('.');
  return {
    managed: true,
    subsysPci: {
      source: {
        address: {
          domain: parseInt(domain, 16),
          bus: parseInt(bus, 16),
          slot: parseInt(slot, 16),
          function: parseInt(fn, 16),
        },
      },
    },
  };
}
