import { Construct, IConstruct } from 'constructs';
import { TerraformElement, TerraformProvider, TerraformStack } from '../../core';
import { ClusterNode, NetworkNode, NicNode, PairNode, RuleNode, VmNode, wantsSecureBoot } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { KvmPlatform } from '../../model/limits';
import { NetworkConnectivity, NicAdapter } from '../../model/network';
import { ShieldingLevel } from '../../model/shielding';
import { parseCidr, wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';
import { CloudinitDisk } from '../../providers/libvirt/cloudinit-disk';
import {
  DomainDevicesDisks,
  DomainDevicesHostdevs,
  DomainDevicesInterfaces,
} from '../../providers/libvirt/domain';
import { NetworkConfig } from '../../providers/libvirt/network';
import { Pool } from '../../providers/libvirt/pool';
import { cloudInitDocuments } from '../cloud-init';
import { LightDomain, LightNetwork, LightVolume } from './light-resources';
import { KVM_DISK_LIMITS, KVM_LIMITS } from './limits';
import { PlacementLock, placeCluster, placementTable } from '../cluster-placement';
import { knownAtSynth, mdCode, reportText, tfText } from '../escaping';
import { hostOfVm } from '../hosts';
import { checkDiskSlots, checkVmLimits } from '../limits';
import { RenderResult, addRunbook } from '../report';

/** What the renderer needs of its target. */
export interface LibvirtRenderContext {
  readonly target: Construct;
  readonly hostNames: string[];
  readonly pool: { readonly name: string; readonly path?: string };
  readonly imageDirectory: string;
  readonly images: ReadonlyMap<string, string>;
  readonly bridge?: { readonly name: string; readonly openvswitch: boolean };
  readonly encryption?: { readonly diskSecret: string; readonly tpmSecret?: string };
  readonly sev?: { readonly cbitPosition: number; readonly reducedPhysBits: number; readonly policy?: number };
  /** Where cluster placements are kept. */
  readonly lock: PlacementLock;
  readonly platform: KvmPlatform;
  providerFor(host: string): TerraformProvider;
  nameAfter(element: TerraformElement, owner: IConstruct, suffix?: string): void;
}

/**
 * Renders networks and VMs of a design into dmacvicar/libvirt resources on each host's provider
 * alias: networks, qcow2 overlay volumes on a base image, a cloud-init disk, and a q35 domain
 * with virtio devices.
 */
export class LibvirtRenderer {
  /** The libvirt network name per network and host. */
  private readonly networkNames = new Map<NetworkNode, Map<string, string>>();
  /** The pool name per host (a reference when the target creates the pool). */
  private readonly poolNames = new Map<string, string>();
  /** The host of each VM of a cluster. */
  private readonly placed = new Map<VmNode, string>();

  constructor(private readonly ctx: LibvirtRenderContext) {}

  public render(
    networks: readonly NetworkNode[],
    vms: readonly VmNode[],
    clusters: readonly ClusterNode[],
    rules: readonly RuleNode[],
    pairs: readonly PairNode[],
  ): RenderResult {
    for (const network of networks) this.renderNetwork(network);
    const report = clusters.flatMap((cluster) => this.placeCluster(cluster, vms, rules));
    for (const vm of vms) this.renderVm(vm);
    for (const pair of pairs) this.renderRunbook(pair);
    return { report, placement: { hostOf: (vm) => this.hostOf(vm) } };
  }

  /** The runbook of a pair in guest mode (hypervisor mode and checkpoints were refused). */
  private renderRunbook(pair: PairNode): void {
    const primary = pair.primary.name;
    const replica = pair.replica!.name;
    const primaryHost = this.hostOf(pair.primary);
    const replicaHost = this.hostOf(pair.replica!);
    addRunbook(TerraformStack.of(this.ctx.target), pair.name,
      `Guest replication on libvirt: \`${primary}\` runs on \`${primaryHost}\`, \`${replica}\` on \`${replicaHost}\`; the application replicates between them${pair.replicationNetwork ? ` over network ${mdCode(pair.replicationNetwork.name)}` : ''}. libvirt restarts no VM of a failed host elsewhere.`,
      {
        planned: [
          `Stop writes on \`${primary}\` in the application and let \`${replica}\` catch up.`,
          `Promote \`${replica}\` in the application and move the clients to it (DNS name or virtual IP).`,
          `Make \`${primary}\` the replica of the new primary in the application.`,
        ],
        unplanned: [
          `If \`${primaryHost}\` fails, \`${primary}\` stays down: promote \`${replica}\` in the application and move the clients to it.`,
          `If only the domain crashed, libvirt restarts it (on_crash = restart); check it with \`virsh -c <${primaryHost} uri> domstate ${primary}\`.`,
        ],
        failback: [
          `When \`${primaryHost}\` is back, start \`${primary}\` (\`virsh start ${primary}\`, or \`terraform apply\` if it was lost) and rebuild it as a replica of \`${replica}\`.`,
          'Follow the planned failover with the roles swapped.',
        ],
        notes: [`Before maintenance, snapshot both domains yourself: \`virsh snapshot-create-as ${primary} before-maintenance\` (the provider has no snapshot resource).`],
      });
  }

  private hostOf(vm: VmNode): string {
    return this.placed.get(vm) ?? hostOfVm(vm, this.ctx.hostNames);
  }

  private placeCluster(cluster: ClusterNode, vms: readonly VmNode[], rules: readonly RuleNode[]): string[] {
    const { ctx } = this;
    if (!cluster.acknowledgeNoHostFailover) {
      throw new DesignError(cluster.scope, {
        problem: 'Nothing restarts VMs when a libvirt host dies: the library places the VMs with room for the tolerated failures and restarts crashed domains, but a failed host\'s VMs stay down until it returns.',
        fix: 'acknowledge it on the cluster: acknowledgeNoHostFailover: true',
      });
    }
    for (const vm of vms.filter((v) => v.cluster === cluster)) {
      knownAtSynth(vm.scope, 'cpus', vm.cpus, `the library places the VMs of cluster ${cluster.name} on its hosts at synth`);
    }
    const { hostOf, placement } = placeCluster(cluster, vms, rules, ctx.lock, 'libvirt', ctx.hostNames);
    for (const [vm, host] of hostOf) this.placed.set(vm, host);
    const network = cluster.migration?.network;
    return [
      `Cluster ${cluster.name} (libvirt): hosts ${cluster.hosts.join(', ')}; tolerates ${cluster.hostFailuresToTolerate} host failure${cluster.hostFailuresToTolerate === 1 ? '' : 's'}; placed by cdktf-hypervisor (lock: ${ctx.lock.displayName}).`,
      ...placementTable(cluster, placement),
      'Failover: none. A failed host\'s VMs stay down until it returns (acknowledged); crashed domains restart (on_crash).',
      ...(network !== undefined
        ? [`Live migration: over network ${reportText(network.name)}; migrate with \`virsh migrate --live <vm> qemu+ssh://<target host>/system --migrateuri tcp://<target host's address on ${reportText(network.name)}>\`.`]
        : []),
      '',
    ];
  }

  private renderNetwork(network: NetworkNode): void {
    const names = new Map<string, string>();
    if (network.existing) {
      for (const host of this.ctx.hostNames) names.set(host, tfText(network.scope, 'network name', network.name));
      this.networkNames.set(network, names);
      return;
    }
    const config = this.networkConfig(network);
    for (const host of this.ctx.hostNames) {
      const resource = new LightNetwork(network.scope, `Network-${host}`, {
        provider: this.ctx.providerFor(host),
        name: tfText(network.scope, 'network name', network.name),
        autostart: true,
        ...config,
      });
      this.ctx.nameAfter(resource, network.scope, host);
      names.set(host, resource.name);
    }
    this.networkNames.set(network, names);
  }

  private networkConfig(network: NetworkNode): Partial<NetworkConfig> {
    if (network.connectivity === NetworkConnectivity.BRIDGED) {
      const bridge = this.ctx.bridge;
      if (bridge === undefined) {
        throw new DesignError(network.scope, {
          problem: 'A bridged libvirt network needs a bridge on the hosts, and the target names none.',
          fix: 'set bridge: { name: "br0" } on the LibvirtTarget, or use an existing network (existing: true)',
        });
      }
      if (network.vlanId !== undefined && !bridge.openvswitch) {
        throw new DesignError(network.scope, {
          problem: 'libvirt tags VLANs only on Open vSwitch bridges, and the target\'s bridge is a Linux bridge.',
          value: `vlanId: ${network.vlanId}, bridge: ${bridge.name}`,
          fix: 'set bridge.openvswitch on the LibvirtTarget, or leave vlanId out and bridge to a host VLAN interface (e.g. br0.120)',
        });
      }
      return {
        forward: { mode: 'bridge' },
        bridge: { name: tfText(this.ctx.target, 'bridge.name', bridge.name) },
        virtualPort: bridge.openvswitch ? { params: { openVSwitch: {} } } : undefined,
        vlan: network.vlanId !== undefined ? { tags: [{ id: network.vlanId }] } : undefined,
      };
    }
    if (network.vlanId !== undefined) {
      throw new DesignError(network.scope, {
        problem: 'A VLAN tag needs a bridged network; NAT, host-only and isolated libvirt networks stay inside their host.',
        value: `vlanId: ${network.vlanId}, connectivity: ${network.connectivity}`,
        fix: 'leave vlanId out, or make the network bridged',
      });
    }
    if (network.connectivity !== NetworkConnectivity.ISOLATED && network.cidr === undefined) {
      throw new DesignError(network.scope, {
        problem: network.connectivity === NetworkConnectivity.NAT
          ? 'A NAT network needs a subnet for the host to serve and translate.'
          : 'A host-only network needs a subnet for the host to serve.',
        fix: 'set cidr, e.g. "192.168.100.0/24"',
      });
    }
    return {
      forward: network.connectivity === NetworkConnectivity.NAT ? { mode: 'nat' } : undefined,
      ips: network.cidr !== undefined ? [dhcpSubnet(network)] : undefined,
    };
  }

  private renderVm(vm: VmNode): void {
    const { ctx } = this;
    const host = this.hostOf(vm);
    const provider = ctx.providerFor(host);
    const pool = this.pool(host);
    checkVmLimits(vm, KVM_LIMITS[ctx.platform], `KVM (${ctx.platform})`);
    this.checkVm(vm);
    const luks = this.luksSecret(vm);
    const volumeEncryption = luks === undefined ? undefined : { format: 'luks', secret: { type: 'passphrase', uuid: luks } };

    const osVolume = new LightVolume(vm.scope, 'OsVolume', {
      provider,
      name: tfText(vm.scope, 'VM name', `${vm.name}-os.qcow2`),
      pool,
      capacity: this.osDiskBytes(vm),
      target: { format: { type: 'qcow2' }, encryption: volumeEncryption },
      backingStore: {
        path: tfText(vm.scope, 'image path', ctx.images.get(vm.image.name) ?? `${ctx.imageDirectory}/${vm.image.name}.qcow2`),
        format: { type: 'qcow2' },
      },
    });
    ctx.nameAfter(osVolume, vm.scope, 'os');

    const disks: DomainDevicesDisks[] = [virtioDisk(osVolume.path, 0, luks)];
    checkDiskSlots(vm, KVM_DISK_LIMITS, `KVM (${ctx.platform})`);
    vm.disks.forEach(({ name, slot, disk }) => {
      const volume = new LightVolume(vm.scope, `Disk-${name}`, {
        provider,
        name: tfText(vm.scope, 'disk name', `${vm.name}-${name}.qcow2`),
        pool,
        capacity: disk.size.toBytes(),
        target: { format: { type: 'qcow2' }, encryption: volumeEncryption },
        lifecycle: disk.allowDestroy ? undefined : { preventDestroy: true },
      });
      ctx.nameAfter(volume, vm.scope, name);
      // the target device follows the slot, so no disk moves when others come and go
      disks.push(virtioDisk(volume.path, slot, luks));
    });

    const docs = cloudInitDocuments(vm);
    if (docs !== undefined) {
      const seed = new CloudinitDisk(vm.scope, 'CloudInit', {
        provider,
        name: tfText(vm.scope, 'VM name', `${vm.name}-cidata`),
        userData: tfText(vm.scope, 'guestInit.userData', docs.userData),
        metaData: tfText(vm.scope, 'guestInit.hostname', docs.metaData),
        networkConfig: tfText(vm.scope, 'guestInit.networkConfig', docs.networkConfig),
      });
      ctx.nameAfter(seed, vm.scope);
      const seedVolume = new LightVolume(vm.scope, 'CloudInitVolume', {
        provider,
        name: tfText(vm.scope, 'VM name', `${vm.name}-cidata.iso`),
        pool,
        create: { content: { url: seed.path } },
        target: { format: { type: 'raw' } },
      });
      ctx.nameAfter(seedVolume, vm.scope, 'cidata');
      disks.push({
        device: 'cdrom',
        driver: { name: 'qemu', type: 'raw' },
        source: { file: { file: seedVolume.path } },
        target: { dev: 'sda', bus: 'sata' },
        readOnly: true,
      });
    }

    const memoryMib = wholeUnits(vm.scope, 'The memory', vm.memory, 'MiB');
    const maximumMib = vm.dynamicMemory ? wholeUnits(vm.scope, 'The dynamic memory maximum', vm.dynamicMemory.maximum, 'MiB') : memoryMib;
    const shielded = vm.shielding !== undefined;
    const secureBoot = wantsSecureBoot(vm);
    const domain = new LightDomain(vm.scope, 'Domain', {
      provider,
      name: tfText(vm.scope, 'VM name', vm.name),
      type: 'kvm',
      vcpu: vm.cpus,
      memory: maximumMib,
      memoryUnit: 'MiB',
      currentMemory: vm.dynamicMemory ? memoryMib : undefined,
      currentMemoryUnit: vm.dynamicMemory ? 'MiB' : undefined,
      memoryBacking: vm.memoryReservation ? { memoryLocked: true } : undefined,
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
        typeMachine: 'q35',
        firmware: vm.firmware === Firmware.UEFI ? 'efi' : undefined,
        firmwareInfo: secureBoot
          ? { features: [{ name: 'secure-boot', enabled: 'yes' }, { name: 'enrolled-keys', enabled: 'yes' }] }
          : undefined,
        loaderSecure: secureBoot ? 'yes' : undefined,
        bootDevices: [{ dev: 'hd' }],
      },
      // Secure Boot firmware protects its variables in system management mode
      features: { acpi: true, apic: {}, smm: secureBoot ? { state: 'on' } : undefined },
      launchSecurity: vm.shielding?.memoryEncryption ? this.sev(vm) : undefined,
      devices: {
        disks,
        interfaces: vm.nics.map((nic) => this.interface(nic, host)),
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
    for (const o of vm.overrides) if (o.vendor === Vendor.LIBVIRT) domain.addOverride(o.path, o.value);
  }

  /** The LUKS secret of an encrypted shielded VM's disks; undefined for unencrypted VMs. */
  private luksSecret(vm: VmNode): string | undefined {
    if (vm.shielding === undefined || vm.shielding.level === ShieldingLevel.SECURE_BOOT_AND_TPM) return undefined;
    const secret = this.ctx.encryption?.diskSecret;
    if (secret === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'libvirt encrypts disks with LUKS and a libvirt secret, and the provider cannot create secrets.',
        fix: 'define a passphrase secret on every host (virsh secret-define, virsh secret-set-value) and name its UUID on the LibvirtTarget: encryption: { diskSecret: "<uuid>" }',
      });
    }
    return secret;
  }

  private sev(vm: VmNode): { sev: { cbitPos: number; reducedPhysBits: number; policy: number; dhCert: string; session: string } } {
    const sev = this.ctx.sev;
    if (sev === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'AMD SEV needs the hosts\' C-bit position and reduced physical address bits, and the target does not give them.',
        fix: 'read them from `virsh domcapabilities` (<sev>: cbitpos, reducedPhysBits) and set sev on the LibvirtTarget',
      });
    }
    // no attestation: the provider requires the certificate and session elements, which stay empty
    return { sev: { cbitPos: sev.cbitPosition, reducedPhysBits: sev.reducedPhysBits, policy: sev.policy ?? 0x0003, dhCert: '', session: '' } };
  }

  /** The provider must be told the overlay's capacity: it cannot read the base image's size. */
  private osDiskBytes(vm: VmNode): number {
    const size = vm.osDiskSize ?? vm.image.size;
    if (size === undefined) {
      throw new DesignError(vm.scope, {
        problem: `libvirt needs the size of the OS disk, and neither the VM nor image "${vm.image.name}" gives it (the provider cannot read the size of a base image).`,
        fix: `give the image's size, Image.template('${vm.image.name}', { size: Size.gibibytes(N) }), or the VM's osDiskSize`,
      });
    }
    return size.toBytes();
  }

  private pool(host: string): string {
    let name = this.poolNames.get(host);
    if (name === undefined) {
      const spec = this.ctx.pool;
      if (spec.path === undefined) {
        name = tfText(this.ctx.target, 'pool.name', spec.name);
      } else {
        const pool = new Pool(this.ctx.target, `Pool-${host}`, {
          provider: this.ctx.providerFor(host),
          name: tfText(this.ctx.target, 'pool.name', spec.name),
          type: 'dir',
          target: { path: tfText(this.ctx.target, 'pool.path', spec.path) },
          create: { buildAttribute: true, start: true, autostart: true },
        });
        this.ctx.nameAfter(pool, this.ctx.target, `pool_${host}`);
        name = pool.name;
      }
      this.poolNames.set(host, name);
    }
    return name;
  }

  private checkVm(vm: VmNode): void {
    if (vm.cluster?.migration?.cpuCompatibility && vm.nestedVirtualization) {
      throw new DesignError(vm.scope, {
        problem: 'Nested virtualization passes the host CPU through, which cannot move between host generations.',
        value: 'nestedVirtualization: true, cluster migration.cpuCompatibility: true',
        fix: 'leave nestedVirtualization out for VMs of a CPU-compatible cluster',
      });
    }
    if (vm.dynamicMemory !== undefined && !vm.dynamicMemory.minimum.isSameAs(vm.memory)) {
      throw new DesignError(vm.scope, {
        problem: 'libvirt\'s memory balloon starts a VM at its memory and lets it grow to the maximum, but keeps no minimum.',
        value: `minimum ${vm.dynamicMemory.minimum}, memory ${vm.memory}`,
        fix: 'set the dynamic memory minimum equal to the memory',
      });
    }
  }

  private interface(nic: NicNode, host: string): DomainDevicesInterfaces {
    return {
      source: { network: { network: this.networkNames.get(nic.network)!.get(host)! } },
      model: { type: nic.adapter === NicAdapter.EMULATED ? 'e1000e' : 'virtio' },
      mac: nic.macAddress !== undefined ? { address: nic.macAddress } : undefined,
      // No MAC, IP or ARP spoofing by the guest. libvirt cannot filter Open vSwitch ports (the
      // domain would not start) nor knows what an existing network is: no filter there.
      filterRef: this.filterable(nic.network) ? { filter: 'clean-traffic' } : undefined,
    };
  }

  /** Whether libvirt's network filters work on the network's ports: a library network, not on Open vSwitch. */
  private filterable(network: NetworkNode): boolean {
    if (network.existing) return false;
    return network.connectivity !== NetworkConnectivity.BRIDGED || this.ctx.bridge?.openvswitch !== true;
  }
}

function virtioDisk(path: string, slot: number, luksSecret?: string): DomainDevicesDisks {
  return {
    device: 'disk',
    driver: { name: 'qemu', type: 'qcow2' },
    source: {
      file: { file: path },
      encryption: luksSecret ? { format: 'luks', secrets: [{ type: 'passphrase', uuid: luksSecret }] } : undefined,
    },
    target: { dev: virtioDeviceName(slot), bus: 'virtio' },
  };
}

/**
 * libvirt's name of the virtio disk at a slot (0 is the OS disk): `vda` to `vdz`, then `vdaa`,
 * `vdab` and on, the letters counting in base 26 as libvirt parses them.
 */
export function virtioDeviceName(slot: number): string {
  let suffix = '';
  for (let n = slot + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    suffix = String.fromCharCode(97 + ((n - 1) % 26)) + suffix;
  }
  return `vd${suffix}`;
}

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

/** The host takes the first address of the subnet; DHCP hands out the upper half. */
function dhcpSubnet(network: NetworkNode): { address: string; prefix: number; dhcp: { ranges: Array<{ start: string; end: string }> } } {
  const { address, prefix } = parseCidr(network.scope, 'The network cidr', network.cidr!, 8, 30);
  const toInt = (a: string) => a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
  const size = 2 ** (32 - prefix);
  const base = toInt(address) - (toInt(address) % size);
  return {
    address: toIp(base + 1),
    prefix,
    dhcp: { ranges: [{ start: toIp(base + Math.max(2, size / 2)), end: toIp(base + size - 2) }] },
  };
}
