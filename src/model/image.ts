import { DesignError } from './errors';
import { Size } from './size';
import { checkDownloadUrl } from './validate';

/** Where the OS disk of a VM comes from. */
export enum ImageKind {
  /** An image the target knows by name: a template VM, a parent VHDX, a base volume. */
  TEMPLATE = 'template',
  /** A disk image downloaded from a URL. */
  URL = 'url',
  /** An OVF or OVA package at a URL, deployed by vCenter. */
  OVF = 'ovf',
  /** An item of a vSphere content library. */
  CONTENT_LIBRARY = 'content-library',
  /** An empty OS disk, for an install from a CD/DVD image or the network. */
  BLANK = 'blank',
}

/** The file format of a disk image downloaded from a URL. */
export enum ImageFormat {
  /** QEMU copy-on-write (libvirt). */
  QCOW2 = 'qcow2',
  /** A raw disk image (libvirt). */
  RAW = 'raw',
  /** A Hyper-V VHDX disk. */
  VHDX = 'vhdx',
  /** A Hyper-V VHD disk. */
  VHD = 'vhd',
}

/** Facts about an image. */
export interface ImageOptions {
  /**
   * The virtual size of the image's disk. libvirt needs it to size a VM's overlay volume when
   * the VM gives no `osDiskSize` (its provider cannot read the size of a base image).
   *
   * @default - unknown
   */
  readonly size?: Size;
}

/** Options of an image downloaded from a URL. */
export interface UrlImageOptions extends ImageOptions {
  /**
   * The image's name: it names the base image the download becomes on each host (one per host,
   * shared by the VMs made from it), so changing it downloads the image again.
   *
   * @default - the last part of the URL's path, without its extension
   */
  readonly name?: string;

  /**
   * The format of the file.
   *
   * @default - from the URL's extension (`.qcow2`, `.img`, `.raw`, `.vhdx`, `.vhd`)
   */
  readonly format?: ImageFormat;
}

/** Options of an OVF or OVA image. */
export interface OvfImageOptions extends ImageOptions {
  /**
   * The image's name, for messages and the placement report.
   *
   * @default - the last part of the URL's path, without its extension
   */
  readonly name?: string;
}

const EXTENSIONS: Readonly<Record<string, ImageFormat>> = {
  qcow2: ImageFormat.QCOW2,
  img: ImageFormat.QCOW2,
  raw: ImageFormat.RAW,
  vhdx: ImageFormat.VHDX,
  vhd: ImageFormat.VHD,
};

/**
 * The image a VM's OS disk is made from.
 *
 * A design names its images once; each target says where an image lives on its platform: a
 * template VM on vSphere (cloned), a parent VHDX on Hyper-V (differencing disk), a base volume on
 * libvirt (qcow2 overlay). A target's `imageSources` can also give another kind of image for a
 * name (a content-library item on vSphere, a download on libvirt), so one design runs everywhere.
 */
export class Image {
  /**
   * An image known by name to every target of the design.
   *
   * @param name the image's name, e.g. `ubuntu-24.04`
   * @param options facts about the image
   */
  public static template(name: string, options: ImageOptions = {}): Image {
    return new Image(ImageKind.TEMPLATE, name, options.size);
  }

  /**
   * A disk image downloaded from a URL (http or https): once per host, as a base image the VMs'
   * OS disks are made from (a `hyperv_vhd` with a `source` on Hyper-V, a `libvirt_volume` on
   * libvirt). vSphere cannot import a bare disk image: use `Image.ovf` or `Image.contentLibrary`.
   *
   * @param url where the image is downloaded from
   * @param options name, format and size
   */
  public static fromUrl(url: string, options: UrlImageOptions = {}): Image {
    const last = lastPathPart(url);
    const extension = /\.([A-Za-z0-9]+)$/.exec(last)?.[1]?.toLowerCase();
    const format = options.format ?? (extension === undefined ? undefined : EXTENSIONS[extension]);
    if (format === undefined) {
      throw new DesignError(undefined, {
        problem: 'The format of the image at the URL is not known.',
        value: url,
        allowed: 'a URL ending in .qcow2, .img, .raw, .vhdx or .vhd',
        fix: 'give the format: Image.fromUrl(url, { format: ImageFormat.QCOW2 })',
      });
    }
    return new Image(ImageKind.URL, options.name ?? stripExtension(last), options.size, url, format);
  }

  /**
   * An OVF or OVA package at a URL, deployed by vCenter (`ovf_deploy.remote_ovf_url`).
   *
   * @param url where the package is
   * @param options name and size
   */
  public static ovf(url: string, options: OvfImageOptions = {}): Image {
    checkUrl(url);
    return new Image(ImageKind.OVF, options.name ?? stripExtension(lastPathPart(url)), options.size, url);
  }

  /**
   * An item of a vSphere content library (an OVF template or a VM template), cloned like a
   * template.
   *
   * @param library the content library's name
   * @param item the item's name in the library; also the image's name
   * @param options facts about the image
   */
  public static contentLibrary(library: string, item: string, options: ImageOptions = {}): Image {
    return new Image(ImageKind.CONTENT_LIBRARY, item, options.size, undefined, undefined, library);
  }

  /**
   * An empty OS disk: the VM installs its OS itself, from a CD/DVD drive (`Drive.iso`) or the
   * network. The VM must give its `osDiskSize`.
   */
  public static blank(): Image {
    return new Image(ImageKind.BLANK, 'blank', undefined);
  }

  private constructor(
    /** Where the OS disk comes from. */
    public readonly kind: ImageKind,
    /** The image's name. */
    public readonly name: string,
    /**
     * The virtual size of the image's disk.
     *
     * @default - unknown
     */
    public readonly size: Size | undefined,
    /**
     * The URL of a downloaded image or an OVF package.
     *
     * @default - none
     */
    public readonly url?: string,
    /**
     * The format of a downloaded image.
     *
     * @default - none
     */
    public readonly format?: ImageFormat,
    /**
     * The content library of a content-library item.
     *
     * @default - none
     */
    public readonly library?: string,
  ) {
    if (url !== undefined) checkUrl(url);
  }
}

function checkUrl(url: string): void {
  checkDownloadUrl(undefined, 'An image URL', url, 'serve the image where it can be downloaded without credentials in the URL');
}

function lastPathPart(url: string): string {
  checkUrl(url);
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '');
  const last = path.split('/').filter((p) => p !== '').pop();
  if (last === undefined) {
    throw new DesignError(undefined, { problem: 'The image URL names no file.', value: url, fix: 'give the URL of the image file' });
  }
  return decodeURIComponentSafe(last);
}

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Extensions of images and their packages, taken off a file name to name the image. */
const KNOWN_EXTENSIONS = new Set(['qcow2', 'img', 'raw', 'vhdx', 'vhd', 'vmdk', 'ova', 'ovf', 'iso', 'zip', 'gz', 'xz', 'bz2', '7z', 'box', 'tar']);

function stripExtension(file: string): string {
  // only the extensions of images and their packages (`.qcow2`, `.vhdx.zip`): `ubuntu-24.04.vhdx` is `ubuntu-24.04`
  let name = file;
  for (;;) {
    const m = /^(.+)\.([A-Za-z0-9]+)$/.exec(name);
    if (m === null || !KNOWN_EXTENSIONS.has(m[2].toLowerCase())) return name;
    name = m[1];
  }
}
