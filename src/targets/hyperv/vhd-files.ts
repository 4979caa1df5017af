import { IConstruct } from 'constructs';
import { DesignError } from '../../model/errors';

/*
 * The files a rendering puts in each folder of the hosts, and the VHDs whose deletion would take
 * others with them.
 *
 * When the hyperv provider (taliesins/hyperv 1.2.1) deletes a `hyperv_vhd`, it does not delete the
 * file alone: its DeleteVhd script takes the folder and the file name without its extension, and
 * removes every file of the folder whose base name starts with it:
 *
 *   $targetName = (split-path '{{.Path}}' -Leaf) ... .Substring(0, $targetName.LastIndexOf('.'))
 *   Get-ChildItem -Path $targetDirectory |?{$_.BaseName.StartsWith($targetName)} | %{ Remove-Item $_.FullName -Force }
 *
 * (meant for the checkpoint files `<name>_<id>.avhdx` beside a disk). Destroying data disk `data`
 * would remove `data2.vhdx` too, and destroying a VM's OS disk, which Terraform replaces when the
 * image changes, would remove a data disk named `os-logs` however protected. So a design where a
 * VHD that Terraform may destroy shares its folder with another file whose name starts with the
 * VHD's base name is refused. Names are compared ignoring case and dashes: the provider compares
 * with the host's culture rules, which are not a plain character comparison.
 *
 * The files are the VHDs, the cloud-init ISOs and their records, the parent VHDXs of template
 * images and the ISO files of CD/DVD drives, which the rendering does not write but must not
 * delete (the ISO folder is the image folder by default, where the downloads are). Two of them at
 * one path are refused too.
 */

/** A file the rendering puts on the hosts. */
export interface HypervFile {
  /**
   * What the file is: files with one identity are one file (an image's download on each host),
   * never compared with each other.
   */
  readonly id: string;
  /** The folder on the hosts, as written. */
  readonly folder: string;
  /** The file's name in its folder. */
  readonly name: string;
  /** What the file is, for messages: `data disk "logs" of VM web1`. */
  readonly what: string;
  /** The construct the file belongs to. */
  readonly scope: IConstruct;
  /** Whether it is a `hyperv_vhd` Terraform may destroy (no `prevent_destroy`). */
  readonly deletable: boolean;
  /** The data disk's name, for a data disk: the name the way out renames. */
  readonly disk?: string;
  /** The drive's file below the ISO folder, for the ISO file of a CD/DVD drive: the file the way out moves. */
  readonly iso?: string;
}

/** A file name without its extension, as the provider's script and PowerShell's BaseName take it. */
function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/** A name as the comparison sees it: case and dashes left out. */
function compared(name: string): string {
  return name.toLowerCase().replace(/-/g, '');
}

/** A folder as a key: case ignored, repeated backslashes and a trailing one left out (a UNC path keeps its leading two). */
function folderKey(folder: string): string {
  const unc = folder.startsWith('\\\\');
  const rest = (unc ? folder.slice(2) : folder).replace(/\\+/g, '\\').replace(/\\$/, '');
  return (unc ? '\\\\' : '') + rest.toLowerCase();
}

/** The files of a rendering by folder, refusing a VHD whose deletion would remove another of them. */
export class HypervFiles {
  private readonly byFolder = new Map<string, HypervFile[]>();
  private readonly ids = new Set<string>();

  /**
   * Records a file (once per identity); a DesignError if it or a file beside it would be deleted
   * with the other.
   */
  public add(file: HypervFile): void {
    const id = `${folderKey(file.folder)}\u0000${file.id}`;
    if (this.ids.has(id)) return;
    this.ids.add(id);
    const key = folderKey(file.folder);
    let files = this.byFolder.get(key);
    if (files === undefined) {
      files = [];
      this.byFolder.set(key, files);
    }
    for (const other of files) {
      if (other.id === file.id) continue;
      if (deletes(file, other)) refuse(file, other);
      if (deletes(other, file)) refuse(other, file);
      if (other.name.toLowerCase() === file.name.toLowerCase()) refuseSameFile(other, file);
    }
    files.push(file);
  }
}

/** Whether deleting `vhd` would remove `victim`. */
function deletes(vhd: HypervFile, victim: HypervFile): boolean {
  return vhd.deletable && compared(baseName(victim.name)).startsWith(compared(baseName(vhd.name)));
}

/** Two files of the rendering at one path: one would overwrite, or be deleted with, the other. */
function refuseSameFile(first: HypervFile, second: HypervFile): never {
  const where = second.scope === first.scope ? '' : ` (of ${first.scope.node.path})`;
  const iso = [second, first].find((f) => f.iso !== undefined);
  throw new DesignError(second.scope, {
    problem: `${capitalized(second.what)} and ${first.what}${where} are one file: ${second.folder}\\${second.name} `
      + '(Windows compares file names ignoring case).',
    value: `${first.folder}\\${first.name}, ${second.folder}\\${second.name}`,
    fix: iso !== undefined
      ? `keep the ISO file "${iso.iso}" in another folder below the ISO folder, or give the HypervTarget an isoDirectory of its own`
      : 'keep the VMs\' folders apart from the images\' (vmDirectory, storageLocations, imageDirectory and images of the HypervTarget)',
  });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function refuse(vhd: HypervFile, victim: HypervFile): never {
  const where = victim.scope === vhd.scope ? '' : `, of ${victim.scope.node.path}`;
  const elsewhere = 'keep it in another folder (Disk.data(size, { storage: Storage.named(...) }))';
  let fix: string;
  if (victim.iso !== undefined) {
    fix = 'give the HypervTarget an isoDirectory of its own, apart from its imageDirectory (the default ISO folder), vmDirectory and '
      + `storageLocations, or keep the ISO file "${victim.iso}" in another folder below the ISO folder`
      + (vhd.disk === undefined ? '' : `; or rename disk "${vhd.disk}" so that "${baseName(victim.name)}" does not start with its name`);
  } else if (vhd.disk !== undefined && victim.disk !== undefined) {
    fix = `rename disk "${vhd.disk}" or disk "${victim.disk}" so that neither name starts with the other (e.g. data1 and data2), `
      + `leave allowDestroy out for disk "${vhd.disk}", or keep one of them in another folder (Disk.data(size, { storage: Storage.named(...) }))`;
  } else if (victim.disk !== undefined) {
    fix = `rename disk "${victim.disk}" so that its name does not start with "${baseName(vhd.name)}", or ${elsewhere}`;
  } else if (vhd.disk !== undefined) {
    fix = `rename disk "${vhd.disk}" so that "${baseName(victim.name)}" does not start with its name (e.g. a longer name), `
      + `leave allowDestroy out for it, or ${elsewhere}`;
  } else {
    fix = 'keep the VMs\' folders apart from the images\' (vmDirectory, storageLocations, imageDirectory and images of the HypervTarget)';
  }
  throw new DesignError(vhd.scope, {
    problem: `Destroying ${vhd.what} (${vhd.name}) would also delete ${victim.what} (${victim.name}${where}): when the hyperv provider `
      + 'deletes a VHD it removes every file of its folder whose name starts with the VHD\'s name without extension '
      + `("${baseName(vhd.name)}", compared ignoring case and dashes), and both are in ${vhd.folder}.`,
    value: `${vhd.folder}\\${vhd.name}, ${victim.folder}\\${victim.name}`,
    fix,
  });
}
