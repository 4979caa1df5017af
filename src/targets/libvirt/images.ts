import { LibvirtRenderContext } from './context';
import { LightVolume } from './light-resources';
import { VmNode } from '../../model/design';
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

  constructor(private readonly ctx: LibvirtRenderContext, private readonly poolOf: (host: string) => string) {}

  /** The backing store of a VM's OS volume on its host; undefined for a blank OS disk. */
  public backingStore(vm: VmNode, image: Image, host: string): BackingStore | undefined {
    const { ctx } = this;
    if (image.kind === ImageKind.BLANK) return undefined;
    if (image.kind === ImageKind.URL) {
      const type = formatOf(image);
      return { path: this.download(image, host, type).path, format: { type } };
    }
    return {
      path: tfText(vm.scope, 'image path', ctx.images.get(image.name) ?? `${ctx.imageDirectory}/${image.name}.qcow2`),
      format: { type: 'qcow2' },
    };
  }

  /** The volume an image is downloaded into on a host, made the first time a VM there asks for it. */
  private download(image: Image, host: string, type: string): LightVolume {
    const key = `${image.name}\u0000${host}`;
    let volume = this.downloads.get(key);
    if (volume === undefined) {
      const { target } = this.ctx;
      volume = new LightVolume(target, `Image-${image.name}-${host}`, {
        provider: this.ctx.providerFor(host),
        name: tfText(target, 'image name', `${image.name}.${type}`),
        pool: this.poolOf(host),
        target: { format: { type } },
        create: { content: { url: tfText(target, 'image url', image.url!) } },
      });
      this.ctx.nameAfter(volume, target, `image_${image.name}_${host}`);
      this.downloads.set(key, volume);
    }
    return volume;
  }
}

/** The libvirt format of a downloaded image (qcow2 or raw; the check phase refused the others). */
export function formatOf(image: Image): string {
  return image.format === ImageFormat.RAW ? 'raw' : 'qcow2';
}
