import { IConstruct } from 'constructs';
import { Token } from '../core';
import { VmNode } from '../model/design';
import { DesignError } from '../model/errors';
import { expressionOf } from '../model/tokens';
import { checkInteger } from '../model/validate';

/** A Terraform identifier, as provider aliases must be. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Checks the host names of a target that has one provider alias per host: at least one host,
 * every name usable as a Terraform provider alias, no two alike (host names are compared
 * without regard to case, as DNS and Windows do).
 */
export function validateHostNames(scope: IConstruct, names: readonly string[], example: string): void {
  if (names.length === 0) {
    throw new DesignError(scope, {
      problem: 'The target has no hosts.',
      value: '[]',
      allowed: 'one or more hosts',
      fix: `list the hosts the target reaches, e.g. hosts: [${example}]`,
    });
  }
  const seen = new Map<string, string>();
  names.forEach((name, index) => {
    if (Token.isUnresolved(name)) {
      throw new DesignError(scope, {
        problem: `Host ${index + 1} has a name that is only known at deploy time; it becomes a provider alias and must be known at synth.`,
        value: expressionOf(scope, name),
        fix: 'give the host a literal name; put the address it is reached at in the address or uri',
      });
    }
    if (!IDENTIFIER.test(name)) {
      throw new DesignError(scope, {
        problem: `Host name "${name}" cannot be a Terraform provider alias.`,
        value: JSON.stringify(name),
        allowed: 'a letter or underscore, then letters, digits, underscores or dashes (e.g. "node1")',
        fix: 'use a short name for the host and give its DNS name or address separately',
      });
    }
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw new DesignError(scope, {
        problem: `Host name "${name}" is given twice${first === name ? '' : ` (also as "${first}")`}; every host needs its own provider alias.`,
        value: JSON.stringify(names),
        allowed: 'host names that differ from each other (ignoring case)',
        fix: 'remove the duplicate host or rename it',
      });
    }
    seen.set(key, name);
  });
}

/** The host of a target that has one provider per host, chosen by name. */
export function selectHost<T extends { readonly name: string }>(scope: IConstruct, hosts: readonly T[], hostName?: string): T {
  if (hostName === undefined) {
    if (hosts.length === 1) return hosts[0];
    throw new DesignError(scope, {
      problem: 'The target has several hosts; say which one the provider is wanted for.',
      allowed: hosts.map((h) => JSON.stringify(h.name)).join(', '),
      fix: `call providerFor(${JSON.stringify(hosts[0].name)})`,
    });
  }
  const host = hosts.find((h) => h.name === hostName);
  if (!host) {
    throw new DesignError(scope, {
      problem: `The target has no host named "${hostName}".`,
      value: JSON.stringify(hostName),
      allowed: hosts.map((h) => JSON.stringify(h.name)).join(', '),
      fix: 'use one of the host names given to the target',
    });
  }
  return host;
}

/** Checks that an optional numeric setting is a whole number in a range. */
export function validateInteger(scope: IConstruct, what: string, value: number | undefined, min: number, max: number): void {
  if (value !== undefined && !Token.isUnresolved(value)) checkInteger(scope, what, value, min, max);
}

/**
 * The host a VM runs on, for targets with one provider alias per host: the VM's host, which
 * must be one of the target's, or the target's only host.
 */
export function hostOfVm(vm: VmNode, hosts: readonly string[]): string {
  if (vm.host !== undefined) {
    if (!hosts.includes(vm.host)) {
      throw new DesignError(vm.scope, {
        problem: `The VM's host "${vm.host}" is not a host of the target.`,
        value: JSON.stringify(vm.host),
        allowed: hosts.map((h) => JSON.stringify(h)).join(', '),
      });
    }
    return vm.host;
  }
  if (hosts.length === 1) return hosts[0];
  throw new DesignError(vm.scope, {
    problem: 'The target has several hosts, and the VM names none; the VM lives on one host\'s provider alias.',
    allowed: hosts.map((h) => JSON.stringify(h)).join(', '),
    fix: 'set host on the VM',
  });
}
