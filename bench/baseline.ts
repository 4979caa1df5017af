/**
 * The baseline of the benchmark: the fastest program a platform team would write by hand for the
 * Terraform JSON the library writes for the same design. It is a cdktf program that creates the
 * provider resources directly with the provider classes (the npm vSphere bindings, and the hyperv
 * and libvirt bindings generated from the same schemas as `cdktf get` would), and `terraform_data`
 * with a small resource class of its own (cdktf's `DataResource` runs `terraform version` for every
 * instance, about 30 ms each, which no one writing this by hand for thousands of scripts would keep).
 *
 * It writes the library's JSON: the same resources under the same names with the same attributes
 * (only cdktf's `//` metadata, which records construct paths, differs), which the benchmark checks.
 * Hosts of Hyper-V and libvirt VMs come from a table, as a hand-written program would list them;
 * the benchmark gives it the library's placement of the same design (without one: round-robin).
 * Everything the VMs share (references, connections, firmware settings) is built once.
 */
import { createHash } from 'crypto';
import { ComputeCluster } from '@cdktf/provider-vsphere/lib/compute-cluster';
import { ComputeClusterVmAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-affinity-rule';
import { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import { DataVsphereDatacenter } from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import { DataVsphereDistributedVirtualSwitch } from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import { DataVsphereHost } from '@cdktf/provider-vsphere/lib/data-vsphere-host';
import { DataVsphereStoragePolicy } from '@cdktf/provider-vsphere/lib/data-vsphere-storage-policy';
import { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { HaVmOverride } from '@cdktf/provider-vsphere/lib/ha-vm-override';
import { VsphereProvider, VsphereProviderConfig } from '@cdktf/provider-vsphere/lib/provider';
import { VirtualMachine, VirtualMachineDisk, VirtualMachineNetworkInterface } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Vnic } from '@cdktf/provider-vsphere/lib/vnic';
import {
  FileProvisioner, RemoteExecProvisioner, TerraformResource, TerraformStack, TerraformVariable, WinrmProvisionerConnection,
} from 'cdktf';
import { Construct } from 'constructs';
import { BenchVendor, ClusterPlan, LIBVIRT_SECRETS, NETWORKS, SlotPlan, vmsOf } from './design';
import { MachineInstance, MachineInstanceHardDiskDrives } from '../lib/providers/hyperv/machine-instance';
import { NetworkSwitch } from '../lib/providers/hyperv/network-switch';
import { HypervProvider } from '../lib/providers/hyperv/provider';
import { Vhd } from '../lib/providers/hyperv/vhd';
import { Domain, DomainDevicesDisks, DomainDevicesInterfaces } from '../lib/providers/libvirt/domain';
import { Network } from '../lib/providers/libvirt/network';
import { LibvirtProvider } from '../lib/providers/libvirt/provider';
import { Volume } from '../lib/providers/libvirt/volume';

const GIB = 1024 ** 3;
const REPLICATION_NIC = NETWORKS.findIndex((n) => n.id === 'replication');

/** The host of each Hyper-V or libvirt VM, by its Terraform name (e.g. `vm00050_primary`). */
export type HostTable = { [vm: string]: string };

/** The NICs of one VM of a slot (a replica pair's VMs also get the replication network). */
function nicsOf(slot: SlotPlan): number[] {
  return slot.kind === 'pair' ? [...slot.nics, REPLICATION_NIC] : slot.nics;
}

/** The VM's name in the hypervisor: its Terraform name with dashes. */
const vmName = (name: string) => name.replace('_', '-');

/**
 * Builds the baseline program's resources for the vendor. `hosts` places Hyper-V and libvirt VMs;
 * VMs it does not list go to their cluster's hosts in turn.
 */
export function buildBaseline(stack: TerraformStack, vendor: BenchVendor, plan: ClusterPlan[], hosts: HostTable = {}): void {
  switch (vendor) {
    case 'vsphere': return vsphere(stack, plan);
    case 'hyperv': return hyperv(stack, plan, hosts);
    case 'libvirt': return libvirt(stack, plan, hosts);
  }
}

/** The host of each VM of a cluster: from the table, else the cluster's hosts in turn. */
function hostsOf(c: ClusterPlan, table: HostTable): Map<string, string> {
  const hosts = new Map<string, string>();
  let next = 0;
  for (const slot of c.slots) {
    for (const name of vmsOf(slot)) hosts.set(name, table[name] ?? c.hosts[next++ % c.hosts.length]);
  }
  return hosts;
}

function vsphere(stack: TerraformStack, plan: ClusterPlan[]): void {
  // user and password from VSPHERE_USER and VSPHERE_PASSWORD, which the provider reads (the bindings mark them required)
  const provider = new VsphereProvider(stack, 'vsphere', { vsphereServer: 'vcenter.example.com', allowUnverifiedSsl: false } as VsphereProviderConfig);
  const dc = new DataVsphereDatacenter(stack, 'target_datacenter', { provider, name: 'dc1' });
  const ds = new DataVsphereDatastore(stack, 'target_datastore', { provider, name: 'vsan', datacenterId: dc.id });
  const dvs = new DataVsphereDistributedVirtualSwitch(stack, 'target_dvs', { provider, name: 'dvs', datacenterId: dc.id });
  const policy = new DataVsphereStoragePolicy(stack, 'target_encryption_policy', { provider, name: 'VM Encryption Policy' });
  const template = new DataVsphereVirtualMachine(stack, 'target_template_ubuntu-24_04', { provider, name: 'ubuntu-24.04', datacenterId: dc.id });
  const portGroups = NETWORKS.map((n) => new DistributedPortGroup(stack, n.id, {
    provider,
    name: n.id,
    distributedVirtualSwitchUuid: dvs.id,
    vlanId: n.vlanId,
    allowForgedTransmits: false,
    allowMacChanges: false,
    allowPromiscuous: false,
  }));
  const networkIds = portGroups.map((pg) => pg.id);
  const migration = portGroups[NETWORKS.findIndex((n) => n.id === 'migration')];
  const migrationKey = migration.key;
  const migrationSwitch = migration.distributedVirtualSwitchUuid;
  const datastoreId = ds.id;
  const policyId = policy.id;
  const templateId = template.id;
  const osDisk = template.disks.get(0);
  const osDiskSize = osDisk.size;
  const osDiskThin = osDisk.thinProvisioned;
  const osDiskEager = osDisk.eagerlyScrub;
  const extraConfig = { 'bios.bootDeviceClasses': 'allow:hd' };
  const vtpm = { version: '2.0' };
  const shieldedNote = 'Shielded VM: Secure Boot, vTPM 2.0; keys from key provider nkp';
  const encryptedNote = 'Shielded VM: Secure Boot, vTPM 2.0, encryption (VM Encryption Policy); keys from key provider nkp';

  for (const c of plan) {
    const hostIds = c.hosts.map((h) => new DataVsphereHost(stack, `target_host_${h}`, { provider, name: h, datacenterId: dc.id }).id);
    const cluster = new ComputeCluster(stack, c.id, {
      provider,
      name: c.id,
      datacenterId: dc.id,
      hostSystemIds: hostIds,
      drsEnabled: true,
      haEnabled: true,
      haHostMonitoring: 'enabled',
      haAdmissionControlPolicy: 'resourcePercentage',
      haAdmissionControlHostFailureTolerance: 1,
      haAdmissionControlResourcePercentageAutoCompute: true,
    });
    const clusterId = cluster.id;
    const resourcePoolId = cluster.resourcePoolId;
    hostIds.forEach((host, i) => new Vnic(stack, `${c.id}_vmotion_${c.hosts[i]}`, {
      provider, host, distributedPortGroup: migrationKey, distributedSwitchPort: migrationSwitch, ipv4: { dhcp: true }, netstack: 'vmotion',
    }));

    const vmIds = new Map<string, string>();
    for (const slot of c.slots) {
      const shielded = slot.kind === 'shielded';
      const storagePolicyId = slot.encrypted ? policyId : undefined;
      const made = vmsOf(slot).map((name) => {
        const disks: VirtualMachineDisk[] = [{
          label: 'os', unitNumber: 0, size: osDiskSize, thinProvisioned: osDiskThin, eagerlyScrub: osDiskEager, storagePolicyId,
        }];
        if (slot.dataDisk) {
          disks.push({ label: 'data', unitNumber: 1, size: 50, thinProvisioned: true, eagerlyScrub: false, keepOnRemove: true, storagePolicyId });
        }
        const nics: VirtualMachineNetworkInterface[] = nicsOf(slot).map((i) => ({ networkId: networkIds[i], adapterType: 'vmxnet3' }));
        return new VirtualMachine(stack, name, {
          provider,
          name: vmName(name),
          annotation: shielded ? (slot.encrypted ? encryptedNote : shieldedNote) : undefined,
          resourcePoolId,
          datastoreId,
          numCpus: 2,
          memory: 4096,
          guestId: 'ubuntu64Guest',
          firmware: 'efi',
          efiSecureBootEnabled: true,
          enableLogging: true,
          extraConfig,
          vtpm: shielded ? vtpm : undefined,
          storagePolicyId,
          scsiType: 'pvscsi',
          clone: { templateUuid: templateId },
          disk: disks,
          networkInterface: nics,
        });
      });
      if (slot.kind === 'pair') {
        new ComputeClusterVmAntiAffinityRule(stack, `${slot.id}_apart`, {
          provider, name: `${slot.id}-apart`, computeClusterId: clusterId, mandatory: true, virtualMachineIds: made.map((vm) => vm.id),
        });
        made.forEach((vm, i) => new HaVmOverride(stack, `${vmsOf(slot)[i]}_ha`, {
          provider, computeClusterId: clusterId, virtualMachineId: vm.id, haVmRestartPriority: i === 0 ? 'high' : 'medium',
        }));
      } else {
        vmIds.set(slot.id, made[0].id);
      }
    }
    for (const rule of c.rules) {
      const virtualMachineIds = rule.members.map((m) => vmIds.get(m)!);
      const props = { provider, name: rule.id, computeClusterId: clusterId, mandatory: true, virtualMachineIds };
      if (rule.kind === 'apart') {
        new ComputeClusterVmAntiAffinityRule(stack, rule.id, props);
      } else {
        new ComputeClusterVmAffinityRule(stack, rule.id, props);
      }
    }
  }
}

/** What a `terraform_data` resource that runs a script is given. */
interface TerraformDataConfig {
  readonly triggersReplace: { [key: string]: string };
  readonly connection: WinrmProvisionerConnection;
  readonly provisioners: Array<FileProvisioner | RemoteExecProvisioner>;
  readonly dependsOn?: TerraformData[];
}

/** Terraform's built-in `terraform_data` resource, as a plain resource class. */
class TerraformData extends TerraformResource {
  private readonly triggersReplace: { [key: string]: string };

  constructor(scope: Construct, id: string, config: TerraformDataConfig) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      dependsOn: config.dependsOn,
      connection: config.connection,
      provisioners: config.provisioners,
    });
    this.triggersReplace = config.triggersReplace;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { triggers_replace: this.triggersReplace };
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function migrationScript(cluster: string, subnet: string): string {
  return `# cdktf-hypervisor: live migration of cluster '${cluster}' only over ${subnet}.
# Safe to run again: it changes only what differs.
$ErrorActionPreference = 'Stop'
$vmHost = Get-VMHost
if (-not $vmHost.VirtualMachineMigrationEnabled) { Enable-VMMigration }
if ($vmHost.UseAnyNetworkForMigration) { Set-VMHost -UseAnyNetworkForMigration $false }
if (-not (Get-VMMigrationNetwork | Where-Object { $_.Subnet -eq '${subnet}' })) { Add-VMMigrationNetwork '${subnet}' }
`;
}

function securityScript(vm: string, encrypted: boolean): string {
  const wants = `key protector, vTPM${encrypted ? ', encrypted state and migration traffic' : ''}`;
  return `# cdktf-hypervisor: ${wants} for VM '${vm}' (the hyperv provider cannot set them).
# Safe to run again: it changes only what differs.
$ErrorActionPreference = 'Stop'
$vm = Get-VM -Name '${vm}'
$security = Get-VMSecurity -VM $vm
$protector = Get-VMKeyProtector -VM $vm
$needsKeyProtector = ($null -eq $protector) -or ($protector.Length -le 4)
$needsTpm = -not $security.TpmEnabled
${encrypted ? '$needsEncryption = -not $security.EncryptStateAndVmMigrationTraffic\n' : ''}\
if (-not ($needsKeyProtector -or $needsTpm${encrypted ? ' -or $needsEncryption' : ''})) {
  Write-Output "${vm}: ${wants} already in place"
  exit 0
}
# Hyper-V changes security settings of a stopped VM only; the VM is started again below,
# as the provider's state = "Running" expects.
$wasRunning = $vm.State -eq 'Running'
if ($wasRunning) { Stop-VM -VM $vm -Force }
try {
  if ($needsKeyProtector) {
    Set-VMKeyProtector -VM $vm -NewLocalKeyProtector
  }
  if ($needsTpm) { Enable-VMTPM -VM $vm }
${encrypted ? '  if ($needsEncryption) { Set-VMSecurity -VM $vm -EncryptStateAndVmMigrationTraffic $true }\n' : ''}\
} finally {
  if ($wasRunning) { Start-VM -VM $vm }
}
Write-Output "${vm}: ${wants} set"
`;
}

function clusterRoleScript(vm: string, priority: number, classes: string[]): string {
  const shown = classes.length ? `, anti-affinity classes ${classes.join(', ')}` : '';
  return `# cdktf-hypervisor: VM '${vm}' as a role of failover cluster 'HVCLUSTER', priority ${priority}${shown}.
# Safe to run again: it changes only what differs.
$ErrorActionPreference = 'Stop'
$group = Get-ClusterGroup -Cluster 'HVCLUSTER' -Name '${vm}' -ErrorAction SilentlyContinue
if ($null -eq $group) { Add-ClusterVirtualMachineRole -Cluster 'HVCLUSTER' -VMName '${vm}' -Name '${vm}' | Out-Null }
$group = Get-ClusterGroup -Cluster 'HVCLUSTER' -Name '${vm}'
if ($group.Priority -ne ${priority}) { $group.Priority = ${priority} }
$wanted = @(${classes.map((c) => `'${c}'`).join(', ')})
if (((@($group.AntiAffinityClassNames) | Sort-Object) -join ',') -ne ($wanted -join ',')) {
  $names = New-Object System.Collections.Specialized.StringCollection
  foreach ($name in $wanted) { [void]$names.Add($name) }
  $group.AntiAffinityClassNames = $names
}
Write-Output "${vm}: clustered role in place"
`;
}

function hyperv(stack: TerraformStack, plan: ClusterPlan[], table: HostTable): void {
  const allHosts = plan.flatMap((c) => c.hosts);
  const signIn = `to sign in to the Hyper-V hosts (${allHosts.join(', ')})`;
  const user = new TerraformVariable(stack, 'hyperv_user', { type: 'string', description: `User name ${signIn}`, nullable: false, sensitive: false })
    .stringValue;
  const password = new TerraformVariable(stack, 'hyperv_password', { type: 'string', description: `Password ${signIn}`, nullable: false, sensitive: true })
    .stringValue;
  interface HostParts { provider: HypervProvider; switchName: string; connection: WinrmProvisionerConnection }
  const byHost = new Map<string, HostParts>();
  for (const host of allHosts) {
    const provider = new HypervProvider(stack, `hv-${host}`, {
      alias: host, host, https: true, insecure: false, port: 5986, useNtlm: true, timeout: '30s', user, password,
    });
    const externalSwitch = new NetworkSwitch(stack, `target_external_${host}`, {
      provider, name: 'external', switchType: 'External', netAdapterNames: ['Ethernet 2'], allowManagementOs: true,
    });
    const connection = { type: 'winrm' as const, host, https: true, insecure: false, port: 5986, useNtlm: true, user, password };
    byHost.set(host, { provider, switchName: externalSwitch.name, connection });
  }
  const script = (id: string, host: string, file: string, body: string, triggers: { [key: string]: string }, dependsOn?: TerraformData[]) => {
    const destination = `C:/Windows/Temp/cdktf-hypervisor-${file}.ps1`;
    return new TerraformData(stack, id, {
      dependsOn,
      triggersReplace: { ...triggers, script: sha256(body) },
      connection: byHost.get(host)!.connection,
      provisioners: [
        { type: 'file', content: body, destination },
        { type: 'remote-exec', inline: [`powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File ${destination}`] },
      ],
    });
  };
  const vmDir = 'C:\\ClusterStorage\\Volume1\\VMs';
  const firmware = {
    enableSecureBoot: 'On',
    secureBootTemplate: 'MicrosoftUEFICertificateAuthority',
    bootOrder: [{ bootType: 'HardDiskDrive', controllerNumber: 0, controllerLocation: 0 }],
  };

  for (const c of plan) {
    const subnet = '10.0.20.0/24';
    const migration = migrationScript(c.id, subnet);
    for (const host of c.hosts) script(`${c.id}_migration_${host}`, host, `migration-${c.id}`, migration, { subnet });
    const classesOf = new Map<string, string[]>();
    for (const rule of c.rules.filter((r) => r.kind === 'apart')) {
      for (const m of rule.members) classesOf.set(m, [...classesOf.get(m) ?? [], rule.id]);
    }
    const hostOf = hostsOf(c, table);
    for (const slot of c.slots) {
      vmsOf(slot).forEach((name, i) => {
        const vm = vmName(name);
        const host = hostOf.get(name)!;
        const { provider, switchName } = byHost.get(host)!;
        const os = new Vhd(stack, `${name}_os`, {
          provider, path: `${vmDir}\\${vm}\\os.vhdx`, parentPath: 'C:\\Hyper-V\\Images\\ubuntu-24.04.vhdx', vhdType: 'Differencing',
        });
        const drives: MachineInstanceHardDiskDrives[] = [{ controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 0, path: os.path }];
        if (slot.dataDisk) {
          const data = new Vhd(stack, `${name}_data`, {
            provider, path: `${vmDir}\\${vm}\\data.vhdx`, size: 50 * GIB, vhdType: 'Dynamic', lifecycle: { preventDestroy: true },
          });
          drives.push({ controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 1, path: data.path });
        }
        const machine = new MachineInstance(stack, name, {
          provider,
          name: vm,
          generation: 2,
          processorCount: 2,
          memoryStartupBytes: 4 * GIB,
          staticMemory: true,
          path: vmDir,
          state: 'Running',
          hardDiskDrives: drives,
          networkAdaptors: nicsOf(slot).map((n, k) => ({
            name: `nic${k + 1}`,
            switchName,
            dynamicMacAddress: true,
            vlanAccess: true,
            vlanId: NETWORKS[n].vlanId,
            dhcpGuard: 'On',
            routerGuard: 'On',
          })),
          vmFirmware: firmware,
        });
        const vmId = machine.id;
        const security = slot.kind === 'shielded'
          ? [script(`${name}_security`, host, `${vm}-security`, securityScript(vm, slot.encrypted), { vm: vmId })]
          : undefined;
        const pair = slot.kind === 'pair';
        const classes = pair ? [`${slot.id}-apart`] : classesOf.get(slot.id) ?? [];
        script(`${name}_cluster_role`, host, `${vm}-cluster-role`, clusterRoleScript(vm, pair && i === 0 ? 3000 : 2000, classes), { vm: vmId }, security);
      });
    }
  }
}

function libvirt(stack: TerraformStack, plan: ClusterPlan[], table: HostTable): void {
  const allHosts = plan.flatMap((c) => c.hosts);
  interface HostParts { provider: LibvirtProvider; networkNames: string[] }
  const byHost = new Map<string, HostParts>();
  for (const host of allHosts) {
    const provider = new LibvirtProvider(stack, `libvirt-${host}`, { alias: host, uri: `qemu+ssh://root@${host}.example.com/system` });
    const networkNames = NETWORKS.map((n) => new Network(stack, `${n.id}_${host}`, {
      provider,
      name: n.id,
      autostart: true,
      forward: { mode: 'bridge' },
      bridge: { name: 'ovsbr0' },
      virtualPort: { params: { openVSwitch: {} } },
      vlan: { tags: [{ id: n.vlanId }] },
    }).name);
    byHost.set(host, { provider, networkNames });
  }
  const luks = { format: 'luks', secret: { type: 'passphrase', uuid: LIBVIRT_SECRETS.diskSecret } };
  const luksSource = { format: 'luks', secrets: [{ type: 'passphrase', uuid: LIBVIRT_SECRETS.diskSecret }] };
  const qcow2 = { type: 'qcow2' };
  const plainTarget = { format: qcow2 };
  const encryptedTarget = { format: qcow2, encryption: luks };
  const backingStore = { path: '/var/lib/libvirt/images/ubuntu-24.04.qcow2', format: qcow2 };
  const driver = { name: 'qemu', type: 'qcow2' };
  const cpu = { mode: 'host-model' };
  const features = { acpi: true, apic: {}, smm: { state: 'on' } };
  const os = {
    type: 'hvm',
    typeArch: 'x86_64',
    typeMachine: 'q35',
    firmware: 'efi',
    loaderSecure: 'yes',
    firmwareInfo: { features: [{ name: 'secure-boot', enabled: 'yes' }, { name: 'enrolled-keys', enabled: 'yes' }] },
    bootDevices: [{ dev: 'hd' }],
  };
  const tpms = [{ model: 'tpm-crb', backend: { emulator: { version: '2.0', persistentState: 'yes', encryption: { secret: LIBVIRT_SECRETS.tpmSecret } } } }];
  const virtio = { type: 'virtio' };

  for (const c of plan) {
    const hostOf = hostsOf(c, table);
    for (const slot of c.slots) {
      const target = slot.encrypted ? encryptedTarget : plainTarget;
      const encryption = slot.encrypted ? luksSource : undefined;
      vmsOf(slot).forEach((name) => {
        const vm = vmName(name);
        const { provider, networkNames } = byHost.get(hostOf.get(name)!)!;
        const paths = [new Volume(stack, `${name}_os`, {
          provider, name: `${vm}-os.qcow2`, pool: 'default', capacity: 20 * GIB, backingStore, target,
        }).path];
        if (slot.dataDisk) {
          paths.push(new Volume(stack, `${name}_data`, {
            provider, name: `${vm}-data.qcow2`, pool: 'default', capacity: 50 * GIB, target, lifecycle: { preventDestroy: true },
          }).path);
        }
        const disks: DomainDevicesDisks[] = paths.map((file, i) => ({
          device: 'disk', driver, source: { file: { file }, encryption }, target: { dev: `vd${'ab'[i]}`, bus: 'virtio' },
        }));
        const interfaces: DomainDevicesInterfaces[] = nicsOf(slot).map((n) => ({ model: virtio, source: { network: { network: networkNames[n] } } }));
        new Domain(stack, name, {
          provider,
          name: vm,
          type: 'kvm',
          vcpu: 2,
          memory: 4096,
          memoryUnit: 'MiB',
          autostart: true,
          running: true,
          onCrash: 'restart',
          cpu,
          features,
          os,
          devices: { disks, interfaces, tpms: slot.kind === 'shielded' ? tpms : undefined },
        });
      });
    }
  }
}
