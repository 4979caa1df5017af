import { Construct } from 'constructs';
import { Token } from '../../core';
import { DesignError } from '../../model/errors';
import { redactUri } from '../../model/redact';
import { knownAtSynth } from '../../model/tokens';
import { checkInteger } from '../../model/validate';

/*
 * The checks of a vSphere target's own properties, made when the target is created.
 */

const SERVER = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** A folder name below a datastore's root: letters, digits, dots, dashes, underscores, pluses and spaces, not `.` or `..`. */
const ISO_FOLDER_PART = /^[A-Za-z0-9_][A-Za-z0-9._+ -]{0,79}$/;

/** Fails unless the server is a host name or address, without scheme or path. */
export function validateServer(scope: Construct, server: string): void {
  if (Token.isUnresolved(server)) return;
  if (!SERVER.test(server)) {
    const bare = server.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').replace(/^.*@/, '');
    throw new DesignError(scope, {
      problem: 'The vCenter server must be a host name or IP address.',
      value: JSON.stringify(redactUri(server)),
      allowed: 'a DNS name or IP address, optionally with :port, without scheme or path (e.g. "vcenter.example.com")',
      fix: bare && bare !== server ? `server: ${JSON.stringify(bare)}` : 'give the vCenter host name',
    });
  }
}

/** The folder of ISO images on their datastore: `a/b`, or empty for the datastore's root. */
export function checkIsoDirectory(scope: Construct, directory: string | undefined): string {
  if (directory === undefined) return 'iso';
  knownAtSynth(scope, 'isoDirectory', directory, 'it is written into each drive\'s path at synth');
  if (directory !== '' && !directory.split('/').every((part) => ISO_FOLDER_PART.test(part) && part !== '.' && part !== '..')) {
    throw new DesignError(scope, {
      problem: 'The ISO directory is not a folder path below the datastore\'s root.',
      value: JSON.stringify(directory),
      allowed: 'empty (the root), or folder names of letters, digits, dots, dashes, underscores, pluses and spaces separated by "/", '
        + 'without a leading or trailing "/", e.g. "iso" or "images/iso"',
    });
  }
  return directory;
}

/** The clock of the hosts' cores, in MHz. */
export function checkCoreMhz(scope: Construct, coreMhz: number | undefined): number | undefined {
  if (coreMhz !== undefined) checkInteger(scope, 'coreMhz (the clock of the hosts\' cores in MHz)', coreMhz, 100, 10000);
  return coreMhz;
}

/** The name of the ISO datastore: not empty. */
export function checkIsoDatastore(scope: Construct, name: string | undefined): string | undefined {
  if (name !== undefined && !Token.isUnresolved(name) && name.trim() === '') {
    throw new DesignError(scope, { problem: 'The ISO datastore name is empty.', value: '""', fix: 'give the datastore\'s name, or leave isoDatastore out' });
  }
  return name;
}
