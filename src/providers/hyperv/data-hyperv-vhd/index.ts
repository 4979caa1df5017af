// https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataHypervVhdConfig extends cdktf.TerraformMetaArguments {
  /**
  * Specifies the block size, in bytes, of the virtual hard disk to be created.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#block_size DataHypervVhd#block_size}
  */
  readonly blockSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#id DataHypervVhd#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Specifies the logical sector size, in bytes, of the virtual hard disk to be created. Valid values to use are `0`, `512`, `4096`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#logical_sector_size DataHypervVhd#logical_sector_size}
  */
  readonly logicalSectorSize?: number;
  /**
  * Specifies the path to the parent of the differencing disk to be created (this parameter may be specified only for the creation of a differencing disk)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#parent_path DataHypervVhd#parent_path}
  */
  readonly parentPath?: string;
  /**
  * Path to the existing virtual hard disk file(s) that is being created or being copied to. If a filename or relative path is specified, the virtual hard disk path is calculated relative to the current working directory. Depending on the source selected, the path will be used to determine where to copy source vhd/vhdx/vhds file to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#path DataHypervVhd#path}
  */
  readonly path: string;
  /**
  * Specifies the physical sector size, in bytes. Valid values to use are `0`, `512`, `4096`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#physical_sector_size DataHypervVhd#physical_sector_size}
  */
  readonly physicalSectorSize?: number;
  /**
  * The maximum size, in bytes, of the virtual hard disk to be created.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#size DataHypervVhd#size}
  */
  readonly size?: number;
  /**
  * This value can be a url or a path (including wildcards). Box, Zip and 7z files will automatically be expanded. The destination folder will be the directory portion of the path. If expanded files have a folder called `Virtual Machines`, then the `Virtual Machines` folder will be used instead of the entire archive contents. 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#source DataHypervVhd#source}
  */
  readonly source?: string;
  /**
  * Specifies the physical disk to be used as the source for the virtual hard disk to be created.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#source_disk DataHypervVhd#source_disk}
  */
  readonly sourceDisk?: number;
  /**
  * This value is the name of the vm to copy the vhds from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#source_vm DataHypervVhd#source_vm}
  */
  readonly sourceVm?: string;
  /**
  * VHD type to use. Valid values to use are `Unknown`, `Fixed`, `Dynamic`, `Differencing`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#vhd_type DataHypervVhd#vhd_type}
  */
  readonly vhdType?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#timeouts DataHypervVhd#timeouts}
  */
  readonly timeouts?: DataHypervVhdTimeouts;
}
export interface DataHypervVhdTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#read DataHypervVhd#read}
  */
  readonly read?: string;
}

export function dataHypervVhdTimeoutsToTerraform(struct?: DataHypervVhdTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    read: cdktf.stringToTerraform(struct!.read),
  }
}


export function dataHypervVhdTimeoutsToHclTerraform(struct?: DataHypervVhdTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataHypervVhdTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataHypervVhdTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataHypervVhdTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._read = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._read = value.read;
    }
  }

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd hyperv_vhd}
*/
export class DataHypervVhd extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperv_vhd";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataHypervVhd resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataHypervVhd to import
  * @param importFromId The id of the existing DataHypervVhd that should be imported. Refer to the {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataHypervVhd to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperv_vhd", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/vhd hyperv_vhd} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataHypervVhdConfig
  */
  public constructor(scope: Construct, id: string, config: DataHypervVhdConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperv_vhd',
      terraformGeneratorMetadata: {
        providerName: 'hyperv',
        providerVersion: '1.2.1',
        providerVersionConstraint: '~> 1.2.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._blockSize = config.blockSize;
    this._id = config.id;
    this._logicalSectorSize = config.logicalSectorSize;
    this._parentPath = config.parentPath;
    this._path = config.path;
    this._physicalSectorSize = config.physicalSectorSize;
    this._size = config.size;
    this._source = config.source;
    this._sourceDisk = config.sourceDisk;
    this._sourceVm = config.sourceVm;
    this._vhdType = config.vhdType;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // block_size - computed: false, optional: true, required: false
  private _blockSize?: number; 
  public get blockSize() {
    return this.getNumberAttribute('block_size');
  }
  public set blockSize(value: number) {
    this._blockSize = value;
  }
  public resetBlockSize() {
    this._blockSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get blockSizeInput() {
    return this._blockSize;
  }

  // exists - computed: true, optional: false, required: false
  public get exists() {
    return this.getBooleanAttribute('exists');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // logical_sector_size - computed: false, optional: true, required: false
  private _logicalSectorSize?: number; 
  public get logicalSectorSize() {
    return this.getNumberAttribute('logical_sector_size');
  }
  public set logicalSectorSize(value: number) {
    this._logicalSectorSize = value;
  }
  public resetLogicalSectorSize() {
    this._logicalSectorSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logicalSectorSizeInput() {
    return this._logicalSectorSize;
  }

  // parent_path - computed: false, optional: true, required: false
  private _parentPath?: string; 
  public get parentPath() {
    return this.getStringAttribute('parent_path');
  }
  public set parentPath(value: string) {
    this._parentPath = value;
  }
  public resetParentPath() {
    this._parentPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get parentPathInput() {
    return this._parentPath;
  }

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // physical_sector_size - computed: false, optional: true, required: false
  private _physicalSectorSize?: number; 
  public get physicalSectorSize() {
    return this.getNumberAttribute('physical_sector_size');
  }
  public set physicalSectorSize(value: number) {
    this._physicalSectorSize = value;
  }
  public resetPhysicalSectorSize() {
    this._physicalSectorSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get physicalSectorSizeInput() {
    return this._physicalSectorSize;
  }

  // size - computed: false, optional: true, required: false
  private _size?: number; 
  public get size() {
    return this.getNumberAttribute('size');
  }
  public set size(value: number) {
    this._size = value;
  }
  public resetSize() {
    this._size = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeInput() {
    return this._size;
  }

  // source - computed: false, optional: true, required: false
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  public resetSource() {
    this._source = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }

  // source_disk - computed: false, optional: true, required: false
  private _sourceDisk?: number; 
  public get sourceDisk() {
    return this.getNumberAttribute('source_disk');
  }
  public set sourceDisk(value: number) {
    this._sourceDisk = value;
  }
  public resetSourceDisk() {
    this._sourceDisk = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceDiskInput() {
    return this._sourceDisk;
  }

  // source_vm - computed: false, optional: true, required: false
  private _sourceVm?: string; 
  public get sourceVm() {
    return this.getStringAttribute('source_vm');
  }
  public set sourceVm(value: string) {
    this._sourceVm = value;
  }
  public resetSourceVm() {
    this._sourceVm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceVmInput() {
    return this._sourceVm;
  }

  // vhd_type - computed: false, optional: true, required: false
  private _vhdType?: string; 
  public get vhdType() {
    return this.getStringAttribute('vhd_type');
  }
  public set vhdType(value: string) {
    this._vhdType = value;
  }
  public resetVhdType() {
    this._vhdType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vhdTypeInput() {
    return this._vhdType;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new DataHypervVhdTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DataHypervVhdTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      block_size: cdktf.numberToTerraform(this._blockSize),
      id: cdktf.stringToTerraform(this._id),
      logical_sector_size: cdktf.numberToTerraform(this._logicalSectorSize),
      parent_path: cdktf.stringToTerraform(this._parentPath),
      path: cdktf.stringToTerraform(this._path),
      physical_sector_size: cdktf.numberToTerraform(this._physicalSectorSize),
      size: cdktf.numberToTerraform(this._size),
      source: cdktf.stringToTerraform(this._source),
      source_disk: cdktf.numberToTerraform(this._sourceDisk),
      source_vm: cdktf.stringToTerraform(this._sourceVm),
      vhd_type: cdktf.stringToTerraform(this._vhdType),
      timeouts: dataHypervVhdTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      block_size: {
        value: cdktf.numberToHclTerraform(this._blockSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      logical_sector_size: {
        value: cdktf.numberToHclTerraform(this._logicalSectorSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      parent_path: {
        value: cdktf.stringToHclTerraform(this._parentPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      physical_sector_size: {
        value: cdktf.numberToHclTerraform(this._physicalSectorSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      size: {
        value: cdktf.numberToHclTerraform(this._size),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      source: {
        value: cdktf.stringToHclTerraform(this._source),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_disk: {
        value: cdktf.numberToHclTerraform(this._sourceDisk),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      source_vm: {
        value: cdktf.stringToHclTerraform(this._sourceVm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vhd_type: {
        value: cdktf.stringToHclTerraform(this._vhdType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: dataHypervVhdTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataHypervVhdTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
