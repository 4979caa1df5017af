import { LibvirtRenderContext } from './context';
import { VmNode } from '../../model/design';
import { Storage } from '../../model/storage';

/*
 * The names the library gives volumes in the target's pool, which downloads (of images and ISO
 * files) must not take from the VMs' own volumes, and the logical names of their resources.
 */

/**
 * The volumes of the VMs in the target's pool, by name, each with what it holds: the OS disk and
 * the cloud-init disk of each VM whose storage is the target's pool, and each data disk there.
 */
export function vmPoolVolumes(ctx: LibvirtRenderContext, vms: ReadonlyArray<{ readonly vm: VmNode }>): Map<string, string> {
  const inPool = (storage: Storage | undefined) => storage === undefined || storage.name === ctx.pool.name;
  const volumes = new Map<string, string>();
  for (const { vm } of vms) {
    if (inPool(vm.storage)) {
      volumes.set(`${vm.name}-os.qcow2`, `the OS disk of VM ${vm.scope.node.path}`);
      volumes.set(`${vm.name}-cidata.iso`, `the cloud-init disk of VM ${vm.scope.node.path}`);
    }
    for (const { name, disk } of vm.disks) {
      if (inPool(disk.storage ?? vm.storage)) volumes.set(`${vm.name}-${name}.qcow2`, `data disk ${name} of VM ${vm.scope.node.path}`);
    }
  }
  return volumes;
}

/** A name as the target writes it into a resource's logical name (see `Target.nameAfter`). */
export function logicalName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}
