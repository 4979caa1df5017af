import { Construct } from 'constructs';
import { TerraformResource, listMapper } from '../../core';
import type * as VmBindings from '../../providers/proxmox/virtual-environment-vm';
import { GeneratorMetadata, LightResource, lazily } from '../light-resource';

/*
 * The Proxmox VE VM typed by the generated configuration and converted by the generated
 * converters, without the generated class (see `../light-resource.ts`), and with its NICs
 * written as the provider reads them: `network_device` is a list-of-objects attribute of the
 * SDKv2 VM, and in JSON every object must carry every key (null where unset) or Terraform rejects
 * it, while the generated converter leaves unset keys out.
 */

/** The provider the bindings were generated from, as the generated classes give it. */
export const PROXMOX_METADATA: GeneratorMetadata = { providerName: 'proxmox', providerVersion: '0.111.1', providerVersionConstraint: '~> 0.111.1' };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const vmBindings = lazily(() => require('../../providers/proxmox/virtual-environment-vm') as typeof VmBindings);

/** A NIC of a VM, every key of the provider's object. */
export interface ProxmoxNic {
  readonly bridge: string;
  readonly model: string;
  readonly macAddress?: string;
  readonly vlanId?: number;
  readonly firewall?: boolean;
}

/** The attributes of `proxmox_virtual_environment_vm` the Proxmox VE target sets. */
export type LightVmConfig = Pick<VmBindings.VirtualEnvironmentVmConfig,
  'provider' | 'dependsOn' | 'lifecycle' | 'name' | 'nodeName' | 'migrate' | 'onBoot' | 'started' | 'bios' | 'machine' | 'description'
  | 'tags' | 'poolId' | 'bootOrder' | 'hotplug' | 'scsiHardware' | 'agent' | 'amdSev' | 'cdrom' | 'clone' | 'cpu' | 'disk' | 'efiDisk'
  | 'hostpci' | 'initialization' | 'memory' | 'operatingSystem' | 'tpmState' | 'stopOnDestroy'> & {
  /** The NICs, in order (`net0`, `net1`, ...). */
    readonly nics: readonly ProxmoxNic[];
  };

/** A `proxmox_virtual_environment_vm` without the generated class (see the top of this file). */
export class LightVm extends LightResource<LightVmConfig> {
  constructor(scope: Construct, id: string, config: LightVmConfig) {
    super(scope, id, 'proxmox_virtual_environment_vm', PROXMOX_METADATA, config);
  }

  /** The VM's ID in the cluster (computed by the provider), as a reference. */
  public get vmId(): number {
    return this.getNumberAttribute('vm_id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const b = vmBindings();
    const str = (v: string[] | undefined) => listMapper((x: string) => x, false)(v);
    return {
      name: c.name,
      node_name: c.nodeName,
      migrate: c.migrate,
      on_boot: c.onBoot,
      started: c.started,
      stop_on_destroy: c.stopOnDestroy,
      bios: c.bios,
      machine: c.machine,
      description: c.description,
      tags: str(c.tags),
      pool_id: c.poolId,
      boot_order: str(c.bootOrder),
      hotplug: c.hotplug,
      scsi_hardware: c.scsiHardware,
      agent: b.virtualEnvironmentVmAgentToTerraform(c.agent),
      amd_sev: b.virtualEnvironmentVmAmdSevToTerraform(c.amdSev),
      cdrom: b.virtualEnvironmentVmCdromToTerraform(c.cdrom),
      clone: b.virtualEnvironmentVmCloneToTerraform(c.clone),
      cpu: b.virtualEnvironmentVmCpuToTerraform(c.cpu),
      disk: listMapper(b.virtualEnvironmentVmDiskToTerraform, true)(c.disk),
      efi_disk: b.virtualEnvironmentVmEfiDiskToTerraform(c.efiDisk),
      hostpci: listMapper(b.virtualEnvironmentVmHostpciToTerraform, true)(c.hostpci),
      initialization: b.virtualEnvironmentVmInitializationToTerraform(c.initialization),
      memory: b.virtualEnvironmentVmMemoryToTerraform(c.memory),
      operating_system: b.virtualEnvironmentVmOperatingSystemToTerraform(c.operatingSystem),
      tpm_state: b.virtualEnvironmentVmTpmStateToTerraform(c.tpmState),
      // every key of every object, null where unset: see the top of this file
      network_device: c.nics.length === 0 ? undefined : c.nics.map((nic) => ({
        bridge: nic.bridge,
        disconnected: null,
        enabled: null,
        firewall: nic.firewall ?? null,
        mac_address: nic.macAddress ?? null,
        model: nic.model,
        mtu: null,
        queues: null,
        rate_limit: null,
        trunks: null,
        vlan_id: nic.vlanId ?? null,
      })),
    };
  }

  protected full(scope: Construct): TerraformResource {
    const { nics, ...rest } = this.config;
    return new (vmBindings().VirtualEnvironmentVm)(scope, 'vm', {
      ...rest,
      networkDevice: nics.map((nic) => ({
        bridge: nic.bridge, model: nic.model, macAddress: nic.macAddress, vlanId: nic.vlanId, firewall: nic.firewall,
      })),
    });
  }
}
