import { ProxmoxRenderContext } from './context';
import { TerraformDataSource, TerraformResource } from '../../core';
import { VmNode } from '../../model/design';
import { Image, ImageFormat, ImageKind } from '../../model/image';
import { DataProxmoxVirtualEnvironmentVms } from '../../providers/proxmox/data-proxmox-virtual-environment-vms';
import { DownloadFile } from '../../providers/proxmox/download-file';
import { tfText } from '../escaping';

/*
 * The images of a Proxmox VE design. A template (Image.template) is found by name: one
 * `proxmox_virtual_environment_vms` data source per image, which fails the plan unless exactly one
 * template of that name exists; each VM is a full clone of it. A URL image is downloaded once per
 * node into the image datastore (content type `import`) and imported into the OS disks of the VMs
 * on that node.
 */

/** Where a VM's OS disk comes from, as the VM's resource takes it. */
export interface OsDiskSource {
  /** A template to clone: its VM ID and node, as references. */
  readonly clone?: { readonly vmId: number; readonly nodeName: string };
  /** The volume ID of a downloaded image to import. */
  readonly importFrom?: string;
}

/** The images of one target's rendering, each rendered once (per node for downloads). */
export class ProxmoxImages {
  private readonly templates = new Map<string, TerraformDataSource>();
  private readonly downloads = new Map<string, TerraformResource>();
  private readonly clones = new Map<string, { readonly vmId: number; readonly nodeName: string }>();

  constructor(private readonly ctx: ProxmoxRenderContext) {}

  /** The source of a VM's OS disk on its node. */
  public sourceOf(vm: VmNode, image: Image, node: string): OsDiskSource {
    if (image.kind === ImageKind.TEMPLATE) {
      let clone = this.clones.get(image.name);
      if (clone === undefined) {
        // made once per template: every reference captures a stack trace
        const found = this.template(image.name);
        clone = { vmId: found.getNumberAttribute('vms.0.vm_id') as unknown as number, nodeName: found.getStringAttribute('vms.0.node_name') };
        this.clones.set(image.name, clone);
      }
      return { clone };
    }
    if (image.kind === ImageKind.URL) return { importFrom: this.download(vm, image, node).getStringAttribute('id') };
    return {};
  }

  private template(name: string): TerraformDataSource {
    let found = this.templates.get(name);
    if (found === undefined) {
      const ctx = this.ctx;
      const text = tfText(ctx.target, 'image name', name);
      found = new DataProxmoxVirtualEnvironmentVms(ctx.target, `template-${name}`, {
        provider: ctx.provider,
        filter: [
          { name: 'name', values: [text] },
          { name: 'template', values: ['true'] },
        ],
        lifecycle: {
          postcondition: [{
            condition: '${length(self.vms) == 1}',
            errorMessage: `Exactly one template named ${JSON.stringify(text)} must exist in the Proxmox VE cluster.`,
          }],
        },
      });
      ctx.nameAfter(found, ctx.target, `template_${name}`);
      this.templates.set(name, found);
    }
    return found;
  }

  private download(vm: VmNode, image: Image, node: string): TerraformResource {
    const key = `${image.name}\u0000${node}`;
    let file = this.downloads.get(key);
    if (file === undefined) {
      const ctx = this.ctx;
      const extension = image.format === ImageFormat.RAW ? 'raw' : 'qcow2';
      file = new DownloadFile(ctx.target, `image-${image.name}-${node}`, {
        provider: ctx.provider,
        nodeName: node,
        datastoreId: ctx.datastores.images,
        contentType: 'import',
        url: tfText(vm.scope, 'image URL', image.url!),
        fileName: tfText(vm.scope, 'image name', `${image.name}.${extension}`),
      });
      ctx.nameAfter(file, ctx.target, `image_${image.name}_${node}`);
      this.downloads.set(key, file);
    }
    return file;
  }
}
