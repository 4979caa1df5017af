import { checkAdoptedCluster } from './checks';
import { vsphereDrsAutomation, vsphereIsolationResponse, vsphereRestartPriority, vsphereVmMonitoring } from './cluster-values';
import { LightComputeCluster, LightDataVsphereComputeCluster, LightVnic } from './light-resources';
import { VsphereLookups, VsphereRenderContext } from './lookups';
import { PortGroup } from './networks';
import { TerraformElement } from '../../core';
import { ClusterNode, NetworkNode, RuleNode, VmNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
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
        ipv4: { dhcp: true },
      });
      ctx.nameAfter(vnic, cluster.scope, `vmotion_${hostName}`);
      resources[vmotionRole(hostName)] = vnic;
    }
  }
  const ref = { id: main.id, resourcePoolId: main.resourcePoolId };
  return { element: { main, resources, attributes: { ...ref } }, ref };
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
