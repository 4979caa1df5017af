import { requireDatastore } from './checks';
import { Shared, VsphereLookups, VsphereRenderContext } from './lookups';
import { TerraformElement } from '../../core';
import { DiskNode, VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Image, ImageKind } from '../../model/image';
import { StorageKind } from '../../model/storage';

/*
 * Where a vSphere VM's files and disks are kept: the target's datastore, a datastore the design
 * names, or a datastore cluster whose Storage DRS places them; and the VM storage policies of the
 * VM's home, its OS disk and each data disk.
 */

/** The storage of a VM as rendered. */
export interface VmStorage {
  /** `datastore_id` of the VM (its home and OS disk). */
  readonly datastoreId?: string;
  /** `datastore_cluster_id` of a VM on a datastore cluster (instead of a datastore). */
  readonly datastoreClusterId?: string;
  /** `storage_policy_id` of the VM's home and OS disk. */
  readonly policyId?: string;
  /** The data sources used, by role. */
  readonly resources: { [role: string]: TerraformElement };
  /** `disk.datastore_id` of a data disk kept apart from the VM. */
  datastoreIdOf(disk: DiskNode): string | undefined;
  /** `disk.storage_policy_id` of a data disk. */
  policyIdOf(disk: DiskNode): string | undefined;
}

/**
 * The storage of a VM. A shielded VM with encryption keeps the encryption policy on its home and
 * every disk, so a storage policy of its own is refused unless it is that policy.
 *
 * @param encryption the encryption policy of an encrypted shielded VM
 */
export function vmStorage(
  ctx: VsphereRenderContext,
  lookups: VsphereLookups,
  vm: VmNode,
  image: Image,
  encryption: (() => Shared<TerraformElement, { id: string }>) | undefined,
): VmStorage {
  const storage = vm.storage;
  const resources: { [role: string]: TerraformElement } = {};
  let datastoreId: string | undefined;
  let datastoreClusterId: string | undefined;
  if (storage === undefined) {
    requireDatastore(vm, ctx.datastore);
    const datastore = lookups.datastore();
    datastoreId = datastore.id;
    resources.datastore = datastore.element;
  } else if (storage.kind === StorageKind.NAMED) {
    const datastore = lookups.datastoreNamed(storage.name);
    datastoreId = datastore.id;
    resources.datastore = datastore.element;
  } else {
    if (image.kind === ImageKind.OVF || image.kind === ImageKind.CONTENT_LIBRARY) {
      throw new DesignError(vm.scope, {
        problem: `vCenter deploys ${image.kind === ImageKind.OVF ? 'an OVF package' : 'a content-library item'} to one datastore; Storage DRS cannot place it on a datastore cluster.`,
        value: `storage: Storage.cluster(${JSON.stringify(storage.name)}), image ${image.name}`,
        fix: 'give the VM one datastore (Storage.named), or make the image a template (Image.template) the VM is cloned from',
      });
    }
    const cluster = lookups.datastoreCluster(storage.name);
    datastoreClusterId = cluster.id;
    resources.datastoreCluster = cluster.element;
  }
  for (const disk of vm.disks) checkDiskStorage(vm, disk);

  const policyOf = (name: string | undefined, what: string, role: string): string | undefined => {
    if (encryption !== undefined) {
      if (name !== undefined && name !== ctx.encryptionPolicy) {
        throw new DesignError(vm.scope, {
          problem: `The VM is encrypted: its home and every disk keep the encryption policy "${ctx.encryptionPolicy}", so ${what} cannot have a policy of its own.`,
          value: JSON.stringify(name),
          fix: 'leave the storage policy out, or make the target\'s encryptionPolicy the policy that encrypts and gives what you need',
        });
      }
      return encryption().id;
    }
    if (name === undefined) return undefined;
    const policy = lookups.storagePolicy(name);
    resources[role] = policy.element;
    return policy.id;
  };
  const policyId = policyOf(vm.storagePolicy, 'the VM', 'storagePolicy');
  const diskPolicies = new Map<DiskNode, string | undefined>();
  const diskDatastores = new Map<DiskNode, string>();
  for (const d of vm.disks) {
    const own = d.disk.storagePolicy;
    diskPolicies.set(d, own === undefined || own === vm.storagePolicy ? policyId : policyOf(own, `disk "${d.name}"`, `storagePolicy:${own}`));
    if (d.disk.storage?.kind === StorageKind.NAMED) {
      const datastore = lookups.datastoreNamed(d.disk.storage.name);
      if (datastore.element !== resources.datastore) resources[`datastore:${d.disk.storage.name}`] = datastore.element;
      diskDatastores.set(d, datastore.id);
    }
  }
  return {
    datastoreId,
    datastoreClusterId,
    policyId,
    datastoreIdOf: (disk) => diskDatastores.get(disk),
    policyIdOf: (disk) => diskPolicies.get(disk),
    resources,
  };
}

/**
 * A data disk's storage: a datastore of its own, unless the VM is on a datastore cluster (the
 * provider takes no `disk.datastore_id` with a `datastore_cluster_id`); a datastore cluster only
 * as the VM's own (a disk cannot have a Storage DRS cluster apart from its VM's).
 */
function checkDiskStorage(vm: VmNode, { name, disk }: DiskNode): void {
  const own = disk.storage;
  if (own === undefined) return;
  const vmCluster = vm.storage?.kind === StorageKind.CLUSTER ? vm.storage.name : undefined;
  if (own.kind === StorageKind.NAMED && vmCluster !== undefined) {
    throw new DesignError(vm.scope, {
      problem: `Disk "${name}" names a datastore, but the VM is on datastore cluster "${vmCluster}": Storage DRS places every disk of the VM, `
        + 'and the provider takes no disk datastore with a datastore cluster.',
      value: `disk "${name}": Storage.named(${JSON.stringify(own.name)})`,
      fix: 'leave the disk\'s storage out (it goes to the VM\'s datastore cluster), or put the VM on a datastore (Storage.named)',
    });
  }
  if (own.kind === StorageKind.CLUSTER && own.name !== vmCluster) {
    throw new DesignError(vm.scope, {
      problem: `Disk "${name}" names datastore cluster "${own.name}", which is not its VM's: vSphere places a VM's disks with the VM's own datastore cluster only.`,
      value: `disk "${name}": Storage.cluster(${JSON.stringify(own.name)}); VM: ${vmCluster === undefined ? 'a datastore' : `Storage.cluster(${JSON.stringify(vmCluster)})`}`,
      fix: vmCluster === undefined
        ? `put the VM on the cluster (storage: Storage.cluster(${JSON.stringify(own.name)})), or give the disk a datastore (Storage.named)`
        : 'leave the disk\'s storage out: it goes to the VM\'s datastore cluster',
    });
  }
}

/** The datastore of ISO images: the target's `isoDatastore`, or its datastore. */
export function isoDatastore(ctx: VsphereRenderContext, lookups: VsphereLookups, vm: VmNode): Shared<TerraformElement, { id: string }> {
  const name = ctx.isoDatastore ?? ctx.datastore;
  if (name === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'A CD/DVD drive holds an ISO image from a datastore, and the target names neither an ISO datastore nor a datastore.',
      fix: 'set isoDatastore (or datastore) on the VsphereTarget',
    });
  }
  return lookups.datastoreNamed(name);
}
