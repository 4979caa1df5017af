import { Size } from './size';

/**
 * The image a VM's OS disk is made from.
 *
 * The design names the image; each target says where that name lives on its platform:
 * a template VM on vSphere (cloned), a parent VHDX on Hyper-V (differencing disk), a base volume
 * on libvirt (qcow2 overlay). See the `images` property of each target.
 */
export class Image {
  /**
   * An image known by name to every target of the design.
   *
   * @param name the image's name, e.g. `ubuntu-24.04`
   * @param options facts about the image
   */
  public static template(name: string, options: ImageOptions = {}): Image {
    return new Image(name, options.size);
  }

  private constructor(
    /** The image's name. */
    public readonly name: string,
    /**
     * The virtual size of the image's disk.
     *
     * @default - unknown
     */
    public readonly size: Size | undefined,
  ) {}
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
