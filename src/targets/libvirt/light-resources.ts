import { Construct } from 'constructs';
import { App, TerraformMetaArguments, TerraformResource, TerraformStack, listMapper } from '../../core';
import type * as DomainBindings from '../../providers/libvirt/domain';
import {
  Network, NetworkConfig, networkBandwidthToTerraform, networkBridgeToTerraform, networkDnsToTerraform, networkDnsmasqOptionsToTerraform,
  networkDomainToTerraform, networkForwardToTerraform, networkIpsToTerraform, networkMacToTerraform, networkMetadataToTerraform,
  networkMtuToTerraform, networkPortGroupsToTerraform, networkPortOptionsToTerraform, networkRoutesToTerraform,
  networkVirtualPortToTerraform, networkVlanToTerraform,
} from '../../providers/libvirt/network';
import {
  Volume, VolumeConfig, volumeBackingStoreToTerraform, volumeCreateToTerraform, volumeTargetToTerraform,
} from '../../providers/libvirt/volume';

/*
 * libvirt resources typed by the generated configurations and converted by the generated
 * converters, without the generated classes. Each generated class builds its whole tree of output
 * references when it is created, each node capturing a stack trace: about 160 ms a `libvirt_domain`
 * (about 3,700 nodes), 6 ms a `libvirt_volume` and 15 ms a `libvirt_network` under ts-node. A design
 * of 1,000 VMs took minutes to synthesize. The generated classes are still used for HCL output
 * (`cdktf synth --hcl`), which is rare.
 */

/**
 * The generated `libvirt_domain` bindings, loaded when a domain is first synthesized: they are
 * about 26 MB of JavaScript (some 0.4 s to load), which a program without libvirt domains, or a
 * test of another vendor, need not pay for.
 */
let domainBindings: typeof DomainBindings | undefined;
function domain(): typeof DomainBindings {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  domainBindings ??= require('../../providers/libvirt/domain') as typeof DomainBindings;
  return domainBindings;
}

const str = (v: string | undefined) => v;
const num = (v: number | undefined) => v;

/** The common part: meta-arguments, and HCL through the generated class in a stack of its own. */
abstract class LightResource<C extends TerraformMetaArguments> extends TerraformResource {
  constructor(scope: Construct, id: string, type: string, protected readonly config: C) {
    super(scope, id, {
      terraformResourceType: type,
      terraformGeneratorMetadata: { providerName: 'libvirt', providerVersion: '0.9.7', providerVersionConstraint: '~> 0.9.7' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      lifecycle: config.lifecycle,
      count: config.count,
      forEach: config.forEach,
    });
  }

  /** The generated class with the same configuration, for HCL output. */
  protected abstract full(scope: Construct): TerraformResource;

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return (this.full(new TerraformStack(new App(), 'hcl')) as any).synthesizeHclAttributes();
  }
}

/** The attributes of `libvirt_domain` the libvirt target sets. */
export type LightDomainConfig = Pick<DomainBindings.DomainConfig,
  'provider' | 'dependsOn' | 'lifecycle' | 'name' | 'type' | 'vcpu' | 'memory' | 'memoryUnit' | 'currentMemory' | 'currentMemoryUnit'
  | 'memoryBacking' | 'cpu' | 'os' | 'features' | 'launchSecurity' | 'devices' | 'autostart' | 'onCrash' | 'running'>;

/** A `libvirt_domain` without the generated class (see the top of this file). */
export class LightDomain extends LightResource<LightDomainConfig> {
  constructor(scope: Construct, id: string, config: LightDomainConfig) {
    super(scope, id, 'libvirt_domain', config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const {
      domainCpuToTerraform, domainDevicesToTerraform, domainFeaturesToTerraform, domainLaunchSecurityToTerraform,
      domainMemoryBackingToTerraform, domainOsToTerraform,
    } = domain();
    return {
      autostart: c.autostart,
      cpu: domainCpuToTerraform(c.cpu),
      current_memory: num(c.currentMemory),
      current_memory_unit: str(c.currentMemoryUnit),
      devices: domainDevicesToTerraform(c.devices),
      features: domainFeaturesToTerraform(c.features),
      launch_security: domainLaunchSecurityToTerraform(c.launchSecurity),
      memory: num(c.memory),
      memory_backing: domainMemoryBackingToTerraform(c.memoryBacking),
      memory_unit: str(c.memoryUnit),
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
export class LightVolume extends LightResource<VolumeConfig> {
  constructor(scope: Construct, id: string, config: VolumeConfig) {
    super(scope, id, 'libvirt_volume', config);
  }

  /** The volume's path on the host, once created. */
  public get path(): string {
    return this.getStringAttribute('path');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
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
    return new Volume(scope, 'volume', this.config);
  }
}

/** A `libvirt_network` without the generated class (see the top of this file). */
export class LightNetwork extends LightResource<NetworkConfig> {
  constructor(scope: Construct, id: string, config: NetworkConfig) {
    super(scope, id, 'libvirt_network', config);
  }

  /** The network's name, as a reference that orders a domain after the network. */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
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
    return new Network(scope, 'network', this.config);
  }
}
