import type { VnicIpv4 } from '@cdktf/provider-vsphere/lib/vnic';
import { checkAdoptedCluster } from './checks';
import { vsphereDrsAutomation, vsphereIsolationResponse, vsphereRestartPriority, vsphereVmMonitoring } from './cluster-values';
import { LightComputeCluster, LightDataVsphereComputeCluster, LightVnic } from './light-resources';
import { VsphereLookups, VsphereRenderContext } from './lookups';
import { PortGroup } from './networks';
import { TerraformElement } from '../../core';
import { ClusterNode, NetworkNode, RuleNode, VmNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { parseCidr } from '../../model/validate';
import { knownAtSynth, tfText } from '../escaping';
import { checkAdmission } from '../place-cluster';

/** What the VMs and rules of a cluster refer to. */
export interface ClusterRef {
  /** The cluster's managed object ID. */
  readonly id: string;
  /** The cluster's root resource pool, where its VMs run. */
  readonly resourcePoolId: string;
}

/** A cluster as rendered: what is recorded for it, and what its VMs and rules refer to. */
export interface RenderedCluster {
  readonly element: RenderedElement;
  readonly ref: ClusterRef;
}

/** The role of the vMotion VMkernel adapter of a cluster's host. */
export function vmotionRole(hostName: string): string {
  return `vmotion:${hostName}`;
}

/**
 * Renders an HA cluster: checks that vSphere admits its VMs (with the hosts' capacity given), then
 * adopts the existing cluster or creates it with its HA and DRS settings, and gives each host a
 * VMkernel adapter on the vMotion netstack when the cluster names a migration network.
 */
export function renderCluster(
  ctx: VsphereRenderContext,
  lookups: VsphereLookups,
  cluster: ClusterNode,
  members: readonly VmNode[],
  rules: readonly RuleNode[],
  portGroupOf: (network: NetworkNode) => PortGroup,
): RenderedCluster {
  for (const vm of members) {
    knownAtSynth(vm.scope, 'cpus', vm.cpus, `the admission check of cluster ${cluster.name} counts the vCPUs of its VMs at synth`);
  }
  checkAdmission(cluster, members, rules);
  const main = cluster.existing ? adopt(ctx, cluster) : create(ctx, lookups, cluster);
  ctx.nameAfter(main, cluster.scope);
  const resources: { [role: string]: TerraformElement } = { cluster: main };
  const network = cluster.migration?.network;
  if (network !== undefined) {
    const portGroup = portGroupOf(network);
    for (const hostName of cluster.hosts) {
      const vnic = new LightVnic(cluster.scope, `Vmotion-${hostName}`, {
        provider: ctx.provider,
        host: lookups.host(hostName).id,
        netstack: 'vmotion',
        ...(portGroup.distributed
          ? { distributedPortGroup: portGroup.distributed.key, distributedSwitchPort: portGroup.distributed.distributedVirtualSwitchUuid }
          : { portgroup: tfText(network.scope, 'network name', portGroup.name) }),
        ipv4: vmotionIpv4(cluster, hostName),
      });
      ctx.nameAfter(vnic, cluster.scope, `vmotion_${hostName}`);
      resources[vmotionRole(hostName)] = vnic;
    }
  }
  const ref = { id: main.id, resourcePoolId: main.resourcePoolId };
  return { element: { main, resources, attributes: { ...ref } }, ref };
}

/**
 * The IPv4 settings of a host's vMotion adapter: the host's address on the migration network with
 * its netmask and the migration gateway, where the design gives them; DHCP otherwise.
 */
function vmotionIpv4(cluster: ClusterNode, hostName: string): VnicIpv4 {
  const migration = cluster.migration!;
  const given = migration.hostAddresses?.[hostName];
  if (given === undefined) return { dhcp: true };
  const { address, prefix } = parseCidr(cluster.scope, `The migration address of host ${hostName}`, given);
  return {
    ip: address,
    netmask: netmaskOf(prefix),
    gw: tfText(cluster.scope, 'migration.gateway', migration.gateway),
  };
}

/** A prefix length as a dotted netmask, e.g. 24 as `255.255.255.0`. */
export function netmaskOf(prefix: number): string {
  return [0, 8, 16, 24].map((start) => 256 - 2 ** (8 - Math.min(8, Math.max(0, prefix - start)))).join('.');
}

function adopt(ctx: VsphereRenderContext, cluster: ClusterNode): LightDataVsphereComputeCluster {
  checkAdoptedCluster(cluster);
  return new LightDataVsphereComputeCluster(cluster.scope, 'Cluster', {
    provider: ctx.provider,
    name: tfText(cluster.scope, 'cluster name', cluster.name),
    datacenterId: ctx.datacenterId,
  });
}

function create(ctx: VsphereRenderContext, lookups: VsphereLookups, cluster: ClusterNode): LightComputeCluster {
  const k = cluster.hostFailuresToTolerate;
  return new LightComputeCluster(cluster.scope, 'Cluster', {
    provider: ctx.provider,
    name: tfText(cluster.scope, 'cluster name', cluster.name),
    datacenterId: ctx.datacenterId,
    hostSystemIds: cluster.hosts.map((h) => lookups.host(h).id),
    haEnabled: true,
    haHostMonitoring: 'enabled',
    haAdmissionControlPolicy: k > 0 ? 'resourcePercentage' : 'disabled',
    haAdmissionControlHostFailureTolerance: k > 0 ? k : undefined,
    haAdmissionControlResourcePercentageAutoCompute: k > 0 ? true : undefined,
    haVmRestartPriority: vsphereRestartPriority(cluster.restartPriority),
    haHostIsolationResponse: vsphereIsolationResponse(cluster.isolationResponse),
    haVmMonitoring: vsphereVmMonitoring(cluster.vmMonitoring),
    drsEnabled: true,
    drsAutomationLevel: vsphereDrsAutomation(cluster.drsAutomation),
  });
}
