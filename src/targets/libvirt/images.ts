import { LibvirtRenderContext } from './context';
import { LightVolume } from './light-resources';
import { logicalName, vmPoolVolumes } from './pool-volumes';
import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Image, ImageFormat, ImageKind } from '../../model/image';
import { tfText } from '../escaping';

/** The base image an OS volume is an overlay of: its path on the host and its format. */
export interface BackingStore {
  readonly path: string;
  readonly format: { readonly type: string };
}

/**
 * The base images of the VMs on each host. A template image is a file that exists on the hosts
 * (`images`, or `<imageDirectory>/<image>.qcow2`). An image from a URL is downloaded once per
 * host into the target's pool (`libvirt_volume` with `create.content.url`, named after the
 * image): every VM made from it on that host shares it as the backing store of its overlay. The
 * provider sizes the download by the server's Content-Length. A blank image has no base.
 */
export class LibvirtImages {
  /** The downloaded base volume per image name and host. */
  private readonly downloads = new Map<string, LightVolume>();
  /** The image and host of each download, by the logical name of its resource. */
  private readonly logicalNames = new Map<string, { readonly image: string; readonly host: string; readonly resource: string }>();

  constructor(private readonly ctx: LibvirtRenderContext, private readonly poolOf: (host: string) => string) {}

  /** The backing store of a VM's OS volume on its host; undefined for a blank OS disk. */
  public backingStore(vm: VmNode, image: Image, host: string): BackingStore | undefined {
    const { ctx } = this;
    if (image.kind === ImageKind.BLANK) return undefined;
    if (image.kind === ImageKind.URL) {
      const type = formatOf(image);
      return { path: this.download(vm, image, host, type).path, format: { type } };
    }
    return {
      path: tfText(vm.scope, 'image path', ctx.images.get(image.name) ?? `${ctx.imageDirectory}/${image.name}.qcow2`),
      format: { type: 'qcow2' },
    };
  }

  /**
   * The volume an image is downloaded into on a host, made the first time a VM there asks for it.
   * Its construct ID joins image and host with `@`, which neither holds; its resource keeps the
   * name `<target>_image_<image>_<host>`, which two downloads could share (image `a_b` on host
   * `c`, image `a` on host `b_c`): that is refused.
   */
  private download(vm: VmNode, image: Image, host: string, type: string): LightVolume {
    const key = `${image.name}\u0000${host}`;
    let volume = this.downloads.get(key);
    if (volume === undefined) {
      const { target } = this.ctx;
      const suffix = `image_${image.name}_${host}`;
      const other = this.logicalNames.get(logicalName(suffix));
      if (other !== undefined) {
        throw new DesignError(vm.scope, {
          problem: `The downloads of image "${other.image}" on host ${other.host} and of image "${image.name}" on host ${host} would both be `
            + `${other.resource}.`,
          value: `${JSON.stringify(other.image)} on ${other.host}, ${JSON.stringify(image.name)} on ${host}`,
          fix: 'give one of the images a name that differs from the other\'s in a letter, digit or dash: Image.fromUrl(url, { name: "..." })',
        });
      }
      volume = new LightVolume(target, `Image-${image.name}@${host}`, {
        provider: this.ctx.providerFor(host),
        name: tfText(target, 'image name', imageVolumeName(image)),
        pool: this.poolOf(host),
        target: { format: { type } },
        create: { content: { url: tfText(target, 'image url', image.url!) } },
      });
      this.ctx.nameAfter(volume, target, suffix);
      this.downloads.set(key, volume);
      this.logicalNames.set(logicalName(suffix), { image: image.name, host, resource: `libvirt_volume.${volume.friendlyUniqueId}` });
    }
    return volume;
  }
}

/**
 * Fails when an image downloaded from a URL would take the name of a VM's volume in the target's
 * pool (its OS, cloud-init or data disk volume): the download is `<image>.<format>` there.
 * (Downloads of ISO files are checked against the images' in `checkIsoVolumes`.)
 */
export function checkImageVolumes(ctx: LibvirtRenderContext, vms: ReadonlyArray<{ readonly vm: VmNode; readonly image: Image }>): void {
  const taken = vmPoolVolumes(ctx, vms);
  for (const { vm, image } of vms) {
    if (image.kind !== ImageKind.URL) continue;
    const volume = imageVolumeName(image);
    const owner = taken.get(volume);
    if (owner !== undefined) {
      throw new DesignError(vm.scope, {
        problem: `Image "${image.name}" would be downloaded into volume "${volume}" of the target's pool, the name of ${owner}.`,
        value: JSON.stringify(image.name),
        fix: `give the image another name: Image.fromUrl(url, { name: "${image.name}-image" })`,
      });
    }
  }
}

/** The name of the volume an image from a URL is downloaded into: the image's name and its format. */
export function imageVolumeName(image: Image): string {
  return `${image.name}.${formatOf(image)}`;
}

/** The libvirt format of a downloaded image (qcow2 or raw; the check phase refused the others). */
export function formatOf(image: Image): string {
  return image.format === ImageFormat.RAW ? 'raw' : 'qcow2';
}
