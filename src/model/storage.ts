/** What a storage of the design is. */
export enum StorageKind {
  /** One storage: a vSphere datastore, a Hyper-V storage location, a libvirt pool. */
  NAMED = 'named',
  /** A vSphere datastore cluster, whose Storage DRS places disks on its datastores. */
  CLUSTER = 'cluster',
}

/**
 * Where the files and disks of a VM are kept, by the name the target knows the storage by.
 */
export class Storage {
  /**
   * One storage, by name: a datastore on vSphere, a location of the Hyper-V target's
   * `storageLocations` (a folder on the hosts), a storage pool on libvirt hosts.
   *
   * @param name the storage's name
   */
  public static named(name: string): Storage {
    return new Storage(StorageKind.NAMED, name);
  }

  /**
   * A vSphere datastore cluster: Storage DRS picks the datastore of the VM's files and disks
   * (`datastore_cluster_id`).
   *
   * @param name the datastore cluster's name
   */
  public static cluster(name: string): Storage {
    return new Storage(StorageKind.CLUSTER, name);
  }

  private constructor(
    /** One storage or a cluster of them. */
    public readonly kind: StorageKind,
    /** The storage's name. */
    public readonly name: string,
  ) {}
}
