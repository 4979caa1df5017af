import { DataVsphereComputeCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import { DataVsphereDistributedVirtualSwitch } from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import { DataVsphereHost } from '@cdktf/provider-vsphere/lib/data-vsphere-host';
import { DataVsphereNetwork } from '@cdktf/provider-vsphere/lib/data-vsphere-network';
import { DataVsphereStoragePolicy } from '@cdktf/provider-vsphere/lib/data-vsphere-storage-policy';
import { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { HostPortGroup } from '@cdktf/provider-vsphere/lib/host-port-group';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import {
  VirtualMachine as VsphereVm,
  VirtualMachineCloneCustomize,
  VirtualMachineDisk,
  VirtualMachineNetworkInterface,
} from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Construct, IConstruct } from 'constructs';
import { vsphereGuestId } from './guest-ids';
import { Fn, TerraformElement, Token } from '../../core';
import { NetworkNode, VmNode } from '../../model/design';
import { DiskProvisioning } from '../../model/disk';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { GuestInitKind } from '../../model/guest-init';
import { NicAdapter } from '../../model/network';
import { ShieldingLevel } from '../../model/shielding';
import { Size } from '../../model/size';
import { parseCidr, wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';
import { cloudInitDocuments, guestHostname } from '../cloud-init';

/** What the renderer needs of its target. */
export interface VsphereRenderContext {
  readonly target: Construct;
  readonly provider: VsphereProvider;
  readonly datacenterId: string;
  readonly cluster?: string;
  readonly datastore?: string;
  readonly distributedSwitch?: string;
  readonly standardSwitch?: { readonly name: string; readonly hosts: string[] };
  readonly images: { readonly [image: string]: string };
  /** The key provider of shielded VMs, as described on them. */
  readonly keyProvider?: string;
  readonly encryptionPolicy: string;
  /** Gives a rendered element its Terraform name. */
  nameAfter(element: TerraformElement, owner: IConstruct, suffix?: string): void;
}

/** vSphere needs EFI firmware for VMs with more memory than this (vSphere 8 configuration maximums). */
const BIOS_MEMORY_LIMIT = Size.tebibytes(6);

/** The MAC addresses vSphere accepts as manual (static) addresses. */
const VSPHERE_STATIC_MAC = /^00:50:56:[0-3][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}$/;

/**
 * Renders networks and VMs of a design into vmware/vsphere resources: port groups, and VMs
 * cloned from templates, with the data sources they need.
 */
export class VsphereRenderer {
  private readonly networkIds = new Map<NetworkNode, string>();
  private readonly lookups = new Map<string, TerraformElement>();

  constructor(private readonly ctx: VsphereRenderContext) {}

  public render(networks: readonly NetworkNode[], vms: readonly VmNode[]): void {
    for (const network of networks) this.networkIds.set(network, this.renderNetwork(network));
    for (const vm of vms) this.renderVm(vm);
  }

  private renderNetwork(network: NetworkNode): string {
    const { ctx } = this;
    if (network.existing) {
      const existing = new DataVsphereNetwork(network.scope, 'Network', {
        provider: ctx.provider,
        name: network.name,
        datacenterId: ctx.datacenterId,
      });
      ctx.nameAfter(existing, network.scope);
      return existing.id;
    }
    // isolated and NAT networks were refused by the capability check
    if (ctx.distributedSwitch !== undefined) {
      const dvs = this.lookup(`dvs:${ctx.distributedSwitch}`, () => new DataVsphereDistributedVirtualSwitch(ctx.target, 'DistributedSwitch', {
        provider: ctx.provider,
        name: ctx.distributedSwitch!,
        datacenterId: ctx.datacenterId,
      }), 'dvs') as DataVsphereDistributedVirtualSwitch;
      const group = new DistributedPortGroup(network.scope, 'PortGroup', {
        provider: ctx.provider,
        name: network.name,
        distributedVirtualSwitchUuid: dvs.id,
        vlanId: network.vlanId,
      });
      ctx.nameAfter(group, network.scope);
      return group.id;
    }
    if (ctx.standardSwitch !== undefined) {
      const groups = ctx.standardSwitch.hosts.map((hostName) => {
        const group = new HostPortGroup(network.scope, `PortGroup-${hostName}`, {
          provider: ctx.provider,
          name: network.name,
          hostSystemId: this.host(hostName).id,
          virtualSwitchName: ctx.standardSwitch!.name,
          vlanId: network.vlanId,
        });
        ctx.nameAfter(group, network.scope, hostName);
        return group;
      });
      // a host port group has no network ID of its own: look the network up once the groups exist
      const lookup = new DataVsphereNetwork(network.scope, 'Network', {
        provider: ctx.provider,
        name: network.name,
        datacenterId: ctx.datacenterId,
        dependsOn: groups,
      });
      ctx.nameAfter(lookup, network.scope);
      return lookup.id;
    }
    throw new DesignError(network.scope, {
      problem: 'A new vSphere network needs a switch to live on, and the target names none.',
      fix: 'set distributedSwitch (or standardSwitch) on the VsphereTarget, or use an existing network (existing: true)',
    });
  }

  private renderVm(vm: VmNode): void {
    const { ctx } = this;
    const memoryMib = wholeUnits(vm.scope, 'The memory', vm.memory, 'MiB');
    if (memoryMib % 4 !== 0) {
      throw new DesignError(vm.scope, {
        problem: 'vSphere sizes VM memory in multiples of 4 MiB.',
        value: String(vm.memory),
        allowed: 'a multiple of 4 MiB',
      });
    }
    if (vm.firmware === Firmware.BIOS && vm.memory.isLargerThan(BIOS_MEMORY_LIMIT)) {
      throw new DesignError(vm.scope, {
        problem: `A vSphere VM with more than ${BIOS_MEMORY_LIMIT} of memory must boot with EFI firmware (vSphere 8 configuration maximums).`,
        value: `firmware: BIOS, memory: ${vm.memory}`,
        fix: 'use Firmware.UEFI, or at most 6 TiB of memory',
      });
    }
    if (ctx.datastore === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'A vSphere VM needs a datastore for its files, and the target names none.',
        fix: 'set datastore on the VsphereTarget',
      });
    }
    const placement = this.placement(vm);
    const template = this.template(vm);
    const datastore = this.lookup(`datastore:${ctx.datastore}`, () => new DataVsphereDatastore(ctx.target, 'Datastore', {
      provider: ctx.provider,
      name: ctx.datastore!,
      datacenterId: ctx.datacenterId,
    }), 'datastore') as DataVsphereDatastore;

    const shielding = this.shielding(vm);
    const osDisk: VirtualMachineDisk = {
      label: 'os',
      unitNumber: 0,
      size: vm.osDiskSize !== undefined
        ? wholeUnits(vm.scope, 'The OS disk size', vm.osDiskSize, 'GiB')
        : template.disks.get(0).size,
      thinProvisioned: template.disks.get(0).thinProvisioned,
      eagerlyScrub: template.disks.get(0).eagerlyScrub,
      storagePolicyId: shielding.storagePolicyId,
    };
    const dataDisks: VirtualMachineDisk[] = vm.disks.map(({ name, disk }, i) => ({
      label: name,
      unitNumber: i + 1,
      size: wholeUnits(vm.scope, `The size of disk "${name}"`, disk.size, 'GiB'),
      thinProvisioned: disk.provisioning === DiskProvisioning.THIN,
      eagerlyScrub: disk.provisioning === DiskProvisioning.THICK_EAGER_ZEROED,
      storagePolicyId: shielding.storagePolicyId,
    }));

    const resource = new VsphereVm(vm.scope, 'VirtualMachine', {
      provider: ctx.provider,
      name: vm.name,
      resourcePoolId: placement.resourcePoolId,
      hostSystemId: placement.hostSystemId,
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
      efiSecureBootEnabled: shielding.secureBoot,
      vtpm: shielding.vtpm,
      vbsEnabled: shielding.vbs || undefined,
      vvtdEnabled: shielding.vbs || undefined,
      storagePolicyId: shielding.storagePolicyId,
      annotation: shielding.annotation,
      pciDeviceId: vm.pciDevices.length > 0 ? vm.pciDevices : undefined,
      scsiType: 'pvscsi',
      disk: [osDisk, ...dataDisks],
      networkInterface: vm.nics.map((nic) => this.nic(vm, nic)),
      clone: {
        templateUuid: template.id,
        customize: vm.guestInit?.kind === GuestInitKind.HOSTNAME ? this.customize(vm) : undefined,
      },
      extraConfig: vm.guestInit?.kind === GuestInitKind.CLOUD_INIT ? guestinfo(vm) : undefined,
    });
    ctx.nameAfter(resource, vm.scope);
    for (const o of vm.overrides) if (o.vendor === Vendor.VSPHERE) resource.addOverride(o.path, o.value);
  }

  /** The settings a shielded VM adds; none for a plain VM. */
  private shielding(vm: VmNode): {
    secureBoot?: boolean;
    vtpm?: { version: string };
    vbs?: boolean;
    storagePolicyId?: string;
    annotation?: string;
  } {
    const shielding = vm.shielding;
    if (shielding === undefined) return {};
    const { ctx } = this;
    if (ctx.keyProvider === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'A vTPM (and VM encryption) on vSphere takes its keys from a key provider configured in vCenter (Native Key Provider or a KMS), which Terraform can neither create nor check.',
        fix: 'name it on the VsphereTarget, keyProvider: VsphereKeyProvider.named("<name>"), or acknowledge vCenter\'s default, VsphereKeyProvider.vcenterDefault()',
      });
    }
    const encrypted = shielding.level !== ShieldingLevel.SECURE_BOOT_AND_TPM;
    let storagePolicyId: string | undefined;
    if (encrypted) {
      storagePolicyId = (this.lookup(`policy:${ctx.encryptionPolicy}`, () => new DataVsphereStoragePolicy(ctx.target, 'EncryptionPolicy', {
        provider: ctx.provider,
        name: ctx.encryptionPolicy,
      }), 'encryption_policy') as DataVsphereStoragePolicy).id;
    }
    const parts = ['Secure Boot', 'vTPM 2.0', ...(encrypted ? [`encryption (${ctx.encryptionPolicy})`] : []), ...(shielding.virtualizationBasedSecurity ? ['VBS'] : [])];
    return {
      secureBoot: true,
      vtpm: { version: '2.0' },
      vbs: shielding.virtualizationBasedSecurity,
      storagePolicyId,
      annotation: `Shielded VM: ${parts.join(', ')}; keys from ${ctx.keyProvider}`,
    };
  }

  private placement(vm: VmNode): { resourcePoolId: string; hostSystemId?: string } {
    if (vm.host !== undefined) {
      const host = this.host(vm.host);
      return { resourcePoolId: host.resourcePoolId, hostSystemId: host.id };
    }
    if (vm.pciDevices.length > 0) {
      throw new DesignError(vm.scope, {
        problem: 'PCI passthrough on vSphere pins the VM to the host that has the devices, and the VM names no host.',
        value: JSON.stringify(vm.pciDevices),
        fix: 'set host to the ESXi host whose PCI devices the VM gets',
      });
    }
    if (this.ctx.cluster === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'A vSphere VM needs a cluster or a host to run on, and neither the VM nor the target names one.',
        fix: 'set cluster on the VsphereTarget, or host on the VM',
      });
    }
    const cluster = this.lookup(`cluster:${this.ctx.cluster}`, () => new DataVsphereComputeCluster(this.ctx.target, 'Cluster', {
      provider: this.ctx.provider,
      name: this.ctx.cluster!,
      datacenterId: this.ctx.datacenterId,
    }), 'cluster') as DataVsphereComputeCluster;
    return { resourcePoolId: cluster.resourcePoolId };
  }

  private template(vm: VmNode): DataVsphereVirtualMachine {
    const name = this.ctx.images[vm.image.name] ?? vm.image.name;
    return this.lookup(`template:${name}`, () => new DataVsphereVirtualMachine(this.ctx.target, `Template-${vm.image.name}`, {
      provider: this.ctx.provider,
      name,
      datacenterId: this.ctx.datacenterId,
    }), `template_${vm.image.name}`) as DataVsphereVirtualMachine;
  }

  private host(name: string): DataVsphereHost {
    return this.lookup(`host:${name}`, () => new DataVsphereHost(this.ctx.target, `Host-${name}`, {
      provider: this.ctx.provider,
      name,
      datacenterId: this.ctx.datacenterId,
    }), `host_${name}`) as DataVsphereHost;
  }

  private nic(vm: VmNode, nic: VmNode['nics'][number]): VirtualMachineNetworkInterface {
    if (nic.macAddress !== undefined && !VSPHERE_STATIC_MAC.test(nic.macAddress)) {
      throw new DesignError(vm.scope, {
        problem: 'vSphere accepts static MAC addresses only from its range for manual addresses.',
        value: nic.macAddress,
        allowed: '00:50:56:00:00:00 to 00:50:56:3f:ff:ff',
        fix: 'pick an address in that range, or let vSphere assign one',
      });
    }
    if (nic.sriov !== undefined && nic.sriov.physicalFunction === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'An SR-IOV NIC on vSphere needs the PCI address of the physical function it takes a virtual function from.',
        fix: 'set sriov.physicalFunction, e.g. "0000:3b:00.0"',
      });
    }
    if (nic.sriov !== undefined && vm.host === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'An SR-IOV NIC on vSphere uses a physical function of one host, and the VM names no host.',
        fix: 'set host to the ESXi host whose SR-IOV adapter the VM uses',
      });
    }
    const adapterType = nic.sriov !== undefined ? 'sriov' : nic.adapter === NicAdapter.EMULATED ? 'e1000e' : 'vmxnet3';
    return {
      networkId: this.networkIds.get(nic.network)!,
      adapterType,
      useStaticMac: nic.macAddress !== undefined ? true : undefined,
      macAddress: nic.macAddress,
      physicalFunction: nic.sriov?.physicalFunction,
    };
  }

  private customize(vm: VmNode): VirtualMachineCloneCustomize {
    const init = vm.guestInit!;
    const ipv4 = init.ipv4;
    const hostname = guestHostname(vm);
    const address = ipv4 ? parseCidr(vm.scope, 'The static IPv4 address', ipv4.address) : undefined;
    return {
      linuxOptions: vm.guestOs.isWindows ? undefined : { hostName: hostname, domain: ipv4?.domain ?? 'localdomain' },
      windowsOptions: vm.guestOs.isWindows ? { computerName: hostname, workgroup: 'WORKGROUP' } : undefined,
      networkInterface: vm.nics.map((_, i) => (i === 0 && address ? { ipv4Address: address.address, ipv4Netmask: address.prefix } : {})),
      ipv4Gateway: ipv4?.gateway,
      dnsServerList: ipv4?.dnsServers,
      dnsSuffixList: ipv4?.domain ? [ipv4.domain] : undefined,
    };
  }

  /** A data source shared by the VMs and networks of the target, created on first use. */
  private lookup(key: string, create: () => TerraformElement, suffix: string): TerraformElement {
    let element = this.lookups.get(key);
    if (element === undefined) {
      element = create();
      this.ctx.nameAfter(element, this.ctx.target, suffix);
      this.lookups.set(key, element);
    }
    return element;
  }
}

/** cloud-init data for the VMware guestinfo datasource, base64 encoded. */
function guestinfo(vm: VmNode): { [key: string]: string } {
  const docs = cloudInitDocuments(vm)!;
  const meta: Record<string, string> = JSON.parse(docs.metaData);
  if (docs.networkConfig !== undefined) {
    meta.network = base64(docs.networkConfig);
    meta['network.encoding'] = 'base64';
  }
  return {
    'guestinfo.metadata': base64(JSON.stringify(meta)),
    'guestinfo.metadata.encoding': 'base64',
    'guestinfo.userdata': base64(docs.userData),
    'guestinfo.userdata.encoding': 'base64',
  };
}

function base64(text: string): string {
  return Token.isUnresolved(text) ? Fn.base64encode(text) : Buffer.from(text, 'utf8').toString('base64');
}
