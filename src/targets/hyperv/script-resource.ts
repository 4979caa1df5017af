import { Construct, IValidation } from 'constructs';
import {
  FileProvisioner, RemoteExecProvisioner, TerraformResource, TerraformStack, ValidateTerraformVersion, WinrmProvisionerConnection,
  anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl,
} from '../../core';

/** What a script resource is given. */
export interface ScriptResourceConfig {
  /** Values that replace the resource (and so run the script again) when they change. */
  readonly triggersReplace: { [key: string]: string };
  readonly connection: WinrmProvisionerConnection;
  readonly provisioners: Array<FileProvisioner | RemoteExecProvisioner>;
  readonly dependsOn?: ScriptResource[];
}

/** Stacks that already check the Terraform version for their `terraform_data` resources. */
const checkedStacks = new WeakSet<TerraformStack>();

/**
 * What cdktf's check of the Terraform version found, once per process: it runs `terraform version`,
 * whose answer does not change while the process runs.
 */
let terraformVersionErrors: string[] | undefined;

const TERRAFORM_VERSION_CHECK: IValidation = {
  validate: () => {
    terraformVersionErrors ??= new ValidateTerraformVersion('>=1.4',
      'The built-in Terraform data resource is only supported for Terraform >=1.4. Please upgrade your Terraform version.').validate();
    return terraformVersionErrors;
  },
};

/**
 * A `terraform_data` resource that runs provisioners, written exactly as cdktf's `DataResource`
 * writes it. `DataResource` adds a validation to every instance that runs `terraform version`, about
 * 30 ms each: a Hyper-V design of 1,000 VMs spent half a minute in it. This resource adds one such
 * check per stack, and the check runs `terraform version` once per process.
 */
export class ScriptResource extends TerraformResource {
  /** Whether the stack checks the Terraform version for its `terraform_data` resources. */
  public static checksTerraformVersion(stack: TerraformStack): boolean {
    return checkedStacks.has(stack);
  }

  constructor(scope: Construct, id: string, private readonly config: ScriptResourceConfig) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      dependsOn: config.dependsOn,
      connection: config.connection,
      provisioners: config.provisioners,
    });
    const stack = TerraformStack.of(this);
    if (!checkedStacks.has(stack)) {
      checkedStacks.add(stack);
      stack.node.addValidation(TERRAFORM_VERSION_CHECK);
    }
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      input: undefined,
      triggers_replace: hashMapper(anyToTerraform)(this.config.triggersReplace),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return {
      input: undefined,
      triggers_replace: hashMapperHcl(anyToHclTerraform)(this.config.triggersReplace),
    };
  }
}
