import { checkCluster } from './checks';
import { LibvirtRenderContext } from './context';
import { ClusterNode } from '../../model/design';
import { AliasPlacement } from '../alias-placement';
import { reportText } from '../escaping';
import { Design } from '../protocol';

/**
 * Where the VMs of a design run on libvirt: the library places each cluster's VMs on its hosts'
 * provider aliases, as for every vendor with an alias per host. libvirt has no cluster: no
 * resource is rendered for one, and nothing fails a host's VMs over.
 */
export function placeVms(design: Design, ctx: LibvirtRenderContext): AliasPlacement {
  return new AliasPlacement(design, { vendor: 'libvirt', hostNames: ctx.hostNames, lock: ctx.lock, checkCluster, notes });
}

/** The report's lines after a cluster's placement: its failover, and how to migrate over its migration network. */
function notes(cluster: ClusterNode): string[] {
  const failover = 'Failover: none. A failed host\'s VMs stay down until it returns (acknowledged); crashed domains restart (on_crash).';
  const network = cluster.migration?.network;
  if (network === undefined) return [failover];
  const name = reportText(network.name);
  return [
    failover,
    `Live migration: over network ${name}; migrate with \`virsh migrate --live <vm> qemu+ssh://<target host>/system `
      + `--migrateuri tcp://<target host's address on ${name}>\`.`,
  ];
}
