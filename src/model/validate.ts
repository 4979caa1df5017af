import { IConstruct } from 'constructs';
import { DesignError } from './errors';
import { Size } from './size';
import { knownAtSynth } from './tokens';

/*
 * Checks of single values shared by the constructs and targets. Each throws a DesignError that
 * names the construct, the value and what is allowed.
 */

/** Names of VMs, disks and networks: safe as resource names and as file names on every vendor. */
const PORTABLE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

export function checkName(scope: IConstruct, what: string, name: string): void {
  knownAtSynth(scope, `The ${what}`, name, 'it names files and resources');
  if (!PORTABLE_NAME.test(name)) {
    throw new DesignError(scope, {
      problem: `"${name}" cannot be a ${what} on every vendor.`,
      value: JSON.stringify(name),
      allowed: 'a letter or digit, then up to 62 letters, digits, dots, dashes or underscores',
    });
  }
}

export function checkInteger(scope: IConstruct, what: string, value: number, min: number, max: number): void {
  knownAtSynth(scope, what, value, `it must be a whole number from ${min} to ${max}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DesignError(scope, {
      problem: `${what} is out of range.`,
      value: String(value),
      allowed: `a whole number from ${min} to ${max}`,
    });
  }
}

/** The size in whole units of `unit`, or a DesignError that names the construct. */
export function wholeUnits(scope: IConstruct, what: string, size: Size, unit: 'MiB' | 'GiB'): number {
  const whole = unit === 'MiB' ? size.isWholeMebibytes() : size.isWholeGibibytes();
  if (!whole) {
    throw new DesignError(scope, {
      problem: `${what} must be a whole number of ${unit}; sizes are never rounded.`,
      value: `${size} (${size.toBytes()} bytes)`,
      allowed: `a multiple of 1 ${unit}`,
    });
  }
  return unit === 'MiB' ? size.toMebibytes() : size.toGibibytes();
}

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

/** Parses `a.b.c.d/p`; throws with `what` in the message. */
export function parseCidr(scope: IConstruct, what: string, value: string, minPrefix = 1, maxPrefix = 32): { address: string; prefix: number } {
  knownAtSynth(scope, what, value, 'the library checks it and writes it at synth', 'give the address as a literal value');
  const [address, prefix, ...rest] = value.split('/');
  const p = Number(prefix);
  if (rest.length > 0 || !isIpv4(address) || !/^\d{1,2}$/.test(prefix ?? '') || p < minPrefix || p > maxPrefix) {
    throw new DesignError(scope, {
      problem: `${what} is not an IPv4 address with prefix length.`,
      value: JSON.stringify(value),
      allowed: `a.b.c.d/p with p from ${minPrefix} to ${maxPrefix}, e.g. "10.0.20.11/24"`,
    });
  }
  return { address, prefix: p };
}

/** An IPv4 address as a 32-bit number. */
export function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

/** A 32-bit number as an IPv4 address. */
export function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** The subnet of the prefix length an IPv4 address is in: its network address as a number, and its size. */
export function subnetOf(address: string, prefix: number): { network: number; size: number } {
  const size = 2 ** (32 - prefix);
  return { network: Math.floor(ipv4ToNumber(address) / size) * size, size };
}

/** Whether two IPv4 addresses are in one subnet of the prefix length. */
export function inOneSubnet(a: string, b: string, prefix: number): boolean {
  return subnetOf(a, prefix).network === subnetOf(b, prefix).network;
}

export function checkIpv4(scope: IConstruct, what: string, value: string): void {
  knownAtSynth(scope, what, value, 'the library checks it and writes it at synth', 'give the address as a literal value');
  if (!isIpv4(value)) {
    throw new DesignError(scope, {
      problem: `${what} is not an IPv4 address.`,
      value: JSON.stringify(value),
      allowed: 'a.b.c.d, e.g. "10.0.20.1"',
    });
  }
}

/** Lower-case, colon-separated MAC address; throws unless it is a unicast address. */
export function normalizeMac(scope: IConstruct, value: string): string {
  const m = /^([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})$/i.exec(value);
  const multicast = parseInt(m?.[1] ?? '0', 16) % 2 === 1;
  if (!m || multicast || /^0+$/.test(m.slice(1).join(''))) {
    throw new DesignError(scope, {
      problem: 'The MAC address is not a unicast MAC address.',
      value: JSON.stringify(value),
      allowed: 'six hexadecimal octets, separated by colons or dashes, with the lowest bit of the first octet clear (e.g. "52:54:00:12:34:56")',
    });
  }
  return m.slice(1).join(':').toLowerCase();
}

/** Lower-case `dddd:bb:ss.f` PCI address; throws unless it is one. */
export function normalizePciAddress(scope: IConstruct, what: string, value: string): string {
  const m = /^([0-9a-f]{4}):([0-9a-f]{2}):([0-1][0-9a-f])\.([0-7])$/i.exec(value);
  if (!m) {
    throw new DesignError(scope, {
      problem: `${what} is not a PCI address.`,
      value: JSON.stringify(value),
      allowed: 'domain:bus:slot.function in hexadecimal, e.g. "0000:3b:00.0" (slot 00-1f, function 0-7)',
    });
  }
  return value.toLowerCase();
}

/**
 * A name the vendor knows something by (a datastore, a storage policy, a resource pool, a tag's
 * value): free text the targets escape, known at synth, without control characters.
 */
export function checkLabel(scope: IConstruct, what: string, value: string, maxLength = 80): void {
  knownAtSynth(scope, `The ${what}`, value, 'the library looks it up or writes it at synth', `give the ${what} as a literal value`);
  // eslint-disable-next-line no-control-regex
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new DesignError(scope, {
      problem: `The ${what} is empty, too long or holds control characters.`,
      value: JSON.stringify(value),
      allowed: `1 to ${maxLength} characters, not only white space, without control characters`,
    });
  }
}

/** A DNS name, `a.b.c`: labels of letters, digits and dashes. */
export function checkDnsName(scope: IConstruct, what: string, value: string): void {
  knownAtSynth(scope, `The ${what}`, value, 'the library writes it at synth', `give the ${what} as a literal value`);
  const label = '[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
  if (value.length > 253 || !new RegExp(`^${label}(\\.${label})*$`).test(value)) {
    throw new DesignError(scope, {
      problem: `The ${what} is not a DNS name.`,
      value: JSON.stringify(value),
      allowed: 'labels of letters, digits and dashes separated by dots, e.g. "corp.example.com"',
    });
  }
}

/** An http(s) URL of URL characters only: no white space, quotes, braces, backslashes or control characters. */
const DOWNLOAD_URL = /^https?:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?([/?#][A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]*)?$/;

/**
 * A URL the library has a host download from: known at synth, http or https, made of URL
 * characters only, and without a user name or password (which would be written into the
 * configuration; the message does not repeat them).
 *
 * @param what the property, as a sentence starts, e.g. `The isoSources URL of "x.iso"`
 * @param fix what to do about credentials in the URL
 */
export function checkDownloadUrl(scope: IConstruct | undefined, what: string, url: string, fix: string): void {
  if (typeof url !== 'string') {
    throw new DesignError(scope, { problem: `${what} is not a string.`, value: String(url), allowed: 'http://host/path or https://host/path' });
  }
  knownAtSynth(scope, what, url, 'the library checks it and has the hosts download from it', 'give the URL as a literal string');
  const authority = /^[A-Za-z]+:\/\/([^/?#]*)/.exec(url)?.[1];
  if (authority?.includes('@')) {
    throw new DesignError(scope, {
      problem: `${what} holds a user name or password, which would be written into the configuration.`,
      value: JSON.stringify(url.replace(/^([A-Za-z]+:\/\/)[^/?#]*@/, '$1***@')),
      fix,
    });
  }
  if (!DOWNLOAD_URL.test(url) || url.length > 2000) {
    throw new DesignError(scope, {
      problem: `${what} is not an http or https URL of URL characters only.`,
      value: JSON.stringify(url),
      allowed: 'http://host/path or https://host/path, with other characters percent-encoded (%20 for a space)',
    });
  }
}
