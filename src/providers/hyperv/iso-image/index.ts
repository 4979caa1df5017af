// https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IsoImageConfig extends cdktf.TerraformMetaArguments {
  /**
  * Remote boot file path. This defaults to `$env:temp\{filename(source_boot_file_path)}`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#destination_boot_file_path IsoImage#destination_boot_file_path}
  */
  readonly destinationBootFilePath?: string;
  /**
  * Remote iso file path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#destination_iso_file_path IsoImage#destination_iso_file_path}
  */
  readonly destinationIsoFilePath: string;
  /**
  * Remote zip file path. This defaults to `$env:temp\{filename(source_zip_file_path)}`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#destination_zip_file_path IsoImage#destination_zip_file_path}
  */
  readonly destinationZipFilePath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#id IsoImage#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * File system type for iso. Valid values to use are `none`, `iso9660`, `joliet`, `iso9660|joliet`, `udf`, `joliet|udf`, `iso9660|joliet|udf`, `unknown`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#iso_file_system_type IsoImage#iso_file_system_type}
  */
  readonly isoFileSystemType?: string;
  /**
  * Media type for iso. Valid values to use are `unknown`, `cdrom`, `cdr`, `cdrw`, `dvdrom`, `dvdram`, `dvdplusr`, `dvdplusrw`, `dvdplusr_duallayer`, `dvddashr`, `dvddashrw`, `dvddashr_duallayer`, `disk`, `dvdplusrw_duallayer`, `hddvdrom`, `hddvdr`, `hddvdram`, `bdrom`, `bdr`, `bdre`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#iso_media_type IsoImage#iso_media_type}
  */
  readonly isoMediaType?: string;
  /**
  * Local boot file path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#source_boot_file_path IsoImage#source_boot_file_path}
  */
  readonly sourceBootFilePath?: string;
  /**
  * Hash of local boot file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#source_boot_file_path_hash IsoImage#source_boot_file_path_hash}
  */
  readonly sourceBootFilePathHash?: string;
  /**
  * Local iso file path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#source_iso_file_path IsoImage#source_iso_file_path}
  */
  readonly sourceIsoFilePath?: string;
  /**
  * Hash of local iso file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#source_iso_file_path_hash IsoImage#source_iso_file_path_hash}
  */
  readonly sourceIsoFilePathHash?: string;
  /**
  * Local zip file path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#source_zip_file_path IsoImage#source_zip_file_path}
  */
  readonly sourceZipFilePath?: string;
  /**
  * Hash of local zip file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#source_zip_file_path_hash IsoImage#source_zip_file_path_hash}
  */
  readonly sourceZipFilePathHash?: string;
  /**
  * Volume name for iso. Must be 15 characters or less. Characters must be `A` through `Z`, `0` through `9` or `_` (underscore)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#volume_name IsoImage#volume_name}
  */
  readonly volumeName?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#timeouts IsoImage#timeouts}
  */
  readonly timeouts?: IsoImageTimeouts;
}
export interface IsoImageTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#create IsoImage#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#delete IsoImage#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#read IsoImage#read}
  */
  readonly read?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#update IsoImage#update}
  */
  readonly update?: string;
}

export function isoImageTimeoutsToTerraform(struct?: IsoImageTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function isoImageTimeoutsToHclTerraform(struct?: IsoImageTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsoImageTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): IsoImageTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IsoImageTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._read = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._read = value.read;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
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

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image hyperv_iso_image}
*/
export class IsoImage extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperv_iso_image";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IsoImage resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IsoImage to import
  * @param importFromId The id of the existing IsoImage that should be imported. Refer to the {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IsoImage to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperv_iso_image", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/resources/iso_image hyperv_iso_image} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IsoImageConfig
  */
  public constructor(scope: Construct, id: string, config: IsoImageConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperv_iso_image',
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
    this._destinationBootFilePath = config.destinationBootFilePath;
    this._destinationIsoFilePath = config.destinationIsoFilePath;
    this._destinationZipFilePath = config.destinationZipFilePath;
    this._id = config.id;
    this._isoFileSystemType = config.isoFileSystemType;
    this._isoMediaType = config.isoMediaType;
    this._sourceBootFilePath = config.sourceBootFilePath;
    this._sourceBootFilePathHash = config.sourceBootFilePathHash;
    this._sourceIsoFilePath = config.sourceIsoFilePath;
    this._sourceIsoFilePathHash = config.sourceIsoFilePathHash;
    this._sourceZipFilePath = config.sourceZipFilePath;
    this._sourceZipFilePathHash = config.sourceZipFilePathHash;
    this._volumeName = config.volumeName;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // destination_boot_file_path - computed: false, optional: true, required: false
  private _destinationBootFilePath?: string; 
  public get destinationBootFilePath() {
    return this.getStringAttribute('destination_boot_file_path');
  }
  public set destinationBootFilePath(value: string) {
    this._destinationBootFilePath = value;
  }
  public resetDestinationBootFilePath() {
    this._destinationBootFilePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationBootFilePathInput() {
    return this._destinationBootFilePath;
  }

  // destination_iso_file_path - computed: false, optional: false, required: true
  private _destinationIsoFilePath?: string; 
  public get destinationIsoFilePath() {
    return this.getStringAttribute('destination_iso_file_path');
  }
  public set destinationIsoFilePath(value: string) {
    this._destinationIsoFilePath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationIsoFilePathInput() {
    return this._destinationIsoFilePath;
  }

  // destination_zip_file_path - computed: false, optional: true, required: false
  private _destinationZipFilePath?: string; 
  public get destinationZipFilePath() {
    return this.getStringAttribute('destination_zip_file_path');
  }
  public set destinationZipFilePath(value: string) {
    this._destinationZipFilePath = value;
  }
  public resetDestinationZipFilePath() {
    this._destinationZipFilePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationZipFilePathInput() {
    return this._destinationZipFilePath;
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

  // iso_file_system_type - computed: false, optional: true, required: false
  private _isoFileSystemType?: string; 
  public get isoFileSystemType() {
    return this.getStringAttribute('iso_file_system_type');
  }
  public set isoFileSystemType(value: string) {
    this._isoFileSystemType = value;
  }
  public resetIsoFileSystemType() {
    this._isoFileSystemType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isoFileSystemTypeInput() {
    return this._isoFileSystemType;
  }

  // iso_media_type - computed: false, optional: true, required: false
  private _isoMediaType?: string; 
  public get isoMediaType() {
    return this.getStringAttribute('iso_media_type');
  }
  public set isoMediaType(value: string) {
    this._isoMediaType = value;
  }
  public resetIsoMediaType() {
    this._isoMediaType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isoMediaTypeInput() {
    return this._isoMediaType;
  }

  // resolve_destination_boot_file_path - computed: true, optional: false, required: false
  public get resolveDestinationBootFilePath() {
    return this.getStringAttribute('resolve_destination_boot_file_path');
  }

  // resolve_destination_iso_file_path - computed: true, optional: false, required: false
  public get resolveDestinationIsoFilePath() {
    return this.getStringAttribute('resolve_destination_iso_file_path');
  }

  // resolve_destination_zip_file_path - computed: true, optional: false, required: false
  public get resolveDestinationZipFilePath() {
    return this.getStringAttribute('resolve_destination_zip_file_path');
  }

  // source_boot_file_path - computed: false, optional: true, required: false
  private _sourceBootFilePath?: string; 
  public get sourceBootFilePath() {
    return this.getStringAttribute('source_boot_file_path');
  }
  public set sourceBootFilePath(value: string) {
    this._sourceBootFilePath = value;
  }
  public resetSourceBootFilePath() {
    this._sourceBootFilePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceBootFilePathInput() {
    return this._sourceBootFilePath;
  }

  // source_boot_file_path_hash - computed: false, optional: true, required: false
  private _sourceBootFilePathHash?: string; 
  public get sourceBootFilePathHash() {
    return this.getStringAttribute('source_boot_file_path_hash');
  }
  public set sourceBootFilePathHash(value: string) {
    this._sourceBootFilePathHash = value;
  }
  public resetSourceBootFilePathHash() {
    this._sourceBootFilePathHash = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceBootFilePathHashInput() {
    return this._sourceBootFilePathHash;
  }

  // source_iso_file_path - computed: false, optional: true, required: false
  private _sourceIsoFilePath?: string; 
  public get sourceIsoFilePath() {
    return this.getStringAttribute('source_iso_file_path');
  }
  public set sourceIsoFilePath(value: string) {
    this._sourceIsoFilePath = value;
  }
  public resetSourceIsoFilePath() {
    this._sourceIsoFilePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIsoFilePathInput() {
    return this._sourceIsoFilePath;
  }

  // source_iso_file_path_hash - computed: false, optional: true, required: false
  private _sourceIsoFilePathHash?: string; 
  public get sourceIsoFilePathHash() {
    return this.getStringAttribute('source_iso_file_path_hash');
  }
  public set sourceIsoFilePathHash(value: string) {
    this._sourceIsoFilePathHash = value;
  }
  public resetSourceIsoFilePathHash() {
    this._sourceIsoFilePathHash = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceIsoFilePathHashInput() {
    return this._sourceIsoFilePathHash;
  }

  // source_zip_file_path - computed: false, optional: true, required: false
  private _sourceZipFilePath?: string; 
  public get sourceZipFilePath() {
    return this.getStringAttribute('source_zip_file_path');
  }
  public set sourceZipFilePath(value: string) {
    this._sourceZipFilePath = value;
  }
  public resetSourceZipFilePath() {
    this._sourceZipFilePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceZipFilePathInput() {
    return this._sourceZipFilePath;
  }

  // source_zip_file_path_hash - computed: false, optional: true, required: false
  private _sourceZipFilePathHash?: string; 
  public get sourceZipFilePathHash() {
    return this.getStringAttribute('source_zip_file_path_hash');
  }
  public set sourceZipFilePathHash(value: string) {
    this._sourceZipFilePathHash = value;
  }
  public resetSourceZipFilePathHash() {
    this._sourceZipFilePathHash = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceZipFilePathHashInput() {
    return this._sourceZipFilePathHash;
  }

  // volume_name - computed: false, optional: true, required: false
  private _volumeName?: string; 
  public get volumeName() {
    return this.getStringAttribute('volume_name');
  }
  public set volumeName(value: string) {
    this._volumeName = value;
  }
  public resetVolumeName() {
    this._volumeName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeNameInput() {
    return this._volumeName;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new IsoImageTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: IsoImageTimeouts) {
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
      destination_boot_file_path: cdktf.stringToTerraform(this._destinationBootFilePath),
      destination_iso_file_path: cdktf.stringToTerraform(this._destinationIsoFilePath),
      destination_zip_file_path: cdktf.stringToTerraform(this._destinationZipFilePath),
      id: cdktf.stringToTerraform(this._id),
      iso_file_system_type: cdktf.stringToTerraform(this._isoFileSystemType),
      iso_media_type: cdktf.stringToTerraform(this._isoMediaType),
      source_boot_file_path: cdktf.stringToTerraform(this._sourceBootFilePath),
      source_boot_file_path_hash: cdktf.stringToTerraform(this._sourceBootFilePathHash),
      source_iso_file_path: cdktf.stringToTerraform(this._sourceIsoFilePath),
      source_iso_file_path_hash: cdktf.stringToTerraform(this._sourceIsoFilePathHash),
      source_zip_file_path: cdktf.stringToTerraform(this._sourceZipFilePath),
      source_zip_file_path_hash: cdktf.stringToTerraform(this._sourceZipFilePathHash),
      volume_name: cdktf.stringToTerraform(this._volumeName),
      timeouts: isoImageTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      destination_boot_file_path: {
        value: cdktf.stringToHclTerraform(this._destinationBootFilePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      destination_iso_file_path: {
        value: cdktf.stringToHclTerraform(this._destinationIsoFilePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      destination_zip_file_path: {
        value: cdktf.stringToHclTerraform(this._destinationZipFilePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iso_file_system_type: {
        value: cdktf.stringToHclTerraform(this._isoFileSystemType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iso_media_type: {
        value: cdktf.stringToHclTerraform(this._isoMediaType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_boot_file_path: {
        value: cdktf.stringToHclTerraform(this._sourceBootFilePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_boot_file_path_hash: {
        value: cdktf.stringToHclTerraform(this._sourceBootFilePathHash),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_iso_file_path: {
        value: cdktf.stringToHclTerraform(this._sourceIsoFilePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_iso_file_path_hash: {
        value: cdktf.stringToHclTerraform(this._sourceIsoFilePathHash),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_zip_file_path: {
        value: cdktf.stringToHclTerraform(this._sourceZipFilePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_zip_file_path_hash: {
        value: cdktf.stringToHclTerraform(this._sourceZipFilePathHash),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      volume_name: {
        value: cdktf.stringToHclTerraform(this._volumeName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: isoImageTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "IsoImageTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
