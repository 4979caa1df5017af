import { IConstruct } from 'constructs';
import {
  LightDataVsphereResourcePool, LightDataVsphereTag, LightDataVsphereTagCategory, LightFolder, LightResourcePool, LightTag, LightTagCategory,
} from './light-resources';
import { VsphereRenderContext, claimName, slug } from './lookups';
import { TerraformElement } from '../../core';
import { tfText } from '../escaping';

/*
 * What the VMs of a design are filed in: inventory folders, resource pools, tag categories and
 * tags. Each is created (or, where the target adopts existing ones, looked up) once per target,
 * where a VM first needs it, and named after what it is (its path, its parent and name, its key
 * and value), never after the VM that needed it first: adding, removing or reordering VMs renames
 * none of them.
 */

/** A tag of a VM: its category (the key) and the tag (the value), made or existing. */
export interface VmTag {
  readonly category: LightTagCategory | LightDataVsphereTagCategory;
  readonly tag: LightTag | LightDataVsphereTag;
}

/** The folder of a VM: its path, as the VM's `folder` gives it, and the folder made for it (none for an existing folder). */
export interface VmFolder {
  readonly path: string;
  readonly folder?: LightFolder;
}

/** The parent of a resource pool: the root pool of a cluster or host, by a key that tells parents apart. */
export interface PoolParent {
  /** Tells this parent from the others (`cluster:<path>`, `host:<name>`, `target-cluster`). */
  readonly key: string;
  /** The managed object ID of the parent pool. */
  readonly id: string;
  /** The construct the pool is named after. */
  readonly owner: IConstruct;
  /** The prefix of the pool's name after its owner (`pool`, or `pool_host_<host>`). */
  readonly prefix: string;
}

/** Folders, resource pools and tags of a target, each made once. */
export class VsphereInventory {
  private readonly made = new Map<string, TerraformElement>();
  /** What each name of two parts was given to (see {@link claimName}). */
  private readonly names = new Map<string, string>();

  constructor(private readonly ctx: VsphereRenderContext) {}

  /** The VM folder of a path: the path of an existing folder, or the last of the folders made for it (see {@link folders}). */
  public folder(path: string): VmFolder {
    if (this.ctx.existingInventory.folders) return { path: tfText(this.ctx.target, 'folder', path) };
    const chain = this.folders(path);
    const folder = chain[chain.length - 1];
    return { path: folder.path, folder };
  }

  /**
   * The VM folder of a path, `a/b/c`, with each of its parents: a parent is created before its
   * children, which name their path after the parent's (so Terraform creates them in order).
   *
   * @returns the folders from the top one down to the path's own
   */
  public folders(path: string): LightFolder[] {
    const parts = path.split('/');
    const chain: LightFolder[] = [];
    parts.forEach((part, i) => {
      const parent = chain[i - 1];
      const own = parts.slice(0, i + 1);
      chain.push(this.once(`folder:${own.join('/')}`, () => {
        const name = own.map(slug).join('_');
        const folder = new LightFolder(this.ctx.target, `Folder-${name}`, {
          provider: this.ctx.provider,
          datacenterId: this.ctx.datacenterId,
          type: 'vm',
          // the parent's path as a reference: the parent exists before the child is created
          path: parent === undefined ? tfText(this.ctx.target, 'folder', part) : `${parent.path}/${tfText(this.ctx.target, 'folder', part)}`,
        });
        this.ctx.nameAfter(folder, this.ctx.target, `folder_${name}`);
        return folder;
      }));
    });
    return chain;
  }

  /** The resource pool of a name in a parent pool: made, or found where the target adopts existing pools. */
  public resourcePool(parent: PoolParent, name: string): LightResourcePool | LightDataVsphereResourcePool {
    return this.once(`pool:${parent.key}\u0000${name}`, () => {
      const id = `${slug(parent.key)}_${slug(name)}`;
      claimName(this.names, this.ctx.target, `pool_${id}`, `resource pool ${JSON.stringify(name)} in ${parent.key}`);
      const config = {
        provider: this.ctx.provider,
        name: tfText(this.ctx.target, 'resource pool name', name),
        parentResourcePoolId: parent.id,
      };
      const pool = this.ctx.existingInventory.resourcePools
        // the provider finds a pool by name in its parent, in the datacenter (without one, in vCenter's only datacenter)
        ? new LightDataVsphereResourcePool(this.ctx.target, `ResourcePool-${id}`, { ...config, datacenterId: this.ctx.datacenterId })
        : new LightResourcePool(this.ctx.target, `ResourcePool-${id}`, config);
      this.ctx.nameAfter(pool, parent.owner, `${parent.prefix}_${slug(name)}`);
      return pool;
    });
  }

  /**
   * The tag of a key and value: a tag category per key (one tag per VM), a tag per value; made, or
   * found by name where the target adopts existing tags.
   */
  public tag(key: string, value: string): VmTag {
    const existing = this.ctx.existingInventory.tags;
    const category = this.once(`tag-category:${key}`, () => {
      const config = { provider: this.ctx.provider, name: tfText(this.ctx.target, 'tag key', key) };
      const id = `TagCategory-${slug(key)}`;
      const made = existing
        ? new LightDataVsphereTagCategory(this.ctx.target, id, config)
        : new LightTagCategory(this.ctx.target, id, { ...config, cardinality: 'SINGLE', associableTypes: ['VirtualMachine'] });
      this.ctx.nameAfter(made, this.ctx.target, `tag_category_${slug(key)}`);
      return made;
    });
    const tag = this.once(`tag:${key}\u0000${value}`, () => {
      const name = `${slug(key)}_${slug(value)}`;
      claimName(this.names, this.ctx.target, `tag_${name}`, `tag ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
      const config = { provider: this.ctx.provider, name: tfText(this.ctx.target, `value of tag ${key}`, value), categoryId: category.id };
      const made = existing ? new LightDataVsphereTag(this.ctx.target, `Tag-${name}`, config) : new LightTag(this.ctx.target, `Tag-${name}`, config);
      this.ctx.nameAfter(made, this.ctx.target, `tag_${name}`);
      return made;
    });
    return { category, tag };
  }

  private once<T extends TerraformElement>(key: string, make: () => T): T {
    let found = this.made.get(key) as T | undefined;
    if (found === undefined) {
      found = make();
      this.made.set(key, found);
    }
    return found;
  }
}
