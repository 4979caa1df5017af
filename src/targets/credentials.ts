import { Construct, IConstruct } from 'constructs';
import { TerraformStack, TerraformVariable, Token } from '../core';
import { tfText } from './escaping';
import { DesignError } from '../model/errors';
import { redacted } from '../model/redact';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Options for credentials read from Terraform input variables. */
export interface CredentialVariablesOptions {
  /**
   * The user name, written into the configuration (a user name is not a secret).
   *
   * @default - the user name is read from a variable as well
   */
  readonly user?: string;
  /**
   * Name of the Terraform variable that holds the user name. Ignored when `user` is given.
   *
   * @default - `<vendor>_user`, e.g. `vsphere_user`; with a vSphere provider alias `vsphere_<alias>_user`
   */
  readonly userVariable?: string;
  /**
   * Name of the sensitive Terraform variable that holds the password.
   *
   * @default - `<vendor>_password`, e.g. `hyperv_password`; with a vSphere provider alias `vsphere_<alias>_password`
   */
  readonly passwordVariable?: string;
}


/**
 * How a target signs in to its hypervisor. A password is never a literal of the design: it
 * comes from a sensitive Terraform variable or from the provider's environment variable, so it
 * never reaches the synthesized configuration.
 */
export class Credentials {
  /**
   * Leave user name and password to the provider's environment variables
   * (`VSPHERE_USER`/`VSPHERE_PASSWORD`, `HYPERV_USER`/`HYPERV_PASSWORD`).
   */
  public static fromEnvironment(): Credentials {
    return new Credentials(undefined);
  }

  /**
   * Read the password (and, unless given, the user name) from Terraform input variables. The
   * password variable is marked sensitive; set it with `TF_VAR_<name>` or a `.tfvars` file.
   * Targets of one stack that name the same variable share it.
   */
  public static fromVariables(options: CredentialVariablesOptions = {}): Credentials {
    return new Credentials(options);
  }

  /**
   * The credentials a target was given, or a DesignError when they are not made by `Credentials`
   * (a plain object with user and password, say). The message names the keys, never the values.
   *
   * @param target the target that takes the credentials
   * @param given what the design passed as `credentials`
   * @param vendor the vendor's name in environment and variable names, e.g. `vsphere`
   * @param hints another way to sign in, and the provider's environment variables, when not `<VENDOR>_USER` and `<VENDOR>_PASSWORD`
   * @internal
   */
  public static _of(target: IConstruct, given: unknown, vendor: string, hints: { tokenHint?: string; environment?: string } = {}): Credentials {
    if (given === undefined) return Credentials.fromEnvironment();
    if (given !== null && typeof given === 'object' && typeof (given as { _bind?: unknown })._bind === 'function') {
      return given as Credentials;
    }
    const shape = given === null || typeof given !== 'object'
      ? `a ${given === null ? 'null' : typeof given}`
      : `a plain object${Object.keys(given).length > 0 ? ` with keys ${Object.keys(given).join(', ')}` : ''}`;
    throw new DesignError(target, {
      problem: 'The credentials are not made by Credentials; a password must come from a sensitive variable or the environment, never the design.',
      value: `credentials: ${shape} (values not shown)`,
      allowed: 'Credentials.fromVariables(...) or Credentials.fromEnvironment()',
      fix: `${hints.tokenHint ?? ''}credentials: Credentials.fromVariables({ user: '...' }) and set TF_VAR_${vendor}_password at apply, `
        + `or Credentials.fromEnvironment() with ${hints.environment ?? `${vendor.toUpperCase()}_USER and ${vendor.toUpperCase()}_PASSWORD`} set`,
    });
  }

  private constructor(private readonly variables: CredentialVariablesOptions | undefined) {}

  /**
   * Whether the provider reads the credentials from its environment variables.
   */
  public get usesEnvironment(): boolean {
    return this.variables === undefined;
  }

  /**
   * Creates (or finds) the variables in the target's stack and returns the values of the
   * provider's user and password arguments; undefined leaves an argument to the environment.
   *
   * @internal
   */
  public _bind(target: Construct, stack: TerraformStack, prefix: string, describe: string): { user?: string; password?: string } {
    const options = this.variables;
    if (options === undefined) return {};
    const password = variable(target, stack, options.passwordVariable ?? `${prefix}_password`, {
      description: `Password to sign in to ${describe}`,
      sensitive: true,
    });
    if (options.user !== undefined) {
      // a user name is text: `${` in it stays text in Terraform
      return { user: tfText(target, 'credentials.user', options.user), password };
    }
    const user = variable(target, stack, options.userVariable ?? `${prefix}_user`, {
      description: `User name to sign in to ${describe}`,
      sensitive: false,
    });
    return { user, password };
  }
}

function variable(
  target: Construct,
  stack: TerraformStack,
  name: string,
  props: { description: string; sensitive: boolean },
): string {
  if (Token.isUnresolved(name) || !VARIABLE_NAME.test(name)) {
    // the name of the password variable is not shown: a password given in its place would be echoed
    throw new DesignError(target, {
      problem: props.sensitive ? 'The name of the password variable cannot be the name of a Terraform variable.' : `"${name}" cannot be the name of a Terraform variable.`,
      value: props.sensitive && !Token.isUnresolved(name) ? redacted(name) : JSON.stringify(name),
      allowed: 'a letter or underscore, then letters, digits, underscores or dashes',
    });
  }
  const existing = stack.node.tryFindChild(name);
  if (existing !== undefined) {
    if (existing instanceof TerraformVariable && Boolean(existing.sensitive) === props.sensitive) {
      return existing.stringValue;
    }
    throw new DesignError(target, {
      problem: `The stack already has a construct named "${name}" that is not a ${props.sensitive ? 'sensitive ' : ''}credential variable.`,
      value: JSON.stringify(name),
      fix: 'name the credential variable differently (CredentialVariablesOptions)',
    });
  }
  return new TerraformVariable(stack, name, {
    type: 'string',
    description: props.description,
    sensitive: props.sensitive,
    nullable: false,
  }).stringValue;
}
