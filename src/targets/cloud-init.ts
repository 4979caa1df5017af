import { PowerShell, knownAtSynth, ps, tfBase64 } from './escaping';
import { VmNode } from '../model/design';
import { DesignError } from '../model/errors';
import { GuestInitKind, StaticIpv4, WindowsInitOptions } from '../model/guest-init';

/*
 * The cloud-init documents of a VM, as every target that initialises guests through cloud-init
 * writes them: the NoCloud meta data, the user data, and a network config (version 2) when a
 * static address was asked for. Windows guests read the same documents with cloudbase-init.
 */

/** The three cloud-init documents of a VM. */
export interface CloudInitDocuments {
  readonly userData: string;
  readonly metaData: string;
  readonly networkConfig?: string;
}

/** The host name the guest gets. */
export function guestHostname(vm: VmNode): string {
  return vm.guestInit?.guestHostname ?? vm.name;
}

/** The cloud-init documents for a VM with guest initialisation, or undefined. */
export function cloudInitDocuments(vm: VmNode): CloudInitDocuments | undefined {
  const init = vm.guestInit;
  if (init === undefined) return undefined;
  // the host name is written into JSON documents here: a value known only at apply could break them
  const hostname = knownAtSynth(vm.scope, 'guestInit.hostname', guestHostname(vm),
    'the library writes it into the cloud-init meta data, a JSON document, at synth');
  const metaData = JSON.stringify({ 'instance-id': vm.name, 'local-hostname': hostname });
  if (init.kind === GuestInitKind.CLOUD_INIT) {
    return { userData: init.userData!, metaData, networkConfig: init.networkConfig ?? staticNetworkConfig(vm) };
  }
  if (init.kind === GuestInitKind.WINDOWS) {
    return { userData: windowsUserData(vm, init.windowsOptions ?? {}, hostname), metaData, networkConfig: staticNetworkConfig(vm) };
  }
  const networkConfig = staticNetworkConfig(vm);
  // the domain of the first NIC's address, from the guest initialisation or the NIC
  const domain = (init.ipv4 ?? vm.nics[0]?.ipv4)?.domain;
  const userData = '#cloud-config\n' + JSON.stringify({
    hostname,
    ...(domain ? { fqdn: `${hostname}.${domain}` } : {}),
    manage_etc_hosts: true,
  });
  return { userData, metaData, networkConfig };
}

// ----------------------------------------------------------------------------------------------
// Network config
// ----------------------------------------------------------------------------------------------

/** The way out of a refusal for a NIC without a static MAC address. */
function macFix(ipv4: boolean): string {
  return `give the NIC a macAddress, e.g. Nic.on(network, { macAddress: "00:50:56:00:01:10"${ipv4 ? ', ipv4' : ''} }) `
    + '(vSphere accepts only 00:50:56:00:00:00 to 00:50:56:3f:ff:ff, which every vendor accepts)';
}

/**
 * A network config (version 2) with the static IPv4 address of every NIC that has one: the
 * first NIC's from `nic.ipv4` or the guest initialisation's `ipv4`, the others' from `nic.ipv4`.
 *
 * Each NIC is an entry of `ethernets` (the first NIC's is `primary`, the others' `nic<N>`, N
 * counted from 1), found by its static MAC address (`match.macaddress`). A VM with one NIC
 * without a static MAC matches it by name (`e*`, any Ethernet interface); with more NICs a name
 * pattern would give every NIC the same address, so each NIC needs a static MAC. Once a network
 * config is written, cloud-init no longer falls back to DHCP and leaves the NICs it does not list
 * unconfigured: a NIC without a static address is listed with `dhcp4: true`. cloudbase-init
 * (Windows) finds adapters by MAC address only and leaves the adapters it does not list on DHCP,
 * so a Windows network config lists only the NICs with a static address, and only those need a
 * static MAC (the design refuses an address on a VM without NICs). A NIC's gateway becomes the
 * default route (the design allows one, on its NIC's subnet); DNS servers and the search domain are
 * per NIC.
 */
export function staticNetworkConfig(vm: VmNode): string | undefined {
  const first = knownAtSynth(vm.scope, 'guestInit.ipv4', vm.guestInit?.ipv4,
    'the library writes the address, gateway, DNS servers and domain into the cloud-init network config, a JSON document, at synth');
  const statics: Array<{ index: number; ipv4: StaticIpv4 }> = [];
  if (first !== undefined) statics.push({ index: 0, ipv4: first });
  vm.nics.forEach((nic, index) => {
    if (nic.ipv4 !== undefined) {
      const ipv4 = knownAtSynth(vm.scope, `nics[${index}].ipv4`, nic.ipv4, 'it is written into the cloud-init network config at synth');
      statics.push({ index, ipv4 });
    }
  });
  if (statics.length === 0) return undefined;
  // cloudbase-init reads the documents of a Windows guest, whatever kind of initialisation wrote them
  const windows = vm.guestInit?.kind === GuestInitKind.WINDOWS || vm.guestOs.isWindows;
  const staticOf = (index: number) => statics.find((s) => s.index === index);
  vm.nics.forEach((nic, index) => {
    if (nic.macAddress !== undefined || (vm.nics.length === 1 && !windows)) return;
    const found = staticOf(index);
    if (found !== undefined) {
      throw new DesignError(vm.scope, {
        problem: `NIC ${index + 1} (nics[${index}]) has a static IPv4 address but no static MAC address, by which `
          + (windows ? 'cloudbase-init finds the adapter to configure.' : 'the guest tells it from the VM\'s other NICs.'),
        value: `nics[${index}]: ${found.ipv4.address}`,
        fix: macFix(true),
      });
    }
    if (!windows) {
      throw new DesignError(vm.scope, {
        problem: `NIC ${index + 1} (nics[${index}]) has no static MAC address, by which the VM's network config (written for the static `
          + 'addresses of its other NICs) lists it for DHCP: cloud-init leaves the NICs a network config does not list unconfigured.',
        value: `nics[${index}]: DHCP`,
        fix: macFix(false),
      });
    }
  });
  const ethernets: { [key: string]: unknown } = {};
  vm.nics.forEach((nic, index) => {
    const ipv4 = staticOf(index)?.ipv4;
    if (ipv4 === undefined && windows) return;
    const match = nic.macAddress ? { macaddress: nic.macAddress } : { name: 'e*' };
    ethernets[index === 0 ? 'primary' : `nic${index + 1}`] = ipv4 === undefined ? { match, dhcp4: true } : {
      match,
      addresses: [ipv4.address],
      ...(ipv4.gateway ? { routes: [{ to: 'default', via: ipv4.gateway }] } : {}),
      ...(ipv4.dnsServers?.length || ipv4.domain
        ? { nameservers: { addresses: ipv4.dnsServers ?? [], search: ipv4.domain ? [ipv4.domain] : [] } }
        : {}),
    };
  });
  return JSON.stringify({ version: 2, ethernets });
}

// ----------------------------------------------------------------------------------------------
// Windows (cloudbase-init)
// ----------------------------------------------------------------------------------------------

/*
 * A Windows guest reads the same NoCloud `cidata` documents with cloudbase-init: the meta data
 * names the computer (`local-hostname`, which cloudbase-init sets before the user data and
 * restarts for) and the network config sets the static addresses. The user data is a
 * `#cloud-config` document (JSON, which YAML reads) of the two cloud-config plugins the library
 * uses:
 *
 *   write_files  the customization script, and one file per password, each base64-encoded
 *                (`encoding: b64`): the script is encoded at synth; a password is a token, encoded
 *                by Terraform at apply (`base64encode(var.x)`), so its text never reaches the
 *                configuration, and no value can end a YAML string or become code;
 *   runcmd       one fixed command (cmd.exe runs it) that starts the script with PowerShell.
 *
 * cloudbase-init runs write_files before runcmd. Its `set_timezone` takes IANA names (the design
 * gives Windows names) and its `users` takes a password as plain YAML text, so the script sets
 * both. The script quotes every value of the design as a single-quoted PowerShell string, reads
 * each password file, deletes it at once (and all of them when it ends, whatever happens), and
 * leaves with 1001 (restart) after renaming the computer (when cloudbase-init has not named it from
 * the meta data yet) or joining a domain or workgroup. cloudbase-init's cloud-config handler then
 * processes the user data again after the restart (files written anew), so each step checks
 * before it changes. The files live in C:\Windows\Temp, whose files only their owner
 * (cloudbase-init) and administrators read. The passwords stay on the cloud-init disk and in the
 * Terraform state, as every cloud-init secret does.
 */

/** Where the customization files are written in the guest. */
const WINDOWS_DIR = 'C:\\Windows\\Temp';
const SCRIPT = `${WINDOWS_DIR}\\cdktf-hypervisor-init.ps1`;
const ADMIN_PASSWORD = `${WINDOWS_DIR}\\cdktf-hypervisor-admin-password`;
const JOIN_PASSWORD = `${WINDOWS_DIR}\\cdktf-hypervisor-join-password`;
/** The one runcmd entry: fixed text, no value of the design. */
const RUN_SCRIPT = `powershell.exe -NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -File ${SCRIPT}`;

/** The `#cloud-config` user data that cloudbase-init runs on a Windows guest. */
function windowsUserData(vm: VmNode, windows: WindowsInitOptions, computerName: string): string {
  const files: Array<{ path: string; encoding: string; content: string }> = [
    // a byte order mark: Windows PowerShell reads a script without one in the ANSI code page
    { path: SCRIPT, encoding: 'b64', content: Buffer.from(`\ufeff${windowsScript(vm, windows, computerName)}`, 'utf8').toString('base64') },
  ];
  if (windows.adminPassword !== undefined) {
    files.push({ path: ADMIN_PASSWORD, encoding: 'b64', content: tfBase64(vm.scope, 'guestInit.windows.adminPassword', windows.adminPassword) });
  }
  if (windows.domainJoin !== undefined) {
    files.push({ path: JOIN_PASSWORD, encoding: 'b64', content: tfBase64(vm.scope, 'guestInit.windows.domainJoin.password', windows.domainJoin.password) });
  }
  return '#cloud-config\n' + JSON.stringify({ write_files: files, runcmd: [RUN_SCRIPT] });
}

/** The PowerShell script of a Windows customization: every value of the design a quoted literal. */
export function windowsScript(vm: VmNode, windows: WindowsInitOptions, computerName: string): string {
  const literal = (property: string, value: string) => PowerShell.literal(vm.scope, `guestInit.windows.${property}`, value);
  const name = literal('computerName', computerName);
  const lines = [
    ps`# cdktf-hypervisor: Windows customization of VM ${literal('VM name', vm.name)}, run once by cloudbase-init (runcmd).`,
    '# Passwords arrive in files written from the cloud-init disk; each is read, used and deleted.',
    "$ErrorActionPreference = 'Stop'",
    ps`$secrets = @(${PowerShell.code(`'${ADMIN_PASSWORD}'`)}, ${PowerShell.code(`'${JOIN_PASSWORD}'`)})`,
    'function Read-Secret([string] $Path) {',
    '  try { return [IO.File]::ReadAllText($Path, [Text.Encoding]::UTF8) }',
    '  finally { Remove-Item -LiteralPath $Path -Force -ErrorAction SilentlyContinue }',
    '}',
    '$reboot = $false',
    'try {',
    '  # cloudbase-init names the computer from the meta data and restarts before it runs this; if it',
    '  # did not, rename it now: after the restart cloudbase-init runs this again',
    ps`  if ($env:COMPUTERNAME -ne ${name}) {`,
    ps`    Rename-Computer -NewName ${name} -Force`,
    '    exit 1001',
    '  }',
  ];
  if (windows.timeZone !== undefined) lines.push(ps`  Set-TimeZone -Id ${literal('timeZone', windows.timeZone)}`);
  if (windows.adminPassword !== undefined) {
    lines.push(
      "  $administrator = Get-LocalUser | Where-Object { $_.SID.Value -like 'S-1-5-21-*-500' }",
      ps`  $password = ConvertTo-SecureString (Read-Secret ${PowerShell.code(`'${ADMIN_PASSWORD}'`)}) -AsPlainText -Force`,
      '  $administrator | Set-LocalUser -Password $password',
    );
  }
  const join = windows.domainJoin;
  if (join !== undefined) {
    const ou = join.organizationalUnit === undefined ? '' : ps` -OUPath ${literal('domainJoin.organizationalUnit', join.organizationalUnit)}`;
    lines.push(
      '  if (-not (Get-CimInstance Win32_ComputerSystem).PartOfDomain) {',
      ps`    $password = ConvertTo-SecureString (Read-Secret ${PowerShell.code(`'${JOIN_PASSWORD}'`)}) -AsPlainText -Force`,
      ps`    $credential = New-Object System.Management.Automation.PSCredential(${literal('domainJoin.user', join.user)}, $password)`,
      ps`    Add-Computer -DomainName ${literal('domainJoin.domain', join.domain)} -Credential $credential${PowerShell.code(ou)} -Force`,
      '    $reboot = $true',
      '  }',
    );
  } else if (windows.workgroup !== undefined) {
    const workgroup = literal('workgroup', windows.workgroup);
    lines.push(
      ps`  if ((Get-CimInstance Win32_ComputerSystem).Workgroup -ne ${workgroup}) {`,
      ps`    Add-Computer -WorkgroupName ${workgroup} -Force`,
      '    $reboot = $true',
      '  }',
    );
  }
  lines.push(
    '} finally {',
    '  foreach ($secret in $secrets) { Remove-Item -LiteralPath $secret -Force -ErrorAction SilentlyContinue }',
    '}',
    '# 1001: cloudbase-init restarts the computer (and runs this again, which then changes nothing)',
    'if ($reboot) { exit 1001 }',
    'exit 0',
    '',
  );
  return lines.join('\r\n');
}
