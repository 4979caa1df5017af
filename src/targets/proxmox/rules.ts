import { ProxmoxRenderContext } from './context';
import { TerraformResource, Token } from '../../core';
import { PairNode, RuleNode, VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Harule } from '../../providers/proxmox/harule';
import { tfText } from '../escaping';

/*
 * DRS rule groups as Proxmox VE HA rules (PVE 9), one `proxmox_harule` per rule group:
 *
 *   together    resource-affinity, affinity "positive"
 *   apart       resource-affinity, affinity "negative"
 *   run-on      node-affinity over the rule's hosts
 *   not-run-on  node-affinity over the cluster's other hosts
 *
 * The HA manager applies resource-affinity rules always (PVE::HA::Rules::ResourceAffinity: "MUST be
 * applied"), so a preferred together or apart rule has no Proxmox form and is refused; node
 * affinity has both forms (`strict`). The checks below refuse what the HA manager would disable as
 * a conflict: a resource-affinity rule of fewer than two VMs, an apart rule of more VMs than nodes,
 * a VM in two node-affinity rules, two VMs kept both together and apart, and VMs kept together
 * that node-affinity rules send to different nodes.
 */

/** The ID of a rule group's HA rule: its name, with every character outside `[A-Za-z0-9._-]` a dash. */
export function ruleId(name: string): string {
  let id = name.replace(/[^A-Za-z0-9._-]/g, '-');
  if (!/^[A-Za-z]/.test(id)) id = `r-${id}`;
  if (!/[A-Za-z0-9]$/.test(id)) id = `${id}0`;
  return id;
}

/** Fails when the rule groups of a design cannot all be HA rules the HA manager applies. */
export function checkRules(ctx: ProxmoxRenderContext, rules: readonly RuleNode[]): void {
  const ids = new Map<string, RuleNode>();
  const nodeRules = new Map<VmNode, RuleNode>();
  for (const rule of rules) {
    const id = ruleId(rule.name);
    const other = ids.get(id.toLowerCase());
    if (other !== undefined) {
      throw new DesignError(rule.scope, {
        problem: `The rule group's HA rule would be named ${JSON.stringify(id)}, as the one of ${other.scope.node.path} is.`,
        value: JSON.stringify(rule.name),
        fix: 'give one of the rule groups a name that differs in letters, digits, dots, dashes or underscores',
      });
    }
    ids.set(id.toLowerCase(), rule);
    const vms = [...new Set(rule.vms)];
    if (rule.kind === 'together' || rule.kind === 'apart') {
      if (!rule.mandatory) {
        throw new DesignError(rule.scope, {
          problem: 'Proxmox VE applies keep-together and keep-apart rules always; a preferred one has no Proxmox VE form.',
          value: `${rule.kind}, mandatory: false`,
          fix: 'make the rule mandatory (mandatory: true), or leave it out for Proxmox VE',
        });
      }
      if (vms.length < 2) {
        throw new DesignError(rule.scope, {
          problem: 'Proxmox VE disables a keep-together or keep-apart rule of fewer than two VMs.',
          value: `${vms.length} VM`,
          fix: 'give the rule group two or more VMs, or leave it out',
        });
      }
      if (rule.kind === 'apart' && vms.length > ctx.nodes.length) {
        throw new DesignError(rule.scope, {
          problem: `The rule keeps ${vms.length} VMs apart on a Proxmox VE cluster of ${ctx.nodes.length} nodes; the HA manager disables such a rule.`,
          value: `${vms.length} VMs, nodes ${ctx.nodes.join(', ')}`,
          fix: 'keep at most as many VMs apart as the cluster has nodes',
        });
      }
    } else {
      for (const vm of vms) {
        const first = nodeRules.get(vm);
        if (first !== undefined) {
          throw new DesignError(rule.scope, {
            problem: `VM ${vm.name} is in two VM-to-host rules (also in ${first.scope.node.path}); Proxmox VE allows an HA resource in one node-affinity rule only.`,
            value: JSON.stringify(vm.name),
            fix: 'merge the two rule groups into one run-on rule over the hosts both allow',
          });
        }
        nodeRules.set(vm, rule);
      }
    }
  }
  // two VMs together and apart at once, or kept together but sent to different node-affinity rules
  for (const together of rules.filter((r) => r.kind === 'together')) {
    for (const apart of rules.filter((r) => r.kind === 'apart')) {
      const both = together.vms.filter((vm) => apart.vms.includes(vm));
      if (new Set(both).size >= 2) {
        throw new DesignError(apart.scope, {
          problem: `The rule keeps apart VMs that rule group ${together.scope.node.path} keeps together; Proxmox VE disables both rules.`,
          value: JSON.stringify([...new Set(both)].map((vm) => vm.name)),
          fix: 'keep each pair of VMs either together or apart',
        });
      }
    }
    const pinned = new Set(together.vms.map((vm) => nodeRules.get(vm)).filter((r) => r !== undefined));
    if (pinned.size > 1) {
      throw new DesignError(together.scope, {
        problem: 'The rule keeps together VMs that different VM-to-host rules place; Proxmox VE disables such rules.',
        value: JSON.stringify([...pinned].map((r) => r!.name)),
        fix: 'put the VMs kept together in one VM-to-host rule',
      });
    }
  }
}

/**
 * The HA rule of a rule group.
 *
 * A hypervisor-mode replica pair's own rule group keeps its primary off the replica host, where
 * Hyper-V keeps the replica VM. Proxmox VE keeps no replica VM: the replica node holds the
 * replicated disks, and it is the one node the primary can be recovered on. That rule group is the
 * primary's node and the replica node, strict, at one priority (Proxmox VE refuses a node-affinity
 * rule of several priority groups for a VM that a resource-affinity rule holds, and HA then moves
 * no recovered VM back on its own).
 *
 * @param haResources the HA resource of each VM of the rule, which must exist before the rule
 * @param vmIds the VM ID of each VM of the rule, as references
 * @param replicated the pair whose own rule group this is, with the node its primary is placed on, in hypervisor mode
 */
export function renderRule(
  ctx: ProxmoxRenderContext,
  rule: RuleNode,
  haResources: ReadonlyMap<VmNode, TerraformResource>,
  vmIds: ReadonlyMap<VmNode, number>,
  replicated?: { readonly pair: PairNode; readonly primaryNode: string },
): TerraformResource {
  const vms = [...new Set(rule.vms)];
  const nodeAffinity = rule.kind === 'run-on' || rule.kind === 'not-run-on';
  const hosts = rule.kind === 'run-on' ? rule.hosts : rule.cluster.hosts.filter((h) => !rule.hosts.includes(h));
  if (nodeAffinity && hosts.length === 0) {
    throw new DesignError(rule.scope, {
      problem: 'The rule leaves its VMs no node of the cluster to run on.',
      value: JSON.stringify(rule.hosts),
      fix: 'leave at least one of the cluster\'s hosts out of a not-run-on rule',
    });
  }
  // every node equally preferred (priorities order the nodes of one rule), but for a replicated primary
  const priorities: { [node: string]: number } = replicated !== undefined
    ? { [replicated.primaryNode]: 0, [replicated.pair.replicaHost!]: 0 }
    : Object.fromEntries(hosts.map((h) => [h, 0]));
  const resource = new Harule(rule.scope, 'Rule', {
    provider: ctx.provider,
    dependsOn: vms.map((vm) => haResources.get(vm)!),
    rule: ruleId(rule.name),
    comment: `Rule group ${tfText(rule.scope, 'rule group name', rule.name)}`,
    type: nodeAffinity ? 'node-affinity' : 'resource-affinity',
    resources: vms.map((vm) => `vm:${Token.asString(vmIds.get(vm))}`),
    affinity: nodeAffinity ? undefined : (rule.kind === 'together' ? 'positive' : 'negative'),
    nodes: nodeAffinity ? priorities : undefined,
    strict: nodeAffinity ? (replicated !== undefined || rule.mandatory) : undefined,
  });
  ctx.nameAfter(resource, rule.scope);
  return resource;
}
