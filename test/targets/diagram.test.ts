import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  Credentials, DrsRule, DrsRuleGroup, GuestOs, HaCluster, HypervTarget, Image, LibvirtTarget, Nic, ReplicaPair, ReplicationMode,
  ShieldedVm, Size, Target, VirtualMachine, VirtualNetwork, VsphereKeyProvider, VsphereTarget,
} from '../../src';
import { LOCK_FILE_CONTEXT, LOCK_READ_ONLY_CONTEXT } from '../../src/targets/cluster-placement';
import { TopologyTarget, topologyDiagram } from '../../src/targets/diagram';
import { TOPOLOGY_FILE } from '../../src/targets/report';

/** A Mermaid element ID as the diagram writes them. */
const ID = /^[A-Za-z0-9_]+$/;

/** The lines of the subgraph titled `title`, nested subgraphs included (without its own `subgraph` and `end` lines). */
function subgraph(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\s*subgraph [A-Za-z0-9_]+\\["${escapeRegex(title)}"\\]$`).test(l));
  if (start < 0) throw new Error(`no subgraph "${title}" in:\n${text}`);
  const depth = lines[start].search(/\S/);
  const end = lines.findIndex((l, i) => i > start && l.search(/\S/) === depth && l.trim() === 'end');
  return lines.slice(start + 1, end);
}

/** The labels of the VM nodes among some lines, with their shielding marks. */
function vmLabels(lines: string[]): string[] {
  return lines.map((l) => /^\s*[A-Za-z0-9_]+_vm_[A-Za-z0-9_]+\["([^"]*)"\]$/.exec(l)?.[1]).filter((v): v is string => v !== undefined);
}

/** The ID of the node whose label is `text`. */
function idOf(text: string, nodeLabel: string): string {
  const match = new RegExp(`^\\s*([A-Za-z0-9_]+)(?:\\[|\\{\\{|\\(\\[)"${escapeRegex(nodeLabel)}"`, 'm').exec(text);
  if (!match) throw new Error(`no node "${nodeLabel}" in:\n${text}`);
  return match[1];
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Synthesizes an app with a fresh placement lock and returns the stack's topology diagram and output. */
function synthTopology(build: (stack: TerraformStack) => void): { text: string; out: any } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'diagram-'));
  try {
    const app = new App({ outdir, context: { [LOCK_FILE_CONTEXT]: path.join(outdir, 'lock.json'), [LOCK_READ_ONLY_CONTEXT]: false } });
    const stack = new TerraformStack(app, 'shop');
    build(stack);
    app.synth();
    const dir = path.join(outdir, 'stacks', 'shop');
    return {
      text: fs.readFileSync(path.join(dir, TOPOLOGY_FILE), 'utf8'),
      out: JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')),
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
const capacity = { cpuCores: 16, memory: Size.gibibytes(64) };

/** A cluster of two hosts: web1 and web2 kept apart, db1 run on the second host, a shielded VM; app network on all, returned. */
function clusterDesign(stack: TerraformStack, target: Target, hosts: string[]): VirtualNetwork {
  const app = new VirtualNetwork(stack, 'app', { target, vlanId: 120 });
  const cluster = new HaCluster(stack, 'prod', { target, hosts, hostCapacity: capacity, acknowledgeNoHostFailover: true });
  const vm = (id: string) => new VirtualMachine(stack, id, { cluster, cpus: 2, memory: Size.gibibytes(4), image, nics: [Nic.on(app)] });
  new DrsRuleGroup(stack, 'web-spread', { cluster, vms: [vm('web1'), vm('web2')], rule: DrsRule.keepApart() });
  new DrsRuleGroup(stack, 'db-host', { cluster, vms: [vm('db1')], rule: DrsRule.runOn([hosts[1]]) });
  new ShieldedVm(stack, 'dc1', {
    cluster, cpus: 2, memory: Size.gibibytes(4), guestOs: GuestOs.WINDOWS_SERVER_2022, image, nics: [Nic.on(app)],
  });
  return app;
}

describe('the topology diagram of a synthesized stack', () => {
  test('libvirt: each cluster host holds the VMs the library placed on it', () => {
    const { text, out } = synthTopology((stack) => {
      const target = new LibvirtTarget(stack, 'kvm', {
        hosts: ['kvm1', 'kvm2', 'kvm3'].map((name) => ({ name, uri: `qemu+ssh://root@${name}/system` })),
        bridge: { name: 'ovsbr0', openvswitch: true },
      });
      clusterDesign(stack, target, ['kvm1', 'kvm2']);
      new VirtualMachine(stack, 'tools1', { target, host: 'kvm3', cpus: 1, memory: Size.gibibytes(2), image });
    });

    const cluster = subgraph(text, 'cluster prod (placed at synth)');
    const domains = out.resource.libvirt_domain;
    for (const host of ['kvm1', 'kvm2']) {
      const placedHere = Object.values<any>(domains).filter((d) => d.provider === `libvirt.${host}`).map((d) => d.name).sort();
      const drawn = vmLabels(subgraph(text, `host ${host}`)).map((l) => l.replace(/ \[shielded.*$/, '')).sort();
      expect({ host, drawn }).toEqual({ host, drawn: placedHere });
      expect(cluster.join('\n')).toContain(`["host ${host}"]`);
    }
    expect(vmLabels(subgraph(text, 'host kvm2'))).toContain('db1');
    // the VM outside the cluster stands on its host, outside the cluster
    expect(vmLabels(subgraph(text, 'host kvm3'))).toEqual(['tools1']);
    expect(vmLabels(cluster)).not.toContain('tools1');
    expect(text).toContain('["dc1 [shielded: Secure Boot, vTPM]"]');
    expect(text).toMatch(new RegExp(`^  class ${idOf(text, 'dc1 [shielded: Secure Boot, vTPM]')} shielded$`, 'm'));
    expect(text).toMatch(new RegExp(`^  ${idOf(text, 'rule db-host: run on kvm2')} -\\.->\\|"run on"\\| ${idOf(text, 'db1')}$`, 'm'));
    expect(text.match(/^flowchart /gm)).toHaveLength(1);
  });

  test('Hyper-V: hosts in the cluster, the hypervisor\'s replica on the replica server', () => {
    const { text, out } = synthTopology((stack) => {
      const target = new HypervTarget(stack, 'hv', {
        hosts: ['hv1', 'hv2', 'hv3'].map((name) => ({ name })),
        externalSwitch: { adapters: ['Ethernet 2'] },
        credentials: Credentials.fromVariables(),
        remotePowerShell: true,
      });
      clusterDesign(stack, target, ['hv1', 'hv2', 'hv3']);
      new ReplicaPair(stack, 'orders', {
        cluster: stack.node.findChild('prod') as HaCluster,
        mode: ReplicationMode.HYPERVISOR,
        replicaHost: 'hv3',
        vm: { cpus: 2, memory: Size.gibibytes(4), image },
      });
    });

    const machines = out.resource.hyperv_machine_instance;
    for (const host of ['hv1', 'hv2', 'hv3']) {
      const placedHere = Object.values<any>(machines).filter((m) => m.provider === `hyperv.${host}`).map((m) => m.name).sort();
      const drawn = vmLabels(subgraph(text, `host ${host}`)).map((l) => l.replace(/ \[shielded.*$/, '')).sort();
      expect({ host, drawn }).toEqual({ host, drawn: placedHere });
    }
    expect(subgraph(text, 'host hv3').join('\n')).toContain('["replica of orders-primary (kept by the hypervisor)"]');
    const replica = idOf(text, 'replica of orders-primary (kept by the hypervisor)');
    expect(text).toContain(`  ${idOf(text, 'orders-primary')} ==>|"replica pair orders"| ${replica}\n`);
    expect(text).toContain(`  class ${replica} replica\n`);
    expect(text).toMatch(/\["rule orders-off-replica-server: not run on hv3"\]/);
  });

  test('vSphere: DRS places the cluster\'s VMs, so they stand in the cluster; a single-host mandatory rule pins its VM', () => {
    const { text } = synthTopology((stack) => {
      const target = new VsphereTarget(stack, 'vc', {
        server: 'vc.example.com',
        datacenter: 'dc1',
        cluster: 'general',
        datastore: 'ds1',
        distributedSwitch: 'dvs1',
        keyProvider: VsphereKeyProvider.vcenterDefault(),
      });
      const app = clusterDesign(stack, target, ['esx1.example.com', 'esx2.example.com']);
      new VirtualMachine(stack, 'tools1', { target, cpus: 1, memory: Size.gibibytes(2), image, nics: [Nic.on(app)] });
      new VirtualMachine(stack, 'gpu1', { target, host: 'esx9.example.com', cpus: 1, memory: Size.gibibytes(2), image, nics: [Nic.on(app)] });
    });

    const cluster = subgraph(text, 'cluster prod (placed by vSphere DRS)');
    expect(cluster.join('\n')).toContain('["vSphere DRS places these VMs on esx1.example.com, esx2.example.com"]:::note');
    // directly in the cluster: four spaces deeper than the cluster's own line, no host around them
    expect(vmLabels(cluster.filter((l) => /^ {6}\S/.test(l))).sort()).toEqual(['dc1 [shielded: Secure Boot, vTPM]', 'web1', 'web2']);
    expect(vmLabels(subgraph(text, 'host esx2.example.com'))).toEqual(['db1']);
    expect(text).not.toContain('["host esx1.example.com"]');
    expect(vmLabels(subgraph(text, 'cluster general of the target (placed by vSphere DRS)'))).toEqual(['tools1']);
    expect(vmLabels(subgraph(text, 'host esx9.example.com'))).toEqual(['gpu1']);
    const spread = idOf(text, 'rule web-spread: keep apart');
    for (const vm of ['web1', 'web2']) expect(text).toContain(`  ${spread} -.->|"keep apart"| ${idOf(text, vm)}\n`);
    expect(text).toContain(`  ${idOf(text, 'web1')} --- ${idOf(text, 'network app (VLAN 120)')}\n`);
  });

  test('several targets of one stack share one file, with a subgraph each; a pair may span them', () => {
    const { text } = synthTopology((stack) => {
      const kvm = new LibvirtTarget(stack, 'kvm', { hosts: [{ name: 'kvm1', uri: 'qemu+ssh://root@kvm1/system' }] });
      const hv = new HypervTarget(stack, 'hv', { hosts: [{ name: 'hv1' }, { name: 'hv2' }] });
      new VirtualMachine(stack, 'a1', { target: kvm, cpus: 1, memory: Size.gibibytes(2), image });
      new VirtualMachine(stack, 'b1', { target: hv, host: 'hv1', cpus: 1, memory: Size.gibibytes(2), image });
      const single = { hostFailuresToTolerate: 0, hostCapacity: capacity, acknowledgeNoHostFailover: true };
      const site1 = new HaCluster(stack, 'site1', { target: kvm, hosts: ['kvm1'], ...single });
      const site2 = new HaCluster(stack, 'site2', { target: hv, hosts: ['hv2'], ...single });
      new ReplicaPair(stack, 'orders', { cluster: site1, replicaCluster: site2, vm: { cpus: 1, memory: Size.gibibytes(2), image } });
    });
    expect(text.match(/^flowchart /gm)).toHaveLength(1);
    const kvm = subgraph(text, 'libvirt target shop/kvm');
    const hv = subgraph(text, 'Hyper-V target shop/hv');
    expect(vmLabels(kvm).sort()).toEqual(['a1', 'orders-primary']);
    expect(vmLabels(hv).sort()).toEqual(['b1', 'orders-replica']);
    // the pair belongs to the primary's target, which draws the replica as a VM of another target
    const remote = idOf(text, 'orders-replica (VM of another target)');
    expect(kvm.join('\n')).toContain(remote);
    expect(text).toContain(`  ${idOf(text, 'orders-primary')} ==>|"replica pair orders"| ${remote}\n`);
    expect(text.match(/\["host hv1"\]/g)).toHaveLength(1);
  });
});

/** A small target described by hand: two hosts in a cluster placed at synth. */
function handDrawn(overrides: Partial<TopologyTarget> = {}): TopologyTarget {
  return {
    id: 'target',
    label: 'libvirt target shop/target',
    clusters: [{ name: 'prod', hosts: ['kvm1', 'kvm2'], migrationNetwork: 'migration' }],
    vms: [
      { name: 'web2', cluster: 'prod', host: 'kvm2', networks: ['app', 'app'] },
      { name: 'web1', cluster: 'prod', host: 'kvm1', networks: ['app', 'mgmt'] },
      { name: 'vault1', cluster: 'prod', host: 'kvm2', shielding: 'encrypted', networks: ['mgmt'] },
      { name: 'orders-primary', cluster: 'prod', host: 'kvm1', networks: [] },
      { name: 'orders-replica', cluster: 'prod', host: 'kvm2', networks: [] },
    ],
    networks: [{ name: 'mgmt', detail: 'VLAN 10, management' }, { name: 'app' }, { name: 'migration' }],
    rules: [
      { name: 'web-spread', kind: 'apart', vms: ['web1', 'web2'], hosts: [], mandatory: true },
      { name: 'web-near', kind: 'together', vms: ['web1', 'vault1'], hosts: [], mandatory: false },
      { name: 'vault-off', kind: 'not-run-on', vms: ['vault1'], hosts: ['kvm1'], mandatory: true },
    ],
    pairs: [{ name: 'orders', primary: 'orders-primary', replica: 'orders-replica' }],
    ...overrides,
  };
}

describe('topologyDiagram', () => {
  test('draws the hosts of a cluster with their VMs, sorted by name', () => {
    const text = topologyDiagram('shop', [handDrawn()]);
    expect(text.startsWith('flowchart LR\n  %% Topology of stack shop, written by cdktf-hypervisor at synth. Do not edit.\n')).toBe(true);
    expect(vmLabels(subgraph(text, 'host kvm1'))).toEqual(['orders-primary', 'web1']);
    expect(vmLabels(subgraph(text, 'host kvm2'))).toEqual(['orders-replica', 'vault1 [shielded: encrypted]', 'web2']);
    expect(subgraph(text, 'cluster prod (placed at synth)').join('\n')).toContain('subgraph t_target_host_prod_kvm1["host kvm1"]');
  });

  test('labels the dotted edges of each rule with what it asks, and marks preferred rules', () => {
    const text = topologyDiagram('shop', [handDrawn()]);
    const edges = text.split('\n').filter((l) => l.includes(' -.->|'));
    expect(edges).toEqual([
      '  t_target_rule_vault_off -.->|"not run on"| t_target_vm_vault1',
      '  t_target_rule_web_near -.->|"keep together"| t_target_vm_vault1',
      '  t_target_rule_web_near -.->|"keep together"| t_target_vm_web1',
      '  t_target_rule_web_spread -.->|"keep apart"| t_target_vm_web1',
      '  t_target_rule_web_spread -.->|"keep apart"| t_target_vm_web2',
    ]);
    expect(text).toContain('t_target_rule_web_near(["rule web-near: keep together (preferred)"]):::rule');
    expect(text).toContain('t_target_rule_vault_off(["rule vault-off: not run on kvm1"]):::rule');
  });

  test('draws a replica pair as a thick edge from primary to replica', () => {
    const text = topologyDiagram('shop', [handDrawn()]);
    expect(text).toContain('\n  t_target_vm_orders_primary ==>|"replica pair orders"| t_target_vm_orders_replica\n');
  });

  test('draws a hypervisor-kept replica on its replica server, outside any cluster when the host is in none', () => {
    const text = topologyDiagram('shop', [handDrawn({ pairs: [{ name: 'orders', primary: 'orders-primary', replicaHost: 'dr1' }] })]);
    expect(subgraph(text, 'host dr1')).toEqual(['      t_target_replica_orders["replica of orders-primary (kept by the hypervisor)"]']);
    expect(text).toContain('\n  t_target_vm_orders_primary ==>|"replica pair orders"| t_target_replica_orders\n');
    expect(text).toContain('\n  class t_target_replica_orders replica\n');
  });

  test('marks shielded VMs in the label and with class shielded', () => {
    const text = topologyDiagram('shop', [handDrawn()]);
    expect(text).toContain('t_target_vm_vault1["vault1 [shielded: encrypted]"]');
    expect(text).toContain('\n  class t_target_vm_vault1 shielded\n');
    expect(text).toContain('\n  classDef shielded ');
    expect(text).not.toContain('web1 [shielded');
  });

  test('links each VM once to each network of its NICs, and the cluster to its migration network', () => {
    const text = topologyDiagram('shop', [handDrawn()]);
    expect(text.split('\n').filter((l) => l.includes(' --- '))).toEqual([
      '  t_target_vm_vault1 --- t_target_net_mgmt',
      '  t_target_vm_web1 --- t_target_net_app',
      '  t_target_vm_web1 --- t_target_net_mgmt',
      '  t_target_vm_web2 --- t_target_net_app',
    ]);
    expect(text).toContain('t_target_net_mgmt{{"network mgmt (VLAN 10, management)"}}:::network');
    expect(text).toContain('\n  t_target_cluster_prod -.-|"live migration"| t_target_net_migration\n');
  });

  test('is deterministic: the same design gives the same text, in any order', () => {
    const design = handDrawn();
    const reversed: TopologyTarget = {
      ...design,
      vms: [...design.vms].reverse(),
      networks: [...design.networks].reverse(),
      rules: [...design.rules].reverse(),
    };
    const text = topologyDiagram('shop', [design]);
    expect(topologyDiagram('shop', [handDrawn()])).toBe(text);
    expect(topologyDiagram('shop', [reversed])).toBe(text);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\/tmp\//);
  });

  test('gives names that read alike IDs of their own, made of letters, digits and underscores, and escapes labels', () => {
    const text = topologyDiagram('shop "1"', [{
      id: 'my-target',
      label: 'target <a> & "b" #1 `c`',
      clusters: [{ name: 'end', hosts: ['esx1.example.com', 'esx-1.example.com'], scheduler: 'vSphere DRS' }],
      vms: [
        { name: 'web.1', cluster: 'end', networks: ['n.1'] },
        { name: 'web-1', cluster: 'end', host: 'esx1.example.com', networks: ['n-1'] },
        { name: 'web_1', cluster: 'end', host: 'esx-1.example.com', networks: [] },
        { name: 'o1', networks: [] },
      ],
      networks: [{ name: 'n.1' }, { name: 'n-1', detail: 'VLAN "7"' }],
      rules: [],
      pairs: [],
    }]);
    const declared = text.split('\n')
      .map((l) => /^\s*(?:subgraph )?([^\s[{(]+)(?:\[|\{\{|\(\[)/.exec(l)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(declared.length).toBeGreaterThanOrEqual(12);
    for (const id of declared) expect(id).toMatch(ID);
    expect(new Set(declared).size).toBe(declared.length);
    const vmIds = ['web.1', 'web-1', 'web_1'].map((name) => idOf(text, name));
    // sorted by name: web-1, web.1, web_1
    expect(vmIds).toEqual(['t_my_target_vm_web_1_2', 't_my_target_vm_web_1', 't_my_target_vm_web_1_3']);
    expect(text).toContain('subgraph t_my_target["target #lt;a#gt; #amp; #quot;b#quot; #35;1 #96;c#96;"]');
    expect(text).toContain('{{"network n-1 (VLAN #quot;7#quot;)"}}');
    expect(text).toContain('%% Topology of stack shop "1", written');
    expect(text).toContain('["host esx1.example.com"]');
    expect(text).toContain('["host esx-1.example.com"]');
    // a VM with neither cluster nor host stands apart, under the default title
    expect(vmLabels(subgraph(text, 'no host known at synth'))).toEqual(['o1']);
  });

  test('draws a replica that is a VM of another target as a node of its own', () => {
    const text = topologyDiagram('shop', [handDrawn({ pairs: [{ name: 'dr', primary: 'web1', replica: 'web1-dr' }] })]);
    expect(text).toContain('    t_target_replica_dr["web1-dr (VM of another target)"]\n');
    expect(text).toContain('\n  t_target_vm_web1 ==>|"replica pair dr"| t_target_replica_dr\n');
  });

  test('fails on a rule that names a VM the target does not have', () => {
    const design = handDrawn({ rules: [{ name: 'r', kind: 'apart', vms: ['web1', 'ghost'], hosts: [], mandatory: true }] });
    expect(() => topologyDiagram('shop', [design])).toThrow(/rule r names VM "ghost", which target target does not have/);
  });
});
