import {
  LightComputeClusterHostGroup, LightComputeClusterVmAffinityRule, LightComputeClusterVmAntiAffinityRule, LightComputeClusterVmGroup,
  LightComputeClusterVmHostRule,
} from './light-resources';
import { VsphereLookups, VsphereRenderContext } from './lookups';
import { RuleNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { tfText } from '../escaping';

/**
 * Renders a DRS rule group as rules of its cluster: a VM affinity or anti-affinity rule, or a VM
 * group, a host group and the VM-host rule between them.
 *
 * @param clusterId the managed object ID of the rule's cluster
 * @param vmIds the IDs of the rule's VMs, in its order
 */
export function renderRule(ctx: VsphereRenderContext, lookups: VsphereLookups, rule: RuleNode, clusterId: string, vmIds: string[]): RenderedElement {
  const common = { provider: ctx.provider, computeClusterId: clusterId, name: tfText(rule.scope, 'rule name', rule.name) };
  if (rule.kind === 'together' || rule.kind === 'apart') {
    const Rule = rule.kind === 'together' ? LightComputeClusterVmAffinityRule : LightComputeClusterVmAntiAffinityRule;
    const resource = new Rule(rule.scope, 'Rule', { ...common, virtualMachineIds: vmIds, mandatory: rule.mandatory });
    ctx.nameAfter(resource, rule.scope);
    return { main: resource, resources: { rule: resource }, attributes: { id: resource.id } };
  }
  const vmGroup = new LightComputeClusterVmGroup(rule.scope, 'VmGroup', { ...common, name: tfText(rule.scope, 'rule name', `${rule.name}-vms`), virtualMachineIds: vmIds });
  ctx.nameAfter(vmGroup, rule.scope);
  const hostGroup = new LightComputeClusterHostGroup(rule.scope, 'HostGroup', {
    ...common,
    name: tfText(rule.scope, 'rule name', `${rule.name}-hosts`),
    hostSystemIds: rule.hosts.map((h) => lookups.host(h).id),
  });
  ctx.nameAfter(hostGroup, rule.scope);
  const vmHostRule = new LightComputeClusterVmHostRule(rule.scope, 'Rule', {
    ...common,
    vmGroupName: vmGroup.name,
    affinityHostGroupName: rule.kind === 'run-on' ? hostGroup.name : undefined,
    antiAffinityHostGroupName: rule.kind === 'not-run-on' ? hostGroup.name : undefined,
    mandatory: rule.mandatory,
  });
  ctx.nameAfter(vmHostRule, rule.scope);
  return { main: vmHostRule, resources: { rule: vmHostRule, vmGroup, hostGroup }, attributes: { id: vmHostRule.id } };
}
