import { IConstruct } from 'constructs';
import { LibvirtRenderContext } from './context';
import { imageVolumeName } from './images';
import { LightVolume } from './light-resources';
import { logicalName, vmPoolVolumes } from './pool-volumes';
import { checkDrives } from '../../constructs/vm-everyday';
import { VmNode } from '../../model/design';
import { Drive, DriveKind } from '../../model/drive';
import { DesignError } from '../../model/errors';
import { Image, ImageKind } from '../../model/image';
import { knownAtSynth } from '../../model/tokens';
import { tfText } from '../escaping';

/*
 * ISO files of CD/DVD drives downloaded from a URL (the target's `isoSources`): once per host and
 * file, into a raw volume of the target's pool named after the file, shared by the drives of the
 * VMs on that host. A file without an entry stays `<isoDirectory>/<file>` on the hosts.
 */

/**
 * The characters of a download URL after `http(s)://`: those RFC 3986 allows, without the single
 * quote. No white space, no quotes, no `<`, `>`, `\`, `{` or `}`, so no `${` or `%{` either.
 */
const URL_FORM = /^https?:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?([/?#][A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]*)?$/;

/** Fails unless every entry of `isoSources` is an ISO file name of the design's form and an http(s) URL known at synth. */
export function checkIsoSources(scope: IConstruct, sources: { readonly [file: string]: string } | undefined): void {
  for (const [file, url] of Object.entries(sources ?? {})) {
    try {
      checkDrives(scope, [Drive.iso(file)]);
    } catch (e) {
      if (!DesignError.isDesignError(e)) throw e;
      const error = e as DesignError;
      throw new DesignError(scope, {
        problem: `An isoSources key is not an ISO file name a drive can give (Drive.iso(file)): ${error.problem}`,
        value: error.value,
        allowed: error.allowed,
        fix: 'key the URL by the file name the drives give',
      });
    }
    const property = `The isoSources URL of "${file}"`;
    if (typeof url !== 'string') {
      throw new DesignError(scope, { problem: `${property} is not a string.`, value: String(url), allowed: 'http://host/path or https://host/path' });
    }
    knownAtSynth(scope, property, url, 'the library checks it and downloads it into a volume on every host that needs the ISO',
      'give the URL as a literal string');
    const authority = /^[A-Za-z]+:\/\/([^/?#]*)/.exec(url)?.[1];
    if (authority?.includes('@')) {
      throw new DesignError(scope, {
        problem: `${property} holds a user name or password, which would be written into the configuration.`,
        value: JSON.stringify(url.replace(/^([A-Za-z]+:\/\/)[^/?#]*@/, '$1***@')),
        fix: 'serve the ISO where it can be downloaded without credentials in the URL',
      });
    }
    if (!URL_FORM.test(url) || url.length > 2000) {
      throw new DesignError(scope, {
        problem: `${property} is not an http or https URL without white space or quotes.`,
        value: JSON.stringify(url),
        allowed: 'http://host/path or https://host/path, with other characters percent-encoded (%20 for a space)',
      });
    }
  }
}

/** The name of the volume an ISO file is downloaded into: the file's path below the ISO folder, each `/` a `-`. */
export function isoVolumeName(file: string): string {
  return file.replace(/\//g, '-');
}

/** The suffix of the logical name of an ISO's volume on a host (the target's path comes before it). */
function logicalSuffix(volumeName: string, host: string): string {
  return `iso_${volumeName}_${host}`;
}

/**
 * Fails when two ISO files the drives use would be downloaded into one volume, or into volumes
 * whose resources would be named alike, or when a download would take the name of another volume
 * of the target's pool (a VM's OS disk, data disk or cloud-init disk, a downloaded image).
 */
export function checkIsoVolumes(ctx: LibvirtRenderContext, vms: ReadonlyArray<{ readonly vm: VmNode; readonly image: Image }>): void {
  if (ctx.isoSources.size === 0) return;
  const taken = vmPoolVolumes(ctx, vms);
  for (const { image } of vms) {
    if (image.kind === ImageKind.URL) taken.set(imageVolumeName(image), `the download of image ${image.name}`);
  }
  const volumes = new Map<string, string>();
  const logicalNames = new Map<string, string>();
  for (const { vm } of vms) {
    for (const drive of vm.drives) {
      if (drive.kind !== DriveKind.ISO || !ctx.isoSources.has(drive.file!)) continue;
      const file = drive.file!;
      const volume = isoVolumeName(file);
      const fix = `rename one of the ISO files (the drive's file and its isoSources key), e.g. "${file.replace(/(\.[^./]*)?$/, '-2$1')}"`;
      const other = volumes.get(volume) ?? logicalNames.get(logicalName(volume));
      if (other !== undefined && other !== file) {
        throw new DesignError(vm.scope, {
          problem: `The ISO files "${other}" and "${file}" would be downloaded into volumes named alike ("${isoVolumeName(other)}" and "${volume}") `
            + 'in the target\'s pool.',
          value: JSON.stringify(file),
          fix,
        });
      }
      const owner = taken.get(volume);
      if (owner !== undefined) {
        throw new DesignError(vm.scope, {
          problem: `The ISO file "${file}" would be downloaded into volume "${volume}" of the target's pool, the name of ${owner}.`,
          value: JSON.stringify(file),
          fix,
        });
      }
      volumes.set(volume, file);
      logicalNames.set(logicalName(volume), file);
    }
  }
}

/**
 * The ISO images of the drives on each host: a downloaded volume per host and file that has an
 * `isoSources` entry, made the first time a drive on the host asks for it (so only files the
 * drives use are downloaded, and a file's volume is named the same whichever VM asks first),
 * else the file in the target's ISO folder.
 */
export class LibvirtIsos {
  /** The downloaded volume per file and host. */
  private readonly downloads = new Map<string, LightVolume>();

  constructor(private readonly ctx: LibvirtRenderContext, private readonly poolOf: (host: string) => string) {}

  /** The path on its host of the ISO file a VM's drive holds. */
  public path(vm: VmNode, host: string, file: string): string {
    const url = this.ctx.isoSources.get(file);
    if (url === undefined) return tfText(vm.scope, 'drive file', `${this.ctx.isoDirectory}/${file}`);
    return this.download(file, url, host).path;
  }

  private download(file: string, url: string, host: string): LightVolume {
    const key = `${file}\u0000${host}`;
    let volume = this.downloads.get(key);
    if (volume === undefined) {
      const { target } = this.ctx;
      const name = isoVolumeName(file);
      // no `prevent_destroy`: the volume holds only the download, made again from the URL
      volume = new LightVolume(target, `Iso-${name}@${host}`, {
        provider: this.ctx.providerFor(host),
        name: tfText(target, 'isoSources', name),
        pool: this.poolOf(host),
        target: { format: { type: 'raw' } },
        create: { content: { url: tfText(target, 'isoSources', url) } },
      });
      this.ctx.nameAfter(volume, target, logicalSuffix(name, host));
      this.downloads.set(key, volume);
    }
    return volume;
  }
}
