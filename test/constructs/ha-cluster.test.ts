import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  Credentials, DrsAutomation, DrsRule, DrsRuleGroup, GuestOs, HaCluster, HaClusterProps, HypervTarget, Image, IsolationResponse,
  LibvirtTarget, Nic, RestartPriority, ShieldedVm, Size, Target, TrafficRole, VirtualMachine, VirtualNetwork, VmMonitoring,
  VsphereKeyProvider, VsphereTarget,
} from '../../src';
import { LOCK_FILE_CONTEXT } from '../../src/targets/cluster-placement';
import { newStack, synth } from '../util';

const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
const capacity = { cpuCores: 16, memory: Size.gibibytes(64) };

type Factory = (stack: TerraformStack) => Target;
const vsphere: Factory = (stack) => new VsphereTarget(stack, 'target', {
  server: 'vc', datacenter: 'dc1', datastore: 'ds', distributedSwitch: 'dvs', keyProvider: VsphereKeyProvider.vcenterDefault(),
});
const hyperv: Factory = (stack) => new HypervTarget(stack, 'target', {
  hosts: ['h1', 'h2', 'h3'].map((name) => ({ name })),
  credentials: Credentials.fromVariables(),
  remotePowerShell: true,
  failoverCluster: { name: 'HVC', sharedVolumePath: 'C:\\ClusterStorage\\Volume1' },
  vmDirectory: 'C:\\ClusterStorage\\Volume1\\VMs',
  externalSwitch: { adapters: ['Ethernet'] },
});
const libvirt: Factory = (stack) => new LibvirtTarget(stack, 'target', {
  hosts: ['h1', 'h2', 'h3'].map((name) => ({ name, uri: `qemu+ssh://${name}/system` })),
  bridge: { name: 'br0' },
});

/** A cluster of three hosts with three web VMs kept apart, a pair kept together and a VM held on h3. */
function design(factory: Factory, clusterProps: Partial<HaClusterProps> = {}, stack = newStack()) {
  const target = factory(stack);
  const cluster = new HaCluster(stack, 'prod', {
    target, hosts: ['h1', 'h2', 'h3'], hostCapacity: capacity, acknowledgeNoHostFailover: true, ...clusterProps,
  });
  // the vsphere provider requires a NIC of every VM it does not deploy from an OVF package
  const nics = factory === vsphere ? [Nic.on(new VirtualNetwork(stack, 'app', { target }))] : undefined;
  const vm = (name: string, extra = {}) => new VirtualMachine(stack, name, { cluster, cpus: 2, memory: Size.gibibytes(4), image, nics, ...extra });
  const web = ['web1', 'web2', 'web3'].map((n) => vm(n));
  new DrsRuleGroup(stack, 'web-spread', { cluster, vms: web, rule: DrsRule.keepApart() });
  const pair = [vm('app1'), vm('cache1')];
  new DrsRuleGroup(stack, 'app-cache', { cluster, vms: pair, rule: DrsRule.keepTogether() });
  // libvirt has no restart order to give the database
  const db = vm('db1', factory === libvirt ? {} : { restartPriority: RestartPriority.HIGH });
  new DrsRuleGroup(stack, 'db-on-h3', { cluster, vms: [db], rule: DrsRule.runOn(['h3']) });
  return { stack, cluster };
}

function providersOf(out: any, type: string): Record<string, string> {
  return Object.fromEntries(Object.entries<any>(out.resource[type]).map(([name, r]) => [name, r.provider]));
}

describe('HaCluster and DrsRuleGroup', () => {
  describe('on vSphere', () => {
    test('renders a compute cluster with HA, admission control and DRS from host data sources', () => {
      const out = synth(design(vsphere, {
        restartPriority: RestartPriority.MEDIUM,
        isolationResponse: IsolationResponse.POWER_OFF,
        vmMonitoring: VmMonitoring.VM_ONLY,
        drsAutomation: DrsAutomation.FULLY_AUTOMATED,
      }).stack);
      expect(out.resource.vsphere_compute_cluster.prod).toMatchObject({
        name: 'prod',
        datacenter_id: '${data.vsphere_datacenter.target_datacenter.id}',
        host_system_ids: ['${data.vsphere_host.target_host_h1.id}', '${data.vsphere_host.target_host_h2.id}', '${data.vsphere_host.target_host_h3.id}'],
        ha_enabled: true,
        ha_admission_control_policy: 'resourcePercentage',
        ha_admission_control_host_failure_tolerance: 1,
        ha_vm_restart_priority: 'medium',
        ha_host_isolation_response: 'powerOff',
        ha_vm_monitoring: 'vmMonitoringOnly',
        drs_enabled: true,
        drs_automation_level: 'fullyAutomated',
      });
      expect(out.resource.vsphere_virtual_machine.web1.resource_pool_id).toBe('${vsphere_compute_cluster.prod.resource_pool_id}');
    });

    test('renders every value of the cluster settings as vSphere spells it', () => {
      const rendered = (props: Partial<HaClusterProps>) => synth(design(vsphere, props).stack).resource.vsphere_compute_cluster.prod;
      const cases: Array<[Partial<HaClusterProps>, string, string]> = [
        [{ restartPriority: RestartPriority.LOWEST }, 'ha_vm_restart_priority', 'lowest'],
        [{ restartPriority: RestartPriority.LOW }, 'ha_vm_restart_priority', 'low'],
        [{ restartPriority: RestartPriority.HIGH }, 'ha_vm_restart_priority', 'high'],
        [{ restartPriority: RestartPriority.HIGHEST }, 'ha_vm_restart_priority', 'highest'],
        [{ isolationResponse: IsolationResponse.NONE }, 'ha_host_isolation_response', 'none'],
        [{ isolationResponse: IsolationResponse.SHUT_DOWN }, 'ha_host_isolation_response', 'shutdown'],
        [{ isolationResponse: IsolationResponse.POWER_OFF }, 'ha_host_isolation_response', 'powerOff'],
        [{ vmMonitoring: VmMonitoring.DISABLED }, 'ha_vm_monitoring', 'vmMonitoringDisabled'],
        [{ vmMonitoring: VmMonitoring.VM_ONLY }, 'ha_vm_monitoring', 'vmMonitoringOnly'],
        [{ vmMonitoring: VmMonitoring.VM_AND_APPLICATION }, 'ha_vm_monitoring', 'vmAndAppMonitoring'],
        [{ drsAutomation: DrsAutomation.MANUAL }, 'drs_automation_level', 'manual'],
        [{ drsAutomation: DrsAutomation.PARTIALLY_AUTOMATED }, 'drs_automation_level', 'partiallyAutomated'],
        [{ drsAutomation: DrsAutomation.FULLY_AUTOMATED }, 'drs_automation_level', 'fullyAutomated'],
      ];
      expect(cases.map(([props, attribute]) => [attribute, rendered(props)[attribute]]))
        .toEqual(cases.map(([, attribute, value]) => [attribute, value]));
    });

    test('renders the rules natively, referencing the VMs', () => {
      const out = synth(design(vsphere).stack);
      expect(out.resource.vsphere_compute_cluster_vm_anti_affinity_rule['web-spread']).toEqual(expect.objectContaining({
        name: 'web-spread',
        compute_cluster_id: '${vsphere_compute_cluster.prod.id}',
        virtual_machine_ids: ['${vsphere_virtual_machine.web1.id}', '${vsphere_virtual_machine.web2.id}', '${vsphere_virtual_machine.web3.id}'],
        mandatory: true,
      }));
      expect(out.resource.vsphere_compute_cluster_vm_affinity_rule['app-cache'].virtual_machine_ids)
        .toEqual(['${vsphere_virtual_machine.app1.id}', '${vsphere_virtual_machine.cache1.id}']);
      expect(out.resource.vsphere_compute_cluster_vm_group['db-on-h3']).toMatchObject({ name: 'db-on-h3-vms', virtual_machine_ids: ['${vsphere_virtual_machine.db1.id}'] });
      expect(out.resource.vsphere_compute_cluster_host_group['db-on-h3']).toMatchObject({ name: 'db-on-h3-hosts', host_system_ids: ['${data.vsphere_host.target_host_h3.id}'] });
      expect(out.resource.vsphere_compute_cluster_vm_host_rule['db-on-h3']).toMatchObject({
        vm_group_name: '${vsphere_compute_cluster_vm_group.db-on-h3.name}',
        affinity_host_group_name: '${vsphere_compute_cluster_host_group.db-on-h3.name}',
        mandatory: true,
      });
      expect(out.resource.vsphere_ha_vm_override.db1_ha).toMatchObject({
        compute_cluster_id: '${vsphere_compute_cluster.prod.id}', virtual_machine_id: '${vsphere_virtual_machine.db1.id}', ha_vm_restart_priority: 'high',
      });
    });

    test('adopts an existing cluster by name, managing only what the design adds', () => {
      const out = synth(design(vsphere, { existing: true }).stack);
      expect(out.resource.vsphere_compute_cluster).toBeUndefined();
      expect(out.data.vsphere_compute_cluster.prod.name).toBe('prod');
      expect(out.resource.vsphere_compute_cluster_vm_anti_affinity_rule['web-spread'].compute_cluster_id).toBe('${data.vsphere_compute_cluster.prod.id}');
    });

    test('puts a vMotion VMkernel adapter on every host for the migration network', () => {
      const stack = newStack();
      const target = vsphere(stack);
      const network = new VirtualNetwork(stack, 'vmotion', { target, role: TrafficRole.LIVE_MIGRATION, vlanId: 20 });
      new HaCluster(stack, 'prod', { target, hosts: ['h1', 'h2'], migration: { network } });
      expect(synth(stack).resource.vsphere_vnic.prod_vmotion_h2).toMatchObject({
        host: '${data.vsphere_host.target_host_h2.id}',
        netstack: 'vmotion',
        distributed_port_group: '${vsphere_distributed_port_group.vmotion.key}',
        ipv4: { dhcp: true },
      });
    });

    test('fails on settings for an adopted cluster, on CPU compatibility, and on a design that does not fit', () => {
      expect(() => synth(design(vsphere, { existing: true, drsAutomation: DrsAutomation.MANUAL }).stack))
        .toThrow(/An adopted cluster keeps its own HA and DRS settings[\s\S]*value: +drsAutomation/);
      expect(() => synth(design(vsphere, { migration: { cpuCompatibility: true } }).stack))
        .toThrow(/CPU compatibility for live migration cannot be rendered for vsphere[\s\S]*arrives in vmware\/vsphere 2\.16\.0/);
      expect(() => synth(design(vsphere, { hostCapacity: { cpuCores: 2, memory: Size.gibibytes(8) } }).stack))
        .toThrow(/No placement of cluster prod exists: admission control/);
    });
  });

  describe.each([['Hyper-V', hyperv, 'hyperv_machine_instance', 'hyperv'], ['libvirt', libvirt, 'libvirt_domain', 'libvirt']] as Array<[string, Factory, string, string]>)(
    'on %s', (_, factory, vmType, provider) => {
      test('places the web VMs on three different provider aliases and keeps every rule', () => {
        const hosts = providersOf(synth(design(factory).stack), vmType);
        expect(new Set([hosts.web1, hosts.web2, hosts.web3]).size).toBe(3);
        expect(hosts.app1).toBe(hosts.cache1);
        expect(hosts.db1).toBe(`${provider}.h3`);
      });

      test('fails, naming the rule, when an anti-affinity group has more VMs than the cluster hosts', () => {
        const { stack, cluster } = design(factory);
        const more = ['x1', 'x2', 'x3', 'x4'].map((n) => new VirtualMachine(stack, n, { cluster, cpus: 1, memory: Size.gibibytes(1), image }));
        new DrsRuleGroup(stack, 'wide', { cluster, vms: more, rule: DrsRule.keepApart() });
        expect(() => synth(stack)).toThrow(/\[test\/wide\] No placement of cluster prod exists with rule group wide: anti-affinity group 'wide' needs 4 hosts, the cluster has 3/);
      });

      test('fails without the hosts\' capacity', () => {
        expect(() => synth(design(factory, { hostCapacity: undefined }).stack)).toThrow(/needs what each host offers[\s\S]*set hostCapacity/);
      });

      test('writes the placement table next to the stack output', () => {
        const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
        const app = new App({ outdir, context: { [LOCK_FILE_CONTEXT]: false } });
        design(factory, {}, new TerraformStack(app, 'shop'));
        app.synth();
        const report = fs.readFileSync(path.join(outdir, 'stacks', 'shop', 'placement.txt'), 'utf8');
        expect(report).toMatch(/host +VMs +vCPUs used\/capacity +memory used\/capacity/);
        expect(report).toMatch(/^h3 .*db1.* {2}\d+\/64 +\d+ GiB\/64 GiB$/m);
        expect(report).toContain('Headroom: with 1 host failure tolerated, 128 GiB of memory stays usable; the VMs use 24 GiB (104 GiB free).');
      });
    },
  );

  describe('on Hyper-V', () => {
    test('makes each VM a failover-cluster role with its priority and anti-affinity class', () => {
      const out = synth(design(hyperv).stack);
      const script: string = out.resource.terraform_data.web2_cluster_role.provisioner[0].file.content;
      expect(script).toContain("Add-ClusterVirtualMachineRole -Cluster 'HVC' -VMName 'web2' -Name 'web2'");
      expect(script).toContain('if ($group.Priority -ne 2000) { $group.Priority = 2000 }');
      expect(script).toContain("$wanted = @('web-spread')");
      expect(out.resource.terraform_data.db1_cluster_role.provisioner[0].file.content).toContain('$group.Priority = 3000');
      expect(out.resource.terraform_data.web2_cluster_role.connection.host).toBe(
        out.resource.hyperv_machine_instance.web2.provider.replace('hyperv.', ''),
      );
    });

    test('runs the clustered-role script after the security script of a shielded VM', () => {
      const { stack, cluster } = design(hyperv);
      new ShieldedVm(stack, 'dc1', { cluster, cpus: 2, memory: Size.gibibytes(4), guestOs: GuestOs.WINDOWS_SERVER_2022, image });
      const out = synth(stack);
      expect(out.resource.terraform_data.dc1_cluster_role.depends_on).toEqual(['terraform_data.dc1_security']);
    });

    test('sets processor compatibility and the migration network', () => {
      const stack = newStack();
      const target = hyperv(stack);
      const network = new VirtualNetwork(stack, 'lm', { target, role: TrafficRole.LIVE_MIGRATION });
      const cluster = new HaCluster(stack, 'prod', {
        target, hosts: ['h1', 'h2'], hostCapacity: capacity, migration: { network, subnet: '10.0.20.0/24', cpuCompatibility: true },
      });
      new VirtualMachine(stack, 'v', { cluster, cpus: 1, memory: Size.gibibytes(1), image });
      const out = synth(stack);
      expect(out.resource.hyperv_machine_instance.v.vm_processor).toEqual({ compatibility_for_migration_enabled: true });
      const script: string = out.resource.terraform_data.prod_migration_h2.provisioner[0].file.content;
      expect(script).toContain("if (-not (Get-VMMigrationNetwork | Where-Object { $_.Subnet -eq '10.0.20.0/24' })) { Add-VMMigrationNetwork '10.0.20.0/24' }");
    });

    test('fails on standalone hosts until the lack of failover is acknowledged', () => {
      const stack = newStack();
      const target = new HypervTarget(stack, 't', { hosts: [{ name: 'h1' }, { name: 'h2' }] });
      new HaCluster(stack, 'prod', { target, hosts: ['h1', 'h2'], hostCapacity: capacity });
      expect(() => synth(stack)).toThrow(/Standalone Hyper-V hosts restart no VMs of a failed host elsewhere[\s\S]*acknowledgeNoHostFailover: true/);
    });

    test('fails when a failover cluster is named without remote PowerShell, or VMs live off the shared volume', () => {
      const noShell = newStack();
      new HaCluster(noShell, 'prod', {
        target: new HypervTarget(noShell, 't', { hosts: [{ name: 'h1' }, { name: 'h2' }], failoverCluster: { name: 'HVC', sharedVolumePath: 'C:\\ClusterStorage\\Volume1' } }),
        hosts: ['h1', 'h2'],
        hostCapacity: capacity,
      });
      expect(() => synth(noShell)).toThrow(/Add-ClusterVirtualMachineRole[\s\S]*set remotePowerShell: true/);
      const offVolume = newStack();
      new HaCluster(offVolume, 'prod', {
        target: new HypervTarget(offVolume, 't', {
          hosts: [{ name: 'h1' }, { name: 'h2' }],
          remotePowerShell: true,
          credentials: Credentials.fromVariables(),
          failoverCluster: { name: 'HVC', sharedVolumePath: 'C:\\ClusterStorage\\Volume1' },
        }),
        hosts: ['h1', 'h2'],
        hostCapacity: capacity,
      });
      expect(() => synth(offVolume)).toThrow(/must live on a cluster shared volume, and the target keeps VMs in C:\\Hyper-V/);
    });

    test('fails on a migration network without its subnet, and on settings it cannot render', () => {
      const stack = newStack();
      const target = hyperv(stack);
      const network = new VirtualNetwork(stack, 'lm', { target, role: TrafficRole.LIVE_MIGRATION });
      new HaCluster(stack, 'prod', { target, hosts: ['h1', 'h2'], hostCapacity: capacity, migration: { network } });
      expect(() => synth(stack)).toThrow(/give migration\.subnet/);
      expect(() => synth(design(hyperv, { isolationResponse: IsolationResponse.NONE }).stack)).toThrow(/Host isolation response cannot be rendered for hyperv/);
      expect(() => synth(design(hyperv, { drsAutomation: DrsAutomation.MANUAL }).stack)).toThrow(/DRS automation level cannot be rendered for hyperv/);
    });
  });

  describe('on libvirt', () => {
    test('autostarts cluster VMs and restarts them after a crash', () => {
      const out = synth(design(libvirt).stack);
      expect(out.resource.libvirt_domain.web1).toMatchObject({ autostart: true, on_crash: 'restart' });
    });

    test('gives cluster VMs a migratable CPU when asked', () => {
      const out = synth(design(libvirt, { migration: { cpuCompatibility: true } }).stack);
      expect(out.resource.libvirt_domain.web1.cpu).toEqual({ mode: 'host-model', migratable: true });
    });

    test('fails until the lack of failover is acknowledged, and on restart priorities', () => {
      expect(() => synth(design(libvirt, { acknowledgeNoHostFailover: false }).stack))
        .toThrow(/Nothing restarts VMs when a libvirt host dies[\s\S]*acknowledgeNoHostFailover: true/);
      expect(() => synth(design(libvirt, { restartPriority: RestartPriority.HIGH }).stack)).toThrow(/HA restart priority cannot be rendered for libvirt/);
    });
  });

  test.each([['hyperv', hyperv], ['libvirt', libvirt]] as Array<[string, Factory]>)('an existing cluster is refused on %s, which creates none', (vendor, factory) => {
    expect(() => synth(design(factory, { existing: true }).stack))
      .toThrow(new RegExp(`\\[test/prod\\] Existing clusters, adopted by name cannot be rendered for ${vendor}[\\s\\S]*fix: +leave existing out`));
    expect(() => synth(design(factory, { existing: false }).stack)).not.toThrow();
  });

  describe('DrsRuleGroup checks', () => {
    test.each([
      ['a keep-apart rule of one VM', (c: HaCluster, vms: VirtualMachine[]) => ({ cluster: c, vms: vms.slice(0, 1), rule: DrsRule.keepApart() }), /needs at least 2 VMs/],
      ['a host outside the cluster', (c: HaCluster, vms: VirtualMachine[]) => ({ cluster: c, vms, rule: DrsRule.runOn(['h9']) }), /Host "h9" is not a host of cluster prod/],
      ['a VM given twice', (c: HaCluster, vms: VirtualMachine[]) => ({ cluster: c, vms: [vms[0], vms[1], vms[0]], rule: DrsRule.keepApart() }), /VM test\/a is in the group twice/],
    ])('fails on %s', (_, props, message) => {
      const { stack, cluster } = design(libvirt);
      const vms = ['a', 'b'].map((n) => new VirtualMachine(stack, n, { cluster, cpus: 1, memory: Size.gibibytes(1), image }));
      expect(() => new DrsRuleGroup(stack, 'r', props(cluster, vms))).toThrow(message);
    });

    test('fails on a VM outside the cluster', () => {
      const { stack, cluster } = design(libvirt);
      const lone = new VirtualMachine(stack, 'lone', { target: cluster.target, host: 'h1', cpus: 1, memory: Size.gibibytes(1), image });
      const member = new VirtualMachine(stack, 'member', { cluster, cpus: 1, memory: Size.gibibytes(1), image });
      expect(() => new DrsRuleGroup(stack, 'r', { cluster, vms: [lone, member], rule: DrsRule.keepApart() }))
        .toThrow(/VM test\/lone does not run in cluster prod/);
    });

    test('fails on a cluster that tolerates as many failures as it has hosts', () => {
      const stack = newStack();
      expect(() => new HaCluster(stack, 'c', { target: libvirt(stack), hosts: ['h1', 'h2'], hostFailuresToTolerate: 2 }))
        .toThrow(/Tolerating 2 host failures needs at least 3 hosts, and the cluster has 2/);
    });
  });
});

describe('HaCluster hosts', () => {
  test.each([
    ['Hyper-V', (s: TerraformStack) => new HypervTarget(s, 't', { hosts: [{ name: 'h1' }, { name: 'h2' }] })],
    ['libvirt', (s: TerraformStack) => new LibvirtTarget(s, 't', { hosts: [{ name: 'h1', uri: 'qemu:///system' }, { name: 'h2', uri: 'qemu:///system' }] })],
  ])('%s: fails on a cluster host the target does not reach', (_, factory) => {
    const stack = newStack();
    new HaCluster(stack, 'c', { target: factory(stack), hosts: ['h1', 'h9'], hostCapacity: capacity, acknowledgeNoHostFailover: true });
    expect(() => synth(stack)).toThrow(/The cluster's host "h9" is not a host of the target[\s\S]*"h1", "h2"/);
  });
});

describe('constructs keep their own copy of what the design gives them', () => {
  test('changing the host list given to a cluster, or the one it returns, changes nothing', () => {
    const expected = synth(design(libvirt).stack);
    const stack = newStack();
    const target = libvirt(stack);
    const hosts = ['h1', 'h2', 'h3'];
    const cluster = new HaCluster(stack, 'prod', { target, hosts, hostCapacity: capacity, acknowledgeNoHostFailover: true });
    const vm = (name: string) => new VirtualMachine(stack, name, { cluster, cpus: 2, memory: Size.gibibytes(4), image });
    const web = ['web1', 'web2', 'web3'].map(vm);
    new DrsRuleGroup(stack, 'web-spread', { cluster, vms: web, rule: DrsRule.keepApart() });
    new DrsRuleGroup(stack, 'app-cache', { cluster, vms: [vm('app1'), vm('cache1')], rule: DrsRule.keepTogether() });
    const onH3 = ['h3'];
    new DrsRuleGroup(stack, 'db-on-h3', { cluster, vms: [vm('db1')], rule: DrsRule.runOn(onH3) });

    hosts.push('h9');
    hosts[0] = 'evil';
    cluster.hosts.push('h8');
    onH3[0] = 'h1';
    expect(cluster.hosts).toEqual(['h1', 'h2', 'h3']);
    expect(synth(stack)).toEqual(expected);
  });

  test('changing a target\'s props after it is made changes nothing', () => {
    const stack = newStack();
    const hosts = [{ name: 'kvm1', uri: 'qemu+ssh://root@kvm1/system' }];
    const images: Record<string, string> = { 'ubuntu-24.04': '/srv/images/ubuntu.qcow2' };
    const target = new LibvirtTarget(stack, 'target', { hosts, images, bridge: { name: 'br0' } });
    new VirtualMachine(stack, 'web1', { target, cpus: 1, memory: Size.gibibytes(1), image });
    hosts[0].uri = 'qemu+ssh://root:secret@kvm1/system';
    hosts.push({ name: 'kvm2', uri: 'qemu:///system' });
    images['ubuntu-24.04'] = '/tmp/other.qcow2';
    const out = synth(stack);
    expect(Object.values<any>(out.provider.libvirt).map((p) => p.uri)).toEqual(['qemu+ssh://root@kvm1/system']);
    expect(out.resource.libvirt_volume.web1_os.backing_store.path).toBe('/srv/images/ubuntu.qcow2');
  });
});
