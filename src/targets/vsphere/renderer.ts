import { ComputeCluster } from '@cdktf/provider-vsphere/lib/compute-cluster';
import { ComputeClusterHostGroup } from '@cdktf/provider-vsphere/lib/compute-cluster-host-group';
import { ComputeClusterVmAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-affinity-rule';
import { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import { ComputeClusterVmGroup } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-group';
import { ComputeClusterVmHostRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-host-rule';
import { DataVsphereComputeCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import { DataVsphereDistributedVirtualSwitch } from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import { DataVsphereHost } from '@cdktf/provider-vsphere/lib/data-vsphere-host';
import { DataVsphereNetwork } from '@cdktf/provider-vsphere/lib/data-vsphere-network';
import { DataVsphereStoragePolicy } from '@cdktf/provider-vsphere/lib/data-vsphere-storage-policy';
import { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { DrsVmOverride } from '@cdktf/provider-vsphere/lib/drs-vm-override';
import { HaVmOverride } from '@cdktf/provider-vsphere/lib/ha-vm-override';
import { HostPortGroup } from '@cdktf/provider-vsphere/lib/host-port-group';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import {
  VirtualMachine as VsphereVm,
  VirtualMachineCloneCustomize,
  VirtualMachineDisk,
  VirtualMachineNetworkInterface,
} from '@cdktf/provider-vsphere/lib/virtual-machine';
import { VirtualMachineSnapshot } from '@cdktf/provider-vsphere/lib/virtual-machine-snapshot';
import { Vnic } from '@cdktf/provider-vsphere/lib/vnic';
import { Construct, IConstruct } from 'constructs';
import { vsphereDrsAutomation, vsphereIsolationResponse, vsphereRestartPriority, vsphereVmMonitoring } from './cluster-values';
import { vsphereGuestId } from './guest-ids';
import { VSPHERE_DISK_LIMITS, VSPHERE_LIMITS } from './limits';
import { TerraformElement, TerraformStack } from '../../core';
import { ClusterNode, NetworkNode, PairNode, RuleNode, VmNode, wantsSecureBoot } from '../../model/design';
import { DiskProvisioning } from '../../model/disk';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { GuestInitKind } from '../../model/guest-init';
import { VsphereVersion } from '../../model/limits';
import { NicAdapter } from '../../model/network';
import { ShieldingLevel } from '../../model/shielding';
import { parseCidr, wholeUnits } from '../../model/validate';
import { Vendor } from '../../model/vendor';
import { cloudInitDocuments, guestHostname } from '../cloud-init';
import { checkAdmission } from '../cluster-placement';
import { knownAtSynth, mdCode, tfBase64, tfText, tfTexts } from '../escaping';
import { checkDiskSlots, checkVmLimits } from '../limits';
import { RenderResult, addRunbook } from '../report';

/**
 * The security policy of every port group: no forged transmits, MAC address changes or
 * promiscuous mode (SCG esx-8.network-reject-*), set on the port group rather than left to the switch.
 */
const PORT_SECURITY = { allowForgedTransmits: false, allowMacChanges: false, allowPromiscuous: false };

/** What the renderer needs of its target. */
export interface VsphereRenderContext {
  readonly target: Construct;
  readonly provider: VsphereProvider;
  readonly datacenterId: string;
  readonly cluster?: string;
  readonly datastore?: string;
  readonly distributedSwitch?: string;
  readonly standardSwitch?: { readonly name: string; readonly hosts: string[] };
  readonly images: ReadonlyMap<string, string>;
  /** The key provider of shielded VMs, as described on them. */
  readonly keyProvider?: string;
  readonly encryptionPolicy: string;
  readonly version: VsphereVersion;
  /** Gives a rendered element its Terraform name. */
  nameAfter(element: TerraformElement, owner: IConstruct, suffix?: string): void;
}

/** The MAC addresses vSphere accepts as manual (static) addresses. */
const VSPHERE_STATIC_MAC = /^00:50:56:[0-3][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}$/;

/**
 * Renders networks and VMs of a design into vmware/vsphere resources: port groups, and VMs
 * cloned from templates, with the data sources they need.
 */
export class VsphereRenderer {
  private readonly networkIds = new Map<NetworkNode, string>();
  /** Port group (distributed) or name (standard) of each network, for VMkernel adapters. */
  private readonly portGroups = new Map<NetworkNode, { distributed?: DistributedPortGroup; name: string }>();
  private readonly clusters = new Map<ClusterNode, { id: string; resourcePoolId: string }>();
  private readonly vmIds = new Map<VmNode, string>();
  private readonly vmResources = new Map<VmNode, VsphereVm>();
  private readonly lookups = new Map<string, TerraformElement>();

  constructor(private readonly ctx: VsphereRenderContext) {}

  public render(
    networks: readonly NetworkNode[],
    vms: readonly VmNode[],
    clusters: readonly ClusterNode[],
    rules: readonly RuleNode[],
    pairs: readonly PairNode[],
  ): RenderResult {
    for (const network of networks) this.networkIds.set(network, this.renderNetwork(network));
    for (const cluster of clusters) this.renderCluster(cluster, vms, rules);
    for (const vm of vms) this.renderVm(vm);
    for (const rule of rules) this.renderRule(rule);
    for (const pair of pairs) this.renderPair(pair);
    return {
      report: clusters.flatMap((cluster) => this.report(cluster, vms, rules)),
      placement: {
        hostOf: (vm) => vm.host ?? pinningHost(vm, rules),
        scheduler: 'vSphere DRS',
        unplaced: this.ctx.cluster === undefined ? undefined : `cluster ${this.ctx.cluster} of the target (placed by vSphere DRS)`,
      },
    };
  }

  /** A pair's checkpoint and its runbook; its anti-affinity rule is one of the rules. */
  private renderPair(pair: PairNode): void {
    const vms = [pair.primary, ...(pair.replica ? [pair.replica] : [])];
    const checkpoint = pair.checkpoint;
    if (checkpoint?.location !== undefined) {
      throw new DesignError(pair.scope, {
        problem: 'vSphere keeps snapshots with the VM\'s files; their location cannot be chosen.',
        value: checkpoint.location,
        fix: 'leave checkpoint.location out',
      });
    }
    if (checkpoint !== undefined) {
      for (const vm of vms) {
        const snapshot = new VirtualMachineSnapshot(vm.scope, 'Snapshot', {
          provider: this.ctx.provider,
          virtualMachineUuid: this.vmResources.get(vm)!.uuid,
          snapshotName: tfText(pair.scope, 'checkpoint.name', checkpoint.name),
          description: tfText(pair.scope, 'checkpoint.description', checkpoint.description ?? `Checkpoint of replica pair ${pair.name}`),
          memory: false,
          quiesce: true,
          removeChildren: false,
          consolidate: true,
        });
        this.ctx.nameAfter(snapshot, vm.scope, 'snapshot');
      }
    }
    const primary = pair.primary.name;
    const replica = pair.replica!.name;
    addRunbook(TerraformStack.of(this.ctx.target), pair.name,
      `Guest replication on vSphere: \`${primary}\` and \`${replica}\` both run${pair.primary.cluster === pair.replica!.cluster ? `, kept on different hosts by the mandatory anti-affinity rule \`${pair.name}-apart\`` : ', in different clusters'}; the application replicates between them${pair.replicationNetwork ? ` over network ${mdCode(pair.replicationNetwork.name)}` : ''}. HA restarts \`${primary}\` before \`${replica}\`.`,
      {
        planned: [
          `Stop writes on \`${primary}\` in the application and let \`${replica}\` catch up.`,
          `Promote \`${replica}\` in the application and move the clients to it (DNS name or virtual IP).`,
          `Make \`${primary}\` the replica of the new primary in the application.`,
        ],
        unplanned: [
          `If a host fails, vSphere HA restarts \`${primary}\` on a surviving host; wait for it and check the application.`,
          `If \`${primary}\` or its data is lost, promote \`${replica}\` in the application and move the clients to it.`,
        ],
        failback: [
          `Rebuild \`${primary}\` as a replica of \`${replica}\` and let it catch up (\`terraform apply\` recreates a lost VM).`,
          'Follow the planned failover with the roles swapped.',
        ],
        notes: [
          ...(checkpoint ? [`Both VMs have the snapshot \`${checkpoint.name}\`: revert to it in vCenter before falling back from a failed maintenance.`] : []),
          'Do not move either VM to the other\'s host: the anti-affinity rule is mandatory and DRS keeps them apart.',
        ],
      });
  }

  private renderCluster(cluster: ClusterNode, vms: readonly VmNode[], rules: readonly RuleNode[]): void {
    const { ctx } = this;
    for (const vm of vms.filter((v) => v.cluster === cluster)) {
      knownAtSynth(vm.scope, 'cpus', vm.cpus, `the admission check of cluster ${cluster.name} counts the vCPUs of its VMs at synth`);
    }
    checkAdmission(cluster, vms, rules);
    if (cluster.existing) {
      const settings = (['restartPriority', 'isolationResponse', 'vmMonitoring', 'drsAutomation'] as const).filter((s) => cluster[s] !== undefined);
      if (settings.length > 0) {
        throw new DesignError(cluster.scope, {
          problem: 'An adopted cluster keeps its own HA and DRS settings; this design manages only the VMs, overrides and rules it adds.',
          value: settings.join(', '),
          fix: 'leave these settings out, or let the library create the cluster (existing: false)',
        });
      }
      const found = new DataVsphereComputeCluster(cluster.scope, 'Cluster', {
        provider: ctx.provider,
        name: tfText(cluster.scope, 'cluster name', cluster.name),
        datacenterId: ctx.datacenterId,
      });
      ctx.nameAfter(found, cluster.scope);
      this.clusters.set(cluster, { id: found.id, resourcePoolId: found.resourcePoolId });
    } else {
      const k = cluster.hostFailuresToTolerate;
      const created = new ComputeCluster(cluster.scope, 'Cluster', {
        provider: ctx.provider,
        name: tfText(cluster.scope, 'cluster name', cluster.name),
        datacenterId: ctx.datacenterId,
        hostSystemIds: cluster.hosts.map((h) => this.host(h).id),
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
      ctx.nameAfter(created, cluster.scope);
      this.clusters.set(cluster, { id: created.id, resourcePoolId: created.resourcePoolId });
    }
    const network = cluster.migration?.network;
    if (network !== undefined) {
      const portGroup = this.portGroups.get(network)!;
      for (const hostName of cluster.hosts) {
        const vnic = new Vnic(cluster.scope, `Vmotion-${hostName}`, {
          provider: ctx.provider,
          host: this.host(hostName).id,
          netstack: 'vmotion',
          ...(portGroup.distributed
            ? { distributedPortGroup: portGroup.distributed.key, distributedSwitchPort: portGroup.distributed.distributedVirtualSwitchUuid }
            : { portgroup: tfText(network.scope, 'network name', portGroup.name) }),
          ipv4: { dhcp: true },
        });
        ctx.nameAfter(vnic, cluster.scope, `vmotion_${hostName}`);
      }
    }
  }

  private renderRule(rule: RuleNode): void {
    const { ctx } = this;
    const cluster = this.clusters.get(rule.cluster)!;
    const vmIds = rule.vms.map((vm) => this.vmIds.get(vm)!);
    const common = { provider: ctx.provider, computeClusterId: cluster.id, name: tfText(rule.scope, 'rule name', rule.name) };
    if (rule.kind === 'together' || rule.kind === 'apart') {
      const Rule = rule.kind === 'together' ? ComputeClusterVmAffinityRule : ComputeClusterVmAntiAffinityRule;
      const resource = new Rule(rule.scope, 'Rule', { ...common, virtualMachineIds: vmIds, mandatory: rule.mandatory });
      ctx.nameAfter(resource, rule.scope);
      return;
    }
    const vmGroup = new ComputeClusterVmGroup(rule.scope, 'VmGroup', { ...common, name: tfText(rule.scope, 'rule name', `${rule.name}-vms`), virtualMachineIds: vmIds });
    ctx.nameAfter(vmGroup, rule.scope);
    const hostGroup = new ComputeClusterHostGroup(rule.scope, 'HostGroup', {
      ...common,
      name: tfText(rule.scope, 'rule name', `${rule.name}-hosts`),
      hostSystemIds: rule.hosts.map((h) => this.host(h).id),
    });
    ctx.nameAfter(hostGroup, rule.scope);
    const vmHostRule = new ComputeClusterVmHostRule(rule.scope, 'Rule', {
      ...common,
      vmGroupName: vmGroup.name,
      affinityHostGroupName: rule.kind === 'run-on' ? hostGroup.name : undefined,
      antiAffinityHostGroupName: rule.kind === 'not-run-on' ? hostGroup.name : undefined,
      mandatory: rule.mandatory,
    });
    ctx.nameAfter(vmHostRule, rule.scope);
  }

  private report(cluster: ClusterNode, vms: readonly VmNode[], rules: readonly RuleNode[]): string[] {
    const members = vms.filter((vm) => vm.cluster === cluster).map((vm) => vm.name);
    const own = rules.filter((r) => r.cluster === cluster);
    return [
      `Cluster ${cluster.name} (vSphere${cluster.existing ? ', adopted' : ''}): hosts ${cluster.hosts.join(', ')}; tolerates ${cluster.hostFailuresToTolerate} host failure${cluster.hostFailuresToTolerate === 1 ? '' : 's'}.`,
      `vSphere DRS places the VMs (${members.join(', ') || 'none'}) and HA restarts them on surviving hosts.`,
      `Rules: ${own.length === 0 ? 'none' : own.map((r) => `${r.name} (${r.kind}${r.hosts.length ? ` ${r.hosts.join(', ')}` : ''}, ${r.mandatory ? 'mandatory' : 'preferred'}): ${r.vms.map((v) => v.name).join(', ')}`).join('; ')}.`,
      '',
    ];
  }

  private renderNetwork(network: NetworkNode): string {
    const { ctx } = this;
    if (network.existing) {
      const existing = new DataVsphereNetwork(network.scope, 'Network', {
        provider: ctx.provider,
        name: tfText(network.scope, 'network name', network.name),
        datacenterId: ctx.datacenterId,
      });
      ctx.nameAfter(existing, network.scope);
      this.portGroups.set(network, { name: network.name });
      return existing.id;
    }
    // isolated and NAT networks were refused by the capability check
    if (ctx.distributedSwitch !== undefined) {
      const dvs = this.lookup(`dvs:${ctx.distributedSwitch}`, () => new DataVsphereDistributedVirtualSwitch(ctx.target, 'DistributedSwitch', {
        provider: ctx.provider,
        name: tfText(ctx.target, 'distributedSwitch', ctx.distributedSwitch!),
        datacenterId: ctx.datacenterId,
      }), 'dvs') as DataVsphereDistributedVirtualSwitch;
      const group = new DistributedPortGroup(network.scope, 'PortGroup', {
        provider: ctx.provider,
        name: tfText(network.scope, 'network name', network.name),
        distributedVirtualSwitchUuid: dvs.id,
        vlanId: network.vlanId,
        ...PORT_SECURITY,
      });
      ctx.nameAfter(group, network.scope);
      this.portGroups.set(network, { distributed: group, name: network.name });
      return group.id;
    }
    if (ctx.standardSwitch !== undefined) {
      const groups = ctx.standardSwitch.hosts.map((hostName) => {
        const group = new HostPortGroup(network.scope, `PortGroup-${hostName}`, {
          provider: ctx.provider,
          name: tfText(network.scope, 'network name', network.name),
          hostSystemId: this.host(hostName).id,
          virtualSwitchName: tfText(ctx.target, 'standardSwitch.name', ctx.standardSwitch!.name),
          vlanId: network.vlanId,
          ...PORT_SECURITY,
        });
        ctx.nameAfter(group, network.scope, hostName);
        return group;
      });
      // a host port group has no network ID of its own: look the network up once the groups exist
      const lookup = new DataVsphereNetwork(network.scope, 'Network', {
        provider: ctx.provider,
        name: tfText(network.scope, 'network name', network.name),
        datacenterId: ctx.datacenterId,
        dependsOn: groups,
      });
      ctx.nameAfter(lookup, network.scope);
      this.portGroups.set(network, { name: network.name });
      return lookup.id;
    }
    throw new DesignError(network.scope, {
      problem: 'A new vSphere network needs a switch to live on, and the target names none.',
      fix: 'set distributedSwitch (or standardSwitch) on the VsphereTarget, or use an existing network (existing: true)',
    });
  }

  private renderVm(vm: VmNode): void {
    const { ctx } = this;
    const memoryMib = wholeUnits(vm.scope, 'The memory', vm.memory, 'MiB');
    if (memoryMib % 4 !== 0) {
      throw new DesignError(vm.scope, {
        problem: 'vSphere sizes VM memory in multiples of 4 MiB.',
        value: String(vm.memory),
        allowed: 'a multiple of 4 MiB',
      });
    }
    const limits = VSPHERE_LIMITS[ctx.version];
    checkVmLimits(vm, limits, `vSphere ${ctx.version}`);
    if (vm.firmware === Firmware.BIOS && vm.memory.isLargerThan(limits.maxBiosMemory)) {
      throw new DesignError(vm.scope, {
        problem: `A vSphere VM with more than ${limits.maxBiosMemory} of memory must boot with EFI firmware.`,
        value: `firmware: BIOS, memory: ${vm.memory}`,
        allowed: `BIOS up to ${limits.maxBiosMemory} (${limits.source})`,
        fix: `use Firmware.UEFI, or at most ${limits.maxBiosMemory} of memory`,
      });
    }
    if (ctx.datastore === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'A vSphere VM needs a datastore for its files, and the target names none.',
        fix: 'set datastore on the VsphereTarget',
      });
    }
    const placement = this.placement(vm);
    const template = this.template(vm);
    const datastore = this.lookup(`datastore:${ctx.datastore}`, () => new DataVsphereDatastore(ctx.target, 'Datastore', {
      provider: ctx.provider,
      name: tfText(ctx.target, 'datastore', ctx.datastore!),
      datacenterId: ctx.datacenterId,
    }), 'datastore') as DataVsphereDatastore;

    const shielding = this.shielding(vm);
    const osDisk: VirtualMachineDisk = {
      label: 'os',
      unitNumber: 0,
      size: vm.osDiskSize !== undefined
        ? wholeUnits(vm.scope, 'The OS disk size', vm.osDiskSize, 'GiB')
        : template.disks.get(0).size,
      thinProvisioned: template.disks.get(0).thinProvisioned,
      eagerlyScrub: template.disks.get(0).eagerlyScrub,
      storagePolicyId: shielding.storagePolicyId,
    };
    checkDiskSlots(vm, VSPHERE_DISK_LIMITS, `vSphere ${ctx.version}`);
    // disks are matched by label; the unit number follows the slot, so no disk moves on the bus
    const dataDisks: VirtualMachineDisk[] = vm.disks.map(({ name, slot, disk }) => ({
      label: tfText(vm.scope, 'disk name', name),
      unitNumber: vsphereUnitNumber(slot),
      size: wholeUnits(vm.scope, `The size of disk "${name}"`, disk.size, 'GiB'),
      thinProvisioned: disk.provisioning === DiskProvisioning.THIN,
      eagerlyScrub: disk.provisioning === DiskProvisioning.THICK_EAGER_ZEROED,
      storagePolicyId: shielding.storagePolicyId,
      // a data disk outlives its VM unless the design lets it go
      keepOnRemove: disk.allowDestroy ? undefined : true,
    }));

    const resource = new VsphereVm(vm.scope, 'VirtualMachine', {
      provider: ctx.provider,
      name: tfText(vm.scope, 'VM name', vm.name),
      resourcePoolId: placement.resourcePoolId,
      hostSystemId: placement.hostSystemId,
      datastoreId: datastore.id,
      guestId: vsphereGuestId(vm.guestOs),
      firmware: vm.firmware === Firmware.UEFI ? 'efi' : 'bios',
      numCpus: vm.cpus,
      numCoresPerSocket: vm.coresPerSocket,
      memory: memoryMib,
      memoryReservation: vm.memoryReservation ? wholeUnits(vm.scope, 'The memory reservation', vm.memoryReservation, 'MiB') : undefined,
      cpuHotAddEnabled: vm.cpuHotAdd || undefined,
      memoryHotAddEnabled: vm.memoryHotAdd || undefined,
      nestedHvEnabled: vm.nestedVirtualization || shielding.vbs || undefined,
      efiSecureBootEnabled: wantsSecureBoot(vm) || undefined,
      vtpm: shielding.vtpm,
      vbsEnabled: shielding.vbs || undefined,
      vvtdEnabled: shielding.vbs || undefined,
      storagePolicyId: shielding.storagePolicyId,
      annotation: tfText(vm.scope, 'shielding annotation', shielding.annotation),
      pciDeviceId: vm.pciDevices.length > 0 ? vm.pciDevices : undefined,
      scsiType: 'pvscsi',
      scsiControllerCount: vsphereControllerCount(vm),
      disk: [osDisk, ...dataDisks],
      networkInterface: vm.nics.map((nic) => this.nic(vm, nic)),
      clone: {
        templateUuid: template.id,
        customize: vm.guestInit?.kind === GuestInitKind.HOSTNAME ? this.customize(vm) : undefined,
      },
      // diagnostic logging is off unless asked for (SCG vm-8.enable-logging)
      enableLogging: true,
      extraConfig: {
        // boot from the virtual disk only (SCG vm-8.boot-device-classes)
        'bios.bootDeviceClasses': 'allow:hd',
        ...(vm.guestInit?.kind === GuestInitKind.CLOUD_INIT ? guestinfo(vm) : {}),
      },
    });
    ctx.nameAfter(resource, vm.scope);
    for (const o of vm.overrides) if (o.vendor === Vendor.VSPHERE) resource.addOverride(o.path, o.value);
    this.vmIds.set(vm, resource.id);
    this.vmResources.set(vm, resource);
    const cluster = vm.cluster && this.clusters.get(vm.cluster);
    const priority = vm.restartPriority ?? vm.impliedRestartPriority;
    if (cluster !== undefined && priority !== undefined) {
      const override = new HaVmOverride(vm.scope, 'HaOverride', {
        provider: ctx.provider,
        computeClusterId: cluster.id,
        virtualMachineId: resource.id,
        haVmRestartPriority: vsphereRestartPriority(priority),
      });
      ctx.nameAfter(override, vm.scope, 'ha');
    }
    if (cluster !== undefined && vm.drsAutomation !== undefined) {
      const override = new DrsVmOverride(vm.scope, 'DrsOverride', {
        provider: ctx.provider,
        computeClusterId: cluster.id,
        virtualMachineId: resource.id,
        drsEnabled: true,
        drsAutomationLevel: vsphereDrsAutomation(vm.drsAutomation),
      });
      ctx.nameAfter(override, vm.scope, 'drs');
    }
  }

  /** The settings a shielded VM adds; none for a plain VM. */
  private shielding(vm: VmNode): {
    vtpm?: { version: string };
    vbs?: boolean;
    storagePolicyId?: string;
    annotation?: string;
  } {
    const shielding = vm.shielding;
    if (shielding === undefined) return {};
    const { ctx } = this;
    if (ctx.keyProvider === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'A vTPM (and VM encryption) on vSphere takes its keys from a key provider configured in vCenter (Native Key Provider or a KMS), which Terraform can neither create nor check.',
        fix: 'name it on the VsphereTarget, keyProvider: VsphereKeyProvider.named("<name>"), or acknowledge vCenter\'s default, VsphereKeyProvider.vcenterDefault()',
      });
    }
    const encrypted = shielding.level !== ShieldingLevel.SECURE_BOOT_AND_TPM;
    let storagePolicyId: string | undefined;
    if (encrypted) {
      storagePolicyId = (this.lookup(`policy:${ctx.encryptionPolicy}`, () => new DataVsphereStoragePolicy(ctx.target, 'EncryptionPolicy', {
        provider: ctx.provider,
        name: tfText(ctx.target, 'encryptionPolicy', ctx.encryptionPolicy),
      }), 'encryption_policy') as DataVsphereStoragePolicy).id;
    }
    const parts = ['Secure Boot', 'vTPM 2.0', ...(encrypted ? [`encryption (${ctx.encryptionPolicy})`] : []), ...(shielding.virtualizationBasedSecurity ? ['VBS'] : [])];
    return {
      vtpm: { version: '2.0' },
      vbs: shielding.virtualizationBasedSecurity,
      storagePolicyId,
      annotation: `Shielded VM: ${parts.join(', ')}; keys from ${ctx.keyProvider}`,
    };
  }

  private placement(vm: VmNode): { resourcePoolId: string; hostSystemId?: string } {
    if (vm.pciDevices.length > 0 && vm.host === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'PCI passthrough on vSphere pins the VM to the host that has the devices, and the VM names no host.',
        value: JSON.stringify(vm.pciDevices),
        fix: 'set host to the ESXi host whose PCI devices the VM gets',
      });
    }
    const host = vm.host === undefined ? undefined : this.host(vm.host);
    const inCluster = vm.cluster && this.clusters.get(vm.cluster);
    if (inCluster !== undefined) return { resourcePoolId: inCluster.resourcePoolId, hostSystemId: host?.id };
    if (host !== undefined) return { resourcePoolId: host.resourcePoolId, hostSystemId: host.id };
    if (this.ctx.cluster === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'A vSphere VM needs a cluster or a host to run on, and neither the VM nor the target names one.',
        fix: 'give the VM a cluster (HaCluster) or a host, or name an existing cluster on the VsphereTarget',
      });
    }
    const cluster = this.lookup(`cluster:${this.ctx.cluster}`, () => new DataVsphereComputeCluster(this.ctx.target, 'Cluster', {
      provider: this.ctx.provider,
      name: tfText(this.ctx.target, 'cluster', this.ctx.cluster!),
      datacenterId: this.ctx.datacenterId,
    }), 'cluster') as DataVsphereComputeCluster;
    return { resourcePoolId: cluster.resourcePoolId };
  }

  private template(vm: VmNode): DataVsphereVirtualMachine {
    const name = this.ctx.images.get(vm.image.name) ?? vm.image.name;
    return this.lookup(`template:${name}`, () => new DataVsphereVirtualMachine(this.ctx.target, `Template-${vm.image.name}`, {
      provider: this.ctx.provider,
      name: tfText(this.ctx.target, 'images', name),
      datacenterId: this.ctx.datacenterId,
    }), `template_${vm.image.name}`) as DataVsphereVirtualMachine;
  }

  private host(name: string): DataVsphereHost {
    return this.lookup(`host:${name}`, () => new DataVsphereHost(this.ctx.target, `Host-${name}`, {
      provider: this.ctx.provider,
      name: tfText(this.ctx.target, 'host name', name),
      datacenterId: this.ctx.datacenterId,
    }), `host_${name}`) as DataVsphereHost;
  }

  private nic(vm: VmNode, nic: VmNode['nics'][number]): VirtualMachineNetworkInterface {
    if (nic.macAddress !== undefined && !VSPHERE_STATIC_MAC.test(nic.macAddress)) {
      throw new DesignError(vm.scope, {
        problem: 'vSphere accepts static MAC addresses only from its range for manual addresses.',
        value: nic.macAddress,
        allowed: '00:50:56:00:00:00 to 00:50:56:3f:ff:ff',
        fix: 'pick an address in that range, or let vSphere assign one',
      });
    }
    if (nic.sriov !== undefined && nic.sriov.physicalFunction === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'An SR-IOV NIC on vSphere needs the PCI address of the physical function it takes a virtual function from.',
        fix: 'set sriov.physicalFunction, e.g. "0000:3b:00.0"',
      });
    }
    if (nic.sriov !== undefined && vm.host === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'An SR-IOV NIC on vSphere uses a physical function of one host, and the VM names no host.',
        fix: 'set host to the ESXi host whose SR-IOV adapter the VM uses',
      });
    }
    const adapterType = nic.sriov !== undefined ? 'sriov' : nic.adapter === NicAdapter.EMULATED ? 'e1000e' : 'vmxnet3';
    return {
      networkId: this.networkIds.get(nic.network)!,
      adapterType,
      useStaticMac: nic.macAddress !== undefined ? true : undefined,
      macAddress: nic.macAddress,
      physicalFunction: nic.sriov?.physicalFunction,
    };
  }

  private customize(vm: VmNode): VirtualMachineCloneCustomize {
    const init = vm.guestInit!;
    const ipv4 = init.ipv4;
    const hostname = guestHostname(vm);
    const address = ipv4 ? parseCidr(vm.scope, 'The static IPv4 address', ipv4.address) : undefined;
    return {
      linuxOptions: vm.guestOs.isWindows ? undefined : {
        hostName: tfText(vm.scope, 'guestInit.hostname', hostname),
        domain: tfText(vm.scope, 'guestInit.ipv4.domain', ipv4?.domain ?? 'localdomain'),
      },
      windowsOptions: vm.guestOs.isWindows ? { computerName: tfText(vm.scope, 'guestInit.hostname', hostname), workgroup: 'WORKGROUP' } : undefined,
      networkInterface: vm.nics.map((_, i) => (i === 0 && address ? { ipv4Address: address.address, ipv4Netmask: address.prefix } : {})),
      ipv4Gateway: tfText(vm.scope, 'guestInit.ipv4.gateway', ipv4?.gateway),
      dnsServerList: tfTexts(vm.scope, 'guestInit.ipv4.dnsServers', ipv4?.dnsServers),
      dnsSuffixList: ipv4?.domain ? [tfText(vm.scope, 'guestInit.ipv4.domain', ipv4.domain)] : undefined,
    };
  }

  /** A data source shared by the VMs and networks of the target, created on first use. */
  private lookup(key: string, create: () => TerraformElement, suffix: string): TerraformElement {
    let element = this.lookups.get(key);
    if (element === undefined) {
      element = create();
      this.ctx.nameAfter(element, this.ctx.target, suffix);
      this.lookups.set(key, element);
    }
    return element;
  }
}

/** cloud-init data for the VMware guestinfo datasource, base64 encoded. */
function guestinfo(vm: VmNode): { [key: string]: string } {
  const docs = cloudInitDocuments(vm)!;
  const meta: Record<string, string> = JSON.parse(docs.metaData);
  if (docs.networkConfig !== undefined) {
    meta.network = tfBase64(vm.scope, 'guestInit.networkConfig', docs.networkConfig);
    meta['network.encoding'] = 'base64';
  }
  return {
    'guestinfo.metadata': tfBase64(vm.scope, 'guestInit.hostname', JSON.stringify(meta)),
    'guestinfo.metadata.encoding': 'base64',
    'guestinfo.userdata': tfBase64(vm.scope, 'guestInit.userData', docs.userData),
    'guestinfo.userdata.encoding': 'base64',
  };
}

/** The one host a mandatory run-on rule keeps a VM on, if there is one; DRS places the VM anywhere else. */
function pinningHost(vm: VmNode, rules: readonly RuleNode[]): string | undefined {
  const hosts = rules.filter((r) => r.kind === 'run-on' && r.mandatory && r.hosts.length === 1 && r.vms.includes(vm)).map((r) => r.hosts[0]);
  return hosts.length === 1 ? hosts[0] : undefined;
}

/** Units of one vSphere SCSI controller the provider addresses; unit 7 is the controller's own. */
const UNITS_PER_CONTROLLER = 15;
const CONTROLLER_UNIT = 7;

/**
 * The provider's `unit_number` of a disk slot: slots fill the units of controller 0 (skipping
 * the controller's unit 7), then of controllers 1 to 3. Slot 0 is the OS disk at unit 0.
 */
export function vsphereUnitNumber(slot: number): number {
  const perController = UNITS_PER_CONTROLLER - 1;
  const controller = Math.floor(slot / perController);
  const unit = slot % perController;
  return controller * UNITS_PER_CONTROLLER + (unit < CONTROLLER_UNIT ? unit : unit + 1);
}

/** SCSI controllers the VM's disks need, when more than the one every VM has. */
function vsphereControllerCount(vm: VmNode): number | undefined {
  const highest = Math.max(0, ...vm.disks.map((d) => d.slot));
  const count = Math.floor(vsphereUnitNumber(highest) / UNITS_PER_CONTROLLER) + 1;
  return count > 1 ? count : undefined;
}
