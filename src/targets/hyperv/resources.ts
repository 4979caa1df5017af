import { TerraformElement, TerraformResource } from '../../core';

/*
 * What a Hyper-V target's accessors give: the resources it rendered for an element of the design,
 * by role, for changes the library does not model (`addOverride`, `dependsOn`).
 */

/** The resources a Hyper-V target rendered for a VM, by role (see {@link HypervTarget.vmResources}). */
export interface HypervVmResources {
  /** The VM: a `hyperv_machine_instance`, the VM construct's `node.defaultChild`. */
  readonly machineInstance: TerraformResource;

  /** The OS disk: a `hyperv_vhd`, a differencing disk on the image, a resized copy of it, or a new disk for a blank image. */
  readonly osDisk: TerraformResource;

  /** The data disks by name: a `hyperv_vhd` each. */
  readonly dataDisks: { [name: string]: TerraformResource };

  /**
   * The cloud-init ISO: a `hyperv_iso_image`.
   *
   * @default - none: the VM has no guest initialisation
   */
  readonly cloudInitIso?: TerraformResource;

  /**
   * The PowerShell that gives a shielded VM its key protector, vTPM, encryption and shielding: a `terraform_data`.
   *
   * @default - none: the VM is not shielded
   */
  readonly security?: TerraformResource;

  /**
   * The PowerShell that makes the VM a role of the hosts' failover cluster: a `terraform_data`.
   *
   * @default - none: the VM is in no cluster, or the target names no failover cluster
   */
  readonly clusterRole?: TerraformResource;

  /**
   * The PowerShell that takes the checkpoint its replica pair asks for: a `terraform_data`.
   *
   * @default - none: the VM is in no replica pair with a checkpoint
   */
  readonly checkpoint?: TerraformResource;
}

/** The resources a Hyper-V target rendered for a network (see {@link HypervTarget.networkResources}). */
export interface HypervNetworkResources {
  /**
   * The network's virtual switch on each host, by host name: a `hyperv_network_switch` of its own,
   * the host's external switch that bridged networks share, or a `hyperv_network_switch` data
   * source for an existing switch.
   */
  readonly switches: { [host: string]: TerraformElement };
}
