import { VmNode } from '../model/design';
import { Vendor } from '../model/vendor';

/** How serious a broken rule is: errors fail the synth, warnings are reported. */
export enum Severity {
  /** Fails `cdktf synth` until fixed or suppressed. */
  ERROR = 'error',
  /** Reported as a warning annotation and in the report. */
  WARNING = 'warning',
}

/** The outcome of one rule on one resource. */
export enum FindingStatus {
  /** The resource keeps the rule. */
  COMPLIANT = 'compliant',
  /** The resource breaks the rule. */
  NON_COMPLIANT = 'non-compliant',
  /** The rule cannot decide, e.g. the value is only known at apply. */
  UNDECIDED = 'undecided',
  /** The resource breaks the rule and a suppression with a reason covers it. */
  SUPPRESSED = 'suppressed',
}

/** A resource as a rule sees it: its type, address and synthesized attributes. */
export interface ResourceView {
  /** The Terraform resource type, e.g. `vsphere_virtual_machine`. */
  readonly type: string;
  /** The Terraform address, e.g. `vsphere_virtual_machine.web1`. */
  readonly address: string;
  /** The construct path of the resource. */
  readonly path: string;
  /** The attributes as synthesized to JSON (references are `${...}` strings). */
  readonly attributes: { readonly [name: string]: any };
  /**
   * The library's VM the resource was rendered for, when it was (not for resources written by hand).
   * @internal
   */
  readonly _vm?: VmNode;
}

/** What a rule may look at besides the resource: every resource of the stack. */
export interface IRuleContext {
  /** The resources of the stack of one type. */
  resourcesOfType(type: string): ResourceView[];
}

/** A rule's verdict on a resource. */
export interface Verdict {
  /** Compliant, non-compliant or undecided (a rule never returns suppressed). */
  readonly status: FindingStatus;
  /**
   * What was found, for a person to act on.
   *
   * @default - none
   */
  readonly message?: string;
}

/** A rule of the security baseline. */
export interface ISecurityRule {
  /** Stable ID, used in annotations, the report and suppressions (e.g. `HVSEC-VM-1`). */
  readonly id: string;
  /** One line: what the rule asks for. */
  readonly title: string;
  /** Error (fails the synth) or warning. */
  readonly severity: Severity;
  /** Why the rule matters. */
  readonly rationale: string;
  /** Where the rule comes from: guide items (vSphere SCG, DISA STIG) or practices. */
  readonly references: string[];
  /** The Terraform resource types the rule checks, with the vendor of each. */
  readonly resourceTypes: { readonly [type: string]: Vendor };
  /**
   * The verdict on one resource of one of `resourceTypes`, or `undefined` when the rule does not
   * apply to it. A pure function of its arguments.
   */
  check(resource: ResourceView, context: IRuleContext): Verdict | undefined;
}
