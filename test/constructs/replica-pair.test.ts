import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  Credentials, Disk, HaCluster, HypervTarget, Image, LibvirtTarget, ReplicaAuthentication, ReplicaPair, ReplicaPairProps,
  ReplicationFrequency, ReplicationMode, RestartPriority, Size, Target, TrafficRole, VirtualNetwork, VsphereKeyProvider, VsphereTarget,
} from '../../src';
import { DesignRegistry } from '../../src/model/target-contract';
import { LOCK_FILE_CONTEXT } from '../../src/targets/cluster-placement';
import { newStack, synth } from '../util';

const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
const vm = { cpus: 2, memory: Size.gibibytes(8), image, disks: [Disk.data(Size.gibibytes(50), { name: 'pgdata' })] };
const capacity = { cpuCores: 16, memory: Size.gibibytes(64) };

type Factory = (stack: TerraformStack) => Target;
const vsphere: Factory = (stack) => new VsphereTarget(stack, 'target', {
  server: 'vc', datacenter: 'dc1', datastore: 'ds', distributedSwitch: 'dvs', keyProvider: VsphereKeyProvider.vcenterDefault(),
});
const hyperv = (remotePowerShell = true, failover = false): Factory => (stack) => new HypervTarget(stack, 'target', {
  hosts: ['h1', 'h2', 'h3'].map((name) => ({ name, address: `${name}.corp` })),
  credentials: Credentials.fromVariables(),
  remotePowerShell,
  externalSwitch: { adapters: ['Ethernet'] },
  ...(failover ? { failoverCluster: { name: 'HVC', sharedVolumePath: 'C:\\CSV' }, vmDirectory: 'C:\\CSV\\VMs' } : {}),
});
const libvirt: Factory = (stack) => new LibvirtTarget(stack, 'target', {
  hosts: ['h1', 'h2', 'h3'].map((name) => ({ name, uri: `qemu+ssh://${name}/system` })),
  bridge: { name: 'br0', openvswitch: true },
});

function pair(factory: Factory, props: Partial<ReplicaPairProps> = {}, stack: TerraformStack = newStack()) {
  const target = factory(stack);
  const cluster = new HaCluster(stack, 'prod', { target, hosts: ['h1', 'h2', 'h3'], hostCapacity: capacity, acknowledgeNoHostFailover: true });
  const replicationNetwork = new VirtualNetwork(stack, 'replication', { target, role: TrafficRole.REPLICATION, vlanId: 30 });
  new ReplicaPair(stack, 'orders', { cluster, vm, replicationNetwork, ...props });
  return stack;
}

describe('ReplicaPair', () => {
  describe('in guest mode', () => {
    test('on vSphere: two VMs kept apart by a mandatory anti-affinity rule, the primary restarted first', () => {
      const out = synth(pair(vsphere));
      expect(Object.keys(out.resource.vsphere_virtual_machine).sort()).toEqual(['orders_primary', 'orders_replica']);
      expect(out.resource.vsphere_virtual_machine.orders_primary.name).toBe('orders-primary');
      expect(out.resource.vsphere_compute_cluster_vm_anti_affinity_rule.orders_apart).toMatchObject({
        name: 'orders-apart',
        mandatory: true,
        virtual_machine_ids: ['${vsphere_virtual_machine.orders_primary.id}', '${vsphere_virtual_machine.orders_replica.id}'],
      });
      expect(out.resource.vsphere_ha_vm_override.orders_primary_ha.ha_vm_restart_priority).toBe('high');
      expect(out.resource.vsphere_ha_vm_override.orders_replica_ha.ha_vm_restart_priority).toBe('medium');
      // both VMs get a NIC on the replication network
      expect(out.resource.vsphere_virtual_machine.orders_replica.network_interface).toEqual([
        expect.objectContaining({ network_id: '${vsphere_distributed_port_group.replication.id}' }),
      ]);
    });

    test.each([['Hyper-V', hyperv(), 'hyperv_machine_instance'], ['libvirt', libvirt, 'libvirt_domain']] as Array<[string, Factory, string]>)(
      'on %s: primary and replica on different provider aliases', (_, factory, type) => {
        const out = synth(pair(factory));
        const vms = out.resource[type];
        expect(vms.orders_primary.provider).not.toBe(vms.orders_replica.provider);
      },
    );

    test('on a Hyper-V failover cluster: the primary gets the higher priority and the pair an anti-affinity class', () => {
      const out = synth(pair(hyperv(true, true)));
      const primary: string = out.resource.terraform_data.orders_primary_cluster_role.provisioner[0].file.content;
      const replica: string = out.resource.terraform_data.orders_replica_cluster_role.provisioner[0].file.content;
      expect(primary).toContain('$group.Priority = 3000');
      expect(replica).toContain('$group.Priority = 2000');
      expect(primary).toContain("$wanted = @('orders-apart')");
    });

    test('in two clusters: no rule is needed, the replica runs in the second cluster', () => {
      const stack = newStack();
      const target = libvirt(stack);
      const east = new HaCluster(stack, 'east', { target, hosts: ['h1', 'h2'], hostCapacity: capacity, acknowledgeNoHostFailover: true });
      const west = new HaCluster(stack, 'west', { target, hosts: ['h3'], hostCapacity: capacity, acknowledgeNoHostFailover: true, hostFailuresToTolerate: 0 });
      new ReplicaPair(stack, 'orders', { cluster: east, replicaCluster: west, vm });
      const out = synth(stack);
      expect(out.resource.libvirt_domain.orders_replica.provider).toBe('libvirt.h3');
      expect(out.resource.libvirt_domain.orders_primary.provider).not.toBe('libvirt.h3');
    });

    test('writes a failover runbook next to the stack output', () => {
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-'));
      const app = new App({ outdir, context: { [LOCK_FILE_CONTEXT]: false } });
      pair(libvirt, {}, new TerraformStack(app, 'shop'));
      app.synth();
      const runbook = fs.readFileSync(path.join(outdir, 'stacks', 'shop', 'runbook-orders.md'), 'utf8');
      for (const heading of ['# Failover runbook: replica pair orders', '## Planned failover', '## Unplanned failover', '## Failback']) {
        expect(runbook).toContain(heading);
      }
      expect(runbook).toContain('over network `replication`');
    });

    test.each([
      [undefined, RestartPriority.HIGH, RestartPriority.MEDIUM],
      [RestartPriority.LOWEST, RestartPriority.LOW, RestartPriority.LOWEST],
      [RestartPriority.HIGHEST, RestartPriority.HIGHEST, RestartPriority.HIGH],
    ])('with a cluster priority of %s, the VMs enter the design with %s for the primary and %s for the replica', (clusterPriority, primary, replica) => {
      const stack = newStack();
      const target = vsphere(stack);
      const registry = DesignRegistry.of(target);
      const added: string[] = [];
      const addVm = registry.addVm.bind(registry);
      registry.addVm = (node) => {
        added.push(`${node.name}: ${node.impliedRestartPriority}`);
        addVm(node);
      };
      const cluster = new HaCluster(stack, 'prod', { target, hosts: ['h1', 'h2'], restartPriority: clusterPriority });
      new ReplicaPair(stack, 'orders', { cluster, vm });
      expect(added).toEqual([`orders-primary: ${primary}`, `orders-replica: ${replica}`]);
    });
  });

  describe('in hypervisor mode on Hyper-V', () => {
    test('makes the replica host a replica server and replicates the primary to it', () => {
      const out = synth(pair(hyperv(), {
        mode: ReplicationMode.HYPERVISOR,
        replicaHost: 'h2',
        replicationNetwork: undefined,
        hypervisorReplication: { frequency: ReplicationFrequency.THIRTY_SECONDS, recoveryPoints: 4, authentication: ReplicaAuthentication.certificate('ab'.repeat(20)) },
      }));
      expect(out.resource.hyperv_machine_instance.orders_replica).toBeUndefined();
      expect(out.resource.hyperv_machine_instance.orders_primary.provider).not.toBe('hyperv.h2');
      const server = out.resource.terraform_data.orders_replica_server;
      expect(server.connection.host).toBe('h2.corp');
      expect(server.provisioner[0].file.content).toContain(
        `Set-VMReplicationServer -ReplicationEnabled $true -AllowedAuthenticationType Certificate -CertificateAuthenticationPort 443 -CertificateThumbprint '${'AB'.repeat(20)}'`,
      );
      const replication = out.resource.terraform_data.orders_replication;
      expect(replication.depends_on).toContain('terraform_data.orders_replica_server');
      const script: string = replication.provisioner[0].file.content;
      expect(script).toContain("Enable-VMReplication -VMName 'orders-primary' -ReplicaServerName 'h2.corp' -ReplicaServerPort 443 -AuthenticationType Certificate");
      expect(script).toContain('-ReplicationFrequencySec 30 -RecoveryHistory 4');
      expect(script).toContain("Start-VMInitialReplication -VMName 'orders-primary'");
      expect(script.indexOf('if ($null -eq $replication)')).toBeLessThan(script.indexOf('Enable-VMReplication'));
    });

    test('keeps replicas where the design says, or where the Hyper-V target keeps them by default', () => {
      const serverScript = (storagePath?: string) => {
        const props = { mode: ReplicationMode.HYPERVISOR, replicaHost: 'h2', replicationNetwork: undefined };
        const out = synth(pair(hyperv(), storagePath === undefined ? props : { ...props, hypervisorReplication: { storagePath } }));
        return out.resource.terraform_data.orders_replica_server.provisioner[0].file.content as string;
      };
      expect(serverScript('D:\\Replicas')).toContain("-ReplicationAllowedFromAnyServer $true -DefaultStorageLocation 'D:\\Replicas'");
      expect(serverScript()).toContain("-ReplicationAllowedFromAnyServer $true -DefaultStorageLocation 'C:\\Hyper-V\\Replica'");
    });

    test('the pair leaves the storage path to the target when the design names none', () => {
      const stack = newStack();
      const target = hyperv()(stack);
      new ReplicaPair(stack, 'orders', { target, vm, mode: ReplicationMode.HYPERVISOR, primaryHost: 'h1', replicaHost: 'h2' });
      const [node] = DesignRegistry.of(target).pairs;
      expect(node.hypervisor).toMatchObject({ frequency: 300, recoveryPoints: 0 });
      expect(node.hypervisor!.storagePath).toBeUndefined();
      // Hyper-V keeps the replica: no restart order between two VMs of the design
      expect(DesignRegistry.of(target).vms.map((v) => [v.name, v.impliedRestartPriority])).toEqual([['orders-primary', undefined]]);
    });

    test('takes a production checkpoint of the pair', () => {
      const out = synth(pair(hyperv(), { checkpoint: { name: 'pre-maintenance', location: 'D:\\Checkpoints' } }));
      expect(out.resource.hyperv_machine_instance.orders_primary).toMatchObject({ checkpoint_type: 'Production', snapshot_file_location: 'D:\\Checkpoints' });
      expect(out.resource.terraform_data.orders_replica_checkpoint.provisioner[0].file.content)
        .toContain("if (-not (Get-VMSnapshot -VMName 'orders-replica' -Name 'pre-maintenance' -ErrorAction SilentlyContinue)) {");
    });

    test('fails on a checkpoint description, which Hyper-V checkpoints do not have', () => {
      expect(() => synth(pair(hyperv(), { checkpoint: { name: 'pre-maintenance', description: 'patch window' } })))
        .toThrow(/A Hyper-V checkpoint has a name but no description/);
    });

    test('fails without remote PowerShell, naming guest mode', () => {
      expect(() => synth(pair(hyperv(false), { mode: ReplicationMode.HYPERVISOR, replicaHost: 'h2', replicationNetwork: undefined })))
        .toThrow(/sets up Hyper-V Replica with PowerShell[\s\S]*or use ReplicationMode\.GUEST/);
    });
  });

  describe('refusals', () => {
    test.each([['vsphere', vsphere], ['libvirt', libvirt]] as Array<[string, Factory]>)('%s refuses hypervisor mode, naming guest mode as the way out', (name, factory) => {
      expect(() => synth(pair(factory, { mode: ReplicationMode.HYPERVISOR, replicaHost: 'h2', replicationNetwork: undefined })))
        .toThrow(new RegExp(`Replica pairs in hypervisor mode cannot be rendered for ${name}[\\s\\S]*fix: +use ReplicationMode\\.GUEST`));
    });

    test('vSphere snapshots the pair, but refuses a checkpoint location', () => {
      const out = synth(pair(vsphere, { checkpoint: { name: 'pre-maintenance' } }));
      expect(out.resource.vsphere_virtual_machine_snapshot.orders_primary_snapshot).toMatchObject({
        virtual_machine_uuid: '${vsphere_virtual_machine.orders_primary.uuid}', snapshot_name: 'pre-maintenance', memory: false, quiesce: true,
      });
      expect(() => synth(pair(vsphere, { checkpoint: { name: 'x', location: 'D:\\' } }))).toThrow(/vSphere keeps snapshots with the VM's files/);
    });

    test('libvirt refuses checkpoints', () => {
      expect(() => synth(pair(libvirt, { checkpoint: { name: 'pre-maintenance' } })))
        .toThrow(/Checkpoints \(snapshots\) cannot be rendered for libvirt[\s\S]*virsh snapshot-create-as/);
    });

    test('fails on a pair pinned to one host, and outside clusters without two hosts', () => {
      expect(() => pair(libvirt, { primaryHost: 'h1', replicaHost: 'h1' })).toThrow(/pinned to one host; a host failure would take both/);
      const stack = newStack();
      expect(() => new ReplicaPair(stack, 'p', { target: libvirt(stack), vm })).toThrow(/does not name both/);
    });

    test('fails on hypervisor mode without a replica server, or with a replication network', () => {
      expect(() => pair(hyperv(), { mode: ReplicationMode.HYPERVISOR, replicationNetwork: undefined })).toThrow(/needs the replica server/);
      expect(() => pair(hyperv(), { mode: ReplicationMode.HYPERVISOR, replicaHost: 'h2' })).toThrow(/a replication network would not be used/);
    });

    test('fails on a replication network of another role', () => {
      const stack = newStack();
      const target = libvirt(stack);
      const cluster = new HaCluster(stack, 'c', { target, hosts: ['h1', 'h2'], hostCapacity: capacity, acknowledgeNoHostFailover: true });
      const replicationNetwork = new VirtualNetwork(stack, 'n', { target });
      expect(() => new ReplicaPair(stack, 'p', { cluster, vm, replicationNetwork })).toThrow(/carries vm traffic[\s\S]*TrafficRole\.REPLICATION/);
    });

    test('fails on a Hyper-V restart priority without a failover cluster', () => {
      const stack = newStack();
      const target = hyperv()(stack);
      new HaCluster(stack, 'c', { target, hosts: ['h1', 'h2'], hostCapacity: capacity, acknowledgeNoHostFailover: true, restartPriority: RestartPriority.HIGH });
      expect(() => synth(stack)).toThrow(/Restart priorities are kept by a Windows failover cluster/);
    });
  });
});
