import { IConstruct } from 'constructs';
import { Token } from '../../core';
import { DesignError } from '../../model/errors';
import { expressionOf } from '../../model/tokens';
import { checkDownloadUrl } from '../../model/validate';

/** A Proxmox VE storage ID, as `pvesm` accepts it. */
const STORAGE_ID = /^[A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9]$/;
/** A Linux interface name of a node (a bridge): at most 15 characters. */
const INTERFACE = /^[A-Za-z][A-Za-z0-9._-]{0,14}$/;
/** An SDN zone or vnet ID: a letter, then letters and digits, at most 8. */
export const SDN_ID = /^[A-Za-z][A-Za-z0-9]{0,6}[A-Za-z0-9]$/;

/** Checks the API endpoint: an http(s) URL, without credentials in it. */
export function checkEndpoint(scope: IConstruct, endpoint: string): void {
  checkDownloadUrl(scope, 'The endpoint', endpoint, 'give the URL without user name or password, and sign in with credentials');
}

/** Checks a storage ID or a bridge name of the target's props. */
export function checkStorageId(scope: IConstruct, prop: string, value: string | undefined, what: string = prop): void {
  if (value === undefined) return;
  const bridge = prop === 'bridge';
  prop = what;
  if (Token.isUnresolved(value)) {
    throw new DesignError(scope, {
      problem: `The ${prop} is only known at deploy time; the library writes it into resource IDs and checks it at synth.`,
      value: expressionOf(scope, value),
      fix: `give the ${prop} as a literal name`,
    });
  }
  if (typeof value !== 'string' || !(bridge ? INTERFACE : STORAGE_ID).test(value)) {
    throw new DesignError(scope, {
      problem: `The ${prop} is not a Proxmox VE ${bridge ? 'interface name' : 'storage ID'}.`,
      value: JSON.stringify(value),
      allowed: bridge
        ? 'a letter, then up to 14 letters, digits, dots, dashes or underscores, e.g. "vmbr0"'
        : 'a letter, then letters, digits, dots, dashes or underscores, ending with a letter or digit, e.g. "local-lvm"',
    });
  }
}

/** Checks the SDN zone ID of the target's props. */
export function checkZoneId(scope: IConstruct, zone: string | undefined): void {
  if (zone === undefined) return;
  if (Token.isUnresolved(zone) || typeof zone !== 'string' || !SDN_ID.test(zone)) {
    throw new DesignError(scope, {
      problem: 'The zone is not a Proxmox VE SDN identifier.',
      value: Token.isUnresolved(zone) ? expressionOf(scope, zone) : JSON.stringify(zone),
      allowed: 'a letter, then letters and digits, 2 to 8 in all, e.g. "designs"',
    });
  }
}

/** Checks the node names: each a host name of one DNS label, as Proxmox VE names its nodes. */
export function checkNodeNames(scope: IConstruct, nodes: readonly string[]): void {
  for (const node of nodes) {
    if (!/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(node)) {
      throw new DesignError(scope, {
        problem: 'A Proxmox VE node name is a host name of one DNS label.',
        value: JSON.stringify(node),
        allowed: 'letters, digits and dashes, 1 to 63, not starting or ending with a dash, e.g. "pve1"',
      });
    }
  }
}
