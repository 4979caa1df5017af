import { Construct } from 'constructs';
import { TerraformProvider, TerraformStack } from '../core';
import { DesignError } from '../model/errors';
import { Vendor } from '../model/vendor';

/**
 * Where a design is synthesized to: one vendor, its Terraform provider configuration and the
 * hosts it reaches.
 *
 * A target is created inside the `TerraformStack` it configures. Constructs of the design are
 * given the target and are rendered into that vendor's resources.
 */
export abstract class Target extends Construct {
  /** The vendor this target synthesizes for. */
  public abstract readonly vendor: Vendor;

  /**
   * Names of the hosts this target reaches through a provider alias each, in the order given.
   *
   * Empty for vSphere, whose hosts belong to clusters of the vCenter the target connects to.
   */
  public abstract readonly hostNames: string[];

  /** The stack this target configures. */
  public readonly stack: TerraformStack;

  protected constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = findStack(scope);
    if (!stack) {
      throw new DesignError(this, {
        problem: 'A target must be created inside a TerraformStack.',
        fix: 'create the target with the stack (or a construct inside it) as its scope',
      });
    }
    this.stack = stack;
  }

  /**
   * Escape hatch: the Terraform provider configuration that serves a host.
   *
   * Use it to set provider arguments this library does not model (`addOverride`), or to attach
   * your own resources to the same provider.
   *
   * @param hostName a host of the target; may be omitted when the target has exactly one provider
   */
  public abstract providerFor(hostName?: string): TerraformProvider;
}

function findStack(scope: Construct): TerraformStack | undefined {
  for (const s of [...scope.node.scopes].reverse()) {
    if (TerraformStack.isStack(s)) return s;
  }
  return undefined;
}
