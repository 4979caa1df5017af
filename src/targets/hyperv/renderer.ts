import { createHash } from 'crypto';
import { Construct, IConstruct } from 'constructs';
import {
  AssetType, TerraformAsset, TerraformElement, TerraformProvider, TerraformStack, WinrmProvisionerConnection,
} from '../../core';
import { RestartPriority } from '../../model/cluster';
import { ClusterNode, NetworkNode, NicNode, PairNode, RuleNode, VmNode, wantsSecureBoot } from '../../model/design';
import { DiskProvisioning } from '../../model/disk';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { HYPERV_DISK_LIMITS, HYPERV_LIMITS, HypervHostVersion } from '../../model/limits';
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
import { hostOfVm } from '../hosts';
import { checkDiskSlots, checkVmLimits } from '../limits';
import { RenderResult, addRunbook } from '../report';
import { storedZip } from '../zip';
import { ScriptResource } from './script-resource';

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
  readonly images: { readonly [image: string]: string };
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
        const script = checkpointScript(vm.name, checkpoint.name);
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
      `Guest replication on Hyper-V: \`${primary}\` runs on \`${this.hostOf(pair.primary)}\`, \`${replica}\` on \`${this.hostOf(pair.replica!)}\`; the application replicates between them${pair.replicationNetwork ? ` over network \`${pair.replicationNetwork.name}\`` : ''}.`,
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
      replicaServerScript(settings.authentication, settings.storagePath), { host: replicaHost });
    this.ctx.nameAfter(server, pair.scope, 'replica_server');
    const vm = pair.primary;
    const replication = this.remoteScript(pair.scope, 'Replication', primaryHost, `${pair.name}-replication`,
      replicationScript(vm.name, shell.connectionFor(replicaHost).host, settings),
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
    if (failover !== undefined && !ctx.vmDirectory.toLowerCase().startsWith(failover.sharedVolumePath.toLowerCase().replace(/\\+$/, '') + '\\')) {
      throw new DesignError(cluster.scope, {
        problem: `A clustered VM's files must live on a cluster shared volume, and the target keeps VMs in ${ctx.vmDirectory}.`,
        value: `vmDirectory: ${ctx.vmDirectory}, sharedVolumePath: ${failover.sharedVolumePath}`,
        fix: `set vmDirectory on the HypervTarget to a folder under ${failover.sharedVolumePath}`,
      });
    }
    const { hostOf, placement } = placeCluster(cluster, vms, rules, ctx.lock, 'Hyper-V', ctx.hostNames);
    for (const [vm, host] of hostOf) this.placed.set(vm, host);
    const migration = cluster.migration;
    if (migration?.network !== undefined) this.renderMigrationNetwork(cluster);
    return [
      `Cluster ${cluster.name} (Hyper-V): hosts ${cluster.hosts.join(', ')}; tolerates ${cluster.hostFailuresToTolerate} host failure${cluster.hostFailuresToTolerate === 1 ? '' : 's'}; placed by cdktf-hypervisor (lock: ${ctx.lock.displayName}).`,
      ...placementTable(cluster, placement),
      failover !== undefined
        ? `Failover: the VMs are roles of failover cluster ${failover.name}; after a failover, move a role back to its host before terraform apply.`
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
    const script = [
      `# cdktf-hypervisor: live migration of cluster '${cluster.name}' only over ${subnet}.`,
      '# Safe to run again: it changes only what differs.',
      "$ErrorActionPreference = 'Stop'",
      '$vmHost = Get-VMHost',
      'if (-not $vmHost.VirtualMachineMigrationEnabled) { Enable-VMMigration }',
      'if ($vmHost.UseAnyNetworkForMigration) { Set-VMHost -UseAnyNetworkForMigration $false }',
      `if (-not (Get-VMMigrationNetwork | Where-Object { $_.Subnet -eq '${subnet}' })) { Add-VMMigrationNetwork '${subnet}' }`,
      '',
    ].join('\n');
    for (const host of cluster.hosts) {
      const resource = this.remoteScript(cluster.scope, `Migration-${host}`, host, `migration-${cluster.name}`, script, { subnet });
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
      const script = clusterRoleScript(vm.name, failover.name, priority, classes);
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
    const destination = `C:/Windows/Temp/cdktf-hypervisor-${fileName}.ps1`;
    return new ScriptResource(scope, id, {
      dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
      triggersReplace: { ...triggers, script: createHash('sha256').update(script).digest('hex') },
      connection: this.ctx.remoteShell!.connectionFor(host),
      provisioners: [
        { type: 'file', content: script, destination },
        { type: 'remote-exec', inline: [`powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File ${destination}`] },
      ],
    });
  }

  private renderNetwork(network: NetworkNode, iov: boolean): void {
    const names = new Map<string, string>();
    for (const host of this.ctx.hostNames) {
      const provider = this.ctx.providerFor(host);
      if (network.existing) {
        const existing = new DataHypervNetworkSwitch(network.scope, `Switch-${host}`, { provider, name: network.name });
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
          name: network.name,
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
        name: spec.name,
        switchType: 'External',
        netAdapterNames: spec.adapters,
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
    const image = ctx.images[vm.image.name] ?? `${ctx.imageDirectory}\\${vm.image.name}.vhdx`;
    // A differencing disk keeps its parent's size; a larger OS disk is a resized copy of the image.
    const osDisk = new Vhd(vm.scope, 'OsDisk', vm.osDiskSize === undefined
      ? { provider, path: `${vmDir}\\os.vhdx`, parentPath: image, vhdType: 'Differencing' }
      : { provider, path: `${vmDir}\\os.vhdx`, source: image, size: this.diskBytes(vm, 'The OS disk size', vm.osDiskSize) });
    ctx.nameAfter(osDisk, vm.scope, 'os');
    const dataDisks = vm.disks.map(({ name, slot, disk }) => {
      const vhd = new Vhd(vm.scope, `Disk-${name}`, {
        provider,
        path: `${vmDir}\\${name}.vhdx`,
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
    const docs = cloudInitDocuments(vm);
    if (docs !== undefined) {
      const files = [
        { name: 'meta-data', content: docs.metaData },
        { name: 'user-data', content: docs.userData },
        ...(docs.networkConfig !== undefined ? [{ name: 'network-config', content: docs.networkConfig }] : []),
      ];
      const asset = new TerraformAsset(vm.scope, 'CloudInitData', {
        path: contentFile('cidata.zip', storedZip(files)),
        type: AssetType.FILE,
      });
      const iso = new IsoImage(vm.scope, 'CloudInitIso', {
        provider,
        volumeName: 'CIDATA',
        sourceZipFilePath: asset.path,
        sourceZipFilePathHash: asset.assetHash,
        destinationIsoFilePath: `${vmDir}\\cidata.iso`,
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
      name: vm.name,
      path: ctx.vmDirectory,
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
      snapshotFileLocation: this.checkpointOf.get(vm)?.location,
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
    const script = securityScript(vm.name, shielding.level, shell.guardian);
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

/**
 * The PowerShell that gives a VM its key protector, vTPM, encryption and shielding. It changes
 * only what differs, and switches the VM off only while it must (Hyper-V changes security
 * settings of stopped VMs only), so running it again does nothing.
 */
export function securityScript(vmName: string, level: ShieldingLevel, guardian: string | undefined): string {
  const encrypted = level !== ShieldingLevel.SECURE_BOOT_AND_TPM;
  const shielded = level === ShieldingLevel.HOST_GUARDED;
  const wants = ['key protector', 'vTPM', ...(encrypted ? ['encrypted state and migration traffic'] : []), ...(shielded ? ['shielding'] : [])];
  const needs = ['$needsKeyProtector', '$needsTpm', ...(encrypted ? ['$needsEncryption'] : []), ...(shielded ? ['$needsShielding'] : [])];
  const keyProtector = guardian === undefined
    ? ['    Set-VMKeyProtector -VM $vm -NewLocalKeyProtector']
    : [
      `    $owner = Get-HgsGuardian -Name '${guardian}'`,
      '    $protector = New-HgsKeyProtector -Owner $owner -AllowUntrustedRoot',
      '    Set-VMKeyProtector -VM $vm -KeyProtector $protector.RawData',
    ];
  return [
    `# cdktf-hypervisor: ${wants.join(', ')} for VM '${vmName}' (the hyperv provider cannot set them).`,
    '# Safe to run again: it changes only what differs.',
    "$ErrorActionPreference = 'Stop'",
    `$vm = Get-VM -Name '${vmName}'`,
    '$security = Get-VMSecurity -VM $vm',
    '$protector = Get-VMKeyProtector -VM $vm',
    '$needsKeyProtector = ($null -eq $protector) -or ($protector.Length -le 4)',
    '$needsTpm = -not $security.TpmEnabled',
    ...(encrypted ? ['$needsEncryption = -not $security.EncryptStateAndVmMigrationTraffic'] : []),
    ...(shielded ? ['$needsShielding = -not $security.Shielded'] : []),
    `if (-not (${needs.join(' -or ')})) {`,
    `  Write-Output "${vmName}: ${wants.join(', ')} already in place"`,
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
    `Write-Output "${vmName}: ${wants.join(', ')} set"`,
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
export function clusterRoleScript(vmName: string, cluster: string, priority: number, antiAffinityClasses: string[]): string {
  const classes = [...antiAffinityClasses].sort();
  return [
    `# cdktf-hypervisor: VM '${vmName}' as a role of failover cluster '${cluster}', priority ${priority}${classes.length ? `, anti-affinity classes ${classes.join(', ')}` : ''}.`,
    '# Safe to run again: it changes only what differs.',
    "$ErrorActionPreference = 'Stop'",
    `$group = Get-ClusterGroup -Cluster '${cluster}' -Name '${vmName}' -ErrorAction SilentlyContinue`,
    `if ($null -eq $group) { Add-ClusterVirtualMachineRole -Cluster '${cluster}' -VMName '${vmName}' -Name '${vmName}' | Out-Null }`,
    `$group = Get-ClusterGroup -Cluster '${cluster}' -Name '${vmName}'`,
    `if ($group.Priority -ne ${priority}) { $group.Priority = ${priority} }`,
    `$wanted = @(${classes.map((c) => `'${c}'`).join(', ')})`,
    "if (((@($group.AntiAffinityClassNames) | Sort-Object) -join ',') -ne ($wanted -join ',')) {",
    '  $names = New-Object System.Collections.Specialized.StringCollection',
    '  foreach ($name in $wanted) { [void]$names.Add($name) }',
    '  $group.AntiAffinityClassNames = $names',
    '}',
    `Write-Output "${vmName}: clustered role in place"`,
    '',
  ].join('\n');
}

/** The PowerShell that takes a named production checkpoint of a VM once. */
export function checkpointScript(vmName: string, checkpoint: string): string {
  return [
    `# cdktf-hypervisor: production checkpoint '${checkpoint}' of VM '${vmName}'.`,
    '# Safe to run again: it takes the checkpoint only if the VM has none of that name.',
    "$ErrorActionPreference = 'Stop'",
    `if (-not (Get-VMSnapshot -VMName '${vmName}' -Name '${checkpoint}' -ErrorAction SilentlyContinue)) {`,
    `  Checkpoint-VM -Name '${vmName}' -SnapshotName '${checkpoint}'`,
    '}',
    '',
  ].join('\n');
}

/** The PowerShell that makes a host a Hyper-V Replica server. It changes only what differs. */
export function replicaServerScript(auth: { kind: string; port: number; thumbprint?: string }, storagePath: string): string {
  const certificate = auth.kind === 'Certificate';
  const portSetting = certificate ? 'CertificateAuthenticationPort' : 'KerberosAuthenticationPort';
  // Get-VMReplicationServer reports the allowed types as Kerb, Cert or CertAndKerb
  const [typeShown, portShown] = certificate ? ['Cert', 'CertAuthPort'] : ['Kerb', 'KerbAuthPort'];
  const firewallRule = certificate ? 'Hyper-V Replica HTTPS Listener (TCP-In)' : 'Hyper-V Replica HTTP Listener (TCP-In)';
  return [
    `# cdktf-hypervisor: this host as a Hyper-V Replica server (${auth.kind}, port ${auth.port}).`,
    '# Safe to run again: it changes only what differs.',
    "$ErrorActionPreference = 'Stop'",
    '$server = Get-VMReplicationServer',
    `if (-not $server.RepEnabled -or "$($server.AllowedAuthType)" -notmatch '${typeShown}' -or $server.${portShown} -ne ${auth.port} -or $server.DefaultStorageLocation -ne '${storagePath}') {`,
    `  New-Item -ItemType Directory -Force -Path '${storagePath}' | Out-Null`,
    `  Set-VMReplicationServer -ReplicationEnabled $true -AllowedAuthenticationType ${auth.kind} -${portSetting} ${auth.port}${certificate ? ` -CertificateThumbprint '${auth.thumbprint}'` : ''} -ReplicationAllowedFromAnyServer $true -DefaultStorageLocation '${storagePath}'`,
    '}',
    `Enable-NetFirewallRule -DisplayName '${firewallRule}'`,
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
): string {
  const auth = settings.authentication;
  const certificate = auth.kind === 'Certificate' ? ` -CertificateThumbprint '${auth.thumbprint}'` : '';
  return [
    `# cdktf-hypervisor: Hyper-V Replica of VM '${vmName}' to ${replicaServer} every ${settings.frequency} s, ${settings.recoveryPoints} extra recovery points.`,
    '# Safe to run again: it enables replication once and then only adjusts it.',
    "$ErrorActionPreference = 'Stop'",
    `$replication = Get-VMReplication -VMName '${vmName}' -ErrorAction SilentlyContinue`,
    'if ($null -eq $replication) {',
    `  Enable-VMReplication -VMName '${vmName}' -ReplicaServerName '${replicaServer}' -ReplicaServerPort ${auth.port} -AuthenticationType ${auth.kind}${certificate} -ReplicationFrequencySec ${settings.frequency} -RecoveryHistory ${settings.recoveryPoints}`,
    `  Start-VMInitialReplication -VMName '${vmName}'`,
    `} elseif ($replication.FrequencySec -ne ${settings.frequency} -or $replication.RecoveryHistory -ne ${settings.recoveryPoints}) {`,
    `  Set-VMReplication -VMName '${vmName}' -ReplicationFrequencySec ${settings.frequency} -RecoveryHistory ${settings.recoveryPoints}`,
    '}',
    '',
  ].join('\n');
}

/** SCSI location of a data disk: generation 2 keeps location 0 for the OS disk. */
function hypervDataDiskLocation(slot: number, generation: number): number {
  return generation === 2 ? slot : slot - 1;
}

/** A generation 2 VM's cloud-init drive sits after its highest data disk on SCSI controller 0. */
function hypervDvdLocation(vm: VmNode): number {
  return Math.max(0, ...vm.disks.map((d) => d.slot)) + 1;
}
