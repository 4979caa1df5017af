import { LibvirtRenderContext } from './context';
import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Storage } from '../../model/storage';

/*
 * The names the library gives volumes in the target's pool, which downloads (of images and ISO
 * files) must not take from the VMs' own volumes, and the logical names of their resources.
 */

/** A volume a VM has: its pool (undefined: the target's) and name, and what it holds. */
interface VmVolume {
  readonly pool: string | undefined;
  readonly name: string;
  readonly what: string;
  readonly owner: VmNode;
}

/** The volumes of a VM: its OS and cloud-init disks in its storage, each data disk in its own or the VM's. */
function volumesOf(ctx: LibvirtRenderContext, vm: VmNode): VmVolume[] {
  const poolOf = (storage: Storage | undefined) => (storage === undefined || storage.name === ctx.pool.name ? undefined : storage.name);
  const path = vm.scope.node.path;
  return [
    { pool: poolOf(vm.storage), name: `${vm.name}-os.qcow2`, what: `the OS disk of VM ${path}`, owner: vm },
    { pool: poolOf(vm.storage), name: `${vm.name}-cidata.iso`, what: `the cloud-init disk of VM ${path}`, owner: vm },
    ...vm.disks.map(({ name, disk }) => ({
      pool: poolOf(disk.storage ?? vm.storage), name: `${vm.name}-${name}.qcow2`, what: `data disk ${name} of VM ${path}`, owner: vm,
    })),
  ];
}

/**
 * The volumes of the VMs in the target's pool, by name, each with what it holds: the OS disk and
 * the cloud-init disk of each VM whose storage is the target's pool, and each data disk there.
 */
export function vmPoolVolumes(ctx: LibvirtRenderContext, vms: ReadonlyArray<{ readonly vm: VmNode }>): Map<string, string> {
  const volumes = new Map<string, string>();
  for (const { vm } of vms) {
    for (const volume of volumesOf(ctx, vm)) {
      if (volume.pool === undefined) volumes.set(volume.name, volume.what);
    }
  }
  return volumes;
}

/**
 * Fails when two VMs' volumes would take one name in one pool (VM `a`'s data disk `b-os` and VM
 * `a-b`'s OS disk are both `a-b-os.qcow2`): the second could not be created, or, placed on
 * another host today, after a rebalance. Every host is checked alike, wherever the VMs are placed.
 */
export function checkVmVolumes(ctx: LibvirtRenderContext, vms: readonly VmNode[]): void {
  const taken = new Map<string, VmVolume>();
  for (const vm of vms) {
    for (const volume of volumesOf(ctx, vm)) {
      const key = `${volume.pool ?? ''}\u0000${volume.name}`;
      const other = taken.get(key);
      if (other !== undefined && other.owner !== vm) {
        throw new DesignError(vm.scope, {
          problem: `${capitalize(volume.what)} and ${other.what} would both be the volume ${JSON.stringify(volume.name)} in pool `
            + `${JSON.stringify(volume.pool ?? ctx.pool.name)}.`,
          value: JSON.stringify(volume.name),
          fix: 'rename the disk or the VM so that no VM\'s name and disk name join into another VM\'s (e.g. a disk named "data" rather than "b-os")',
        });
      }
      taken.set(key, volume);
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name as the target writes it into a resource's logical name (see `Target.nameAfter`). */
export function logicalName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}
