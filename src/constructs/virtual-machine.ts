import { Construct } from 'constructs';
import { Token } from '../core';
import type { HaCluster } from './ha-cluster';
import { Nic } from './nic';
import { targetOf } from './placement-scope';
import { exposeDefaultChild, listAttribute, stringAttribute } from './rendered';
import {
  checkBootOrder, checkDrives, checkFolder, checkGateways, checkHardwareVersions, checkImage, checkNicAddresses, checkNotes, checkResourceControls,
  checkStaticIpv4, checkStorage, checkTags, checkWindowsHostname, checkWindowsInit,
} from './vm-everyday';
import { VmInputs } from './vm-inputs';
import { Feature } from '../model/capabilities';
import { DrsAutomation, RestartPriority } from '../model/cluster';
import { copyProps } from '../model/copy';
import { DiskNode, NicNode, VmNode, featuresOfVm } from '../model/design';
import { Disk, DiskBus } from '../model/disk';
import { BootDevice, Drive } from '../model/drive';
import { DesignError } from '../model/errors';
import { Firmware } from '../model/firmware';
import { GuestInit, GuestInitKind } from '../model/guest-init';
import { GuestOs } from '../model/guest-os';
import { HardwareVersion, ShareLevel } from '../model/hardware';
import { Image } from '../model/image';
import { NicAdapter } from '../model/network';
import { checkOverridePath } from '../model/overrides';
import { Size } from '../model/size';
import { Storage } from '../model/storage';
import { ADDRESSES, DesignRegistry, ITarget, MAC_ADDRESSES } from '../model/target-contract';
import { knownAtSynth } from '../model/tokens';
import { checkSecretsInGuestInit } from '../model/user-data-secrets';
import {
  checkInteger, checkIpv4, checkLabel, checkName, normalizeMac, normalizePciAddress, parseCidr, wholeUnits,
} from '../model/validate';
import { Vendor } from '../model/vendor';

/** No vendor attaches more disks to a VM (Hyper-V: 4 SCSI controllers of 64); each target checks its own limit. */
const MAX_DISK_SLOT = 255;

/** Memory that grows and shrinks with the guest's demand. */
export interface DynamicMemory {
  /** The least memory the VM keeps. */
  readonly minimum: Size;
  /** The most memory the VM can grow to. */
  readonly maximum: Size;
}

/**
 * What a VM is, whatever runs it: hardware, image, disks, NICs and guest. A `ReplicaPair` makes
 * two VMs from one spec.
 */
export interface VirtualMachineSpec {
  /** Number of virtual CPUs. */
  readonly cpus: number;

  /**
   * Cores per virtual socket; must divide `cpus`.
   *
   * @default - one core per socket (vSphere), the hypervisor's topology (Hyper-V), one socket of `cpus` cores (libvirt)
   */
  readonly coresPerSocket?: number;

  /** Memory of the VM (its startup memory with dynamic memory). */
  readonly memory: Size;

  /**
   * Firmware the VM boots with.
   *
   * @default Firmware.UEFI
   */
  readonly firmware?: Firmware;

  /**
   * The guest operating system.
   *
   * @default GuestOs.OTHER_LINUX
   */
  readonly guestOs?: GuestOs;

  /** The image the OS disk is made from. */
  readonly image: Image;

  /**
   * Size of the OS disk, when it should be larger than the image.
   *
   * @default - the image's size
   */
  readonly osDiskSize?: Size;

  /**
   * Data disks. Each disk is known by its name and seen by the guest at its slot, not by its
   * position in this list; a VM with more than one data disk names each one and gives it a slot.
   *
   * @default - none
   */
  readonly disks?: Disk[];

  /**
   * Network adapters, in order.
   *
   * @default - none
   */
  readonly nics?: Nic[];

  /**
   * How the guest is initialised on first boot.
   *
   * @default - not at all: the image boots as it is
   */
  readonly guestInit?: GuestInit;

  /**
   * Start the VM when its host starts (true), or never (false).
   *
   * @default - the hypervisor's default
   */
  readonly autostart?: boolean;

  /**
   * Expose hardware virtualization to the guest, so that it can run VMs itself.
   *
   * @default false
   */
  readonly nestedVirtualization?: boolean;

  /**
   * Let memory grow and shrink between a minimum and a maximum (`memory` is the startup amount).
   *
   * @default - static memory
   */
  readonly dynamicMemory?: DynamicMemory;

  /**
   * Memory reserved for the VM on its host.
   *
   * @default - no reservation
   */
  readonly memoryReservation?: Size;

  /**
   * Allow adding vCPUs while the VM runs.
   *
   * @default false
   */
  readonly cpuHotAdd?: boolean;

  /**
   * Allow adding memory while the VM runs.
   *
   * @default false
   */
  readonly memoryHotAdd?: boolean;

  /**
   * PCI devices of the host given to the VM, by host PCI address (`0000:3b:00.0`).
   *
   * @default - none
   */
  readonly pciDevices?: string[];

  /**
   * CD/DVD drives, in order.
   *
   * @default - none
   */
  readonly drives?: Drive[];

  /**
   * The devices the VM boots from, first first. Devices left out are not booted from where the
   * vendor can say so (vSphere, libvirt), and come after the listed ones on Hyper-V.
   *
   * @default - the vendor's default order
   */
  readonly bootOrder?: BootDevice[];

  /**
   * Where the VM's files and OS disk are kept (and its data disks, unless they say otherwise).
   *
   * @default - the target's storage (the vSphere datastore, the Hyper-V VM directory, the libvirt pool)
   */
  readonly storage?: Storage;

  /**
   * Name of the vSphere VM storage policy of the VM's home and OS disk (and its data disks,
   * unless they say otherwise).
   *
   * @default - the datastore's default policy
   */
  readonly storagePolicy?: string;

  /**
   * The inventory folder of the VM, as a path below the datacenter's VM folder (`estate/linux`).
   *
   * @default - the datacenter's VM folder
   */
  readonly folder?: string;

  /**
   * The resource pool the VM runs in, created in its cluster's root resource pool.
   *
   * @default - the cluster's root resource pool
   */
  readonly resourcePool?: string;

  /**
   * Tags, key to value: vSphere tags (the key is the tag category), recorded in the VM's notes on
   * Hyper-V and in its metadata on libvirt.
   *
   * @default - none
   */
  readonly tags?: { [key: string]: string };

  /**
   * Free-text notes (vSphere annotation, Hyper-V notes, libvirt description).
   *
   * @default - none
   */
  readonly notes?: string;

  /**
   * Virtual hardware versions, at most one per vendor; each target takes its vendor's.
   *
   * @default - the vendor's default for a new VM
   */
  readonly hardwareVersions?: HardwareVersion[];

  /**
   * The VM's share of the host's CPU when VMs contend for it.
   *
   * @default - the hypervisor's default (normal)
   */
  readonly cpuShares?: ShareLevel;

  /**
   * The most CPU the VM may use, in percent of its vCPUs' full capacity (1 to 100).
   *
   * @default - no limit
   */
  readonly cpuLimit?: number;

  /**
   * The VM's share of the host's memory when VMs contend for it.
   *
   * @default - the hypervisor's default (normal)
   */
  readonly memoryShares?: ShareLevel;

  /**
   * The most host memory that backs the VM.
   *
   * @default - no limit
   */
  readonly memoryLimit?: Size;
}

/** Properties of a {@link VirtualMachine}: its spec, and where it runs. */
export interface VirtualMachineProps extends VirtualMachineSpec {
  /**
   * The target the VM is rendered for.
   *
   * @default - the cluster's target
   */
  readonly target?: ITarget;

  /**
   * The HA cluster the VM runs in: placed over its hosts (by DRS on vSphere, by the library on
   * Hyper-V and libvirt) and restarted on host failure.
   *
   * @default - no cluster: the VM runs on its `host`, the target's only host, or the vSphere target's cluster
   */
  readonly cluster?: HaCluster;

  /**
   * HA restart priority of this VM.
   *
   * @default - the cluster's
   */
  readonly restartPriority?: RestartPriority;

  /**
   * DRS automation level of this VM.
   *
   * @default - the cluster's
   */
  readonly drsAutomation?: DrsAutomation;

  /**
   * Name of the VM on the hypervisor.
   *
   * @default - the construct ID
   */
  readonly name?: string;

  /**
   * The host the VM runs on (pins it there within its cluster): a host name of a Hyper-V or
   * libvirt target, or an ESXi host name in the vSphere target's datacenter.
   *
   * @default - placed in its cluster, or the target's only host (Hyper-V, libvirt), or the vSphere target's cluster
   */
  readonly host?: string;
}

/**
 * A virtual machine, rendered natively by each target: `vsphere_virtual_machine` (a clone of a
 * template), `hyperv_machine_instance` with differencing VHDX disks, or `libvirt_domain` on q35
 * with qcow2 overlay volumes.
 *
 * A feature the target cannot honour fails at synth with a DesignError; nothing is dropped.
 *
 * @example
 * new VirtualMachine(stack, 'web1', {
 *   target,
 *   cpus: 2,
 *   memory: Size.gibibytes(4),
 *   image: Image.template('ubuntu-24.04'),
 *   disks: [Disk.data(Size.gibibytes(40))],
 *   nics: [Nic.on(appNetwork)],
 * });
 */
export class VirtualMachine extends Construct {
  /** Name of the VM on the hypervisor. */
  public readonly vmName: string;

  /** The target the VM is rendered for. */
  public readonly target: ITarget;

  /** @internal */
  public readonly _node: VmNode;

  private readonly overrides: Array<{ vendor: string; path: string; value: any }> = [];

  /**
   * @param scope the stack or a construct in it
   * @param id construct ID; it becomes the Terraform name of the VM's resources, so changing it replaces the VM
   * @param props the VM's design
   */
  constructor(scope: Construct, id: string, props: VirtualMachineProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    // set by the library's own constructs (ShieldedVm, ReplicaPair), never by users
    const inputs: VmInputs = props;
    const name = props.name ?? id;
    checkName(this, 'VM name', name);
    // a token passes where the target takes a value at apply; placement and topology need it at synth
    if (!Token.isUnresolved(props.cpus)) checkInteger(this, 'The number of vCPUs', props.cpus, 1, 4096);
    if (props.coresPerSocket !== undefined) {
      knownAtSynth(this, 'cpus', props.cpus, 'cores per socket must divide it');
      checkInteger(this, 'The number of cores per socket', props.coresPerSocket, 1, props.cpus);
      if (props.cpus % props.coresPerSocket !== 0) {
        throw new DesignError(this, {
          problem: 'The cores per socket do not divide the vCPUs into whole sockets.',
          value: `cpus: ${props.cpus}, coresPerSocket: ${props.coresPerSocket}`,
          allowed: `a divisor of ${props.cpus}`,
        });
      }
    }
    this.checkMemory(props);
    checkImage(this, props.image, props.osDiskSize);
    checkResourceControls(this, props);
    if (props.image.size !== undefined) wholeUnits(this, 'The image size', props.image.size, 'MiB');
    if (props.osDiskSize !== undefined) {
      wholeUnits(this, 'The OS disk size', props.osDiskSize, 'MiB');
      if (props.image.size !== undefined && props.image.size.isLargerThan(props.osDiskSize)) {
        throw new DesignError(this, {
          problem: 'The OS disk would be smaller than its image; disks are never shrunk.',
          value: `osDiskSize: ${props.osDiskSize}, image ${props.image.name}: ${props.image.size}`,
          allowed: `at least ${props.image.size}`,
        });
      }
    }

    this.vmName = name;
    this.target = targetOf(this, props.target, props.cluster);
    if (props.cluster !== undefined && props.host !== undefined && !props.cluster.hosts.includes(props.host)) {
      throw new DesignError(this, {
        problem: `The VM's host "${props.host}" is not a host of its cluster ${props.cluster.clusterName}.`,
        allowed: props.cluster.hosts.map((h) => JSON.stringify(h)).join(', '),
      });
    }
    if (props.cluster === undefined && (props.restartPriority !== undefined || props.drsAutomation !== undefined)) {
      throw new DesignError(this, {
        problem: 'HA restart priority and DRS automation apply to VMs in a cluster.',
        fix: 'give the VM a cluster, or leave restartPriority and drsAutomation out',
      });
    }
    const nics = (props.nics ?? []).map((nic) => this.nicNode(nic));
    if (props.storagePolicy !== undefined) checkLabel(this, 'storage policy name', props.storagePolicy);
    if (props.resourcePool !== undefined) checkLabel(this, 'resource pool name', props.resourcePool);
    this._node = {
      scope: this,
      name,
      cpus: props.cpus,
      coresPerSocket: props.coresPerSocket,
      memory: props.memory,
      firmware: props.firmware ?? Firmware.UEFI,
      guestOs: props.guestOs ?? GuestOs.OTHER_LINUX,
      image: props.image,
      osDiskSize: props.osDiskSize,
      disks: this.settleDisks(props.disks ?? []),
      nics,
      drives: checkDrives(this, props.drives ?? []),
      bootOrder: checkBootOrder(this, props.bootOrder ?? [], props.drives ?? [], nics.length),
      storage: checkStorage(this, props.storage),
      storagePolicy: props.storagePolicy,
      folder: checkFolder(this, props.folder),
      resourcePool: props.resourcePool,
      tags: checkTags(this, 'tag', props.tags),
      notes: checkNotes(this, props.notes),
      hardwareVersions: checkHardwareVersions(this, props.hardwareVersions ?? []),
      cpuShares: props.cpuShares,
      cpuLimit: props.cpuLimit,
      memoryShares: props.memoryShares,
      memoryLimit: props.memoryLimit,
      guestInit: this.checkGuestInit(props.guestInit),
      autostart: props.autostart,
      nestedVirtualization: props.nestedVirtualization ?? false,
      dynamicMemory: props.dynamicMemory,
      memoryReservation: props.memoryReservation,
      cpuHotAdd: props.cpuHotAdd ?? false,
      memoryHotAdd: props.memoryHotAdd ?? false,
      pciDevices: this.checkPciDevices(props.pciDevices ?? []),
      host: props.host,
      shielding: inputs._shielding,
      cluster: props.cluster?._node,
      restartPriority: props.restartPriority,
      drsAutomation: props.drsAutomation,
      impliedRestartPriority: inputs._impliedRestartPriority,
      overrides: this.overrides,
    };
    if (props.host !== undefined) checkName(this, 'host name', props.host);
    checkName(this, 'image name', props.image.name);
    checkNicAddresses(this, this._node.nics, this._node.guestInit);
    checkGateways(this, this._node.nics, this._node.guestInit);
    checkWindowsInit(this, this._node.guestInit, this._node.guestOs, name);
    checkWindowsHostname(this, this._node.guestInit, this._node.guestOs, name);
    DesignRegistry.of(this.target).addVm(this._node);
    exposeDefaultChild(this, this.target, this._node);
  }

  /**
   * Escape hatch: set a value in the VM's main resource when the design is rendered for `vendor`
   * (ignored for other vendors), after everything the library sets. The path is written as the
   * provider's JSON has it: a list of blocks takes an index
   * (`network_interface.0.bandwidth_share_level` on vSphere), a single block none
   * (`vm_processor.relative_weight` on Hyper-V). An object given as the value is merged into the
   * rendered object (the keys the library set stay); a list or a plain value replaces what is
   * there, a list the whole list. A path that does not fit the rendered JSON fails the synth. The value is written as
   * given, like cdktf's `addOverride`: unlike the design's strings it is not escaped, so `${...}`
   * in it stays a Terraform expression.
   *
   * @param vendor the vendor the override is for
   * @param path attribute path in the provider's JSON, names and list indexes separated by dots
   * @param value the value to set
   */
  public addVendorOverride(vendor: Vendor, path: string, value: any): void {
    checkOverridePath(this, path);
    this.overrides.push({ vendor, path, value });
  }

  /**
   * The VM's ID on its platform, as the rendered resource has it (vSphere: the VM's UUID, its
   * `id`; Hyper-V: the machine instance's `id`; libvirt: the domain's `uuid`). A token: usable
   * before synth, in a `TerraformOutput` or another resource.
   */
  public get id(): string {
    return stringAttribute(this, this.target, this._node, 'id');
  }

  /**
   * The first IPv4 address the guest reports, once it runs. Reading it makes Terraform wait for the
   * address where the provider can (vSphere `wait_for_guest_net_timeout`, Hyper-V `wait_for_ips`), or
   * read it with a `libvirt_domain_interface_addresses` data source (libvirt). Read it while building
   * the design, before the app is synthesized.
   */
  public get primaryIpv4(): string {
    this.requireNic('primaryIpv4');
    DesignRegistry.of(this.target).want(this._node, ADDRESSES, 'primaryIpv4');
    return stringAttribute(this, this.target, this._node, 'primaryIpv4');
  }

  /** Every IP address the guest reports (see `primaryIpv4`). */
  public get ipAddresses(): string[] {
    this.requireNic('ipAddresses');
    DesignRegistry.of(this.target).want(this._node, ADDRESSES, 'ipAddresses');
    return listAttribute(this, this.target, this._node, 'ipAddresses');
  }

  /**
   * The host the VM runs on: the host the library placed it on or the VM names (Hyper-V, libvirt,
   * a pinned vSphere VM), or the managed object ID of the ESXi host DRS placed it on (vSphere).
   */
  public get hostName(): string {
    return stringAttribute(this, this.target, this._node, 'hostName');
  }

  /**
   * The MAC address of a NIC, as the platform assigned it (or as the design set it). On libvirt a
   * MAC address libvirt chose is read by the same data source as the addresses; on Hyper-V, whose
   * provider reports no MAC address, only a NIC with a static `macAddress` has one. Read it while
   * building the design, before the app is synthesized.
   *
   * @param nicIndex the NIC's position in `nics`, from 0
   */
  public macAddress(nicIndex: number): string {
    if (!Number.isInteger(nicIndex) || nicIndex < 0 || nicIndex >= this._node.nics.length) {
      throw new DesignError(this, {
        problem: `The VM has no NIC at index ${nicIndex}.`,
        value: String(nicIndex),
        allowed: this._node.nics.length === 0 ? 'none: the VM has no NICs' : `0 to ${this._node.nics.length - 1}`,
      });
    }
    DesignRegistry.of(this.target).want(this._node, MAC_ADDRESSES, 'macAddress');
    return stringAttribute(this, this.target, this._node, 'macAddresses', (all: string[]) => all[nicIndex]);
  }

  /** Fails unless the VM has a NIC to have addresses on. */
  private requireNic(attribute: string): void {
    if (this._node.nics.length > 0) return;
    throw new DesignError(this, {
      problem: `The VM has no NIC, so it has no ${attribute}.`,
      fix: 'give the VM a NIC (nics: [Nic.on(network)]), or do not read its addresses',
    });
  }

  /** The features this VM uses, as targets check them. */
  public get features(): Feature[] {
    return featuresOfVm(this._node, { vendor: this.target.vendor });
  }

  private checkMemory(props: VirtualMachineProps): void {
    const memory = wholeUnits(this, 'The memory', props.memory, 'MiB');
    if (memory < 4) {
      throw new DesignError(this, { problem: 'The memory is too small to boot a VM.', value: String(props.memory), allowed: 'at least 4 MiB' });
    }
    const dynamic = props.dynamicMemory;
    if (dynamic !== undefined) {
      wholeUnits(this, 'The dynamic memory minimum', dynamic.minimum, 'MiB');
      wholeUnits(this, 'The dynamic memory maximum', dynamic.maximum, 'MiB');
      if (dynamic.minimum.isLargerThan(props.memory) || props.memory.isLargerThan(dynamic.maximum)) {
        throw new DesignError(this, {
          problem: 'Dynamic memory must start between its minimum and maximum.',
          value: `minimum ${dynamic.minimum}, memory ${props.memory}, maximum ${dynamic.maximum}`,
          allowed: 'minimum <= memory <= maximum',
        });
      }
    }
    if (props.memoryReservation !== undefined) {
      wholeUnits(this, 'The memory reservation', props.memoryReservation, 'MiB');
      if (props.memoryReservation.isLargerThan(props.memory)) {
        throw new DesignError(this, {
          problem: 'The memory reservation is larger than the memory.',
          value: `reservation ${props.memoryReservation}, memory ${props.memory}`,
          allowed: `at most ${props.memory}`,
        });
      }
    }
  }

  /**
   * Names and slots of the data disks. A disk's identity is its name and where the guest sees it
   * is its slot; neither may follow from its position in the list, or inserting a disk in front
   * would turn one disk into another. Only the only data disk of a VM gets defaults.
   */
  private settleDisks(disks: Disk[]): DiskNode[] {
    const only = disks.length === 1;
    const names = new Set<string>(['os', 'cidata']);
    const slots = new Map<string, string>();
    const nodes = disks.map((disk, i) => {
      if (!only && (disk.name === undefined || disk.slot === undefined)) {
        throw new DesignError(this, {
          problem: `The VM has ${disks.length} data disks and disk ${i + 1} of the list has no ${disk.name === undefined ? 'name' : 'slot'}; `
            + 'with more than one data disk each needs its own name and slot, so that adding, removing or reordering disks never turns one disk into another.',
          value: `disks[${i}]: ${disk.name === undefined ? 'no name' : JSON.stringify(disk.name)}, ${disk.slot === undefined ? 'no slot' : `slot ${disk.slot}`}`,
          fix: "give every data disk a name and a slot, e.g. Disk.data(Size.gibibytes(40), { name: 'data1', slot: 1 }) "
            + '(keep name data1 and slot 1 for a disk that used to be the only one, so it stays the same disk)',
        });
      }
      const name = disk.name ?? 'data1';
      checkName(this, 'disk name', name);
      if (names.has(name)) {
        throw new DesignError(this, {
          problem: `Two disks of the VM are named "${name}"${name === 'os' || name === 'cidata' ? ' (a name the library gives the OS and cloud-init disks)' : ''}.`,
          value: JSON.stringify(name),
          fix: 'give every data disk its own name',
        });
      }
      names.add(name);
      const slot = disk.slot ?? 1;
      checkInteger(this, `The slot of disk "${name}"`, slot, 1, MAX_DISK_SLOT);
      const other = slots.get(`${disk.bus}:${slot}`);
      if (other !== undefined) {
        throw new DesignError(this, {
          problem: `Disks "${other}" and "${name}" of the VM both ask for slot ${slot}${disk.bus === DiskBus.PARAVIRTUAL ? '' : ` of the ${disk.bus} bus`}.`,
          value: `slot ${slot}`,
          fix: 'give every data disk on a bus its own slot',
        });
      }
      if (!Object.values(DiskBus).includes(disk.bus)) {
        throw new DesignError(this, { problem: `Disk "${name}" names an unknown bus.`, value: JSON.stringify(disk.bus), allowed: Object.values(DiskBus).join(', ') });
      }
      slots.set(`${disk.bus}:${slot}`, name);
      checkStorage(this, disk.storage);
      if (disk.storagePolicy !== undefined) checkLabel(this, `storage policy of disk "${name}"`, disk.storagePolicy);
      checkTags(this, `tag of disk "${name}"`, disk.tags);
      wholeUnits(this, `The size of disk "${name}"`, disk.size, 'MiB');
      if (disk.size.toBytes() === 0) {
        throw new DesignError(this, { problem: `Disk "${name}" has no capacity.`, value: String(disk.size) });
      }
      return { name, slot, disk };
    });
    const buses = Object.values(DiskBus);
    return nodes.sort((a, b) => buses.indexOf(a.disk.bus) - buses.indexOf(b.disk.bus) || a.slot - b.slot);
  }

  private nicNode(nic: Nic): NicNode {
    if (nic.network.target !== this.target) {
      throw new DesignError(this, {
        problem: `The NIC's network ${nic.network.node.path} belongs to another target.`,
        fix: 'connect the VM to networks of its own target',
      });
    }
    const sriov = nic.options.sriov;
    if (nic.options.ipv4 !== undefined) checkStaticIpv4(this, 'The NIC\'s static IPv4', nic.options.ipv4);
    return {
      ipv4: nic.options.ipv4,
      network: nic.network._node,
      adapter: nic.options.adapter ?? NicAdapter.PARAVIRTUAL,
      macAddress: nic.options.macAddress === undefined ? undefined : normalizeMac(this, nic.options.macAddress),
      sriov: sriov === undefined ? undefined : {
        physicalFunction: sriov.physicalFunction === undefined
          ? undefined
          : normalizePciAddress(this, 'The SR-IOV physical function', sriov.physicalFunction),
      },
    };
  }

  private checkGuestInit(init: GuestInit | undefined): GuestInit | undefined {
    if (init === undefined) return undefined;
    if (init.guestHostname !== undefined && !Token.isUnresolved(init.guestHostname)
        && !/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(init.guestHostname)) {
      throw new DesignError(this, {
        problem: 'The host name is not a valid host name label.',
        value: JSON.stringify(init.guestHostname),
        allowed: 'letters, digits and dashes, 1 to 63 characters, not starting or ending with a dash (no domain)',
      });
    }
    if (init.kind === GuestInitKind.CLOUD_INIT && !Token.isUnresolved(init.userData) && (init.userData ?? '').trim() === '') {
      throw new DesignError(this, { problem: 'The cloud-init user data is empty.', fix: 'give user data, e.g. "#cloud-config\\n{}"' });
    }
    checkSecretsInGuestInit(this, init, this.target.vendor);
    const ipv4 = init.ipv4;
    if (ipv4 !== undefined) {
      parseCidr(this, 'The static IPv4 address', ipv4.address, 1, 32);
      if (ipv4.gateway !== undefined) checkIpv4(this, 'The gateway', ipv4.gateway);
      for (const dns of ipv4.dnsServers ?? []) checkIpv4(this, 'A DNS server', dns);
    }
    return init;
  }

  private checkPciDevices(devices: string[]): string[] {
    const normalized = devices.map((d) => normalizePciAddress(this, 'A PCI device', d));
    const duplicate = normalized.find((d, i) => normalized.indexOf(d) !== i);
    if (duplicate !== undefined) {
      throw new DesignError(this, { problem: `PCI device ${duplicate} is given twice.`, value: JSON.stringify(devices) });
    }
    return normalized;
  }
}
