import { Construct } from 'constructs';
import { TerraformResource, listMapper } from '../../core';
import type * as DomainBindings from '../../providers/libvirt/domain';
import type * as NetworkBindings from '../../providers/libvirt/network';
import type * as VolumeBindings from '../../providers/libvirt/volume';
import { GeneratorMetadata, LightResource, lazily } from '../light-resource';

/*
 * libvirt resources typed by the generated configurations and converted by the generated
 * converters, without the generated classes (see `../light-resource.ts`). Each generated class
 * builds its whole tree of output references when it is created, each node capturing a stack
 * trace: about 160 ms a `libvirt_domain` (about 3,700 nodes), 6 ms a `libvirt_volume` and 15 ms a
 * `libvirt_network` under ts-node. The bindings are loaded when a stack with the resource is first
 * synthesized: the domain's are about 26 MB of JavaScript (some 0.4 s to load), the network's some
 * 5 MiB of memory, which a program without libvirt resources need not pay for.
 */

/** The provider the bindings were generated from, as the generated classes give it. */
const METADATA: GeneratorMetadata = { providerName: 'libvirt', providerVersion: '0.9.7', providerVersionConstraint: '~> 0.9.7' };

/** A module of the generated libvirt bindings, loaded when first used. */
function bindings<T>(name: string): () => T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return lazily(() => require(`../../providers/libvirt/${name}`) as T);
}

const domain = bindings<typeof DomainBindings>('domain');
const network = bindings<typeof NetworkBindings>('network');
const volume = bindings<typeof VolumeBindings>('volume');

const str = (v: string | undefined) => v;
const num = (v: number | undefined) => v;

/** The attributes of `libvirt_domain` the libvirt target sets. */
export type LightDomainConfig = Pick<DomainBindings.DomainConfig,
  'provider' | 'dependsOn' | 'lifecycle' | 'name' | 'type' | 'vcpu' | 'memory' | 'memoryUnit' | 'currentMemory' | 'currentMemoryUnit'
  | 'memoryBacking' | 'cpu' | 'os' | 'features' | 'launchSecurity' | 'devices' | 'autostart' | 'onCrash' | 'running'
  | 'description' | 'metadata' | 'cpuTune' | 'memoryTune'>;

/** A `libvirt_domain` without the generated class (see the top of this file). */
export class LightDomain extends LightResource<LightDomainConfig> {
  constructor(scope: Construct, id: string, config: LightDomainConfig) {
    super(scope, id, 'libvirt_domain', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const {
      domainCpuToTerraform, domainCpuTuneToTerraform, domainDevicesToTerraform, domainFeaturesToTerraform, domainLaunchSecurityToTerraform,
      domainMemoryBackingToTerraform, domainMemoryTuneToTerraform, domainMetadataToTerraform, domainOsToTerraform,
    } = domain();
    return {
      autostart: c.autostart,
      cpu: domainCpuToTerraform(c.cpu),
      cpu_tune: domainCpuTuneToTerraform(c.cpuTune),
      current_memory: num(c.currentMemory),
      current_memory_unit: str(c.currentMemoryUnit),
      description: str(c.description),
      devices: domainDevicesToTerraform(c.devices),
      features: domainFeaturesToTerraform(c.features),
      launch_security: domainLaunchSecurityToTerraform(c.launchSecurity),
      memory: num(c.memory),
      memory_backing: domainMemoryBackingToTerraform(c.memoryBacking),
      memory_tune: domainMemoryTuneToTerraform(c.memoryTune),
      memory_unit: str(c.memoryUnit),
      metadata: domainMetadataToTerraform(c.metadata),
      name: str(c.name),
      on_crash: str(c.onCrash),
      os: domainOsToTerraform(c.os),
      running: c.running,
      type: str(c.type),
      vcpu: num(c.vcpu),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (domain().Domain)(scope, 'domain', this.config);
  }
}

/** A `libvirt_volume` without the generated class (see the top of this file). */
export class LightVolume extends LightResource<VolumeBindings.VolumeConfig> {
  constructor(scope: Construct, id: string, config: VolumeBindings.VolumeConfig) {
    super(scope, id, 'libvirt_volume', METADATA, config);
  }

  /** The volume's path on the host, once created. */
  public get path(): string {
    return this.getStringAttribute('path');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const { volumeBackingStoreToTerraform, volumeCreateToTerraform, volumeTargetToTerraform } = volume();
    return {
      allocation_unit: str(c.allocationUnit),
      backing_store: volumeBackingStoreToTerraform(c.backingStore),
      capacity: num(c.capacity),
      capacity_unit: str(c.capacityUnit),
      create: volumeCreateToTerraform(c.create),
      name: str(c.name),
      physical_unit: str(c.physicalUnit),
      pool: str(c.pool),
      target: volumeTargetToTerraform(c.target),
      type: str(c.type),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (volume().Volume)(scope, 'volume', this.config);
  }
}

/** A `libvirt_network` without the generated class (see the top of this file). */
export class LightNetwork extends LightResource<NetworkBindings.NetworkConfig> {
  constructor(scope: Construct, id: string, config: NetworkBindings.NetworkConfig) {
    super(scope, id, 'libvirt_network', METADATA, config);
  }

  /** The network's name, as a reference that orders a domain after the network. */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const {
      networkBandwidthToTerraform, networkBridgeToTerraform, networkDnsToTerraform, networkDnsmasqOptionsToTerraform, networkDomainToTerraform,
      networkForwardToTerraform, networkIpsToTerraform, networkMacToTerraform, networkMetadataToTerraform, networkMtuToTerraform,
      networkPortGroupsToTerraform, networkPortOptionsToTerraform, networkRoutesToTerraform, networkVirtualPortToTerraform, networkVlanToTerraform,
    } = network();
    return {
      autostart: c.autostart,
      bandwidth: networkBandwidthToTerraform(c.bandwidth),
      bridge: networkBridgeToTerraform(c.bridge),
      dns: networkDnsToTerraform(c.dns),
      dnsmasq_options: networkDnsmasqOptionsToTerraform(c.dnsmasqOptions),
      domain: networkDomainToTerraform(c.domain),
      forward: networkForwardToTerraform(c.forward),
      ips: listMapper(networkIpsToTerraform, false)(c.ips),
      ipv6: str(c.ipv6),
      mac: networkMacToTerraform(c.mac),
      metadata: networkMetadataToTerraform(c.metadata),
      mtu: networkMtuToTerraform(c.mtu),
      name: str(c.name),
      port_groups: listMapper(networkPortGroupsToTerraform, false)(c.portGroups),
      port_options: networkPortOptionsToTerraform(c.portOptions),
      routes: listMapper(networkRoutesToTerraform, false)(c.routes),
      trust_guest_rx_filters: str(c.trustGuestRxFilters),
      virtual_port: networkVirtualPortToTerraform(c.virtualPort),
      vlan: networkVlanToTerraform(c.vlan),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (network().Network)(scope, 'network', this.config);
  }
}
