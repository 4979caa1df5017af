import { Construct } from 'constructs';
import { HaCluster } from './ha-cluster';
import { exposeDefaultChild } from './rendered';
import { VirtualMachine } from './virtual-machine';
import { copyProps } from '../model/copy';
import { RuleKind, RuleNode } from '../model/design';
import { DesignError } from '../model/errors';
import { DesignRegistry } from '../model/target-contract';
import { checkName } from '../model/validate';

/** What a rule group asks of its VMs. */
export class DrsRule {
  /** Run the VMs on one host (affinity). */
  public static keepTogether(): DrsRule {
    return new DrsRule('together', []);
  }

  /** Run the VMs on different hosts (anti-affinity). */
  public static keepApart(): DrsRule {
    return new DrsRule('apart', []);
  }

  /**
   * Run the VMs on these hosts of the cluster.
   *
   * @param hosts the host group
   */
  public static runOn(hosts: string[]): DrsRule {
    return new DrsRule('run-on', [...hosts]);
  }

  /**
   * Run the VMs anywhere but on these hosts of the cluster.
   *
   * @param hosts the host group
   */
  public static notRunOn(hosts: string[]): DrsRule {
    return new DrsRule('not-run-on', [...hosts]);
  }

  private constructor(
    /** `together`, `apart`, `run-on` or `not-run-on`. */
    public readonly kind: string,
    /** The host group of `run-on` and `not-run-on` rules. */
    public readonly hosts: string[],
  ) {}
}

/** Properties of a {@link DrsRuleGroup}. */
export interface DrsRuleGroupProps {
  /** The cluster whose VMs the rule binds. */
  readonly cluster: HaCluster;

  /** The VMs of the group; they must run in the cluster. */
  readonly vms: VirtualMachine[];

  /** What the group asks of its VMs. */
  readonly rule: DrsRule;

  /**
   * A mandatory rule is never broken (a placement that would break it fails); a preferred one is
   * kept when possible.
   *
   * @default true
   */
  readonly mandatory?: boolean;

  /**
   * Name of the rule (the vSphere rule, the Hyper-V anti-affinity class).
   *
   * @default - the construct ID
   */
  readonly name?: string;
}

/**
 * A DRS rule over VMs of a cluster: keep together, keep apart, or run on (or not on) a group of
 * hosts; mandatory or preferred. vSphere renders it natively (rules, VM and host groups); on
 * Hyper-V and libvirt the placement engine enforces it, and a Hyper-V failover cluster also keeps
 * anti-affinity groups apart on failover (`AntiAffinityClassNames`).
 *
 * @example
 * new DrsRuleGroup(stack, 'web-spread', { cluster, vms: [web1, web2, web3], rule: DrsRule.keepApart() });
 */
export class DrsRuleGroup extends Construct {
  /** Name of the rule. */
  public readonly ruleName: string;

  /**
   * @param scope the stack or a construct in it
   * @param id construct ID; with no `name`, also the rule's name
   * @param props the rule
   */
  constructor(scope: Construct, id: string, props: DrsRuleGroupProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    const name = props.name ?? id;
    checkName(this, 'rule name', name);
    const kind = props.rule.kind as RuleKind;
    const hostRule = kind === 'run-on' || kind === 'not-run-on';
    const min = hostRule ? 1 : 2;
    if (props.vms.length < min) {
      throw new DesignError(this, {
        problem: `A ${hostRule ? 'VM-to-host rule' : 'keep-together or keep-apart rule'} needs at least ${min} VM${min === 1 ? '' : 's'}.`,
        value: String(props.vms.length),
      });
    }
    const seen = new Set<string>();
    let repeated: string | undefined;
    for (const vm of props.vms) {
      if (seen.has(vm.node.path)) repeated ??= vm.node.path;
      seen.add(vm.node.path);
    }
    if (repeated !== undefined) {
      throw new DesignError(this, { problem: `VM ${repeated} is in the group twice.` });
    }
    const outside = props.vms.find((vm) => vm._node.cluster !== props.cluster._node);
    if (outside !== undefined) {
      throw new DesignError(this, {
        problem: `VM ${outside.node.path} does not run in cluster ${props.cluster.clusterName}; a rule binds VMs of its cluster only.`,
        fix: 'create the VM with cluster: <the cluster>',
      });
    }
    if (hostRule) {
      if (props.rule.hosts.length === 0) {
        throw new DesignError(this, { problem: 'A VM-to-host rule needs at least one host.', value: '[]' });
      }
      const clusterHosts = new Set(props.cluster.hosts);
      const unknown = props.rule.hosts.find((h) => !clusterHosts.has(h));
      if (unknown !== undefined) {
        throw new DesignError(this, {
          problem: `Host "${unknown}" is not a host of cluster ${props.cluster.clusterName}.`,
          allowed: props.cluster.hosts.map((h) => JSON.stringify(h)).join(', '),
        });
      }
    }
    this.ruleName = name;
    const node: RuleNode = {
      scope: this,
      name,
      cluster: props.cluster._node,
      kind,
      vms: props.vms.map((vm) => vm._node),
      hosts: [...props.rule.hosts],
      mandatory: props.mandatory ?? true,
    };
    DesignRegistry.of(props.cluster.target).addRule(node);
    exposeDefaultChild(this, props.cluster.target, node);
  }
}
