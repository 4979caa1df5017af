import { Construct, IConstruct } from 'constructs';
import { TerraformStack, TerraformVariable, Token } from '../../core';
import { DesignError } from '../../model/errors';
import { redacted } from '../../model/redact';
import { Credentials } from '../credentials';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A Proxmox VE API token (`user@realm!tokenid=secret`) read from a sensitive Terraform variable:
 * the token never reaches the synthesized configuration.
 */
export class ProxmoxApiToken {
  /**
   * The token from a sensitive variable; set it with `TF_VAR_<name>` or a `.tfvars` file at apply.
   *
   * @param name the variable's name
   */
  public static fromVariable(name = 'proxmox_api_token'): ProxmoxApiToken {
    return new ProxmoxApiToken(name);
  }

  /** @internal */
  public static _is(given: unknown): given is ProxmoxApiToken {
    return given instanceof ProxmoxApiToken;
  }

  private constructor(
    /** The name of the sensitive variable that holds the token. */
    public readonly variableName: string,
  ) {}

  /**
   * The variable's value, creating the variable in the stack (or finding the one of that name).
   *
   * @internal
   */
  public _bind(target: Construct, stack: TerraformStack): string {
    const name = this.variableName;
    if (Token.isUnresolved(name) || !VARIABLE_NAME.test(name)) {
      throw new DesignError(target, {
        problem: 'The name of the API token variable cannot be the name of a Terraform variable.',
        value: Token.isUnresolved(name) ? undefined : redacted(name),
        allowed: 'a letter or underscore, then letters, digits, underscores or dashes',
      });
    }
    const existing = stack.node.tryFindChild(name);
    if (existing !== undefined) {
      if (existing instanceof TerraformVariable && existing.sensitive) return existing.stringValue;
      throw new DesignError(target, {
        problem: `The stack already has a construct named "${name}" that is not a sensitive credential variable.`,
        value: JSON.stringify(name),
        fix: 'name the API token variable differently (ProxmoxApiToken.fromVariable(name))',
      });
    }
    return new TerraformVariable(stack, name, {
      type: 'string',
      description: 'Proxmox VE API token (user@realm!tokenid=secret)',
      sensitive: true,
      nullable: false,
    }).stringValue;
  }
}

/** The provider arguments a Proxmox VE target signs in with; undefined leaves one to the provider's environment. */
export interface ProxmoxSignIn {
  readonly apiToken?: string;
  readonly username?: string;
  readonly password?: string;
}

/**
 * Binds what a Proxmox VE target was given as credentials: an API token from a variable, user and
 * password (Credentials), or nothing (the provider's environment: `PROXMOX_VE_API_TOKEN`, or
 * `PROXMOX_VE_USERNAME` and `PROXMOX_VE_PASSWORD`).
 */
export function proxmoxSignIn(target: IConstruct & Construct, stack: TerraformStack, given: unknown): ProxmoxSignIn {
  if (given === undefined) return {};
  if (ProxmoxApiToken._is(given)) return { apiToken: given._bind(target, stack) };
  const credentials = Credentials._of(target, given, 'proxmox', {
    tokenHint: 'credentials: ProxmoxApiToken.fromVariable() and set TF_VAR_proxmox_api_token at apply, ',
    environment: 'PROXMOX_VE_API_TOKEN, or PROXMOX_VE_USERNAME and PROXMOX_VE_PASSWORD',
  });
  const { user, password } = credentials._bind(target, stack, 'proxmox', 'Proxmox VE');
  return { username: user, password };
}
