// https://registry.terraform.io/providers/vatesfr/xenorchestra/0.40.0/docs/data-sources/pool
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataXenorchestraPoolConfig extends cdktf.TerraformMetaArguments {
  /**
  * The name_label of the pool to look up.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vatesfr/xenorchestra/0.40.0/docs/data-sources/pool#name_label DataXenorchestraPool#name_label}
  */
  readonly nameLabel: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vatesfr/xenorchestra/0.40.0/docs/data-sources/pool xenorchestra_pool}
*/
export class DataXenorchestraPool extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "xenorchestra_pool";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataXenorchestraPool resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataXenorchestraPool to import
  * @param importFromId The id of the existing DataXenorchestraPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/vatesfr/xenorchestra/0.40.0/docs/data-sources/pool#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataXenorchestraPool to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "xenorchestra_pool", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vatesfr/xenorchestra/0.40.0/docs/data-sources/pool xenorchestra_pool} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataXenorchestraPoolConfig
  */
  public constructor(scope: Construct, id: string, config: DataXenorchestraPoolConfig) {
    super(scope, id, {
      terraformResourceType: 'xenorchestra_pool',
      terraformGeneratorMetadata: {
        providerName: 'xenorchestra',
        providerVersion: '0.40.0',
        providerVersionConstraint: '~> 0.40.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._nameLabel = config.nameLabel;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cpus - computed: true, optional: false, required: false
  private _cpus = new cdktf.StringMap(this, "cpus");
  public get cpus() {
    return this._cpus;
  }

  // default_sr - computed: true, optional: false, required: false
  public get defaultSr() {
    return this.getStringAttribute('default_sr');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // master - computed: true, optional: false, required: false
  public get master() {
    return this.getStringAttribute('master');
  }

  // name_label - computed: false, optional: false, required: true
  private _nameLabel?: string; 
  public get nameLabel() {
    return this.getStringAttribute('name_label');
  }
  public set nameLabel(value: string) {
    this._nameLabel = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameLabelInput() {
    return this._nameLabel;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      name_label: cdktf.stringToTerraform(this._nameLabel),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      name_label: {
        value: cdktf.stringToHclTerraform(this._nameLabel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
