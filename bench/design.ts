import { App, TerraformStack } from 'cdktf';
import { TrafficRole } from '../lib/model/network';

/** The vendors the benchmark synthesizes for. */
export type BenchVendor = 'vsphere' | 'hyperv' | 'libvirt' | 'proxmox';

/** VMs per host in the generated designs. */
export const VMS_PER_HOST = 50;
/** Hosts per cluster in the generated designs. */
export const HOSTS_PER_CLUSTER = 20;

/** A network of the generated designs. */
export interface NetworkPlan {
  readonly id: string;
  readonly vlanId: number;
  readonly role: TrafficRole;
}

/** The networks of every generated design: ten VM networks, management, live migration, replication. */
export const NETWORKS: NetworkPlan[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ id: `vlan${100 + i}`, vlanId: 100 + i, role: TrafficRole.VM })),
  { id: 'mgmt', vlanId: 10, role: TrafficRole.MANAGEMENT },
  { id: 'migration', vlanId: 20, role: TrafficRole.LIVE_MIGRATION },
  { id: 'replication', vlanId: 30, role: TrafficRole.REPLICATION },
];

/** One slot of a cluster: a VM, a shielded VM, or a replica pair (two VMs). */
export interface SlotPlan {
  readonly id: string;
  readonly kind: 'vm' | 'shielded' | 'pair';
  /** Indexes into NETWORKS of the VM's NICs, in order. */
  readonly nics: number[];
  readonly dataDisk: boolean;
  /** For shielded VMs: encrypted disks besides Secure Boot and vTPM. */
  readonly encrypted: boolean;
}

/** A rule group: VMs kept apart or together. */
export interface RulePlan {
  readonly id: string;
  readonly kind: 'apart' | 'together';
  /** IDs of the member slots (plain or shielded VMs). */
  readonly members: string[];
}

/** A cluster of the generated design. */
export interface ClusterPlan {
  readonly id: string;
  readonly hosts: string[];
  readonly slots: SlotPlan[];
  readonly rules: RulePlan[];
}

/** The VMs of a slot, with their construct-ID paths joined by `_` (their Terraform names). */
export function vmsOf(slot: SlotPlan): string[] {
  return slot.kind === 'pair' ? [`${slot.id}_primary`, `${slot.id}_replica`] : [slot.id];
}

/**
 * The generated design of `vms` VMs, the same for the library and the baseline: one host per 50
 * VMs (at least 4), clusters of up to 20 hosts, VMs spread over the clusters by their hosts; every
 * 10th VM shielded (every 20th with encrypted disks), every 50th slot a replica pair, every 5th VM
 * with a data disk, every 4th with a second NIC on the management network; one rule group per 20
 * VMs of a cluster, alternately three VMs kept apart and two kept together.
 */
export function planOf(vms: number): ClusterPlan[] {
  const hostCount = Math.max(4, Math.ceil(vms / VMS_PER_HOST));
  const hosts = Array.from({ length: hostCount }, (_, h) => `host${String(h + 1).padStart(3, '0')}`);
  const clusterCount = Math.ceil(hostCount / HOSTS_PER_CLUSTER);
  const plans: ClusterPlan[] = [];
  let n = 0;
  let placed = 0;
  for (let c = 0; c < clusterCount; c++) {
    const clusterHosts = hosts.slice(c * HOSTS_PER_CLUSTER, (c + 1) * HOSTS_PER_CLUSTER);
    const quota = c === clusterCount - 1 ? vms - placed : Math.round(vms * clusterHosts.length / hostCount);
    const slots: SlotPlan[] = [];
    for (let i = 0; i < quota;) {
      n++;
      const id = `vm${String(n).padStart(5, '0')}`;
      const nics = [n % 10, ...(n % 4 === 0 ? [10] : [])];
      const pair = n % 50 === 0 && i + 2 <= quota;
      const kind = pair ? 'pair' : n % 10 === 0 ? 'shielded' : 'vm';
      slots.push({ id, kind, nics, dataDisk: n % 5 === 0, encrypted: kind === 'shielded' && n % 20 === 0 });
      if (pair) n++;
      i += pair ? 2 : 1;
    }
    placed += quota;
    const single = slots.filter((s) => s.kind !== 'pair');
    const rules: RulePlan[] = [];
    for (let g = 0; (g + 1) * 20 <= single.length; g++) {
      const apart = g % 2 === 0;
      rules.push({
        id: `c${c + 1}-rule${g + 1}`,
        kind: apart ? 'apart' : 'together',
        members: single.slice(g * 20, g * 20 + (apart ? 3 : 2)).map((s) => s.id),
      });
    }
    plans.push({ id: `cluster${c + 1}`, hosts: clusterHosts, slots, rules });
  }
  return plans;
}

/** The number of VMs of a plan. */
export function vmCount(plan: ClusterPlan[]): number {
  return plan.reduce((sum, c) => sum + c.slots.reduce((s, slot) => s + vmsOf(slot).length, 0), 0);
}

/** The disk encryption secret and TPM state secret of the libvirt hosts. */
export const LIBVIRT_SECRETS = { diskSecret: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60', tpmSecret: '5d7e9f10-3c2b-4a1d-8e6f-9b0a1c2d3e4f' };

/** The Proxmox VE cluster's settings that its library target and its hand-written program share. */
export const PROXMOX = {
  /** The construct ID of the target of a cluster of the plan: each cluster is a Proxmox VE cluster of its own. */
  targetId: (cluster: string) => `pve-${cluster}`,
  /** The API of a cluster: its first node's. */
  endpoint: (hosts: string[]) => `https://${hosts[0]}.example.com:8006/`,
  datastore: 'ceph-vm',
  encryptedDatastore: 'ceph-vm-encrypted',
} as const;

/** A one-stack app for the vendor writing to `outdir`, and its stack. */
export function benchApp(outdir: string, vendor: BenchVendor): { app: App; stack: TerraformStack } {
  // placements in memory: a benchmark keeps no lock file
  const app = new App({ outdir, context: { 'cdktf-hypervisor:placementLock': false } });
  const stack = new TerraformStack(app, vendor);
  return { app, stack };
}
