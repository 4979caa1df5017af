import { mermaidLabel, reportText } from './escaping';
import { ClusterNode, NetworkNode, PairNode, RuleKind, RuleNode, VmNode } from '../model/design';
import { TrafficRole } from '../model/network';
import { ReplicationMode } from '../model/replication';
import { ShieldingLevel } from '../model/shielding';

/*
 * The topology diagram of a stack: a Mermaid flowchart of what each target renders (clusters with
 * their hosts and the VMs placed on them, networks and the VMs attached to them, rule groups,
 * replica pairs, shielded VMs). Pure: plain data in, text out; the same input gives the same text.
 */

/** A cluster as the diagram draws it. */
export interface TopologyCluster {
  /** The cluster's name. */
  readonly name: string;
  /** The cluster's hosts, in the design's order. */
  readonly hosts: readonly string[];
  /**
   * The platform's scheduler that places the cluster's VMs on hosts (e.g. `vSphere DRS`): the
   * VMs with no host known at synth are drawn in the cluster itself. Undefined when the library
   * placed every VM at synth.
   */
  readonly scheduler?: string;
  /** The network live migration between the cluster's hosts runs over. */
  readonly migrationNetwork?: string;
}

/** A VM as the diagram draws it. */
export interface TopologyVm {
  /** The VM's name. */
  readonly name: string;
  /** The cluster the VM belongs to. */
  readonly cluster?: string;
  /** The host the VM runs on, where known at synth. */
  readonly host?: string;
  /** How the VM is shielded (e.g. `encrypted`); undefined for a VM that is not shielded. */
  readonly shielding?: string;
  /** The networks of the VM's NICs, in NIC order. */
  readonly networks: readonly string[];
}

/** A network as the diagram draws it. */
export interface TopologyNetwork {
  /** The network's name. */
  readonly name: string;
  /** What to say about the network beside its name (e.g. `VLAN 120`). */
  readonly detail?: string;
}

/** A rule group as the diagram draws it. */
export interface TopologyRule {
  /** The rule group's name. */
  readonly name: string;
  /** What the rule asks of its VMs. */
  readonly kind: RuleKind;
  /** The VMs the rule applies to. */
  readonly vms: readonly string[];
  /** The hosts of a `run-on` or `not-run-on` rule. */
  readonly hosts: readonly string[];
  /** Whether the rule is never broken (rather than kept when possible). */
  readonly mandatory: boolean;
}

/** A replica pair as the diagram draws it. */
export interface TopologyPair {
  /** The pair's name. */
  readonly name: string;
  /** The primary VM. */
  readonly primary: string;
  /**
   * The replica VM, when the replica is a VM of the design (guest replication); it may be a VM of
   * another target.
   */
  readonly replica?: string;
  /** The host the hypervisor replicates the primary to, when the hypervisor keeps the replica. */
  readonly replicaHost?: string;
}

/** Everything one target renders, as the diagram draws it. */
export interface TopologyTarget {
  /** The target's construct ID; keeps the element IDs of several targets of a stack apart. */
  readonly id: string;
  /** The title of the target's part of the diagram. */
  readonly label: string;
  /** The target's clusters. */
  readonly clusters: readonly TopologyCluster[];
  /** The target's VMs. */
  readonly vms: readonly TopologyVm[];
  /** The target's networks. */
  readonly networks: readonly TopologyNetwork[];
  /** The target's rule groups. */
  readonly rules: readonly TopologyRule[];
  /** The target's replica pairs. */
  readonly pairs: readonly TopologyPair[];
  /**
   * Where VMs with neither a cluster nor a known host run, as a title for them.
   *
   * @default 'no host known at synth'
   */
  readonly unplaced?: string;
}

/** What a rule asks, as its edges are labelled. */
const RULE_WORDS: { readonly [kind in RuleKind]: string } = {
  'together': 'keep together',
  'apart': 'keep apart',
  'run-on': 'run on',
  'not-run-on': 'not run on',
};

/** Styles of the marked elements; the same in every diagram. */
const CLASS_DEFS = [
  'classDef shielded stroke:#b42318,stroke-width:3px',
  'classDef network fill:#e8f1fb,stroke:#2f6db3',
  'classDef rule fill:#fff7e0,stroke:#b7791f,stroke-dasharray:4 3',
  'classDef note fill:none,stroke:#888,stroke-dasharray:2 2',
  'classDef replica fill:none,stroke:#555,stroke-dasharray:6 3',
  'classDef empty fill:none,stroke:none',
];

/**
 * The Mermaid flowchart of a stack's topology: per target a subgraph; in it a subgraph per
 * cluster, in that a subgraph per host with the VMs placed on it (VMs that a scheduler places
 * stand in the cluster); networks linked to the VMs whose NICs attach to them; rule groups with a
 * dotted edge to each member, labelled with what the rule asks; a thick edge from each pair's
 * primary to its replica; shielded VMs marked `[shielded: ...]` and styled with class `shielded`.
 *
 * Deterministic: elements are sorted by name (hosts keep the cluster's order), and the text
 * holds no time or path. Element IDs are made of letters, digits and underscores only, and
 * labels are quoted with Mermaid's entity codes for the characters that would end them.
 *
 * @param stackName the stack's name, for the heading comment
 * @param targets what each target of the stack renders
 * @returns the diagram, ending with a newline
 */
export function topologyDiagram(stackName: string, targets: readonly TopologyTarget[]): string {
  const ids = new IdAllocator();
  const lines = [
    'flowchart LR',
    `  %% Topology of stack ${oneLine(stackName)}, written by cdktf-hypervisor at synth. Do not edit.`,
  ];
  for (const target of [...targets].sort((a, b) => compare(a.id, b.id) || compare(a.label, b.label))) {
    lines.push(...drawTarget(target, ids));
  }
  lines.push(...CLASS_DEFS.map((c) => `  ${c}`));
  return `${lines.join('\n')}\n`;
}

function drawTarget(target: TopologyTarget, ids: IdAllocator): string[] {
  const prefix = ids.take('t', target.id);
  const id = (kind: string, name: string) => ids.take(`${prefix}_${kind}`, name);
  const vmIds = new Map<string, string>();
  const vms = sortByName(target.vms);
  for (const vm of vms) vmIds.set(vm.name, id('vm', vm.name));
  const vmId = (name: string, what: string): string => {
    const found = vmIds.get(name);
    if (found === undefined) throw new Error(`${what} names VM "${name}", which target ${target.id} does not have`);
    return found;
  };
  const clusters = sortByName(target.clusters);
  const clusterNames = new Set(clusters.map((c) => c.name));
  const hypervisorReplicas = sortByName(target.pairs).filter((p) => p.replica === undefined && p.replicaHost !== undefined);

  // hosts a hypervisor replica lives on: in the first cluster that has the host, else on its own
  const replicasOn = new Map<string, TopologyPair[]>();
  const replicaCluster = (host: string) => clusters.find((c) => c.hosts.includes(host))?.name;
  for (const pair of hypervisorReplicas) {
    const key = `${replicaCluster(pair.replicaHost!) ?? ''}\u0000${pair.replicaHost!}`;
    replicasOn.set(key, [...(replicasOn.get(key) ?? []), pair]);
  }
  const replicaIds = new Map<TopologyPair, string>();
  for (const pair of hypervisorReplicas) replicaIds.set(pair, id('replica', pair.name));
  // replicas that are VMs of another target
  const remoteReplicas = sortByName(target.pairs).filter((p) => p.replica !== undefined && !vmIds.has(p.replica));
  for (const pair of remoteReplicas) replicaIds.set(pair, id('replica', pair.name));

  const body: string[] = [];
  const vmLine = (vm: TopologyVm) => `${vmIds.get(vm.name)}[${label(vm.shielding === undefined ? vm.name : `${vm.name} [shielded: ${vm.shielding}]`)}]`;
  const replicaLines = (clusterName: string, host: string) => (replicasOn.get(`${clusterName}\u0000${host}`) ?? [])
    .map((p) => `${replicaIds.get(p)}[${label(`replica of ${p.primary} (kept by the hypervisor)`)}]`);
  const hostBlock = (scope: string | undefined, host: string, title: string, members: TopologyVm[], replicas: string[], always: boolean) => {
    if (members.length === 0 && replicas.length === 0 && !always) return [];
    const hostId = id('host', scope === undefined ? host : `${scope}_${host}`);
    const inner = [...members.map(vmLine), ...replicas];
    if (inner.length === 0) inner.push(`${id('empty', host)}[${label('no VMs')}]:::empty`);
    return [`subgraph ${hostId}[${label(title)}]`, ...indent(inner), 'end'];
  };

  const clusterIds = new Map<TopologyCluster, string>();
  for (const cluster of clusters) {
    const members = vms.filter((vm) => vm.cluster === cluster.name);
    const clusterId = id('cluster', cluster.name);
    clusterIds.set(cluster, clusterId);
    const inner: string[] = [];
    if (cluster.scheduler !== undefined) {
      inner.push(`${id('note', cluster.name)}[${label(`${cluster.scheduler} places these VMs on ${cluster.hosts.join(', ') || 'the cluster\'s hosts'}`)}]:::note`);
    }
    for (const host of cluster.hosts) {
      inner.push(...hostBlock(cluster.name, host, `host ${host}`, members.filter((vm) => vm.host === host), replicaLines(cluster.name, host),
        cluster.scheduler === undefined));
    }
    // VMs without a host of the cluster: the scheduler places them
    inner.push(...members.filter((vm) => vm.host === undefined || !cluster.hosts.includes(vm.host)).map(vmLine));
    const title = `cluster ${cluster.name}${cluster.scheduler === undefined ? ' (placed at synth)' : ` (placed by ${cluster.scheduler})`}`;
    body.push(`subgraph ${clusterId}[${label(title)}]`, ...indent(inner), 'end');
  }

  // VMs outside the clusters, by host
  const loose = vms.filter((vm) => vm.cluster === undefined || !clusterNames.has(vm.cluster));
  const clusterHosts = new Set(clusters.flatMap((c) => c.hosts));
  const looseHosts = new Set([
    ...loose.flatMap((vm) => (vm.host === undefined ? [] : [vm.host])),
    ...hypervisorReplicas.filter((p) => replicaCluster(p.replicaHost!) === undefined).map((p) => p.replicaHost!),
  ]);
  for (const host of [...looseHosts].sort(compare)) {
    const title = clusterHosts.has(host) ? `host ${host} (outside its cluster)` : `host ${host}`;
    body.push(...hostBlock(undefined, host, title, loose.filter((vm) => vm.host === host), replicaLines('', host), false));
  }
  const unplaced = loose.filter((vm) => vm.host === undefined);
  if (unplaced.length > 0) {
    body.push(`subgraph ${id('unplaced', 'vms')}[${label(target.unplaced ?? 'no host known at synth')}]`, ...indent(unplaced.map(vmLine)), 'end');
  }

  for (const pair of remoteReplicas) body.push(`${replicaIds.get(pair)}[${label(`${pair.replica} (VM of another target)`)}]`);

  const networkIds = new Map<string, string>();
  for (const network of sortByName(target.networks)) {
    const networkId = id('net', network.name);
    networkIds.set(network.name, networkId);
    body.push(`${networkId}{{${label(`network ${network.name}${network.detail ? ` (${network.detail})` : ''}`)}}}:::network`);
  }
  const networkId = (name: string, what: string): string => {
    const found = networkIds.get(name);
    if (found === undefined) throw new Error(`${what} names network "${name}", which target ${target.id} does not have`);
    return found;
  };

  const rules = sortByName(target.rules);
  const ruleIds = new Map<TopologyRule, string>();
  for (const rule of rules) {
    const ruleId = id('rule', rule.name);
    ruleIds.set(rule, ruleId);
    const hosts = rule.kind === 'run-on' || rule.kind === 'not-run-on' ? ` ${rule.hosts.join(', ')}` : '';
    body.push(`${ruleId}([${label(`rule ${rule.name}: ${RULE_WORDS[rule.kind]}${hosts}${rule.mandatory ? '' : ' (preferred)'}`)}]):::rule`);
  }

  const edges: string[] = [];
  for (const vm of vms) {
    for (const network of new Set(vm.networks)) edges.push(`${vmIds.get(vm.name)} --- ${networkId(network, `VM ${vm.name}`)}`);
  }
  for (const cluster of clusters) {
    if (cluster.migrationNetwork !== undefined) {
      edges.push(`${clusterIds.get(cluster)} -.-|${label('live migration')}| ${networkId(cluster.migrationNetwork, `cluster ${cluster.name}`)}`);
    }
  }
  for (const rule of rules) {
    for (const vm of [...rule.vms].sort(compare)) edges.push(`${ruleIds.get(rule)} -.->|${label(RULE_WORDS[rule.kind])}| ${vmId(vm, `rule ${rule.name}`)}`);
  }
  for (const pair of sortByName(target.pairs)) {
    const to = replicaIds.get(pair) ?? (pair.replica !== undefined ? vmIds.get(pair.replica) : undefined);
    if (to !== undefined) edges.push(`${vmId(pair.primary, `pair ${pair.name}`)} ==>|${label(`replica pair ${pair.name}`)}| ${to}`);
  }

  const shielded = vms.filter((vm) => vm.shielding !== undefined).map((vm) => vmIds.get(vm.name)!);
  const replicas = [...replicaIds.values()];
  return indent([
    `subgraph ${prefix}[${label(target.label)}]`,
    ...indent(body),
    'end',
    ...edges,
    ...(shielded.length > 0 ? [`class ${shielded.join(',')} shielded`] : []),
    ...(replicas.length > 0 ? [`class ${replicas.join(',')} replica`] : []),
  ]);
}

/** Element IDs: letters, digits and underscores, each given once per diagram. */
class IdAllocator {
  private readonly taken = new Set<string>();

  /** A new ID for the element `name` of a kind; names that read alike get a numbered suffix. */
  public take(kind: string, name: string): string {
    const base = `${kind}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let candidate = base;
    for (let i = 2; this.taken.has(candidate); i++) candidate = `${base}_${i}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** A quoted Mermaid label (the escaping module quotes every label of the library's diagrams). */
const label = mermaidLabel;

function oneLine(text: string): string {
  return reportText(text.replace(/\s+/g, ' ').trim());
}

function indent(lines: string[]): string[] {
  return lines.map((l) => `  ${l}`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortByName<T extends { readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compare(a.name, b.name));
}

/** The parts of a target's design the diagram draws. */
export interface TopologyDesign {
  /** The target's networks. */
  readonly networks: readonly NetworkNode[];
  /** The target's VMs. */
  readonly vms: readonly VmNode[];
  /** The target's clusters. */
  readonly clusters: readonly ClusterNode[];
  /** The target's rule groups. */
  readonly rules: readonly RuleNode[];
  /** The target's replica pairs. */
  readonly pairs: readonly PairNode[];
}

/** How a target placed the design, for its diagram. */
export interface TopologyPlacement {
  /** The target's construct ID. */
  readonly id: string;
  /** The title of the target's part of the diagram. */
  readonly label: string;
  /** The scheduler that places the VMs of the target's clusters; undefined when the library placed them. */
  readonly scheduler?: string;
  /** Where VMs with neither a cluster nor a known host run, as a title for them. */
  readonly unplaced?: string;
  /** The host a VM runs on, where known at synth. */
  hostOf(vm: VmNode): string | undefined;
}

const SHIELDING_WORDS: { readonly [level in ShieldingLevel]: string } = {
  [ShieldingLevel.SECURE_BOOT_AND_TPM]: 'Secure Boot, vTPM',
  [ShieldingLevel.ENCRYPTED]: 'encrypted',
  [ShieldingLevel.HOST_GUARDED]: 'host-guarded',
};

/**
 * What a target renders, as the diagram draws it: the design's elements by name, with the host
 * the target placed each VM on.
 *
 * @param design the target's part of the design
 * @param placement where the target placed the VMs
 */
export function describeTopology(design: TopologyDesign, placement: TopologyPlacement): TopologyTarget {
  return {
    id: placement.id,
    label: placement.label,
    unplaced: placement.unplaced,
    clusters: design.clusters.map((c) => ({
      name: c.name,
      hosts: c.hosts,
      scheduler: placement.scheduler,
      migrationNetwork: c.migration?.network?.name,
    })),
    vms: design.vms.map((vm) => ({
      name: vm.name,
      cluster: vm.cluster?.name,
      host: placement.hostOf(vm),
      shielding: vm.shielding === undefined ? undefined : SHIELDING_WORDS[vm.shielding.level],
      networks: vm.nics.map((n) => n.network.name),
    })),
    networks: design.networks.map((n) => {
      const detail = [
        n.vlanId !== undefined ? `VLAN ${n.vlanId}` : undefined,
        n.role !== TrafficRole.VM ? n.role : undefined,
        n.existing ? 'existing' : undefined,
      ].filter((d) => d !== undefined).join(', ');
      return { name: n.name, detail: detail || undefined };
    }),
    rules: design.rules.map((r) => ({ name: r.name, kind: r.kind, vms: r.vms.map((vm) => vm.name), hosts: r.hosts, mandatory: r.mandatory })),
    pairs: design.pairs.map((p) => ({
      name: p.name,
      primary: p.primary.name,
      replica: p.replica?.name,
      replicaHost: p.mode === ReplicationMode.HYPERVISOR ? p.replicaHost : undefined,
    })),
  };
}
