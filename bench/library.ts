/** The library's side of the benchmark: the plan as a design of this library's constructs. */
import { TerraformStack } from 'cdktf';
import { BenchVendor, ClusterPlan, LIBVIRT_SECRETS, NETWORKS } from './design';
import {
  Credentials, Disk, DrsRule, DrsRuleGroup, GuestOs, HaCluster, HypervTarget, Image, LibvirtTarget, Nic, ReplicaPair, ShieldedVm,
  ShieldingLevel, Size, Target, TrafficRole, VirtualMachine, VirtualMachineSpec, VirtualNetwork, VsphereKeyProvider, VsphereTarget,
} from '../lib/index';

/** The library's target for the vendor, with every host of the plan. */
function libraryTarget(stack: TerraformStack, vendor: BenchVendor, plan: ClusterPlan[]): Target {
  const hosts = plan.flatMap((c) => c.hosts);
  switch (vendor) {
    case 'vsphere':
      return new VsphereTarget(stack, 'target', {
        server: 'vcenter.example.com',
        datacenter: 'dc1',
        datastore: 'vsan',
        distributedSwitch: 'dvs',
        keyProvider: VsphereKeyProvider.named('nkp'),
      });
    case 'hyperv':
      return new HypervTarget(stack, 'target', {
        hosts: hosts.map((name) => ({ name })),
        credentials: Credentials.fromVariables(),
        externalSwitch: { adapters: ['Ethernet 2'] },
        remotePowerShell: true,
        failoverCluster: { name: 'HVCLUSTER', sharedVolumePath: 'C:\\ClusterStorage\\Volume1' },
        vmDirectory: 'C:\\ClusterStorage\\Volume1\\VMs',
      });
    case 'libvirt':
      return new LibvirtTarget(stack, 'target', {
        hosts: hosts.map((name) => ({ name, uri: `qemu+ssh://root@${name}.example.com/system` })),
        bridge: { name: 'ovsbr0', openvswitch: true },
        encryption: LIBVIRT_SECRETS,
      });
  }
}

/** The library's side of the benchmark: the plan as a design of this library's constructs. */
export function buildDesign(stack: TerraformStack, vendor: BenchVendor, plan: ClusterPlan[]): void {
  const target = libraryTarget(stack, vendor, plan);
  const nets = NETWORKS.map((n) => new VirtualNetwork(stack, n.id, { target, vlanId: n.vlanId, role: n.role }));
  const migration = nets[NETWORKS.findIndex((n) => n.role === TrafficRole.LIVE_MIGRATION)];
  const replication = nets[NETWORKS.findIndex((n) => n.role === TrafficRole.REPLICATION)];
  const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

  for (const c of plan) {
    const cluster = new HaCluster(stack, c.id, {
      target,
      hosts: c.hosts,
      hostCapacity: { cpuCores: 128, memory: Size.gibibytes(1024) },
      migration: { network: migration, subnet: '10.0.20.0/24' },
      acknowledgeNoHostFailover: true,
    });
    const vms = new Map<string, VirtualMachine>();
    for (const slot of c.slots) {
      const spec: VirtualMachineSpec = {
        cpus: 2,
        memory: Size.gibibytes(4),
        guestOs: GuestOs.UBUNTU_24_04,
        image,
        nics: slot.nics.map((i) => Nic.on(nets[i])),
        disks: slot.dataDisk ? [Disk.data(Size.gibibytes(50), { name: 'data' })] : [],
      };
      if (slot.kind === 'pair') {
        new ReplicaPair(stack, slot.id, { cluster, vm: spec, replicationNetwork: replication });
      } else if (slot.kind === 'shielded') {
        vms.set(slot.id, new ShieldedVm(stack, slot.id, {
          cluster,
          ...spec,
          shielding: slot.encrypted ? ShieldingLevel.ENCRYPTED : ShieldingLevel.SECURE_BOOT_AND_TPM,
        }));
      } else {
        vms.set(slot.id, new VirtualMachine(stack, slot.id, { cluster, ...spec }));
      }
    }
    for (const rule of c.rules) {
      new DrsRuleGroup(stack, rule.id, {
        cluster,
        vms: rule.members.map((id) => vms.get(id)!),
        rule: rule.kind === 'apart' ? DrsRule.keepApart() : DrsRule.keepTogether(),
      });
    }
  }
}
