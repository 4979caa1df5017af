import { createHash } from 'crypto';
import { Construct, IConstruct } from 'constructs';
import { HYPERV_DISK_LIMITS, HYPERV_LIMITS } from './limits';
import { HYPERV_REPLICA_STORAGE_PATH } from './replica-defaults';
import { ScriptResource } from './script-resource';
import {
  AssetType, TerraformAsset, TerraformElement, TerraformProvider, TerraformStack, WinrmProvisionerConnection,
} from '../../core';
import { RestartPriority } from '../../model/cluster';
import { ClusterNode, NetworkNode, NicNode, PairNode, RuleNode, VmNode, wantsSecureBoot } from '../../model/design';
import { DiskProvisioning } from '../../model/disk';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { HypervHostVersion } from '../../model/limits';
import { NetworkConnectivity, NicAdapter } from '../../model/network';
import { ReplicationMode } from '../../model/replication';
import { ShieldingLevel } from '../../model/shielding';
import { Size } from '../../model/size';
import { wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';
import { DataHypervNetworkSwitch } from '../../providers/hyperv/data-hyperv-network-switch';
import { IsoImage } from '../../providers/hyperv/iso-image';
import {
  MachineInstance,
  MachineInstanceDvdDrives,
  MachineInstanceHardDiskDrives,
  MachineInstanceNetworkAdaptors,
} from '../../providers/hyperv/machine-instance';
import { NetworkSwitch } from '../../providers/hyperv/network-switch';
import { Vhd } from '../../providers/hyperv/vhd';
import { contentFile } from '../assets';
import { cloudInitDocuments } from '../cloud-init';
import { PlacementLock, placeCluster, placementTable } from '../cluster-placement';
import { PowerShell, knownAtSynth, mdCode, ps, reportText, tfText, tfTexts } from '../escaping';
import { hostOfVm } from '../hosts';
import { checkDiskSlots, checkVmLimits } from '../limits';
import { RenderResult, addRunbook } from '../report';
import { storedZip } from '../zip';

/** The external switch bridged networks share on every host. */
export interface HypervExternalSwitchSpec {
  readonly name: string;
  readonly adapters: string[];
  readonly allowManagementOs: boolean;
}

/** What the renderer needs of its target. */
export interface HypervRenderContext {
  readonly target: Construct;
  readonly hostNames: string[];
  readonly vmDirectory: string;
  readonly imageDirectory: string;
  readonly images: ReadonlyMap<string, string>;
  readonly externalSwitch?: HypervExternalSwitchSpec;
  /** The Windows failover cluster of the hosts, if any. */
  readonly failoverCluster?: { readonly name: string; readonly sharedVolumePath: string };
  /** Where cluster placements are kept. */
  readonly lock: PlacementLock;
  readonly hostVersion: HypervHostVersion;
  /** Set when the target lets the library run PowerShell on the hosts. */
  readonly remoteShell?: {
    /** The HGS guardian of key protectors; a local key protector when undefined. */
    readonly guardian?: string;
    connectionFor(host: string): WinrmProvisionerConnection;
  };
  providerFor(host: string): TerraformProvider;
  nameAfter(element: TerraformElement, owner: IConstruct, suffix?: string): void;
}

/** Hyper-V assigns memory in multiples of 2 MiB. */
const MEMORY_GRANULE_MIB = 2;

/**
 * Renders networks and VMs of a design into taliesins/hyperv resources on each host's provider
 * alias: virtual switches (VLANs on the adapters), differencing VHDX disks on a parent image, a
 * cloud-init ISO, and the VM.
 */
export class HypervRenderer {
  /** Switch name per network and host. */
  private readonly switchNames = new Map<NetworkNode, Map<string, string>>();
  private readonly externalSwitches = new Map<string, NetworkSwitch>();
  private readonly machineIds = new Map<VmNode, string>();
  /** The host of each VM of a cluster. */
  private readonly placed = new Map<VmNode, string>();
  /** VMs' security scripts, which clustered-role scripts run after. */
  private readonly securityOf = new Map<VmNode, ScriptResource>();
  private readonly clusterRoleOf = new Map<VmNode, ScriptResource>();
  /** The checkpoint of each VM of a replica pair that has one. */
  private readonly checkpointOf = new Map<VmNode, { readonly name: string; readonly location?: string }>();

  constructor(private readonly ctx: HypervRenderContext) {}

  public render(
    networks: readonly NetworkNode[],
    vms: readonly VmNode[],
    clusters: readonly ClusterNode[],
    rules: readonly RuleNode[],
    pairs: readonly PairNode[],
  ): RenderResult {
    const iovNetworks = new Set(vms.flatMap((vm) => vm.nics.filter((n) => n.sriov).map((n) => n.network)));
    for (const network of networks) this.renderNetwork(network, iovNetworks.has(network));
    for (const pair of pairs) {
      for (const vm of [pair.primary, ...(pair.replica ? [pair.replica] : [])]) if (pair.checkpoint) this.checkpointOf.set(vm, pair.checkpoint);
    }
    const report = clusters.flatMap((cluster) => this.placeCluster(cluster, vms, rules));
    for (const vm of vms) this.renderVm(vm);
    for (const cluster of clusters) this.renderClusterRoles(cluster, vms, rules);
    for (const pair of pairs) this.renderPair(pair);
    return { report, placement: { hostOf: (vm) => this.hostOf(vm) } };
  }

  /** A pair's named checkpoint, Hyper-V Replica in hypervisor mode, and its runbook. */
  private renderPair(pair: PairNode): void {
    const vms = [pair.primary, ...(pair.replica ? [pair.replica] : [])];
    const checkpoint = pair.checkpoint;
    if (checkpoint?.description !== undefined) {
      throw new DesignError(pair.scope, {
        problem: 'A Hyper-V checkpoint has a name but no description.',
        value: JSON.stringify(checkpoint.description),
        fix: 'leave checkpoint.description out, or put what it would say into the name',
      });
    }
    if (checkpoint !== undefined) {
      if (this.ctx.remoteShell === undefined) {
        throw new DesignError(pair.scope, {
          problem: 'The hyperv provider sets the checkpoint type but cannot take a checkpoint; the library takes it with PowerShell on the host, which the target has not allowed.',
          fix: 'set remotePowerShell: true on the HypervTarget, or leave checkpoint out',
        });
      }
      for (const vm of vms) {
        const script = checkpointScript(vm.name, checkpoint.name, vm.scope);
        const resource = this.remoteScript(vm.scope, 'Checkpoint', this.hostOf(vm), `${vm.name}-checkpoint`, script, { vm: this.machineIds.get(vm)! },
          [this.securityOf.get(vm), this.clusterRoleOf.get(vm)].filter((r): r is ScriptResource => r !== undefined));
        this.ctx.nameAfter(resource, vm.scope, 'checkpoint');
      }
    }
    const stack = TerraformStack.of(this.ctx.target);
    if (pair.mode === ReplicationMode.HYPERVISOR) {
      this.renderReplication(pair);
      const vm = pair.primary.name;
      const primaryHost = this.hostOf(pair.primary);
      const replicaHost = pair.replicaHost!;
      addRunbook(stack, pair.name,
        `Hyper-V Replica: \`${vm}\` runs on \`${primaryHost}\` and replicates every ${pair.hypervisor!.frequency} seconds to the replica server \`${replicaHost}\` (${pair.hypervisor!.authentication.kind}, port ${pair.hypervisor!.authentication.port}). The replica VM is Hyper-V's, not a resource of this stack.`,
        {
          planned: [
            `On \`${primaryHost}\`: \`Stop-VM -Name ${vm}\`, then \`Start-VMFailover -VMName ${vm} -Prepare\` (sends the last changes).`,
            `On \`${replicaHost}\`: \`Start-VMFailover -VMName ${vm}\`, then \`Set-VMReplication -VMName ${vm} -Reverse\` and \`Start-VM -Name ${vm}\`.`,
            'Move the clients if the VM\'s address changes at the replica site.',
          ],
          unplanned: [
            `On \`${replicaHost}\`: \`Start-VMFailover -VMName ${vm}\` (add \`-VMRecoverySnapshot\` to pick an older recovery point), then \`Start-VM -Name ${vm}\`.`,
            `When the VM works, \`Complete-VMFailover -VMName ${vm}\` on \`${replicaHost}\`.`,
          ],
          failback: [
            `When \`${primaryHost}\` is back: on \`${replicaHost}\`, \`Set-VMReplication -VMName ${vm} -Reverse\` and wait for the replication to catch up.`,
            `Follow the planned failover from \`${replicaHost}\` back to \`${primaryHost}\`.`,
          ],
          notes: [
            `Do not run \`terraform apply\` while the VM runs on \`${replicaHost}\`: the provider manages \`${vm}\` on \`${primaryHost}\` (state Running) and would start the old primary.`,
            ...(checkpoint ? [`\`${vm}\` has the production checkpoint \`${checkpoint.name}\`: \`Restore-VMSnapshot -VMName ${vm} -Name ${checkpoint.name}\` rolls back a failed maintenance.`] : []),
          ],
        });
      return;
    }
    const primary = pair.primary.name;
    const replica = pair.replica!.name;
    const failover = this.ctx.failoverCluster;
    addRunbook(stack, pair.name,
      `Guest replication on Hyper-V: \`${primary}\` runs on \`${this.hostOf(pair.primary)}\`, \`${replica}\` on \`${this.hostOf(pair.replica!)}\`; the application replicates between them${pair.replicationNetwork ? ` over network ${mdCode(pair.replicationNetwork.name)}` : ''}.`,
      {
        planned: [
          `Stop writes on \`${primary}\` in the application and let \`${replica}\` catch up.`,
          `Promote \`${replica}\` in the application and move the clients to it (DNS name or virtual IP).`,
          `Make \`${primary}\` the replica of the new primary in the application.`,
        ],
        unplanned: [
          failover
            ? `If a host fails, failover cluster \`${failover.name}\` restarts \`${primary}\` first (higher priority) on a surviving node, keeping the pair apart (anti-affinity class \`${pair.name}-apart\`).`
            : `If \`${this.hostOf(pair.primary)}\` fails, nothing restarts \`${primary}\` elsewhere: promote \`${replica}\` in the application.`,
          `If \`${primary}\` or its data is lost, promote \`${replica}\` and move the clients to it.`,
        ],
        failback: [
          `Rebuild \`${primary}\` as a replica of \`${replica}\` and let it catch up (\`terraform apply\` recreates a lost VM on its placed host).`,
          'Follow the planned failover with the roles swapped.',
        ],
        notes: [
          ...(failover ? ['After a failover by the cluster, move the roles back to their placed hosts before `terraform apply`.'] : []),
          ...(checkpoint ? [`Both VMs have the production checkpoint \`${checkpoint.name}\`: \`Restore-VMSnapshot\` rolls back a failed maintenance.`] : []),
        ],
      });
  }

  /** Hyper-V Replica: the replica host becomes a replica server; the primary replicates to it. */
  private renderReplication(pair: PairNode): void {
    const shell = this.ctx.remoteShell;
    if (shell === undefined) {
      throw new DesignError(pair.scope, {
        problem: 'The hyperv provider has no replication; the library sets up Hyper-V Replica with PowerShell on the hosts, which the target has not allowed.',
        fix: 'set remotePowerShell: true on the HypervTarget (with Credentials.fromVariables()), or use ReplicationMode.GUEST',
      });
    }
    const replicaHost = pair.replicaHost!;
    if (!this.ctx.hostNames.includes(replicaHost)) {
      throw new DesignError(pair.scope, {
        problem: `The replica server "${replicaHost}" is not a host of the target.`,
        allowed: this.ctx.hostNames.map((h) => JSON.stringify(h)).join(', '),
      });
    }
    const primaryHost = this.hostOf(pair.primary);
    if (primaryHost === replicaHost) {
      throw new DesignError(pair.scope, {
        problem: `The primary runs on its own replica server "${replicaHost}"; a host failure would take both.`,
        fix: 'give the primary another host (primaryHost), or choose another replica server',
      });
    }
    const settings = pair.hypervisor!;
    const server = this.remoteScript(pair.scope, 'ReplicaServer', replicaHost, `${pair.name}-replica-server`,
      replicaServerScript(settings.authentication, settings.storagePath ?? HYPERV_REPLICA_STORAGE_PATH, pair.scope), { host: replicaHost });
    this.ctx.nameAfter(server, pair.scope, 'replica_server');
    const vm = pair.primary;
    const replication = this.remoteScript(pair.scope, 'Replication', primaryHost, `${pair.name}-replication`,
      replicationScript(vm.name, shell.connectionFor(replicaHost).host, settings, pair.scope),
      { vm: this.machineIds.get(vm)! },
      [server, ...[this.securityOf.get(vm), this.clusterRoleOf.get(vm)].filter((r): r is ScriptResource => r !== undefined)]);
    this.ctx.nameAfter(replication, pair.scope, 'replication');
  }

  private hostOf(vm: VmNode): string {
    return this.placed.get(vm) ?? hostOfVm(vm, this.ctx.hostNames);
  }

  private placeCluster(cluster: ClusterNode, vms: readonly VmNode[], rules: readonly RuleNode[]): string[] {
    const { ctx } = this;
    const failover = ctx.failoverCluster;
    if (failover === undefined && !cluster.acknowledgeNoHostFailover) {
      throw new DesignError(cluster.scope, {
        problem: 'Standalone Hyper-V hosts restart no VMs of a failed host elsewhere: the library places the VMs, but nothing fails them over.',
        fix: 'name the hosts\' Windows failover cluster on the HypervTarget (failoverCluster, with remotePowerShell), or acknowledge it: acknowledgeNoHostFailover: true',
      });
    }
    const priorities = [cluster.restartPriority, ...vms.filter((vm) => vm.cluster === cluster).map((vm) => vm.restartPriority)];
    if (failover === undefined && priorities.some((p) => p !== undefined)) {
      throw new DesignError(cluster.scope, {
        problem: 'Restart priorities are kept by a Windows failover cluster, and the target names none.',
        fix: 'name the hosts\' failover cluster on the HypervTarget (failoverCluster), or leave restartPriority out',
      });
    }
    if (failover !== undefined && ctx.remoteShell === undefined) {
      throw new DesignError(cluster.scope, {
        problem: 'Making VMs roles of a failover cluster takes PowerShell on the hosts (Add-ClusterVirtualMachineRole), which the target has not allowed.',
        fix: 'set remotePowerShell: true on the HypervTarget (with Credentials.fromVariables())',
      });
    }
    if (failover !== undefined) {
      knownAtSynth(ctx.target, 'vmDirectory', ctx.vmDirectory, 'it is checked to lie on the failover cluster\'s shared volume');
      knownAtSynth(ctx.target, 'failoverCluster.sharedVolumePath', failover.sharedVolumePath, 'the VMs\' folder is checked to lie on it');
    }
    if (failover !== undefined && !ctx.vmDirectory.toLowerCase().startsWith(failover.sharedVolumePath.toLowerCase().replace(/\\+$/, '') + '\\')) {
      throw new DesignError(cluster.scope, {
        problem: `A clustered VM's files must live on a cluster shared volume, and the target keeps VMs in ${ctx.vmDirectory}.`,
        value: `vmDirectory: ${ctx.vmDirectory}, sharedVolumePath: ${failover.sharedVolumePath}`,
        fix: `set vmDirectory on the HypervTarget to a folder under ${failover.sharedVolumePath}`,
      });
    }
    for (const vm of vms.filter((v) => v.cluster === cluster)) {
      knownAtSynth(vm.scope, 'cpus', vm.cpus, `the library places the VMs of cluster ${cluster.name} on its hosts at synth`);
    }
    const { hostOf, placement } = placeCluster(cluster, vms, rules, ctx.lock, 'Hyper-V', ctx.hostNames);
    for (const [vm, host] of hostOf) this.placed.set(vm, host);
    const migration = cluster.migration;
    if (migration?.network !== undefined) this.renderMigrationNetwork(cluster);
    return [
      `Cluster ${cluster.name} (Hyper-V): hosts ${cluster.hosts.join(', ')}; tolerates ${cluster.hostFailuresToTolerate} host failure${cluster.hostFailuresToTolerate === 1 ? '' : 's'}; placed by cdktf-hypervisor (lock: ${ctx.lock.displayName}).`,
      ...placementTable(cluster, placement),
      failover !== undefined
        ? `Failover: the VMs are roles of failover cluster ${reportText(failover.name)}; after a failover, move a role back to its host before terraform apply.`
        : 'Failover: none. The hosts stand alone; a failed host\'s VMs stay down until it returns (acknowledged).',
      '',
    ];
  }

  /** Live migration only over the migration network's subnet, set on every host by PowerShell. */
  private renderMigrationNetwork(cluster: ClusterNode): void {
    const shell = this.ctx.remoteShell;
    const subnet = cluster.migration?.subnet;
    if (shell === undefined || subnet === undefined) {
      throw new DesignError(cluster.scope, {
        problem: 'The hyperv provider has no migration settings; the library sets the migration network with PowerShell on the hosts, which needs remotePowerShell on the target and the network\'s subnet.',
        fix: shell === undefined ? 'set remotePowerShell: true on the HypervTarget' : 'give migration.subnet, e.g. "10.0.20.0/24"',
      });
    }
    const script = migrationNetworkScript(cluster.name, subnet, cluster.scope);
    for (const host of cluster.hosts) {
      const resource = this.remoteScript(cluster.scope, `Migration-${host}`, host, `migration-${cluster.name}`, script, { subnet: tfText(cluster.scope, 'migration.subnet', subnet) });
      this.ctx.nameAfter(resource, cluster.scope, `migration_${host}`);
    }
  }

  /** Each VM of the cluster becomes a clustered role with its priority and anti-affinity classes. */
  private renderClusterRoles(cluster: ClusterNode, vms: readonly VmNode[], rules: readonly RuleNode[]): void {
    const failover = this.ctx.failoverCluster;
    if (failover === undefined) return;
    for (const vm of vms.filter((v) => v.cluster === cluster)) {
      const classes = rules.filter((r) => r.cluster === cluster && r.kind === 'apart' && r.vms.includes(vm)).map((r) => r.name);
      const priority = CLUSTER_PRIORITY[vm.restartPriority ?? vm.impliedRestartPriority ?? cluster.restartPriority ?? RestartPriority.MEDIUM];
      const script = clusterRoleScript(vm.name, failover.name, priority, classes, vm.scope);
      // after the security script, which stops and starts the VM
      const security = this.securityOf.get(vm);
      const resource = this.remoteScript(vm.scope, 'ClusterRole', this.placed.get(vm)!, `${vm.name}-cluster-role`, script,
        { vm: this.machineIds.get(vm)! }, security === undefined ? [] : [security]);
      this.ctx.nameAfter(resource, vm.scope, 'cluster_role');
      this.clusterRoleOf.set(vm, resource);
    }
  }

  /** A `terraform_data` resource that copies a PowerShell script to a host and runs it there. */
  private remoteScript(
    scope: IConstruct, id: string, host: string, fileName: string, script: string,
    triggers: { [key: string]: string }, dependsOn: ScriptResource[] = [],
  ): ScriptResource {
    const destination = tfText(scope, 'script file name', `C:/Windows/Temp/cdktf-hypervisor-${fileName}.ps1`);
    return new ScriptResource(scope, id, {
      dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
      triggersReplace: { ...triggers, script: createHash('sha256').update(script).digest('hex') },
      connection: this.ctx.remoteShell!.connectionFor(host),
      provisioners: [
        // PowerShell's own `%{ }` (ForEach-Object) and `${ }` stay text for Terraform
        { type: 'file', content: tfText(scope, 'script', script), destination },
        { type: 'remote-exec', inline: [`powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File ${destination}`] },
      ],
    });
  }

  private renderNetwork(network: NetworkNode, iov: boolean): void {
    const names = new Map<string, string>();
    for (const host of this.ctx.hostNames) {
      const provider = this.ctx.providerFor(host);
      if (network.existing) {
        const existing = new DataHypervNetworkSwitch(network.scope, `Switch-${host}`, { provider, name: tfText(network.scope, 'network name', network.name) });
        this.ctx.nameAfter(existing, network.scope, host);
        names.set(host, existing.name);
      } else if (network.connectivity === NetworkConnectivity.BRIDGED) {
        names.set(host, this.externalSwitch(network, host, iov).name);
      } else {
        // isolated or host-only (NAT was refused by the capability check)
        if (network.cidr !== undefined) {
          throw new DesignError(network.scope, {
            problem: 'The provider cannot give the host an address on a Hyper-V internal switch, so it cannot serve a subnet.',
            value: JSON.stringify(network.cidr),
            fix: 'remove cidr and address the host\'s virtual NIC outside Terraform',
          });
        }
        const switch_ = new NetworkSwitch(network.scope, `Switch-${host}`, {
          provider,
          name: tfText(network.scope, 'network name', network.name),
          switchType: network.connectivity === NetworkConnectivity.HOST_ONLY ? 'Internal' : 'Private',
          enableIov: iov || undefined,
        });
        this.ctx.nameAfter(switch_, network.scope, host);
        names.set(host, switch_.name);
      }
    }
    this.switchNames.set(network, names);
  }

  /** One external switch per host serves every bridged network; VLANs go on the adapters. */
  private externalSwitch(network: NetworkNode, host: string, iov: boolean): NetworkSwitch {
    const spec = this.ctx.externalSwitch;
    if (spec === undefined) {
      throw new DesignError(network.scope, {
        problem: 'A bridged Hyper-V network needs an external switch on a physical adapter, and the target names none.',
        fix: 'set externalSwitch: { adapters: ["<physical NIC name>"] } on the HypervTarget, or use an existing switch (existing: true)',
      });
    }
    let switch_ = this.externalSwitches.get(host);
    if (switch_ === undefined) {
      switch_ = new NetworkSwitch(this.ctx.target, `ExternalSwitch-${host}`, {
        provider: this.ctx.providerFor(host),
        name: tfText(this.ctx.target, 'externalSwitch.name', spec.name),
        switchType: 'External',
        netAdapterNames: tfTexts(this.ctx.target, 'externalSwitch.adapters', spec.adapters),
        allowManagementOs: spec.allowManagementOs,
        enableEmbeddedTeaming: spec.adapters.length > 1 || undefined,
      });
      this.ctx.nameAfter(switch_, this.ctx.target, `external_${host}`);
      this.externalSwitches.set(host, switch_);
    }
    // SR-IOV can only be switched on when a switch is created
    if (iov) switch_.enableIov = true;
    return switch_;
  }

  private renderVm(vm: VmNode): void {
    const { ctx } = this;
    const host = this.hostOf(vm);
    const provider = ctx.providerFor(host);
    const generation = vm.firmware === Firmware.UEFI ? 2 : 1;
    checkVmLimits(vm, HYPERV_LIMITS[ctx.hostVersion][generation], `Hyper-V on Windows Server ${ctx.hostVersion} (generation ${generation})`);
    this.checkVm(vm, generation);

    const vmDir = `${ctx.vmDirectory}\\${vm.name}`;
    const image = ctx.images.get(vm.image.name) ?? `${ctx.imageDirectory}\\${vm.image.name}.vhdx`;
    // A differencing disk keeps its parent's size; a larger OS disk is a resized copy of the image.
    const osPath = tfText(vm.scope, 'vmDirectory', `${vmDir}\\os.vhdx`);
    const imagePath = tfText(vm.scope, 'image path', image);
    const osDisk = new Vhd(vm.scope, 'OsDisk', vm.osDiskSize === undefined
      ? { provider, path: osPath, parentPath: imagePath, vhdType: 'Differencing' }
      : { provider, path: osPath, source: imagePath, size: this.diskBytes(vm, 'The OS disk size', vm.osDiskSize) });
    ctx.nameAfter(osDisk, vm.scope, 'os');
    const dataDisks = vm.disks.map(({ name, slot, disk }) => {
      const vhd = new Vhd(vm.scope, `Disk-${name}`, {
        provider,
        path: tfText(vm.scope, 'vmDirectory', `${vmDir}\\${name}.vhdx`),
        size: this.diskBytes(vm, `The size of disk "${name}"`, disk.size),
        vhdType: disk.provisioning === DiskProvisioning.THIN ? 'Dynamic' : 'Fixed',
        lifecycle: disk.allowDestroy ? undefined : { preventDestroy: true },
      });
      ctx.nameAfter(vhd, vm.scope, name);
      return { vhd, slot };
    });

    // generation 1 boots from IDE; generation 2 has SCSI only
    const hardDiskDrives: MachineInstanceHardDiskDrives[] = [
      generation === 2
        ? { controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 0, path: osDisk.path }
        : { controllerType: 'Ide', controllerNumber: 0, controllerLocation: 0, path: osDisk.path },
      // the location follows the slot, so no disk moves; the provider matches drives by their
      // order, which is the order Hyper-V lists them in (by location)
      ...dataDisks.map(({ vhd, slot }) => ({
        controllerType: 'Scsi',
        controllerNumber: 0,
        controllerLocation: hypervDataDiskLocation(slot, generation),
        path: vhd.path,
      })),
    ];

    const dvdDrives: MachineInstanceDvdDrives[] = [];
    const docs = cloudInitDocuments(knownGuestInit(vm));
    if (docs !== undefined) {
      const files = [
        { name: 'meta-data', content: docs.metaData },
        { name: 'user-data', content: docs.userData },
        ...(docs.networkConfig !== undefined ? [{ name: 'network-config', content: docs.networkConfig }] : []),
      ];
      const asset = new TerraformAsset(vm.scope, 'CloudInitData', {
        path: contentFile(vm.scope, 'cidata.zip', storedZip(files)),
        type: AssetType.FILE,
      });
      const iso = new IsoImage(vm.scope, 'CloudInitIso', {
        provider,
        volumeName: 'CIDATA',
        sourceZipFilePath: asset.path,
        sourceZipFilePathHash: asset.assetHash,
        destinationIsoFilePath: tfText(vm.scope, 'vmDirectory', `${vmDir}\\cidata.iso`),
        isoMediaType: 'cdrom',
        isoFileSystemType: 'iso9660|joliet',
      });
      ctx.nameAfter(iso, vm.scope, 'cidata');
      dvdDrives.push(generation === 2
        ? { controllerNumber: 0, controllerLocation: hypervDvdLocation(vm), path: iso.destinationIsoFilePath }
        : { controllerNumber: 1, controllerLocation: 0, path: iso.destinationIsoFilePath });
    }

    const memory = this.bytes(vm, 'The memory', vm.memory);
    const exposeVirtualization = vm.nestedVirtualization || vm.shielding?.virtualizationBasedSecurity;
    const migratable = vm.cluster?.migration?.cpuCompatibility;
    const machine = new MachineInstance(vm.scope, 'MachineInstance', {
      provider,
      name: tfText(vm.scope, 'VM name', vm.name),
      path: tfText(vm.scope, 'vmDirectory', ctx.vmDirectory),
      generation,
      processorCount: vm.cpus,
      // the provider wants exactly one of the two set
      staticMemory: vm.dynamicMemory === undefined ? true : undefined,
      dynamicMemory: vm.dynamicMemory !== undefined ? true : undefined,
      memoryStartupBytes: memory,
      memoryMinimumBytes: vm.dynamicMemory ? this.bytes(vm, 'The dynamic memory minimum', vm.dynamicMemory.minimum) : undefined,
      memoryMaximumBytes: vm.dynamicMemory ? this.bytes(vm, 'The dynamic memory maximum', vm.dynamicMemory.maximum) : undefined,
      automaticStartAction: vm.autostart === undefined ? undefined : vm.autostart ? 'Start' : 'Nothing',
      state: 'Running',
      // a replica pair's checkpoints are production checkpoints (application-consistent)
      checkpointType: this.checkpointOf.has(vm) ? 'Production' : undefined,
      snapshotFileLocation: tfText(vm.scope, 'checkpoint.location', this.checkpointOf.get(vm)?.location),
      vmProcessor: exposeVirtualization || migratable ? {
        exposeVirtualizationExtensions: exposeVirtualization || undefined,
        compatibilityForMigrationEnabled: migratable || undefined,
      } : undefined,
      vmFirmware: generation === 2 ? {
        enableSecureBoot: wantsSecureBoot(vm) ? 'On' : 'Off',
        secureBootTemplate: wantsSecureBoot(vm) ? secureBootTemplate(vm) : undefined,
        bootOrder: [{ bootType: 'HardDiskDrive', controllerNumber: 0, controllerLocation: 0 }],
      } : undefined,
      hardDiskDrives,
      dvdDrives: dvdDrives.length > 0 ? dvdDrives : undefined,
      networkAdaptors: vm.nics.map((nic, i) => this.adaptor(nic, i, host)),
    });
    ctx.nameAfter(machine, vm.scope);
    this.machineIds.set(vm, machine.id);
    for (const o of vm.overrides) if (o.vendor === Vendor.HYPERV) machine.addOverride(o.path, o.value);
    if (vm.shielding !== undefined) this.renderSecurity(vm, host, machine);
  }

  /**
   * The vTPM, key protector, encryption and shielding of a shielded VM: the provider has none of
   * them, so a `terraform_data` resource runs a PowerShell script on the VM's host once the VM
   * exists. The script checks before it changes, and leaves the VM running as the provider's
   * `state` expects.
   */
  private renderSecurity(vm: VmNode, host: string, machine: MachineInstance): void {
    const shell = this.ctx.remoteShell;
    if (shell === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'The hyperv provider cannot give a VM a vTPM (nor encryption or shielding); the library adds them with PowerShell on the host over WinRM, which the target has not allowed.',
        fix: 'set remotePowerShell: true on the HypervTarget (with Credentials.fromVariables()), or use a plain VirtualMachine',
      });
    }
    const shielding = vm.shielding!;
    if (shielding.level === ShieldingLevel.HOST_GUARDED && shell.guardian === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'A host-guarded VM takes its key protector from a Host Guardian Service guardian, and the target uses a local key protector.',
        fix: 'set keyProtector: HypervKeyProtector.guardian("<guardian name>") on the HypervTarget, or use ShieldingLevel.ENCRYPTED',
      });
    }
    const script = securityScript(vm.name, shielding.level, shell.guardian, vm.scope);
    const security = this.remoteScript(vm.scope, 'Security', host, `${vm.name}-security`, script, { vm: machine.id });
    this.ctx.nameAfter(security, vm.scope, 'security');
    this.securityOf.set(vm, security);
  }

  private checkVm(vm: VmNode, generation: number): void {
    if ((vm.nestedVirtualization || vm.shielding?.virtualizationBasedSecurity) && vm.dynamicMemory !== undefined) {
      throw new DesignError(vm.scope, {
        problem: 'Hyper-V cannot expose virtualization extensions (for nested virtualization or virtualization-based security) to a VM with dynamic memory.',
        value: `${vm.nestedVirtualization ? 'nestedVirtualization' : 'virtualizationBasedSecurity'}: true, dynamicMemory: { ... }`,
        fix: 'use static memory for a VM that runs VMs itself',
      });
    }
    if (vm.memoryHotAdd && generation === 1) {
      throw new DesignError(vm.scope, {
        problem: 'Hyper-V resizes the memory of running VMs of generation 2 only, and BIOS firmware makes a generation 1 VM.',
        fix: 'use Firmware.UEFI (generation 2), or leave memoryHotAdd out',
      });
    }
    for (const nic of vm.nics) {
      if (nic.adapter === NicAdapter.EMULATED && generation === 2) {
        throw new DesignError(vm.scope, {
          problem: 'A legacy (emulated) network adapter exists on Hyper-V generation 1 only, and UEFI firmware makes a generation 2 VM.',
          value: 'adapter: NicAdapter.EMULATED, firmware: UEFI',
          fix: 'use NicAdapter.PARAVIRTUAL (the synthetic adapter), or Firmware.BIOS for a generation 1 VM',
        });
      }
      if (nic.sriov?.physicalFunction !== undefined) {
        throw new DesignError(vm.scope, {
          problem: 'On Hyper-V the virtual switch chooses the SR-IOV physical function; a NIC cannot name one.',
          value: nic.sriov.physicalFunction,
          fix: 'leave sriov.physicalFunction out; the switch of the network gets SR-IOV enabled',
        });
      }
    }
    const limits = HYPERV_DISK_LIMITS[generation];
    const platform = `Hyper-V (generation ${generation})`;
    if (generation === 2 && vm.guestInit !== undefined) {
      checkDiskSlots(vm, limits, platform, limits.maxSlot - 1, ' with a cloud-init drive, which takes the location after the highest slot');
    } else {
      checkDiskSlots(vm, limits, platform);
    }
  }

  private bytes(vm: VmNode, what: string, size: Size): number {
    const mib = wholeUnits(vm.scope, what, size, 'MiB');
    if (mib % MEMORY_GRANULE_MIB !== 0) {
      throw new DesignError(vm.scope, {
        problem: `${what} must be a multiple of 2 MiB on Hyper-V.`,
        value: String(size),
        allowed: 'a multiple of 2 MiB',
      });
    }
    return size.toBytes();
  }

  /** Hyper-V disk sizes fit whole logical blocks: wholeUnits of MiB are checked already. */
  private diskBytes(vm: VmNode, what: string, size: Size): number {
    wholeUnits(vm.scope, what, size, 'MiB');
    return size.toBytes();
  }

  private adaptor(nic: NicNode, index: number, host: string): MachineInstanceNetworkAdaptors {
    const vlan = nic.network.vlanId;
    return {
      name: `nic${index + 1}`,
      switchName: this.switchNames.get(nic.network)!.get(host)!,
      isLegacy: nic.adapter === NicAdapter.EMULATED || undefined,
      dynamicMacAddress: nic.macAddress === undefined,
      staticMacAddress: nic.macAddress === undefined ? undefined : nic.macAddress.replace(/:/g, '').toUpperCase(),
      vlanAccess: vlan !== undefined || undefined,
      vlanId: vlan,
      iovWeight: nic.sriov ? 100 : undefined,
      // a VM may not answer DHCP or advertise routes to its neighbours (a VM that must: override)
      dhcpGuard: 'On',
      routerGuard: 'On',
    };
  }
}

/** The Secure Boot template that lets the guest boot. */
function secureBootTemplate(vm: VmNode): string {
  if (vm.guestOs.isWindows) return 'MicrosoftWindows';
  return vm.shielding?.level === ShieldingLevel.HOST_GUARDED ? 'OpenSourceShieldedVM' : 'MicrosoftUEFICertificateAuthority';
}

/** VM, rule and checkpoint names: safe bare in PowerShell, as in its double-quoted strings. */
const PS_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PS_NAME_ALLOWED = 'a letter or digit, then letters, digits, dots, dashes or underscores';
/** Host names and addresses, written bare in comments. */
const PS_HOST = /^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/;

/**
 * The PowerShell that gives a VM its key protector, vTPM, encryption and shielding. It changes
 * only what differs, and switches the VM off only while it must (Hyper-V changes security
 * settings of stopped VMs only), so running it again does nothing.
 */
export function securityScript(vmName: string, level: ShieldingLevel, guardian: string | undefined, scope?: IConstruct): string {
  const encrypted = level !== ShieldingLevel.SECURE_BOOT_AND_TPM;
  const shielded = level === ShieldingLevel.HOST_GUARDED;
  const wants = PowerShell.code(['key protector', 'vTPM', ...(encrypted ? ['encrypted state and migration traffic'] : []), ...(shielded ? ['shielding'] : [])].join(', '));
  const needs = PowerShell.code(['$needsKeyProtector', '$needsTpm', ...(encrypted ? ['$needsEncryption'] : []), ...(shielded ? ['$needsShielding'] : [])].join(' -or '));
  const vm = PowerShell.literal(scope, 'VM name', vmName);
  const vmWord = PowerShell.word(scope, 'VM name', vmName, PS_NAME, PS_NAME_ALLOWED);
  const keyProtector = guardian === undefined
    ? ['    Set-VMKeyProtector -VM $vm -NewLocalKeyProtector']
    : [
      ps`    $owner = Get-HgsGuardian -Name ${PowerShell.literal(scope, 'key protector guardian', guardian)}`,
      '    $protector = New-HgsKeyProtector -Owner $owner -AllowUntrustedRoot',
      '    Set-VMKeyProtector -VM $vm -KeyProtector $protector.RawData',
    ];
  return [
    ps`# cdktf-hypervisor: ${wants} for VM ${vm} (the hyperv provider cannot set them).`,
    '# Safe to run again: it changes only what differs.',
    "$ErrorActionPreference = 'Stop'",
    ps`$vm = Get-VM -Name ${vm}`,
    '$security = Get-VMSecurity -VM $vm',
    '$protector = Get-VMKeyProtector -VM $vm',
    '$needsKeyProtector = ($null -eq $protector) -or ($protector.Length -le 4)',
    '$needsTpm = -not $security.TpmEnabled',
    ...(encrypted ? ['$needsEncryption = -not $security.EncryptStateAndVmMigrationTraffic'] : []),
    ...(shielded ? ['$needsShielding = -not $security.Shielded'] : []),
    ps`if (-not (${needs})) {`,
    ps`  Write-Output "${vmWord}: ${wants} already in place"`,
    '  exit 0',
    '}',
    '# Hyper-V changes security settings of a stopped VM only; the VM is started again below,',
    "# as the provider's state = \"Running\" expects.",
    "$wasRunning = $vm.State -eq 'Running'",
    'if ($wasRunning) { Stop-VM -VM $vm -Force }',
    'try {',
    '  if ($needsKeyProtector) {',
    ...keyProtector,
    '  }',
    '  if ($needsTpm) { Enable-VMTPM -VM $vm }',
    ...(encrypted ? ['  if ($needsEncryption) { Set-VMSecurity -VM $vm -EncryptStateAndVmMigrationTraffic $true }'] : []),
    ...(shielded ? ['  if ($needsShielding) { Set-VMSecurityPolicy -VM $vm -Shielded $true }'] : []),
    '} finally {',
    '  if ($wasRunning) { Start-VM -VM $vm }',
    '}',
    ps`Write-Output "${vmWord}: ${wants} set"`,
    '',
  ].join('\n');
}

/** Failover-cluster group priorities: High 3000, Medium 2000, Low 1000. */
const CLUSTER_PRIORITY: Record<RestartPriority, number> = {
  [RestartPriority.LOWEST]: 1000,
  [RestartPriority.LOW]: 1000,
  [RestartPriority.MEDIUM]: 2000,
  [RestartPriority.HIGH]: 3000,
  [RestartPriority.HIGHEST]: 3000,
};

/**
 * The PowerShell that makes a VM a role of a failover cluster, with its restart priority and the
 * anti-affinity classes that keep its group apart on failover. It changes only what differs.
 */
export function clusterRoleScript(vmName: string, cluster: string, priority: number, antiAffinityClasses: string[], scope?: IConstruct): string {
  const classes = [...antiAffinityClasses].sort();
  const vm = PowerShell.literal(scope, 'VM name', vmName);
  const vmWord = PowerShell.word(scope, 'VM name', vmName, PS_NAME, PS_NAME_ALLOWED);
  const name = PowerShell.literal(scope, 'failover cluster name', cluster);
  const shownClasses = classes.length
    ? PowerShell.code(`, anti-affinity classes ${classes.map((c) => PowerShell.word(scope, 'anti-affinity class', c, PS_NAME, PS_NAME_ALLOWED).text).join(', ')}`)
    : PowerShell.code('');
  const wanted = PowerShell.code(classes.map((c) => PowerShell.literal(scope, 'anti-affinity class', c).text).join(', '));
  return [
    ps`# cdktf-hypervisor: VM ${vm} as a role of failover cluster ${name}, priority ${priority}${shownClasses}.`,
    '# Safe to run again: it changes only what differs.',
    "$ErrorActionPreference = 'Stop'",
    ps`$group = Get-ClusterGroup -Cluster ${name} -Name ${vm} -ErrorAction SilentlyContinue`,
    ps`if ($null -eq $group) { Add-ClusterVirtualMachineRole -Cluster ${name} -VMName ${vm} -Name ${vm} | Out-Null }`,
    ps`$group = Get-ClusterGroup -Cluster ${name} -Name ${vm}`,
    ps`if ($group.Priority -ne ${priority}) { $group.Priority = ${priority} }`,
    ps`$wanted = @(${wanted})`,
    "if (((@($group.AntiAffinityClassNames) | Sort-Object) -join ',') -ne ($wanted -join ',')) {",
    '  $names = New-Object System.Collections.Specialized.StringCollection',
    '  foreach ($name in $wanted) { [void]$names.Add($name) }',
    '  $group.AntiAffinityClassNames = $names',
    '}',
    ps`Write-Output "${vmWord}: clustered role in place"`,
    '',
  ].join('\n');
}

/** The PowerShell that takes a named production checkpoint of a VM once. */
export function checkpointScript(vmName: string, checkpoint: string, scope?: IConstruct): string {
  const vm = PowerShell.literal(scope, 'VM name', vmName);
  const name = PowerShell.literal(scope, 'checkpoint name', checkpoint);
  return [
    ps`# cdktf-hypervisor: production checkpoint ${name} of VM ${vm}.`,
    '# Safe to run again: it takes the checkpoint only if the VM has none of that name.',
    "$ErrorActionPreference = 'Stop'",
    ps`if (-not (Get-VMSnapshot -VMName ${vm} -Name ${name} -ErrorAction SilentlyContinue)) {`,
    ps`  Checkpoint-VM -Name ${vm} -SnapshotName ${name}`,
    '}',
    '',
  ].join('\n');
}

/** The authentication types of Hyper-V Replica, written bare as parameter values. */
function replicaAuthKind(scope: IConstruct | undefined, kind: string): PowerShell {
  return PowerShell.word(scope, 'replica authentication', kind, /^(Kerberos|Certificate)$/, 'Kerberos or Certificate');
}

/** The PowerShell that makes a host a Hyper-V Replica server. It changes only what differs. */
export function replicaServerScript(auth: { kind: string; port: number; thumbprint?: string }, storagePath: string, scope?: IConstruct): string {
  const certificate = auth.kind === 'Certificate';
  const kind = replicaAuthKind(scope, auth.kind);
  const port = PowerShell.integer(scope, 'replica port', auth.port);
  const portSetting = PowerShell.code(certificate ? 'CertificateAuthenticationPort' : 'KerberosAuthenticationPort');
  // Get-VMReplicationServer reports the allowed types as Kerb, Cert or CertAndKerb
  const [typeShown, portShown] = (certificate ? ['Cert', 'CertAuthPort'] : ['Kerb', 'KerbAuthPort']).map((c) => PowerShell.code(c));
  const firewallRule = PowerShell.code(certificate ? 'Hyper-V Replica HTTPS Listener (TCP-In)' : 'Hyper-V Replica HTTP Listener (TCP-In)');
  const path = PowerShell.literal(scope, 'hypervisorReplication.storagePath', storagePath);
  const thumbprint = PowerShell.code(certificate ? ps` -CertificateThumbprint ${PowerShell.literal(scope, 'certificate thumbprint', auth.thumbprint ?? '')}` : '');
  return [
    ps`# cdktf-hypervisor: this host as a Hyper-V Replica server (${kind}, port ${port}).`,
    '# Safe to run again: it changes only what differs.',
    "$ErrorActionPreference = 'Stop'",
    '$server = Get-VMReplicationServer',
    ps`if (-not $server.RepEnabled -or "$($server.AllowedAuthType)" -notmatch '${typeShown}' -or $server.${portShown} -ne ${port} -or $server.DefaultStorageLocation -ne ${path}) {`,
    ps`  New-Item -ItemType Directory -Force -Path ${path} | Out-Null`,
    ps`  Set-VMReplicationServer -ReplicationEnabled $true -AllowedAuthenticationType ${kind} -${portSetting} ${port}${thumbprint} -ReplicationAllowedFromAnyServer $true -DefaultStorageLocation ${path}`,
    '}',
    ps`Enable-NetFirewallRule -DisplayName '${firewallRule}'`,
    '',
  ].join('\n');
}

/**
 * The PowerShell that replicates a VM to a replica server and starts the initial replication;
 * on later runs it only brings frequency and recovery points in line.
 */
export function replicationScript(
  vmName: string, replicaServer: string,
  settings: { frequency: number; recoveryPoints: number; authentication: { kind: string; port: number; thumbprint?: string } },
  scope?: IConstruct,
): string {
  const auth = settings.authentication;
  const vm = PowerShell.literal(scope, 'VM name', vmName);
  const server = PowerShell.literal(scope, 'replica server address', replicaServer);
  const serverWord = PowerShell.word(scope, 'replica server address', replicaServer, PS_HOST, 'a DNS name or IP address');
  const kind = replicaAuthKind(scope, auth.kind);
  const port = PowerShell.integer(scope, 'replica port', auth.port);
  const frequency = PowerShell.integer(scope, 'replication frequency', settings.frequency);
  const points = PowerShell.integer(scope, 'number of recovery points', settings.recoveryPoints);
  const certificate = PowerShell.code(auth.kind === 'Certificate' ? ps` -CertificateThumbprint ${PowerShell.literal(scope, 'certificate thumbprint', auth.thumbprint ?? '')}` : '');
  return [
    ps`# cdktf-hypervisor: Hyper-V Replica of VM ${vm} to ${serverWord} every ${frequency} s, ${points} extra recovery points.`,
    '# Safe to run again: it enables replication once and then only adjusts it.',
    "$ErrorActionPreference = 'Stop'",
    ps`$replication = Get-VMReplication -VMName ${vm} -ErrorAction SilentlyContinue`,
    'if ($null -eq $replication) {',
    ps`  Enable-VMReplication -VMName ${vm} -ReplicaServerName ${server} -ReplicaServerPort ${port} -AuthenticationType ${kind}${certificate} -ReplicationFrequencySec ${frequency} -RecoveryHistory ${points}`,
    ps`  Start-VMInitialReplication -VMName ${vm}`,
    ps`} elseif ($replication.FrequencySec -ne ${frequency} -or $replication.RecoveryHistory -ne ${points}) {`,
    ps`  Set-VMReplication -VMName ${vm} -ReplicationFrequencySec ${frequency} -RecoveryHistory ${points}`,
    '}',
    '',
  ].join('\n');
}

/** The PowerShell that lets live migration use only a cluster's migration subnet on a host. */
export function migrationNetworkScript(clusterName: string, subnet: string, scope?: IConstruct): string {
  const cluster = PowerShell.literal(scope, 'cluster name', clusterName);
  const cidr = /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/;
  const subnetWord = PowerShell.word(scope, 'migration subnet', subnet, cidr, 'an IPv4 subnet a.b.c.d/p');
  const subnetLiteral = PowerShell.literal(scope, 'migration subnet', subnet);
  return [
    ps`# cdktf-hypervisor: live migration of cluster ${cluster} only over ${subnetWord}.`,
    '# Safe to run again: it changes only what differs.',
    "$ErrorActionPreference = 'Stop'",
    '$vmHost = Get-VMHost',
    'if (-not $vmHost.VirtualMachineMigrationEnabled) { Enable-VMMigration }',
    'if ($vmHost.UseAnyNetworkForMigration) { Set-VMHost -UseAnyNetworkForMigration $false }',
    ps`if (-not (Get-VMMigrationNetwork | Where-Object { $_.Subnet -eq ${subnetLiteral} })) { Add-VMMigrationNetwork ${subnetLiteral} }`,
    '',
  ].join('\n');
}

/**
 * The VM's guest initialisation, refused where a token stands for content that goes into the
 * cloud-init ISO: the ISO is built at synth.
 */
function knownGuestInit(vm: VmNode): VmNode {
  const init = vm.guestInit;
  if (init === undefined) return vm;
  const why = 'Hyper-V gets cloud-init data on an ISO that the library builds at synth';
  const fix = 'give the text itself; Hyper-V cannot keep cloud-init data out of the synthesized output, so leave secrets out of it '
    + '(or set allowSecretsInOutput: true to accept them); vSphere and libvirt take a token here';
  knownAtSynth(vm.scope, 'guestInit.userData', init.userData, why, fix);
  knownAtSynth(vm.scope, 'guestInit.hostname', init.guestHostname, why, fix);
  knownAtSynth(vm.scope, 'guestInit.networkConfig', init.networkConfig, why, fix);
  knownAtSynth(vm.scope, 'guestInit.ipv4', init.ipv4, why, fix);
  return vm;
}

/** SCSI location of a data disk: generation 2 keeps location 0 for the OS disk. */
function hypervDataDiskLocation(slot: number, generation: number): number {
  return generation === 2 ? slot : slot - 1;
}

/** A generation 2 VM's cloud-init drive sits after its highest data disk on SCSI controller 0. */
function hypervDvdLocation(vm: VmNode): number {
  return Math.max(0, ...vm.disks.map((d) => d.slot)) + 1;
}
