/** What the hand-written programs of every vendor share (see baseline.ts). */
import { ClusterPlan, NETWORKS, SlotPlan, vmsOf } from './design';

export const GIB = 1024 ** 3;
const REPLICATION_NIC = NETWORKS.findIndex((n) => n.id === 'replication');

/** The host of each Hyper-V or libvirt VM, by its Terraform name (e.g. `vm00050_primary`). */
export type HostTable = { [vm: string]: string };

/** The NICs of one VM of a slot (a replica pair's VMs also get the replication network). */
export function nicsOf(slot: SlotPlan): number[] {
  return slot.kind === 'pair' ? [...slot.nics, REPLICATION_NIC] : slot.nics;
}

/** The VM's name in the hypervisor: its Terraform name with dashes. */
export const vmName = (name: string) => name.replace('_', '-');

/** The host of each VM of a cluster: from the table, else the cluster's hosts in turn. */
export function hostsOf(c: ClusterPlan, table: HostTable): Map<string, string> {
  const hosts = new Map<string, string>();
  let next = 0;
  for (const slot of c.slots) {
    for (const name of vmsOf(slot)) hosts.set(name, table[name] ?? c.hosts[next++ % c.hosts.length]);
  }
  return hosts;
}
