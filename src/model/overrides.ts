import { IConstruct } from 'constructs';
import { DesignError } from './errors';

/** An override of an attribute of a VM's main resource, for one vendor. */
export interface VendorOverride {
  readonly vendor: string;
  readonly path: string;
  readonly value: any;
}

/** A path segment: an attribute or block name, or a list index. */
const SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_-]*|0|[1-9][0-9]{0,3})$/;

/**
 * Checks the syntax of an override path: attribute and block names as the provider's JSON has
 * them, separated by dots, with list indexes as numbers (`vm_firmware.0.boot_order`).
 */
export function checkOverridePath(scope: IConstruct, path: string): void {
  const segments = path.split('.');
  const bad = segments.find((s) => !SEGMENT.test(s));
  if (bad !== undefined || /^[0-9]/.test(segments[0])) {
    throw new DesignError(scope, {
      problem: 'An override path names attributes and blocks as the provider\'s JSON has them, with list indexes as numbers.',
      value: JSON.stringify(path),
      allowed: 'names (letters, digits, "_", "-") and indexes separated by dots, starting with a name, e.g. "vm_firmware.0.boot_order"',
    });
  }
}
