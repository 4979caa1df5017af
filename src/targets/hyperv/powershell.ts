import { createHash } from 'crypto';
import { IConstruct } from 'constructs';
import { ScriptResource } from './script-resource';
import { WinrmProvisionerConnection } from '../../core';
import { DesignError } from '../../model/errors';
import { ShieldingLevel } from '../../model/shielding';
import { PowerShell, ps, tfText } from '../escaping';

/*
 * The PowerShell the library runs on the Hyper-V hosts for what the provider cannot configure, and
 * the `terraform_data` resource that copies a script to a host and runs it there. Every script
 * checks before it changes, so running it again does nothing.
 */

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

/** Where a script runs: the host's WinRM connection, and what reruns it when it changes. */
export interface RemoteScript {
  /** The design construct the script belongs to: the resource's scope. */
  readonly scope: IConstruct;
  /** Construct ID of the resource. */
  readonly id: string;
  readonly connection: WinrmProvisionerConnection;
  /** The script's file on the host: `C:/Windows/Temp/cdktf-hypervisor-<fileName>.ps1`. */
  readonly fileName: string;
  readonly script: string;
  /** Values that run the script again when they change, besides the script itself. */
  readonly triggers: { [key: string]: string };
  /** Scripts this one runs after. */
  readonly after?: ScriptResource[];
}

/** A `terraform_data` resource that copies a PowerShell script to a host and runs it there. */
export function remoteScript(s: RemoteScript): ScriptResource {
  checkAscii(s);
  const destination = tfText(s.scope, 'script file name', `C:/Windows/Temp/cdktf-hypervisor-${s.fileName}.ps1`);
  const after = s.after ?? [];
  return new ScriptResource(s.scope, s.id, {
    dependsOn: after.length > 0 ? after : undefined,
    triggersReplace: { ...s.triggers, script: createHash('sha256').update(s.script).digest('hex') },
    connection: s.connection,
    provisioners: [
      // PowerShell's own `%{ }` (ForEach-Object) and `${ }` stay text for Terraform
      { type: 'file', content: tfText(s.scope, 'script', s.script), destination },
      { type: 'remote-exec', inline: [`powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File ${destination}`] },
    ],
  });
}

/**
 * Refuses a script with a character beyond ASCII, which only a value of the design can bring:
 * Windows PowerShell reads a script file without a byte order mark (as the file provisioner writes
 * it) in the host's ANSI code page, where the UTF-8 bytes of such a character are other characters
 * and can spell a quote that the literal's doubling did not double (U+00D2 reads as U+00C3 U+2019).
 */
function checkAscii(s: RemoteScript): void {
  const beyond = /[^\u0000-\u007f]/u.exec(s.script);
  if (beyond === null) return;
  const line = s.script.slice(s.script.lastIndexOf('\n', beyond.index) + 1).split('\n')[0];
  throw new DesignError(s.scope, {
    problem: `A value of the PowerShell the library runs on the hosts (${s.fileName}) holds a character beyond ASCII `
      + `(U+${beyond[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}): Windows PowerShell reads the script, UTF-8 without a `
      + 'byte order mark, in the host\'s ANSI code page, where the character\'s bytes are other characters and can end a quoted string.',
    value: JSON.stringify(line),
    allowed: 'printable ASCII in the names, paths and addresses the script carries',
    fix: 'give the values of this script in plain ASCII',
  });
}
