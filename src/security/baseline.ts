import { IConstruct } from 'constructs';
import { VirtualMachine } from '../constructs/virtual-machine';
import { AnnotationMetadataEntryType, IAspect, TerraformProvider, TerraformResource, TerraformStack, resolve } from '../core';
import { FindingStatus, ResourceView, IRuleContext, ISecurityRule, Severity } from './rule';
import { SECURITY_RULES } from './rules';
import { DesignError } from '../model/errors';
import { addStackFile } from '../targets/report';
import { Target } from '../targets/target';

/** The least length of a suppression's reason. */
const MIN_REASON = 10;

const SUPPRESSION = 'cdktf-hypervisor:security-suppression';

/** One rule's outcome on one resource. */
export interface SecurityFinding {
  /** The rule's ID. */
  readonly rule: string;
  /** The rule's title. */
  readonly title: string;
  /** The rule's severity. */
  readonly severity: Severity;
  /** What the rule found. */
  readonly status: FindingStatus;
  /** The Terraform address of the resource. */
  readonly address: string;
  /** The construct path of the resource. */
  readonly path: string;
  /**
   * What was found (non-compliant or undecided).
   *
   * @default - none, for a compliant resource
   */
  readonly message?: string;
  /**
   * The reason of the suppression that covers the finding.
   *
   * @default - none, for a finding no suppression covers
   */
  readonly suppressionReason?: string;
}

/** Options of the security baseline. */
export interface SecurityBaselineProps {
  /**
   * The rules to apply.
   *
   * @default - every rule of `SecurityBaseline.RULES`
   */
  readonly rules?: ISecurityRule[];
}

/**
 * The security baseline: an Aspect that checks every resource of a stack, written by this library
 * or by hand with the provider classes, against rules taken from the vSphere Security
 * Configuration Guide, the DISA STIGs and hypervisor hardening practice.
 *
 * Each broken rule becomes an annotation on the resource, an error or a warning by the rule's
 * severity (errors fail `cdktf synth`); a rule that cannot decide (a value known only at apply)
 * says so in an info annotation. Every outcome is written to `security-report.json` next to the
 * stack's `cdk.tf.json`. Add it to each stack (cdktf applies the aspects of a stack and of the
 * constructs under it, not those of the app):
 *
 * ```ts
 * Aspects.of(stack).add(new SecurityBaseline());
 * SecurityBaseline.suppress(legacyVm, 'HVSEC-VM-1', 'Legacy appliance image boots only with BIOS firmware');
 * ```
 */
export class SecurityBaseline implements IAspect {
  /** Every rule of the baseline. */
  public static readonly RULES: ISecurityRule[] = [...SECURITY_RULES];

  /** Name of the security report written next to each stack's `cdk.tf.json`. */
  public static readonly REPORT_FILE = 'security-report.json';

  /**
   * Suppresses a rule for a construct and everything under it. The reason is written to the
   * report next to each finding it covers.
   *
   * @param scope a resource, a construct of this library (a VM, a network) or a whole stack
   * @param ruleId the rule's ID, e.g. `HVSEC-VM-1`
   * @param reason why breaking the rule is accepted here, at least 10 characters
   */
  public static suppress(scope: IConstruct, ruleId: string, reason: string): void {
    if (!SECURITY_RULES.some((r) => r.id === ruleId)) {
      throw new DesignError(scope, {
        problem: `There is no security rule ${ruleId} to suppress.`,
        allowed: SECURITY_RULES.map((r) => r.id).join(', '),
        fix: 'name one of the rules of SecurityBaseline.RULES',
      });
    }
    if (reason.trim().length < MIN_REASON) {
      throw new DesignError(scope, {
        problem: `A suppression of ${ruleId} needs a reason of at least ${MIN_REASON} characters, so that a reviewer knows why the rule is broken.`,
        value: JSON.stringify(reason),
        fix: 'say why the rule does not apply or what makes up for it',
      });
    }
    scope.node.addMetadata(SUPPRESSION, { rule: ruleId, reason: reason.trim() });
  }

  private readonly rules: ISecurityRule[];
  private readonly results = new WeakMap<TerraformStack, SecurityFinding[]>();

  /** @param props which rules to apply */
  constructor(props: SecurityBaselineProps = {}) {
    this.rules = [...(props.rules ?? SECURITY_RULES)];
  }

  /** Checks a stack when the aspect visits it; other constructs are checked as part of their stack. */
  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || this.results.has(node)) return;
    const findings = this.check(node);
    this.results.set(node, findings);
    addStackFile(node, SecurityBaseline.REPORT_FILE, [JSON.stringify(report(node, findings), null, 2)]);
  }

  /**
   * The findings of the baseline on a stack it has checked (during synth), compliant ones
   * included; empty before.
   *
   * @param stack a stack the aspect was applied to
   */
  public findingsOf(stack: TerraformStack): SecurityFinding[] {
    return [...(this.results.get(stack) ?? [])];
  }

  /** The findings on a stack's resources, rendering its targets first. */
  private check(stack: TerraformStack): SecurityFinding[] {
    Target._renderAll(stack);
    // provider blocks are checked too: their passwords and tokens are secrets of the configuration
    const resources = stack.node.findAll()
      .filter((c): c is TerraformResource | TerraformProvider => c instanceof TerraformResource || c instanceof TerraformProvider);
    const views = new Map<TerraformResource | TerraformProvider, ResourceView | Error>();
    for (const resource of resources) views.set(resource, viewOf(stack, resource));
    const byType = new Map<string, ResourceView[]>();
    for (const view of views.values()) {
      if (view instanceof Error) continue;
      byType.set(view.type, [...(byType.get(view.type) ?? []), view]);
    }
    const context: IRuleContext = { resourcesOfType: (type) => byType.get(type) ?? [] };

    const findings: SecurityFinding[] = [];
    for (const rule of this.rules) {
      for (const resource of resources) {
        if (!(resource.terraformResourceType in rule.resourceTypes)) continue;
        const view = views.get(resource)!;
        const base = { rule: rule.id, title: rule.title, severity: rule.severity, address: `${resource.terraformResourceType}.${resource.friendlyUniqueId}`, path: resource.node.path };
        let finding: SecurityFinding;
        if (view instanceof Error) {
          finding = { ...base, status: FindingStatus.UNDECIDED, message: `its attributes could not be resolved at synth: ${view.message}` };
        } else {
          let verdict;
          try {
            verdict = rule.check(view, context);
          } catch (e) {
            verdict = { status: FindingStatus.UNDECIDED, message: `the rule could not read the resource: ${(e as Error).message}` };
          }
          if (verdict === undefined) continue;
          finding = { ...base, status: verdict.status, message: verdict.message };
        }
        const reason = finding.status === FindingStatus.NON_COMPLIANT ? suppressionOf(resource, rule.id) : undefined;
        if (reason !== undefined) finding = { ...finding, status: FindingStatus.SUPPRESSED, suppressionReason: reason };
        annotate(resource, finding);
        findings.push(finding);
      }
    }
    return findings;
  }
}

/** The view of a resource, with the library VM it was rendered for; an Error if it cannot be resolved. */
function viewOf(stack: TerraformStack, resource: TerraformResource | TerraformProvider): ResourceView | Error {
  try {
    const json = resolve(stack, resource.toTerraform());
    const type = resource.terraformResourceType;
    const attributes = Object.values<any>(json.resource?.[type] ?? json.provider?.[type] ?? {})[0] ?? {};
    const vm = resource.node.scopes.slice().reverse().find((s): s is VirtualMachine => s instanceof VirtualMachine);
    return {
      type,
      address: `${type}.${resource.friendlyUniqueId}`,
      path: resource.node.path,
      attributes,
      _vm: vm?._node,
    };
  } catch (e) {
    return e as Error;
  }
}

/** The reason of the nearest suppression of the rule on the resource or a scope above it. */
function suppressionOf(resource: TerraformResource | TerraformProvider, ruleId: string): string | undefined {
  for (const scope of resource.node.scopes.slice().reverse()) {
    const entry = scope.node.metadata.find((m) => m.type === SUPPRESSION && m.data.rule === ruleId);
    if (entry !== undefined) return entry.data.reason;
  }
  return undefined;
}

/**
 * Annotates the resource with a finding. The annotation is added without the stack trace that
 * `Annotations` records: that trace would point into this library and would make the manifest
 * depend on where synth was called from, so the same design would not give the same output.
 */
function annotate(resource: TerraformResource | TerraformProvider, f: SecurityFinding): void {
  const text = `[${f.rule}] ${f.title}: ${f.message}`;
  if (f.status === FindingStatus.NON_COMPLIANT) {
    resource.node.addMetadata(f.severity === Severity.ERROR ? AnnotationMetadataEntryType.ERROR : AnnotationMetadataEntryType.WARN, text);
  } else if (f.status === FindingStatus.UNDECIDED) {
    resource.node.addMetadata(AnnotationMetadataEntryType.INFO, `[${f.rule}] cannot decide: ${f.message}`);
  }
}

function report(stack: TerraformStack, findings: SecurityFinding[]): object {
  const count = (status: FindingStatus) => findings.filter((f) => f.status === status).length;
  return {
    stack: stack.node.id,
    summary: {
      compliant: count(FindingStatus.COMPLIANT),
      nonCompliant: count(FindingStatus.NON_COMPLIANT),
      suppressed: count(FindingStatus.SUPPRESSED),
      undecided: count(FindingStatus.UNDECIDED),
    },
    rules: SECURITY_RULES.filter((r) => findings.some((f) => f.rule === r.id)).map((r) => ({
      id: r.id, title: r.title, severity: r.severity, rationale: r.rationale, references: r.references,
    })),
    findings: findings.filter((f) => f.status !== FindingStatus.COMPLIANT),
  };
}
