import type * as DataVsphereContentLibraryBindings from '@cdktf/provider-vsphere/lib/data-vsphere-content-library';
import type * as DataVsphereContentLibraryItemBindings from '@cdktf/provider-vsphere/lib/data-vsphere-content-library-item';
import type * as DataVsphereDatastoreClusterBindings from '@cdktf/provider-vsphere/lib/data-vsphere-datastore-cluster';
import type * as DataVsphereResourcePoolBindings from '@cdktf/provider-vsphere/lib/data-vsphere-resource-pool';
import type * as DataVsphereTagBindings from '@cdktf/provider-vsphere/lib/data-vsphere-tag';
import type * as DataVsphereTagCategoryBindings from '@cdktf/provider-vsphere/lib/data-vsphere-tag-category';
import type * as FolderBindings from '@cdktf/provider-vsphere/lib/folder';
import type * as ResourcePoolBindings from '@cdktf/provider-vsphere/lib/resource-pool';
import type * as TagBindings from '@cdktf/provider-vsphere/lib/tag';
import type * as TagCategoryBindings from '@cdktf/provider-vsphere/lib/tag-category';
import { Construct } from 'constructs';
import { METADATA, bindings } from './bindings';
import { TerraformDataSource, TerraformResource, hashMapper, listMapper } from '../../../core';
import { LightDataSource, LightResource, plain } from '../../light-resource';

/*
 * The light classes of the inventory a VM is filed in (folders, resource pools, tags and their
 * categories, made or existing) and of the data sources of content libraries and datastore clusters.
 * Written from the generated configuration types and converters (see `../light-resources.ts`).
 */

const folder = bindings<typeof FolderBindings>('folder');
const resourcePool = bindings<typeof ResourcePoolBindings>('resource-pool');
const tag = bindings<typeof TagBindings>('tag');
const tagCategory = bindings<typeof TagCategoryBindings>('tag-category');
const dataVsphereContentLibrary = bindings<typeof DataVsphereContentLibraryBindings>('data-vsphere-content-library');
const dataVsphereContentLibraryItem = bindings<typeof DataVsphereContentLibraryItemBindings>('data-vsphere-content-library-item');
const dataVsphereDatastoreCluster = bindings<typeof DataVsphereDatastoreClusterBindings>('data-vsphere-datastore-cluster');
const dataVsphereResourcePool = bindings<typeof DataVsphereResourcePoolBindings>('data-vsphere-resource-pool');
const dataVsphereTag = bindings<typeof DataVsphereTagBindings>('data-vsphere-tag');
const dataVsphereTagCategory = bindings<typeof DataVsphereTagCategoryBindings>('data-vsphere-tag-category');

/** A `vsphere_folder` resource without the generated class (see `../light-resources.ts`). */
export class LightFolder extends LightResource<FolderBindings.FolderConfig> {
  constructor(scope: Construct, id: string, config: FolderBindings.FolderConfig) {
    super(scope, id, 'vsphere_folder', METADATA, config);
  }

  /** The folder's path below its datacenter's folder of its type. */
  public get path(): string {
    return this.getStringAttribute('path');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      custom_attributes: hashMapper(plain)(c.customAttributes),
      datacenter_id: c.datacenterId,
      id: c.id,
      path: c.path,
      tags: listMapper(plain, false)(c.tags),
      type: c.type,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (folder().Folder)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_resource_pool` resource without the generated class (see `../light-resources.ts`). */
export class LightResourcePool extends LightResource<ResourcePoolBindings.ResourcePoolConfig> {
  constructor(scope: Construct, id: string, config: ResourcePoolBindings.ResourcePoolConfig) {
    super(scope, id, 'vsphere_resource_pool', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      cpu_expandable: c.cpuExpandable,
      cpu_limit: c.cpuLimit,
      cpu_reservation: c.cpuReservation,
      cpu_share_level: c.cpuShareLevel,
      cpu_shares: c.cpuShares,
      custom_attributes: hashMapper(plain)(c.customAttributes),
      id: c.id,
      memory_expandable: c.memoryExpandable,
      memory_limit: c.memoryLimit,
      memory_reservation: c.memoryReservation,
      memory_share_level: c.memoryShareLevel,
      memory_shares: c.memoryShares,
      name: c.name,
      parent_resource_pool_id: c.parentResourcePoolId,
      scale_descendants_shares: c.scaleDescendantsShares,
      tags: listMapper(plain, false)(c.tags),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (resourcePool().ResourcePool)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_tag_category` resource without the generated class (see `../light-resources.ts`). */
export class LightTagCategory extends LightResource<TagCategoryBindings.TagCategoryConfig> {
  constructor(scope: Construct, id: string, config: TagCategoryBindings.TagCategoryConfig) {
    super(scope, id, 'vsphere_tag_category', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      associable_types: listMapper(plain, false)(c.associableTypes),
      cardinality: c.cardinality,
      description: c.description,
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (tagCategory().TagCategory)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_tag` resource without the generated class (see `../light-resources.ts`). */
export class LightTag extends LightResource<TagBindings.TagConfig> {
  constructor(scope: Construct, id: string, config: TagBindings.TagConfig) {
    super(scope, id, 'vsphere_tag', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      category_id: c.categoryId,
      description: c.description,
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (tag().Tag)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_content_library` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereContentLibrary extends LightDataSource<DataVsphereContentLibraryBindings.DataVsphereContentLibraryConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereContentLibraryBindings.DataVsphereContentLibraryConfig) {
    super(scope, id, 'vsphere_content_library', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereContentLibrary().DataVsphereContentLibrary)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_content_library_item` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereContentLibraryItem
  extends LightDataSource<DataVsphereContentLibraryItemBindings.DataVsphereContentLibraryItemConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereContentLibraryItemBindings.DataVsphereContentLibraryItemConfig) {
    super(scope, id, 'vsphere_content_library_item', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      id: c.id,
      library_id: c.libraryId,
      name: c.name,
      type: c.type,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereContentLibraryItem().DataVsphereContentLibraryItem)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_datastore_cluster` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereDatastoreCluster extends LightDataSource<DataVsphereDatastoreClusterBindings.DataVsphereDatastoreClusterConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereDatastoreClusterBindings.DataVsphereDatastoreClusterConfig) {
    super(scope, id, 'vsphere_datastore_cluster', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      datacenter_id: c.datacenterId,
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereDatastoreCluster().DataVsphereDatastoreCluster)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_resource_pool` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereResourcePool extends LightDataSource<DataVsphereResourcePoolBindings.DataVsphereResourcePoolConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereResourcePoolBindings.DataVsphereResourcePoolConfig) {
    super(scope, id, 'vsphere_resource_pool', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      datacenter_id: c.datacenterId,
      id: c.id,
      name: c.name,
      parent_resource_pool_id: c.parentResourcePoolId,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereResourcePool().DataVsphereResourcePool)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_tag_category` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereTagCategory extends LightDataSource<DataVsphereTagCategoryBindings.DataVsphereTagCategoryConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereTagCategoryBindings.DataVsphereTagCategoryConfig) {
    super(scope, id, 'vsphere_tag_category', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereTagCategory().DataVsphereTagCategory)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_tag` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereTag extends LightDataSource<DataVsphereTagBindings.DataVsphereTagConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereTagBindings.DataVsphereTagConfig) {
    super(scope, id, 'vsphere_tag', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      category_id: c.categoryId,
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereTag().DataVsphereTag)(scope, this.node.id, this.config);
  }
}
