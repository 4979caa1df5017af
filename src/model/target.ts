import { IConstruct } from 'constructs';
import { Capability, Feature } from './capabilities';
import { Vendor } from './vendor';
import { TerraformProvider } from '../core';

/**
 * A target as the constructs of a design see it: where the design is synthesized to. Implemented
 * by `VsphereTarget`, `HypervTarget` and `LibvirtTarget`.
 */
export interface ITarget extends IConstruct {
  /** The vendor this target synthesizes for. */
  readonly vendor: Vendor;

  /** Names of the hosts this target reaches through a provider alias each (empty for vSphere). */
  readonly hostNames: string[];

  /** The provider and version this target renders for, e.g. `taliesins/hyperv 1.2.1`. */
  readonly providerLabel: string;

  /**
   * How this target supports a feature: natively, emulated, or not at all.
   *
   * @param feature the feature asked about
   */
  supportOf(feature: Feature): Capability;

  /**
   * The Terraform provider configuration that serves a host.
   *
   * @param hostName a host of the target; may be omitted when the target has exactly one provider
   */
  providerFor(hostName?: string): TerraformProvider;
}
