import { HypervRenderContext } from './context';
import { LightVhd } from './light-resources';
import { providerPath, providerText } from './provider-text';
import { HypervFiles } from './vhd-files';
import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Image, ImageFormat, ImageKind } from '../../model/image';
import { redactUri } from '../../model/redact';

/*
 * Images downloaded from a URL: the hyperv provider's `hyperv_vhd` downloads its `source` into the
 * folder of its `path` and keeps the file name the server gives it. The library makes one such
 * parent disk per image and host, in a folder of the image's own (`<imageDirectory>\<image>\<file>`),
 * shared by the differencing OS disks of the VMs made from the image there.
 */

/**
 * A URL the provider's PowerShell carries as it is (it writes the URL between single quotes without
 * escaping it) and whose last part is the file it saves: http(s), a host, a path of plain
 * characters ending in `.vhdx` or `.vhd`; no user, query or fragment.
 */
const DOWNLOAD_URL = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/[A-Za-z0-9._~+-]+)*\/([A-Za-z0-9_][A-Za-z0-9._~+-]*\.(vhdx|vhd))$/i;

/** An image's name, as the folder of its download and part of its resource's name. */
const IMAGE_NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9_-])?$/;

/**
 * The construct ID of an image's download on a host. Neither image names nor host names hold "@",
 * so no two downloads share an ID (`Image-a-b-c` was image a-b on host c and image a on host b-c).
 */
function downloadId(image: string, host: string): string {
  return `Image-${image}@${host}`;
}

/**
 * The Terraform name of an image's download on a host, below the target's name: the public name
 * of the resource, kept as it was. Dots become underscores, so two downloads may read alike.
 */
function downloadName(image: string, host: string): string {
  return `image_${image}_${host}`;
}

/** The name as Terraform gets it (the target's naming turns characters other than letters, digits, _ and - into _). */
function terraformName(suffix: string): string {
  return suffix.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A URL for a message: its password, query and fragment left out (a query may hold a signature). */
function shown(url: string): string {
  return redactUri(url.replace(/[?#].*$/, (rest) => `${rest[0]}****`));
}

const WAY_OUT = 'give the target an imageSources entry for the image: Image.fromUrl(url) of a .vhdx (or .vhd) file, '
  + 'or Image.template(name) of a parent VHDX on the hosts';

/** The parent disk a VM's OS disk is made from on its host. */
export interface ParentDisk {
  /** Path of the parent on the host: text, or a reference to the download that orders the OS disk after it. */
  readonly path: string;
  /** The parent's format, which the OS disk keeps. */
  readonly format: ImageFormat.VHDX | ImageFormat.VHD;
}

/** The parent disks of a rendering: one download per URL image and host. */
export class HypervImages {
  private readonly downloads = new Map<string, LightVhd>();
  private readonly urls = new Map<string, string>();
  /** The image and host of each download, by its Terraform name. */
  private readonly names = new Map<string, { readonly image: string; readonly host: string }>();

  constructor(private readonly ctx: HypervRenderContext, private readonly files: HypervFiles) {}

  /**
   * The parent of a VM's OS disk on a host: the download of a URL image (made once per image and
   * host), or the parent VHDX of a template image (the target's `images`, or `<imageDirectory>\<image>.vhdx`).
   */
  public parentOf(vm: VmNode, image: Image, host: string): ParentDisk {
    if (image.kind !== ImageKind.URL) {
      const path = this.ctx.images.get(image.name) ?? `${this.ctx.imageDirectory}\\${image.name}.vhdx`;
      const checked = providerPath(vm.scope, 'image path', path);
      const slash = path.lastIndexOf('\\');
      if (slash > 0) {
        // a parent is no resource of the design; a VHD deleted beside it must not take it along
        this.files.add({
          id: `parent:${path.toLowerCase()}`,
          folder: path.slice(0, slash),
          name: path.slice(slash + 1),
          what: `the parent VHDX of image "${image.name}"`,
          scope: this.ctx.target,
          deletable: false,
        });
      }
      return { path: checked, format: ImageFormat.VHDX };
    }
    const { file, format } = checkUrlImage(vm, image);
    const other = this.urls.get(image.name);
    if (other !== undefined && other !== image.url) {
      throw new DesignError(vm.scope, {
        problem: `Two images named "${image.name}" come from different URLs; each image's download is kept in a folder of its name.`,
        value: `${shown(other)}, ${shown(image.url!)}`,
        fix: 'give the images different names: Image.fromUrl(url, { name: "..." })',
      });
    }
    this.urls.set(image.name, image.url!);
    const key = `${host}\u0000${image.name}`;
    let vhd = this.downloads.get(key);
    if (vhd === undefined) {
      this.claimName(vm, image.name, host);
      const folder = `${this.ctx.imageDirectory}\\${image.name}`;
      this.files.add({
        id: `image:${image.name}`, folder, name: file, what: `the download of image "${image.name}"`, scope: this.ctx.target, deletable: true,
      });
      vhd = new LightVhd(this.ctx.target, downloadId(image.name, host), {
        provider: this.ctx.providerFor(host),
        path: providerPath(this.ctx.target, 'imageDirectory', `${folder}\\${file}`),
        source: providerText(vm.scope, 'image URL', image.url!),
      });
      this.ctx.nameAfter(vhd, this.ctx.target, downloadName(image.name, host));
      this.downloads.set(key, vhd);
    }
    return { path: vhd.path, format };
  }

  /**
   * Refuses a download whose Terraform name another download of the design has (image `a_b` on
   * host `c`, and image `a` on host `b_c`). Renaming one of them instead would make a download's
   * name hang on the other images of the design: adding an image would rename a download that
   * exists, and Terraform would delete it and download it again.
   */
  private claimName(vm: VmNode, image: string, host: string): void {
    const name = terraformName(downloadName(image, host));
    const other = this.names.get(name);
    if (other !== undefined) {
      throw new DesignError(vm.scope, {
        problem: `The download of image "${image}" on host ${host} and the download of image "${other.image}" on host ${other.host} `
          + `would both be named ${name} (after the target's name) among the hyperv_vhd resources: a download is named `
          + 'image_<image>_<host>, with characters other than letters, digits, dashes and underscores as underscores.',
        value: `"${other.image}" on ${other.host}, "${image}" on ${host}`,
        fix: 'give one of the images a name without underscores or dots: Image.fromUrl(url, { name: "..." }) '
          + '(the imageSources entry of the HypervTarget, or the VM\'s image)',
      });
    }
    this.names.set(name, { image, host });
  }
}

/** Checks that the provider can download a URL image to a file the library can name; gives the file and format. */
function checkUrlImage(vm: VmNode, image: Image): { file: string; format: ImageFormat.VHDX | ImageFormat.VHD } {
  const url = image.url!;
  if (image.format !== ImageFormat.VHDX && image.format !== ImageFormat.VHD) {
    throw new DesignError(vm.scope, {
      problem: `Hyper-V boots VMs from VHDX (or VHD) disks, and the image "${image.name}" is ${String(image.format).toUpperCase()}.`,
      value: shown(url),
      fix: `${WAY_OUT}; or convert it (qemu-img convert -O vhdx) and publish the VHDX`,
    });
  }
  const match = DOWNLOAD_URL.exec(url);
  if (match === null) {
    throw new DesignError(vm.scope, {
      problem: 'The hyperv provider downloads an image into a file named after the last part of its URL and writes the URL into '
        + 'PowerShell unescaped, so the URL must name the .vhdx or .vhd file itself in plain characters (archives are expanded into '
        + 'files the library cannot name).',
      value: shown(url),
      allowed: 'http(s)://host[:port]/path/file.vhdx (or .vhd): letters, digits and . _ ~ + - in the path; no user, query, fragment or %-escapes',
      fix: `publish the disk at such a URL, or ${WAY_OUT}`,
    });
  }
  const extension = match[4].toLowerCase() === 'vhd' ? ImageFormat.VHD : ImageFormat.VHDX;
  if (extension !== image.format) {
    throw new DesignError(vm.scope, {
      problem: `The image "${image.name}" is given as ${image.format.toUpperCase()}, and its URL names a .${extension} file.`,
      value: shown(url),
      fix: `give the format of the file: ImageFormat.${extension.toUpperCase()}`,
    });
  }
  if (!IMAGE_NAME.test(image.name)) {
    throw new DesignError(vm.scope, {
      problem: `The image name "${image.name}" cannot name the folder of its download.`,
      value: JSON.stringify(image.name),
      allowed: 'a letter or digit, then up to 62 letters, digits, dots, dashes or underscores, not ending in a dot',
      fix: 'name the image: Image.fromUrl(url, { name: "..." })',
    });
  }
  return { file: match[3], format: extension };
}
