import { ProxmoxRenderContext } from './context';
import { VmNode, isEncrypted } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Image, ImageFormat, ImageKind } from '../../model/image';
import { checkDnsName } from '../../model/validate';
import { Design } from '../protocol';

/** The Proxmox VE target's checks of a whole design, beyond its capability table. */
export function checkDesign(ctx: ProxmoxRenderContext, design: Design): void {
  for (const vm of design.vms) checkVm(ctx, vm, design.imageOf(vm));
}

/** Fails when a VM needs what Proxmox VE cannot do or the target does not give. */
function checkVm(ctx: ProxmoxRenderContext, vm: VmNode, image: Image): void {
  // Proxmox VE keeps a VM's name as a DNS name
  checkDnsName(vm.scope, 'VM name (Proxmox VE takes a DNS name)', vm.name);
  if (image.kind === ImageKind.URL && (image.format === ImageFormat.VHDX || image.format === ImageFormat.VHD)) {
    throw new DesignError(vm.scope, {
      problem: `Proxmox VE imports qcow2, raw and VMDK images; the image ${JSON.stringify(image.name)} is ${image.format}.`,
      value: JSON.stringify(image.url),
      fix: 'give the target an imageSources entry for the image: Image.fromUrl(url) of a qcow2 or raw image',
    });
  }
  if (isEncrypted(vm)) {
    if (ctx.datastores.encrypted === undefined) {
      throw new DesignError(vm.scope, {
        problem: 'Proxmox VE cannot encrypt a VM\'s disks itself: an encrypted VM\'s disks, EFI variables and TPM state go on a storage encrypted '
          + 'below it, which the target does not name.',
        fix: 'give the target an encryptedDatastore (ZFS native encryption, encrypted Ceph OSDs or LUKS under LVM), or use a shielding level without encryption',
      });
    }
    const elsewhere = [vm.storage, ...vm.disks.map((d) => d.disk.storage)].find((s) => s !== undefined && s.name !== ctx.datastores.encrypted);
    if (elsewhere !== undefined) {
      throw new DesignError(vm.scope, {
        problem: 'An encrypted VM keeps every disk on the target\'s encryptedDatastore; the VM or a disk names another storage.',
        value: JSON.stringify(elsewhere.name),
        allowed: JSON.stringify(ctx.datastores.encrypted),
        fix: 'leave storage out on encrypted VMs and their disks',
      });
    }
  }
}
