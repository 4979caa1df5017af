import { Construct } from 'constructs';
import { App, TerraformResource, TerraformStack } from '../../core';
import {
  Domain, DomainConfig, domainCpuToTerraform, domainDevicesToTerraform, domainFeaturesToTerraform, domainLaunchSecurityToTerraform,
  domainMemoryBackingToTerraform, domainOsToTerraform,
} from '../../providers/libvirt/domain';

/** The attributes of `libvirt_domain` the libvirt target sets. */
export type LightDomainConfig = Pick<DomainConfig,
  'provider' | 'dependsOn' | 'lifecycle' | 'name' | 'type' | 'vcpu' | 'memory' | 'memoryUnit' | 'currentMemory' | 'currentMemoryUnit'
  | 'memoryBacking' | 'cpu' | 'os' | 'features' | 'launchSecurity' | 'devices' | 'autostart' | 'onCrash' | 'running'>;

const str = (v: string | undefined) => v;
const num = (v: number | undefined) => v;

/**
 * A `libvirt_domain` typed by the generated configuration and converted by the generated
 * converters, without the generated class. That class builds its whole tree of output references
 * (about 3,700 nodes) when it is created, about 160 ms a domain: a design of 1,000 VMs took minutes
 * to synthesize. The generated class is still used for HCL output (`cdktf synth --hcl`).
 */
export class LightDomain extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly config: LightDomainConfig) {
    super(scope, id, {
      terraformResourceType: 'libvirt_domain',
      terraformGeneratorMetadata: { providerName: 'libvirt', providerVersion: '0.9.7', providerVersionConstraint: '~> 0.9.7' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      lifecycle: config.lifecycle,
    });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
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

  protected synthesizeHclAttributes(): { [name: string]: any } {
    // rare and slow: the generated class, in a stack of its own, knows how to write HCL
    const full = new Domain(new TerraformStack(new App(), 'hcl'), 'domain', this.config);
    return (full as any).synthesizeHclAttributes();
  }
}
