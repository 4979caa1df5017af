import { IConstruct } from 'constructs';
import { Token } from '../core';
import { NicNode } from '../model/design';
import { BootDevice, Drive, DriveKind, MAX_DRIVES } from '../model/drive';
import { DesignError } from '../model/errors';
import { GuestInit, GuestInitKind, StaticIpv4 } from '../model/guest-init';
import { GuestOs } from '../model/guest-os';
import { HardwareVersion, ShareLevel } from '../model/hardware';
import { Image, ImageKind } from '../model/image';
import { Size } from '../model/size';
import { Storage } from '../model/storage';
import { knownAtSynth, splitTokens } from '../model/tokens';
import {
  checkDnsName, checkInteger, checkIpv4, checkLabel, inOneSubnet, parseCidr, wholeUnits,
} from '../model/validate';
import { Vendor } from '../model/vendor';

/*
 * Checks of the everyday settings of a VM (image kind, drives, boot order, storage, inventory,
 * tags, hardware version, shares and limits, Windows customization, static addresses per NIC),
 * each failing with a DesignError on the VM.
 */

const ISO_FILE = /^[A-Za-z0-9_][A-Za-z0-9._+-]*(\/[A-Za-z0-9_][A-Za-z0-9._+-]*)*$/;
const TAG_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,62}$/;
const NETBIOS = /^(?![0-9]+$)[A-Za-z0-9-]{1,15}$/;
const TIME_ZONE = /^[A-Za-z0-9][A-Za-z0-9 .()+&-]{0,63}$/;

/** The settings of a VM's OS image: a blank disk needs its size. */
export function checkImage(scope: IConstruct, image: Image, osDiskSize: Size | undefined): void {
  if (image.kind === ImageKind.BLANK && osDiskSize === undefined) {
    throw new DesignError(scope, {
      problem: 'A blank OS disk needs a size.',
      fix: 'give the VM an osDiskSize, e.g. osDiskSize: Size.gibibytes(60)',
    });
  }
  if (image.library !== undefined) checkLabel(scope, 'content library name', image.library);
}

/** The CD/DVD drives of a VM. */
export function checkDrives(scope: IConstruct, drives: Drive[]): Drive[] {
  if (drives.length > MAX_DRIVES) {
    throw new DesignError(scope, {
      problem: `The VM has ${drives.length} CD/DVD drives.`,
      allowed: `at most ${MAX_DRIVES}`,
    });
  }
  for (const drive of drives) {
    if (drive.kind !== DriveKind.ISO) continue;
    const file = knownAtSynth(scope, 'The ISO file', drive.file!, 'it names a file on the hosts', 'give Drive.iso a literal file name');
    if (!ISO_FILE.test(file) || file.length > 200 || file.split('/').some((part) => part === '.' || part === '..')) {
      throw new DesignError(scope, {
        problem: 'The ISO file is not a relative path below the target\'s ISO folder.',
        value: JSON.stringify(file),
        allowed: 'names of letters, digits, dots, dashes, underscores and pluses, separated by "/", e.g. "ubuntu/ubuntu-24.04-live-server-amd64.iso"',
      });
    }
  }
  return drives;
}

/** The boot order: each device once, and each one the VM has. */
export function checkBootOrder(scope: IConstruct, order: BootDevice[], drives: Drive[], nics: number): BootDevice[] {
  const seen = new Set<BootDevice>();
  for (const device of order) {
    if (!Object.values(BootDevice).includes(device)) {
      throw new DesignError(scope, { problem: 'The boot order names an unknown device.', value: JSON.stringify(device), allowed: Object.values(BootDevice).join(', ') });
    }
    if (seen.has(device)) {
      throw new DesignError(scope, { problem: `The boot order names ${device} twice.`, value: JSON.stringify(order) });
    }
    seen.add(device);
    if (device === BootDevice.CDROM && drives.length === 0) {
      throw new DesignError(scope, {
        problem: 'The VM boots from a CD/DVD drive it does not have.',
        fix: 'give the VM a drive (drives: [Drive.iso(file)]) or take BootDevice.CDROM out of bootOrder',
      });
    }
    if (device === BootDevice.NETWORK && nics === 0) {
      throw new DesignError(scope, {
        problem: 'The VM boots from the network but has no NIC.',
        fix: 'give the VM a NIC, or take BootDevice.NETWORK out of bootOrder',
      });
    }
  }
  return [...order];
}

/** A storage of the design. */
export function checkStorage(scope: IConstruct, storage: Storage | undefined): Storage | undefined {
  if (storage !== undefined) checkLabel(scope, 'storage name', storage.name);
  return storage;
}

/** A folder path, `a/b/c`. */
export function checkFolder(scope: IConstruct, folder: string | undefined): string | undefined {
  if (folder === undefined) return undefined;
  knownAtSynth(scope, 'The folder', folder, 'it names inventory folders', 'give folder as a literal path');
  const parts = folder.split('/');
  for (const part of parts) {
    if (part.trim() === '' || part.length > 80 || /[\\%]/.test(part) || /[\u0000-\u001f\u007f]/.test(part)) {
      throw new DesignError(scope, {
        problem: 'The folder is not a path of folder names.',
        value: JSON.stringify(folder),
        allowed: 'names of 1 to 80 characters (no "\\", "%" or control characters) separated by "/", without a leading or trailing "/", e.g. "estate/linux"',
      });
    }
  }
  return folder;
}

/** The tags of a VM or disk: keys portable as tag categories and XML names, values as tag names. */
export function checkTags(scope: IConstruct, what: string, tags: { [key: string]: string } | undefined): { [key: string]: string } {
  const sorted: { [key: string]: string } = {};
  for (const key of Object.keys(tags ?? {}).sort()) {
    knownAtSynth(scope, `The ${what} key`, key, 'tags are written at synth', 'give tag keys as literal names');
    if (!TAG_KEY.test(key)) {
      throw new DesignError(scope, {
        problem: `The ${what} key "${key}" is not portable.`,
        value: JSON.stringify(key),
        allowed: 'a letter, then up to 62 letters, digits, dots, dashes or underscores',
      });
    }
    checkLabel(scope, `value of ${what} "${key}"`, tags![key], 256);
    sorted[key] = tags![key];
  }
  return sorted;
}

/** Free-text notes: lines of text. */
export function checkNotes(scope: IConstruct, notes: string | undefined): string | undefined {
  if (notes === undefined) return undefined;
  knownAtSynth(scope, 'The notes', notes, 'they are written at synth', 'give notes as literal text');
  // eslint-disable-next-line no-control-regex
  if (notes.length > 4000 || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(notes)) {
    throw new DesignError(scope, {
      problem: 'The notes are too long or hold control characters.',
      allowed: 'up to 4000 characters; tabs and line feeds are the only control characters',
    });
  }
  return notes;
}

/** Hardware versions: one per vendor, each in its vendor's form. */
export function checkHardwareVersions(scope: IConstruct, versions: HardwareVersion[]): HardwareVersion[] {
  const seen = new Set<Vendor>();
  for (const v of versions) {
    if (seen.has(v.vendor)) {
      throw new DesignError(scope, { problem: `The VM gives two hardware versions for ${v.vendor}.`, fix: 'give at most one per vendor' });
    }
    seen.add(v.vendor);
    const forms: Record<Vendor, [RegExp, string]> = {
      [Vendor.VSPHERE]: [/^([4-9]|[1-9][0-9])$/, 'a whole number from 4 to 99, e.g. 21'],
      [Vendor.HYPERV]: [/^\d{1,2}\.\d{1,2}$/, 'major.minor, e.g. "10.0"'],
      [Vendor.LIBVIRT]: [/^[a-z0-9][a-z0-9._-]{0,62}$/, 'a QEMU machine type, e.g. "pc-q35-8.2"'],
      [Vendor.PROXMOX]: [/^[a-z0-9][a-z0-9._-]{0,62}$/, 'a QEMU machine type, e.g. "pc-q35-9.0"'],
    };
    const [form, allowed] = forms[v.vendor];
    if (!form.test(knownAtSynth(scope, 'The hardware version', v.version, 'it is checked at synth', 'give the version as a literal'))) {
      throw new DesignError(scope, { problem: `The ${v.vendor} hardware version is not in its vendor's form.`, value: JSON.stringify(v.version), allowed });
    }
  }
  return [...versions];
}

/** Shares and limits of CPU and memory. */
export function checkResourceControls(scope: IConstruct, props: {
  cpuShares?: ShareLevel; cpuLimit?: number; memoryShares?: ShareLevel; memoryLimit?: Size; memoryReservation?: Size;
}): void {
  for (const [what, level] of [['CPU', props.cpuShares], ['memory', props.memoryShares]] as const) {
    if (level !== undefined && !Object.values(ShareLevel).includes(level)) {
      throw new DesignError(scope, { problem: `The ${what} share level is unknown.`, value: JSON.stringify(level), allowed: Object.values(ShareLevel).join(', ') });
    }
  }
  if (props.cpuLimit !== undefined) checkInteger(scope, 'The CPU limit (percent of the VM\'s vCPUs)', props.cpuLimit, 1, 100);
  if (props.memoryLimit !== undefined) {
    wholeUnits(scope, 'The memory limit', props.memoryLimit, 'MiB');
    if (props.memoryReservation !== undefined && props.memoryReservation.isLargerThan(props.memoryLimit)) {
      throw new DesignError(scope, {
        problem: 'The memory limit is below the memory reservation.',
        value: `limit ${props.memoryLimit}, reservation ${props.memoryReservation}`,
        allowed: `at least ${props.memoryReservation}`,
      });
    }
  }
}

/** A static IPv4 configuration. */
export function checkStaticIpv4(scope: IConstruct, what: string, ipv4: StaticIpv4): void {
  parseCidr(scope, `${what} address`, ipv4.address, 1, 32);
  if (ipv4.gateway !== undefined) checkIpv4(scope, `${what} gateway`, ipv4.gateway);
  for (const dns of ipv4.dnsServers ?? []) checkIpv4(scope, `A DNS server of ${what}`, dns);
  if (ipv4.domain !== undefined) checkDnsName(scope, `domain of ${what}`, ipv4.domain);
}

/**
 * Static addresses of NICs: set by guest initialisation, so the VM needs one; the first NIC takes
 * its address from the NIC or from the guest initialisation, not both; one network config.
 */
export function checkNicAddresses(scope: IConstruct, nics: NicNode[], init: GuestInit | undefined): void {
  if (init?.ipv4 !== undefined && nics.length === 0) {
    throw new DesignError(scope, {
      problem: 'The guest initialisation gives the first NIC a static IPv4 address, but the VM has no NIC to put it on.',
      value: `ipv4: ${init.ipv4.address}`,
      fix: 'give the VM a NIC (nics: [Nic.on(network)]), or leave ipv4 out of the guest initialisation',
    });
  }
  if (!nics.some((n) => n.ipv4 !== undefined)) return;
  if (init === undefined) {
    throw new DesignError(scope, {
      problem: 'A NIC has a static IPv4 address, but the VM has no guest initialisation to set it.',
      fix: 'give the VM a guestInit (GuestInit.hostname, GuestInit.cloudInit or GuestInit.windows)',
    });
  }
  if (init.ipv4 !== undefined && nics[0]?.ipv4 !== undefined) {
    throw new DesignError(scope, {
      problem: 'The first NIC has a static IPv4 address from both the NIC and the guest initialisation.',
      fix: 'give it in one place: Nic.on(network, { ipv4 }) or the guest initialisation\'s ipv4',
    });
  }
  if (init.kind === GuestInitKind.CLOUD_INIT && init.networkConfig !== undefined) {
    throw new DesignError(scope, {
      problem: 'The VM gives a cloud-init network config and static NIC addresses; cloud-init takes one network config.',
      fix: 'put the addresses into the network config, or leave networkConfig out',
    });
  }
}

/**
 * The gateways of a VM's static addresses: each on its NIC's subnet (a route to an address off
 * the subnet needs settings no vendor's guest initialisation writes), and one default gateway
 * for the VM (vSphere guest customization has one; two default routes make the guest pick one).
 */
export function checkGateways(scope: IConstruct, nics: NicNode[], init: GuestInit | undefined): void {
  // (checkNicAddresses refuses an address of the guest initialisation on a VM without NICs)
  const statics = nics.map((nic, i) => ({ i, ipv4: i === 0 ? nic.ipv4 ?? init?.ipv4 : nic.ipv4 }));
  const withGateway = statics.filter((s) => s.ipv4?.gateway !== undefined);
  for (const { i, ipv4 } of withGateway) {
    const { address, prefix } = parseCidr(scope, `The static IPv4 address of NIC ${i + 1}`, ipv4!.address, 1, 32);
    if (!inOneSubnet(address, ipv4!.gateway!, prefix) || address === ipv4!.gateway) {
      throw new DesignError(scope, {
        problem: `The gateway of NIC ${i + 1} (nics[${i}]) is ${address === ipv4!.gateway ? 'the NIC\'s own address' : 'not on the NIC\'s subnet'}.`,
        value: `address ${ipv4!.address}, gateway ${ipv4!.gateway}`,
        allowed: `another address in ${address}/${prefix}`,
      });
    }
  }
  if (withGateway.length > 1) {
    throw new DesignError(scope, {
      problem: 'More than one NIC has a gateway; a VM has one default gateway.',
      value: withGateway.map(({ i, ipv4 }) => `nics[${i}]: ${ipv4!.gateway}`).join(', '),
      fix: 'give the gateway to the NIC the default route leaves by, and leave it out on the others',
    });
  }
}

/**
 * The host name of a Windows guest, whatever initialisation sets it, is its computer name: a
 * NetBIOS name, which Windows would otherwise cut to 15 characters without a word.
 */
export function checkWindowsHostname(scope: IConstruct, init: GuestInit | undefined, guestOs: GuestOs, vmName: string): void {
  if (init === undefined || init.kind === GuestInitKind.WINDOWS || !guestOs.isWindows) return;
  const hostname = init.guestHostname ?? vmName;
  if (Token.isUnresolved(hostname) || NETBIOS.test(hostname)) return;
  throw new DesignError(scope, {
    problem: 'The host name of a Windows guest is its computer name, and this one is not a NetBIOS name.',
    value: JSON.stringify(hostname),
    allowed: '1 to 15 letters, digits and dashes, not only digits',
    fix: init.guestHostname === undefined ? 'give the guest initialisation a host name (the VM\'s name is used by default)' : undefined,
  });
}

/** A Windows customization: a Windows guest, a NetBIOS name, passwords as tokens only. */
export function checkWindowsInit(scope: IConstruct, init: GuestInit | undefined, guestOs: GuestOs, vmName: string): void {
  const windows = init?.windowsOptions;
  if (init?.kind !== GuestInitKind.WINDOWS || windows === undefined) return;
  if (!guestOs.isWindows) {
    throw new DesignError(scope, {
      problem: `Windows customization is for Windows guests; the VM's guest OS is ${guestOs.displayName}.`,
      fix: 'give the VM a Windows guestOs, or use GuestInit.hostname or GuestInit.cloudInit',
    });
  }
  const computerName = knownAtSynth(scope, 'The computer name', windows.computerName ?? vmName, 'it is written at synth', 'give computerName as a literal name');
  if (!NETBIOS.test(computerName)) {
    throw new DesignError(scope, {
      problem: 'The computer name is not a NetBIOS name.',
      value: JSON.stringify(computerName),
      allowed: '1 to 15 letters, digits and dashes, not only digits',
      fix: windows.computerName === undefined ? 'give computerName (the VM\'s name is used by default)' : undefined,
    });
  }
  requireSecretToken(scope, 'Administrator password', windows.adminPassword);
  if (windows.timeZone !== undefined && !TIME_ZONE.test(knownAtSynth(scope, 'The time zone', windows.timeZone, 'it is written at synth', 'give timeZone as a literal name'))) {
    throw new DesignError(scope, {
      problem: 'The time zone is not a Windows time zone name.',
      value: JSON.stringify(windows.timeZone),
      allowed: 'a name as `tzutil /l` lists it, e.g. "W. Europe Standard Time"',
    });
  }
  if (windows.workgroup !== undefined && !NETBIOS.test(windows.workgroup)) {
    throw new DesignError(scope, { problem: 'The workgroup is not a NetBIOS name.', value: JSON.stringify(windows.workgroup), allowed: '1 to 15 letters, digits and dashes' });
  }
  const join = windows.domainJoin;
  if (join !== undefined) {
    checkDnsName(scope, 'domain to join', join.domain);
    checkLabel(scope, 'domain join user', join.user, 256);
    requireSecretToken(scope, 'domain join password', join.password);
    if (join.password === undefined) {
      throw new DesignError(scope, { problem: 'The domain join has no password.', fix: 'give the password of the joining account as a sensitive variable' });
    }
    if (join.organizationalUnit !== undefined) checkLabel(scope, 'organizational unit', join.organizationalUnit, 512);
  }
  if (init.ipv4 !== undefined) checkStaticIpv4(scope, 'The first NIC\'s static IPv4', init.ipv4);
}

/**
 * A password: exactly one token Terraform resolves at apply (a sensitive variable's value, say),
 * never a literal written into the output, nor text around a token.
 */
function requireSecretToken(scope: IConstruct, what: string, value: string | undefined): void {
  if (value === undefined) return;
  const fragments = splitTokens(scope, what, value);
  const onlyToken = fragments !== undefined && fragments.length === 1 && fragments.firstToken !== undefined;
  if (onlyToken) return;
  throw new DesignError(scope, {
    problem: Token.isUnresolved(value)
      ? `The ${what} holds text beside a token; the text would be written into the synthesized output.`
      : `The ${what} is a literal; it would be written into the synthesized output.`,
    fix: 'declare a sensitive variable and pass its value alone: new TerraformVariable(stack, \'password\', { type: \'string\', sensitive: true }).stringValue',
  });
}
