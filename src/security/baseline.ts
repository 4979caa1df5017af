import { IConstruct } from 'constructs';
import { resolvedAttributes } from './attributes';
import { AnnotationMetadataEntryType, Aspects, IAspect, TerraformProvider, TerraformResource, TerraformStack } from '../core';
import { FindingStatus, ResourceView, IRuleContext, ISecurityRule, Severity } from './rule';
import { SECURITY_RULES } from './rules';
import { VirtualMachine } from '../constructs/virtual-machine';
import { DesignError } from '../model/errors';
import { addStackFile } from '../targets/report';
import { Target } from '../targets/target';

/** The least length of a suppression's reason. */
const MIN_REASON = 10;

const SUPPRESSION = 'cdktf-hypervisor:security-suppression';

/**
 * The most resources one rule annotates per stack and outcome; the others are counted in one
 * annotation on the stack. cdktf gathers a stack's annotations in time that grows with their number
 * times the number of constructs, so one annotation per finding made large designs quadratic.
 */
const ANNOTATIONS_PER_RULE = 20;

/** The IDs of the rules each baseline applies. */
const RULE_IDS = new WeakMap<SecurityBaseline, readonly string[]>();

/** What the baseline checks: resources and provider blocks. */
type Checked = TerraformResource | TerraformProvider;

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
 * says so in an info annotation. A rule annotates at most 20 resources of a stack per outcome and
 * counts the others in one annotation on the stack. Every outcome is written to
 * `security-report.json` next to the stack's `cdk.tf.json`. Add it to each stack (cdktf applies
 * the aspects of a stack and of the constructs under it, not those of the app):
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
   * The rule is one of `SecurityBaseline.RULES` or a rule passed through `rules` to a baseline of
   * one of the app's stacks. A custom rule's baseline may be created after the suppression, so an
   * ID that is not a built-in rule is checked at synth: an ID that no baseline of the app has
   * fails then.
   *
   * @param scope a resource, a construct of this library (a VM, a network) or a whole stack
   * @param ruleId the rule's ID, e.g. `HVSEC-VM-1`
   * @param reason why breaking the rule is accepted here, at least 10 characters
   */
  public static suppress(scope: IConstruct, ruleId: string, reason: string): void {
    if (!SECURITY_RULES.some((r) => r.id === ruleId)) {
      scope.node.addValidation({
        validate: () => {
          requireKnownRule(scope, ruleId, knownRuleIds(scope));
          return [];
        },
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
    RULE_IDS.set(this, this.rules.map((r) => r.id));
  }

  /** Checks a stack when the aspect visits it; other constructs are checked as part of their stack. */
  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || this.results.has(node)) return;
    const findings = this.check(node);
    this.results.set(node, findings);
    addStackFile(node, SecurityBaseline.REPORT_FILE, [JSON.stringify(report(node, this.rules, findings), null, 2)]);
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
    const constructs = stack.node.findAll();
    checkSuppressions(stack, constructs);
    // provider blocks are checked too: their passwords and tokens are secrets of the configuration
    const resources = constructs.filter((c): c is Checked => c instanceof TerraformResource || c instanceof TerraformProvider);
    const resourcesByType = new Map<string, Checked[]>();
    for (const resource of resources) {
      const type = resource.terraformResourceType;
      const list = resourcesByType.get(type);
      if (list === undefined) resourcesByType.set(type, [resource]);
      else list.push(resource);
    }
    // views are made when a rule first needs them, each once
    const views = new Map<Checked, ResourceView | Error>();
    const view = (resource: Checked) => {
      let v = views.get(resource);
      if (v === undefined) {
        v = viewOf(stack, resource);
        views.set(resource, v);
      }
      return v;
    };
    const viewsByType = new Map<string, ResourceView[]>();
    const context: IRuleContext = {
      resourcesOfType: (type) => {
        let list = viewsByType.get(type);
        if (list === undefined) {
          list = (resourcesByType.get(type) ?? []).map(view).filter((v): v is ResourceView => !(v instanceof Error));
          viewsByType.set(type, list);
        }
        return list;
      },
    };

    const findings: SecurityFinding[] = [];
    for (const rule of this.rules) {
      const annotated = new Map<FindingStatus, number>();
      for (const resource of resources) {
        if (!(resource.terraformResourceType in rule.resourceTypes)) continue;
        const v = view(resource);
        const base = { rule: rule.id, title: rule.title, severity: rule.severity, address: `${resource.terraformResourceType}.${resource.friendlyUniqueId}`, path: resource.node.path };
        let finding: SecurityFinding;
        if (v instanceof Error) {
          finding = { ...base, status: FindingStatus.UNDECIDED, message: `its attributes could not be resolved at synth: ${v.message}` };
        } else {
          let verdict;
          try {
            verdict = rule.check(v, context);
          } catch (e) {
            verdict = { status: FindingStatus.UNDECIDED, message: `the rule could not read the resource: ${(e as Error).message}` };
          }
          if (verdict === undefined) continue;
          finding = { ...base, status: verdict.status, message: verdict.message };
        }
        const reason = finding.status === FindingStatus.NON_COMPLIANT ? suppressionOf(resource, rule.id) : undefined;
        if (reason !== undefined) finding = { ...finding, status: FindingStatus.SUPPRESSED, suppressionReason: reason };
        const count = (annotated.get(finding.status) ?? 0) + 1;
        annotated.set(finding.status, count);
        if (count <= ANNOTATIONS_PER_RULE) annotate(resource, finding);
        findings.push(finding);
      }
      for (const [status, count] of annotated) {
        if (count > ANNOTATIONS_PER_RULE) annotateRest(stack, rule, status, count - ANNOTATIONS_PER_RULE);
      }
    }
    return findings;
  }
}

/** The view of a resource, with the library VM it was rendered for; an Error if it cannot be resolved. */
function viewOf(stack: TerraformStack, resource: Checked): ResourceView | Error {
  try {
    const type = resource.terraformResourceType;
    const attributes = resolvedAttributes(stack, resource);
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

/** One annotation on the stack for the findings of a rule beyond those annotated on their resources. */
function annotateRest(stack: TerraformStack, rule: ISecurityRule, status: FindingStatus, count: number): void {
  const text = `[${rule.id}] ${rule.title}: ${count} more resources `;
  const where = `(only the first ${ANNOTATIONS_PER_RULE} are annotated; every finding is in ${SecurityBaseline.REPORT_FILE})`;
  if (status === FindingStatus.NON_COMPLIANT) {
    const level = rule.severity === Severity.ERROR ? AnnotationMetadataEntryType.ERROR : AnnotationMetadataEntryType.WARN;
    stack.node.addMetadata(level, `${text}break the rule ${where}`);
  } else if (status === FindingStatus.UNDECIDED) {
    stack.node.addMetadata(AnnotationMetadataEntryType.INFO, `${text}where the rule cannot decide ${where}`);
  }
}

/**
 * The IDs of the rules the app's security baselines apply: the built-in rules, and the rules of
 * every baseline added to a stack of the app (or to a construct above the stacks).
 */
function knownRuleIds(scope: IConstruct): Set<string> {
  const ids = new Set(SECURITY_RULES.map((r) => r.id));
  const visit = (c: IConstruct) => {
    for (const aspect of Aspects.of(c).all) {
      for (const id of RULE_IDS.get(aspect as SecurityBaseline) ?? []) ids.add(id);
    }
    if (!TerraformStack.isStack(c)) c.node.children.forEach(visit);
  };
  visit(scope.node.root);
  return ids;
}

/** Fails unless a rule of the app's baselines has the ID a suppression names. */
function requireKnownRule(scope: IConstruct, ruleId: string, known: Set<string>): void {
  if (known.has(ruleId)) return;
  throw new DesignError(scope, {
    problem: `There is no security rule ${ruleId} to suppress: neither SecurityBaseline.RULES nor the rules of a baseline of this app have that ID.`,
    allowed: [...known].join(', '),
    fix: 'name one of the rules of SecurityBaseline.RULES, or of the rules passed to a SecurityBaseline added to a stack of the app',
  });
}

/** Fails if a suppression in the stack, or above it, names a rule no baseline of the app has. */
function checkSuppressions(stack: TerraformStack, constructs: IConstruct[]): void {
  let known: Set<string> | undefined;
  for (const c of [...stack.node.scopes.slice(0, -1), ...constructs]) {
    for (const entry of c.node.metadata) {
      if (entry.type !== SUPPRESSION) continue;
      known ??= knownRuleIds(stack);
      requireKnownRule(c, entry.data.rule, known);
    }
  }
}

function report(stack: TerraformStack, rules: ISecurityRule[], findings: SecurityFinding[]): object {
  const count = (status: FindingStatus) => findings.filter((f) => f.status === status).length;
  const found = new Set(findings.map((f) => f.rule));
  return {
    stack: stack.node.id,
    summary: {
      compliant: count(FindingStatus.COMPLIANT),
      nonCompliant: count(FindingStatus.NON_COMPLIANT),
      suppressed: count(FindingStatus.SUPPRESSED),
      undecided: count(FindingStatus.UNDECIDED),
    },
    rules: rules.filter((r) => found.has(r.id)).map((r) => ({
      id: r.id, title: r.title, severity: r.severity, rationale: r.rationale, references: r.references,
    })),
    findings: findings.filter((f) => f.status !== FindingStatus.COMPLIANT),
  };
}
