/** The hand-written program for hyperv (see baseline.ts). */
import { createHash } from 'crypto';
import {
  FileProvisioner, RemoteExecProvisioner, TerraformResource, TerraformStack, TerraformVariable, WinrmProvisionerConnection,
} from 'cdktf';
import { Construct } from 'constructs';
import { GIB, HostTable, hostsOf, nicsOf, vmName } from './baseline-common';
import { ClusterPlan, NETWORKS, vmsOf } from './design';
import { MachineInstance, MachineInstanceHardDiskDrives } from '../lib/providers/hyperv/machine-instance';
import { NetworkSwitch } from '../lib/providers/hyperv/network-switch';
import { HypervProvider } from '../lib/providers/hyperv/provider';
import { Vhd } from '../lib/providers/hyperv/vhd';

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

export function hyperv(stack: TerraformStack, plan: ClusterPlan[], table: HostTable): void {
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
