import { IConstruct } from 'constructs';
import { HypervRenderContext } from './context';
import { checkProviderValue } from './provider-text';
import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Storage } from '../../model/storage';
import { knownAtSynth } from '../escaping';

/*
 * Folders on the Hyper-V hosts that a design names: the target's storage locations and ISO folder.
 * The hyperv provider writes paths into its PowerShell inside single quotes without escaping them,
 * so a path is checked to be a plain absolute Windows folder before it reaches the output.
 */

/**
 * Characters Windows refuses in a file name, quotes PowerShell ends strings with, invisible ones,
 * and what `cmd.exe` reads as code (`&`, `^`, `%`): the provider hands folder paths to `cmd.exe /C`
 * when it expands an archive it finds there.
 */
// eslint-disable-next-line no-control-regex
const BAD_IN_SEGMENT = /[<>:"/\\|?*&^%'\u2018\u2019\u201a\u201b\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

const WINDOWS_FOLDER_ALLOWED = 'an absolute Windows folder: a drive ("D:\\\\Hyper-V") or a UNC share ("\\\\\\\\server\\\\share\\\\vms"), '
  + 'without ".." or "." parts, quotes, control characters or any of < > : " / | ? * & ^ %, up to 200 characters';

/**
 * A folder on the hosts, checked: an absolute Windows path without `.`/`..` parts, quotes or
 * characters Windows refuses, and a value the provider's PowerShell carries as written (see
 * provider-text.ts); given back without a trailing backslash.
 *
 * @param scope the construct the folder belongs to
 * @param property the property, for messages (`storageLocations.fast`)
 * @param value the folder
 */
export function checkWindowsFolder(scope: IConstruct, property: string, value: string): string {
  knownAtSynth(scope, property, value, 'the library checks that it is a folder on the hosts, and the hyperv provider writes it into PowerShell');
  const trimmed = typeof value === 'string' ? value.replace(/\\+$/, '') : '';
  const unc = /^\\\\([A-Za-z0-9][A-Za-z0-9.-]{0,252})\\(.+)$/.exec(trimmed);
  const drive = /^[A-Za-z]:(\\.+)?$/.test(trimmed) ? trimmed.slice(3) : undefined;
  const rest = unc !== null ? unc[2] : drive;
  const segments = rest === undefined ? [] : rest === '' ? [] : rest.split('\\');
  const bad = rest === undefined
    || value.length > 200
    || (unc !== null && segments.length === 0)
    || segments.some((s) => s === '' || s === '.' || s === '..' || BAD_IN_SEGMENT.test(s) || /[ .]$/.test(s) || /^ /.test(s));
  if (bad) {
    throw new DesignError(scope, {
      problem: `The ${property} is not a folder the library can give the hyperv provider.`,
      value: JSON.stringify(value),
      allowed: WINDOWS_FOLDER_ALLOWED,
    });
  }
  return checkProviderValue(scope, property, trimmed, true);
}

/** Checks the storage locations of a target: names to folders. */
export function checkStorageLocations(scope: IConstruct, locations: { [name: string]: string } | undefined): Map<string, string> {
  const checked = new Map<string, string>();
  for (const [name, folder] of Object.entries(locations ?? {})) {
    checked.set(name, checkWindowsFolder(scope, `storageLocations.${name}`, folder));
  }
  return checked;
}

/**
 * The folder of a storage of the design, from the target's `storageLocations`; an unknown name is
 * a DesignError that lists the known ones.
 */
export function storageFolder(ctx: HypervRenderContext, vm: VmNode, what: string, storage: Storage): string {
  const folder = ctx.storageLocations.get(storage.name);
  if (folder !== undefined) return folder;
  const known = [...ctx.storageLocations.keys()].sort();
  throw new DesignError(vm.scope, {
    problem: `${what} is kept on storage "${storage.name}", which the Hyper-V target does not know.`,
    value: JSON.stringify(storage.name),
    allowed: known.length > 0 ? known.map((k) => JSON.stringify(k)).join(', ') : 'none: the target has no storageLocations',
    fix: 'name its folder on the hosts in the HypervTarget\'s storageLocations, '
      + `e.g. storageLocations: { ${JSON.stringify(storage.name)}: "D:\\\\Hyper-V" }`,
  });
}

/** Where a VM's configuration, OS disk and cloud-init ISO are kept, and where each data disk is. */
export interface VmStorage {
  /** The folder the VM's own folder is in: its storage location, or the target's vmDirectory. */
  readonly home: string;
  /** Whether the VM names its storage (then its checkpoints and smart paging file go there too). */
  readonly named: boolean;
  /** The folder of each data disk that names a storage of its own: `<location>\<vm>`. */
  readonly diskFolders: ReadonlyMap<string, string>;
}

/**
 * The storage of a VM and its disks. A clustered VM's storage must lie on the failover cluster's
 * shared volume, as its vmDirectory must.
 */
export function vmStorage(ctx: HypervRenderContext, vm: VmNode): VmStorage {
  const home = vm.storage === undefined ? ctx.vmDirectory : storageFolder(ctx, vm, 'The VM', vm.storage);
  const diskFolders = new Map<string, string>();
  const named: Array<[string, string]> = vm.storage === undefined ? [] : [['The VM', home]];
  for (const { name, disk } of vm.disks) {
    if (disk.storage === undefined) continue;
    const folder = storageFolder(ctx, vm, `Disk "${name}"`, disk.storage);
    diskFolders.set(name, `${folder}\\${vm.name}`);
    named.push([`Disk "${name}"`, folder]);
  }
  const failover = ctx.failoverCluster;
  if (failover !== undefined && vm.cluster !== undefined) {
    const volume = failover.sharedVolumePath.toLowerCase().replace(/\\+$/, '') + '\\';
    for (const [what, folder] of named) {
      if (folder.toLowerCase().startsWith(volume)) continue;
      throw new DesignError(vm.scope, {
        problem: `${what} of a clustered VM must be kept on the failover cluster's shared volume, and its storage is ${folder}.`,
        value: `${folder} (shared volume ${failover.sharedVolumePath})`,
        fix: `give the storage location a folder under ${failover.sharedVolumePath}`,
      });
    }
  }
  return { home, named: vm.storage !== undefined, diskFolders };
}
