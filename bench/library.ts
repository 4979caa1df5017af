/** The library's side of the benchmark: the plan as a design of this library's constructs. */
import { TerraformStack } from 'cdktf';
import { BenchVendor, ClusterPlan, LIBVIRT_SECRETS, NETWORKS, PROXMOX } from './design';
import {
  Credentials, Disk, DrsRule, DrsRuleGroup, GuestOs, HaCluster, HypervTarget, Image, LibvirtTarget, Nic, ProxmoxApiToken, ProxmoxTarget,
  ReplicaPair, ShieldedVm, ShieldingLevel, Size, Target, TrafficRole, VirtualMachine, VirtualMachineSpec, VirtualNetwork, VsphereKeyProvider,
  VsphereTarget,
} from '../lib/index';

/** The library's target for the vendor, with every host of the plan (vSphere, Hyper-V, libvirt). */
function libraryTarget(stack: TerraformStack, vendor: Exclude<BenchVendor, 'proxmox'>, plan: ClusterPlan[]): Target {
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

/** Where a cluster of the plan runs: its target and the networks of the design on it. */
interface Environment { target: Target; nets: VirtualNetwork[] }

/** The design's networks on a target; `prefix` makes their construct IDs unique when the stack has several targets. */
function networksOn(stack: TerraformStack, target: Target, prefix = ''): VirtualNetwork[] {
  return NETWORKS.map((n) => new VirtualNetwork(stack, `${prefix}${n.id}`, { target, ...(prefix ? { name: n.id } : {}), vlanId: n.vlanId, role: n.role }));
}

/**
 * The environment of each cluster of the plan. vSphere, Hyper-V and libvirt: one target with every
 * host, shared by the clusters. Proxmox VE: a target (and the networks on it) per cluster, since a
 * Proxmox VE HA cluster is the whole Proxmox VE cluster: the target refuses an HA cluster of some
 * of its nodes.
 */
function environments(stack: TerraformStack, vendor: BenchVendor, plan: ClusterPlan[]): (c: ClusterPlan) => Environment {
  if (vendor !== 'proxmox') {
    const target = libraryTarget(stack, vendor, plan);
    const shared = { target, nets: networksOn(stack, target) };
    return () => shared;
  }
  return (c) => {
    const target = new ProxmoxTarget(stack, PROXMOX.targetId(c.id), {
      endpoint: PROXMOX.endpoint(c.hosts),
      credentials: ProxmoxApiToken.fromVariable(),
      nodes: c.hosts,
      datastore: PROXMOX.datastore,
      encryptedDatastore: PROXMOX.encryptedDatastore,
      // each cluster of the stack is a Proxmox VE cluster of its own, with its own provider
      alias: plan.length > 1 ? c.id : undefined,
      // the design's replica pairs replicate in the guest (the default mode): no storage replication settings
    });
    return { target, nets: networksOn(stack, target, `${c.id}-`) };
  };
}

/** The library's side of the benchmark: the plan as a design of this library's constructs. */
export function buildDesign(stack: TerraformStack, vendor: BenchVendor, plan: ClusterPlan[]): void {
  const environmentOf = environments(stack, vendor, plan);
  const migrationNet = NETWORKS.findIndex((n) => n.role === TrafficRole.LIVE_MIGRATION);
  const replicationNet = NETWORKS.findIndex((n) => n.role === TrafficRole.REPLICATION);
  const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

  for (const c of plan) {
    const { target, nets } = environmentOf(c);
    const [migration, replication] = [nets[migrationNet], nets[replicationNet]];
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
