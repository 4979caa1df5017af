import { Construct } from 'constructs';
import { DrsRule, DrsRuleGroup } from './drs-rule-group';
import { HaCluster } from './ha-cluster';
import { Nic } from './nic';
import { targetOf } from './placement-scope';
import { exposeDefaultChild } from './rendered';
import { VirtualMachine, VirtualMachineSpec } from './virtual-machine';
import { VirtualNetwork } from './virtual-network';
import { RestartPriority } from '../model/cluster';
import { copyProps } from '../model/copy';
import { PairNode } from '../model/design';
import { DesignError } from '../model/errors';
import { TrafficRole } from '../model/network';
import {
  CheckpointOptions, HypervisorReplicationOptions, ReplicaAuthentication, ReplicationFrequency, ReplicationMode,
} from '../model/replication';
import { DesignRegistry } from '../model/target-contract';
import { checkInteger, checkName } from '../model/validate';
import { Target } from '../targets/target';

/** Properties of a {@link ReplicaPair}. */
export interface ReplicaPairProps {
  /** The VM both halves are made from. */
  readonly vm: VirtualMachineSpec;

  /**
   * The cluster the primary runs in (and the replica, unless `replicaCluster` is given); a
   * mandatory anti-affinity rule keeps the two on different hosts.
   *
   * @default - no cluster: give the target and both hosts
   */
  readonly cluster?: HaCluster;

  /**
   * A second cluster or site for the replica: primary and replica then never share a cluster.
   *
   * @default - the primary's cluster
   */
  readonly replicaCluster?: HaCluster;

  /**
   * The target, for a pair outside clusters.
   *
   * @default - the cluster's target
   */
  readonly target?: Target;

  /**
   * The primary's host.
   *
   * @default - placed in its cluster
   */
  readonly primaryHost?: string;

  /**
   * The replica's host (in hypervisor mode: the replica server).
   *
   * @default - placed in its cluster (guest mode); required in hypervisor mode
   */
  readonly replicaHost?: string;

  /**
   * How the replica is kept.
   *
   * @default ReplicationMode.GUEST
   */
  readonly mode?: ReplicationMode;

  /**
   * A network of its own for the replication traffic (role `TrafficRole.REPLICATION`); in guest
   * mode both VMs get a NIC on it.
   *
   * @default - replication shares the VMs' networks
   */
  readonly replicationNetwork?: VirtualNetwork;

  /**
   * Hyper-V Replica settings, in hypervisor mode.
   *
   * @default - every 5 minutes, the latest recovery point only, Kerberos on port 80
   */
  readonly hypervisorReplication?: HypervisorReplicationOptions;

  /**
   * A checkpoint (snapshot) of the pair's VMs, as short-term protection before maintenance.
   *
   * @default - none
   */
  readonly checkpoint?: CheckpointOptions;

  /**
   * Name of the pair; the VMs are `<name>-primary` and `<name>-replica`.
   *
   * @default - the construct ID
   */
  readonly name?: string;
}

const PRIORITIES = [RestartPriority.LOWEST, RestartPriority.LOW, RestartPriority.MEDIUM, RestartPriority.HIGH, RestartPriority.HIGHEST];

/**
 * A primary and its replica, made from one VM spec and always in different failure domains.
 *
 * In guest mode both VMs run on different hosts (a mandatory anti-affinity rule: native on
 * vSphere, the placement engine on Hyper-V and libvirt) or in different clusters, and the
 * application replicates; the primary gets the higher restart priority. In hypervisor mode
 * Hyper-V Replica keeps the replica (PowerShell over WinRM, opt-in on the target). Each synth
 * writes a failover runbook for the pair next to the stack output.
 *
 * @example
 * new ReplicaPair(stack, 'db', { cluster, vm: { cpus: 8, memory: Size.gibibytes(32), image } });
 */
export class ReplicaPair extends Construct {
  /** The primary VM. */
  public readonly primary: VirtualMachine;

  /**
   * The replica VM, in guest mode.
   *
   * @default - none in hypervisor mode: the replica is Hyper-V's
   */
  public readonly replica?: VirtualMachine;

  /** How the replica is kept. */
  public readonly mode: ReplicationMode;

  /**
   * @param scope the stack or a construct in it
   * @param id construct ID; with no `name`, also the pair's name
   * @param props the pair's design
   */
  constructor(scope: Construct, id: string, props: ReplicaPairProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    const name = props.name ?? id;
    checkName(this, 'replica pair name', name);
    const mode = props.mode ?? ReplicationMode.GUEST;
    const target = targetOf(this, props.target, props.cluster);
    const replicaCluster = props.replicaCluster ?? props.cluster;
    if (props.replicaCluster !== undefined && props.replicaCluster === props.cluster) {
      throw new DesignError(this, { problem: 'The replica cluster is the primary\'s; give another cluster, or leave replicaCluster out.' });
    }
    const network = props.replicationNetwork;
    if (network !== undefined && network.role !== TrafficRole.REPLICATION) {
      throw new DesignError(this, {
        problem: `The replication network ${network.node.path} carries ${network.role} traffic.`,
        fix: 'give the replication network role: TrafficRole.REPLICATION',
      });
    }
    this.checkHosts(props, mode, target);
    if (network !== undefined && mode === ReplicationMode.HYPERVISOR) {
      throw new DesignError(this, {
        problem: 'In hypervisor mode Hyper-V replicates to the replica server\'s own address; a replication network would not be used.',
        fix: 'leave replicationNetwork out, or use guest mode',
      });
    }

    const nics = [...(props.vm.nics ?? []), ...(network !== undefined && mode === ReplicationMode.GUEST ? [Nic.on(network)] : [])];
    this.primary = new VirtualMachine(this, 'primary', {
      ...props.vm,
      nics,
      name: `${name}-primary`,
      target: props.cluster === undefined ? target : undefined,
      cluster: props.cluster,
      host: props.primaryHost,
    });
    this.mode = mode;

    if (mode === ReplicationMode.GUEST) {
      this.replica = new VirtualMachine(this, 'replica', {
        ...props.vm,
        nics,
        name: `${name}-replica`,
        target: replicaCluster === undefined ? target : undefined,
        cluster: replicaCluster,
        host: props.replicaHost,
      });
      if (props.cluster !== undefined && replicaCluster === props.cluster) {
        new DrsRuleGroup(this, 'apart', { cluster: props.cluster, vms: [this.primary, this.replica], rule: DrsRule.keepApart(), name: `${name}-apart` });
      }
      // the primary comes back first: one level above the replica
      const base = replicaCluster?._node.restartPriority ?? RestartPriority.MEDIUM;
      const i = Math.min(PRIORITIES.indexOf(base), PRIORITIES.length - 2);
      this.replica._node.impliedRestartPriority = PRIORITIES[i];
      this.primary._node.impliedRestartPriority = PRIORITIES[i + 1];
    } else if (props.cluster !== undefined && props.replicaHost !== undefined && props.cluster.hosts.includes(props.replicaHost)) {
      // the primary must not run on its own replica server
      new DrsRuleGroup(this, 'apart', {
        cluster: props.cluster, vms: [this.primary], rule: DrsRule.notRunOn([props.replicaHost]), name: `${name}-off-replica-server`,
      });
    }

    const hv = props.hypervisorReplication;
    if (hv !== undefined && mode !== ReplicationMode.HYPERVISOR) {
      throw new DesignError(this, {
        problem: 'Hypervisor replication settings apply in hypervisor mode only.',
        fix: 'set mode: ReplicationMode.HYPERVISOR, or leave hypervisorReplication out',
      });
    }
    if (hv?.recoveryPoints !== undefined) checkInteger(this, 'The number of recovery points', hv.recoveryPoints, 0, 24);
    if (props.checkpoint !== undefined) checkName(this, 'checkpoint name', props.checkpoint.name);
    const auth = hv?.authentication ?? ReplicaAuthentication.kerberos();
    const node: PairNode = {
      scope: this,
      name,
      mode,
      primary: this.primary._node,
      replica: this.replica?._node,
      replicaHost: props.replicaHost,
      hypervisor: mode === ReplicationMode.HYPERVISOR ? {
        frequency: hv?.frequency ?? ReplicationFrequency.FIVE_MINUTES,
        recoveryPoints: hv?.recoveryPoints ?? 0,
        authentication: { kind: auth.kind, port: auth.port, thumbprint: auth.thumbprint },
        storagePath: hv?.storagePath ?? 'C:\\Hyper-V\\Replica',
      } : undefined,
      checkpoint: props.checkpoint,
      replicationNetwork: network?._node,
    };
    DesignRegistry.of(target).addPair(node);
    exposeDefaultChild(this, target, node);
  }

  private checkHosts(props: ReplicaPairProps, mode: ReplicationMode, target: Target): void {
    if (mode === ReplicationMode.HYPERVISOR) {
      if (props.replicaHost === undefined) {
        throw new DesignError(this, {
          problem: 'Hypervisor replication needs the replica server: the host the replica lives on.',
          fix: 'set replicaHost to a host of the target',
        });
      }
      if (props.replicaCluster !== undefined && props.replicaCluster.target !== target) {
        throw new DesignError(this, {
          problem: 'In hypervisor mode the replica server must be a host of the primary\'s target, which reaches it over WinRM.',
          fix: 'add the replica site\'s host to the target, or use guest mode across targets',
        });
      }
      if (props.primaryHost !== undefined && props.primaryHost === props.replicaHost) {
        throw new DesignError(this, { problem: 'The primary and its replica server are one host.', value: props.primaryHost });
      }
      return;
    }
    if (props.cluster === undefined && props.replicaCluster === undefined) {
      if (props.primaryHost === undefined || props.replicaHost === undefined) {
        throw new DesignError(this, {
          problem: 'Outside a cluster, primary and replica are kept apart by their hosts, and the pair does not name both.',
          fix: 'set primaryHost and replicaHost, or give the pair a cluster',
        });
      }
    }
    if (props.primaryHost !== undefined && props.primaryHost === props.replicaHost
        && (props.replicaCluster === undefined || props.replicaCluster === props.cluster)) {
      throw new DesignError(this, {
        problem: 'Primary and replica are pinned to one host; a host failure would take both.',
        value: `primaryHost: ${props.primaryHost}, replicaHost: ${props.replicaHost}`,
        fix: 'pin them to different hosts, or pin neither',
      });
    }
  }
}
