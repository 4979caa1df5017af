import { TerraformDataSource, TerraformResource } from '../../core';

/*
 * The resources are rendered without the generated classes of `@cdktf/provider-vsphere` (see
 * `light-resources.ts`), so they are given by the cdktf classes they extend: use `addOverride`
 * for attributes the library does not set, and `getStringAttribute` and the like for references.
 */

/**
 * What the vSphere target rendered for a VM, by role: the resources it made for the VM and the
 * data sources and inventory, shared with other VMs, that the VM uses. Roles named per key are not
 * listed here: `tag:<key>` and `tagCategory:<key>` (the VM's tags: resources, or data sources where
 * the target uses existing tags), `storagePolicy:<name>` and `datastore:<name>` (its disks' own).
 */
export interface VsphereVmResources {
  /** The `vsphere_virtual_machine`: the VM construct's `node.defaultChild`. */
  readonly virtualMachine: TerraformResource;
  /**
   * The VM's `vsphere_ha_vm_override`, when it has a restart priority of its own in its cluster.
   *
   * @default - none: the VM restarts with its cluster's priority
   */
  readonly haOverride?: TerraformResource;
  /**
   * The VM's `vsphere_drs_vm_override`, when it has a DRS automation level of its own in its cluster.
   *
   * @default - none: DRS automates the VM as its cluster says
   */
  readonly drsOverride?: TerraformResource;
  /**
   * The VM's `vsphere_virtual_machine_snapshot`, when it is in a replica pair with a checkpoint.
   *
   * @default - none: the VM has no snapshot
   */
  readonly snapshot?: TerraformResource;
  /**
   * The `vsphere_virtual_machine` data source of the template the VM is cloned from.
   *
   * @default - none: the VM's image is not a template (a content-library item, an OVF package or a blank disk)
   */
  readonly template?: TerraformDataSource;
  /**
   * The `vsphere_datastore` data source of the VM's files: the target's datastore, or the one the VM names.
   *
   * @default - none: the VM is on a datastore cluster
   */
  readonly datastore?: TerraformDataSource;
  /**
   * The `vsphere_datastore_cluster` data source of the VM's datastore cluster.
   *
   * @default - none: the VM is on a datastore
   */
  readonly datastoreCluster?: TerraformDataSource;
  /**
   * The `vsphere_content_library` data source of the library the VM's image is an item of.
   *
   * @default - none: the VM's image is not a content-library item
   */
  readonly contentLibrary?: TerraformDataSource;
  /**
   * The `vsphere_content_library_item` data source of the item the VM is cloned from.
   *
   * @default - none: the VM's image is not a content-library item
   */
  readonly contentLibraryItem?: TerraformDataSource;
  /**
   * The `vsphere_storage_policy` data source of the VM's own storage policy (its home and OS disk).
   *
   * @default - none: the VM names no storage policy
   */
  readonly storagePolicy?: TerraformDataSource;
  /**
   * The `vsphere_datastore` data source of the ISO images of the VM's CD/DVD drives.
   *
   * @default - none: the VM has no drive with an ISO image
   */
  readonly isoDatastore?: TerraformDataSource;
  /**
   * The `vsphere_folder` the VM is in (the last level of its folder path; the target makes each level once).
   *
   * @default - none: the VM names no folder, or the target uses existing folders
   */
  readonly folder?: TerraformResource;
  /**
   * The `vsphere_resource_pool` the VM runs in (shared by the VMs that name it in the same root pool).
   *
   * @default - none: the VM runs in its root resource pool, or the target uses existing pools
   */
  readonly resourcePool?: TerraformResource;
  /**
   * The `vsphere_resource_pool` data source of the existing pool the VM runs in, where the target
   * uses existing pools (`existingInventory.resourcePools`).
   *
   * @default - none: the VM runs in its root resource pool, or in a pool the target makes
   */
  readonly existingResourcePool?: TerraformDataSource;
  /**
   * The `vsphere_host` data source of the host the VM names.
   *
   * @default - none: the VM names no host
   */
  readonly host?: TerraformDataSource;
  /**
   * The `vsphere_compute_cluster` data source of the target's cluster, when the VM runs there (it names neither cluster nor host).
   *
   * @default - none: the VM runs in its own cluster or on its host
   */
  readonly cluster?: TerraformDataSource;
  /**
   * The `vsphere_storage_policy` data source of the policy that encrypts a shielded VM.
   *
   * @default - none: the VM is not encrypted
   */
  readonly encryptionPolicy?: TerraformDataSource;
}

/**
 * What the vSphere target rendered for a network, by role. The network construct's
 * `node.defaultChild` is its distributed port group, or else its `vsphere_network` data source.
 */
export interface VsphereNetworkResources {
  /**
   * The `vsphere_distributed_port_group` of a new network on the target's distributed switch.
   *
   * @default - none: the network exists already, or is on a standard switch
   */
  readonly portGroup?: TerraformResource;
  /**
   * The `vsphere_network` data source: of an existing network, or of a new network on a standard
   * switch, read once its host port groups exist.
   *
   * @default - none: the network is a distributed port group
   */
  readonly network?: TerraformDataSource;
  /** The `vsphere_host_port_group` of a new network on a standard switch, by host (empty otherwise). */
  readonly hostPortGroups: { [host: string]: TerraformResource };
  /**
   * The `vsphere_distributed_virtual_switch` data source of the target's switch, for a new network on it.
   *
   * @default - none: the network is not on a distributed switch
   */
  readonly distributedSwitch?: TerraformDataSource;
}
