import { encryptsDisks } from './checks';
import { LibvirtRenderContext } from './context';
import { LightVolume } from './light-resources';
import { DiskNode, VmNode } from '../../model/design';
import { CloudinitDisk } from '../../providers/libvirt/cloudinit-disk';
import type { DomainDevicesDisks } from '../../providers/libvirt/domain';
import type * as PoolBindings from '../../providers/libvirt/pool';
import { CloudInitDocuments } from '../cloud-init';
import { tfText } from '../escaping';
import { lazily } from '../light-resource';

/** The generated `libvirt_pool` bindings (some 2.5 MiB of memory), loaded when a pool is first made. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const poolBindings = lazily(() => require('../../providers/libvirt/pool') as typeof PoolBindings);

/** A volume of a VM and the disk that attaches it to the domain. */
export interface AttachedVolume {
  readonly volume: LightVolume;
  readonly device: DomainDevicesDisks;
}

/** The cloud-init seed of a VM: the generated ISO, its volume, and the cdrom that attaches it. */
export interface CloudInitSeed extends AttachedVolume {
  readonly disk: CloudinitDisk;
}

/**
 * The storage of the VMs on each host: the target's pool, and per VM a qcow2 overlay of its base
 * image, a volume per data disk and a cloud-init seed. The disks of a VM are virtio devices whose
 * names follow their slots, so no disk moves when others come and go.
 */
export class LibvirtStorage {
  /** The pool name per host: a reference where the target creates the pool. */
  private readonly pools = new Map<string, string>();
  private readonly osVolumes = new Map<VmNode, AttachedVolume>();

  constructor(private readonly ctx: LibvirtRenderContext) {}

  /**
   * The OS volume of a VM on its host: a qcow2 overlay of the base image, created the first time
   * the VM's storage is asked for, so that it comes before the VM's data volumes.
   */
  public osVolume(vm: VmNode, host: string): AttachedVolume {
    let attached = this.osVolumes.get(vm);
    if (attached === undefined) {
      const { ctx } = this;
      const pool = this.pool(host);
      const volume = new LightVolume(vm.scope, 'OsVolume', {
        provider: ctx.providerFor(host),
        name: tfText(vm.scope, 'VM name', `${vm.name}-os.qcow2`),
        pool,
        // the provider cannot read the base image's size: the overlay is given its capacity
        capacity: (vm.osDiskSize ?? vm.image.size)!.toBytes(),
        target: { format: { type: 'qcow2' }, encryption: this.volumeEncryption(vm) },
        backingStore: {
          path: tfText(vm.scope, 'image path', ctx.images.get(vm.image.name) ?? `${ctx.imageDirectory}/${vm.image.name}.qcow2`),
          format: { type: 'qcow2' },
        },
      });
      ctx.nameAfter(volume, vm.scope, 'os');
      attached = { volume, device: this.virtioDisk(vm, volume, 0) };
      this.osVolumes.set(vm, attached);
    }
    return attached;
  }

  /** The volume of a data disk, after the VM's OS volume. */
  public dataVolume(vm: VmNode, host: string, { name, slot, disk }: DiskNode): AttachedVolume {
    this.osVolume(vm, host);
    const volume = new LightVolume(vm.scope, `Disk-${name}`, {
      provider: this.ctx.providerFor(host),
      name: tfText(vm.scope, 'disk name', `${vm.name}-${name}.qcow2`),
      pool: this.pool(host),
      capacity: disk.size.toBytes(),
      target: { format: { type: 'qcow2' }, encryption: this.volumeEncryption(vm) },
      lifecycle: disk.allowDestroy ? undefined : { preventDestroy: true },
    });
    this.ctx.nameAfter(volume, vm.scope, name);
    return { volume, device: this.virtioDisk(vm, volume, slot) };
  }

  /** The cloud-init seed of a VM: an ISO the provider builds, uploaded to a raw volume, on a SATA cdrom. */
  public cloudInit(vm: VmNode, host: string, docs: CloudInitDocuments): CloudInitSeed {
    const provider = this.ctx.providerFor(host);
    const disk = new CloudinitDisk(vm.scope, 'CloudInit', {
      provider,
      name: tfText(vm.scope, 'VM name', `${vm.name}-cidata`),
      userData: tfText(vm.scope, 'guestInit.userData', docs.userData),
      metaData: tfText(vm.scope, 'guestInit.hostname', docs.metaData),
      networkConfig: tfText(vm.scope, 'guestInit.networkConfig', docs.networkConfig),
    });
    this.ctx.nameAfter(disk, vm.scope);
    const volume = new LightVolume(vm.scope, 'CloudInitVolume', {
      provider,
      name: tfText(vm.scope, 'VM name', `${vm.name}-cidata.iso`),
      pool: this.pool(host),
      create: { content: { url: disk.path } },
      target: { format: { type: 'raw' } },
    });
    this.ctx.nameAfter(volume, vm.scope, 'cidata');
    const device: DomainDevicesDisks = {
      device: 'cdrom',
      driver: { name: 'qemu', type: 'raw' },
      source: { file: { file: volume.path } },
      target: { dev: 'sda', bus: 'sata' },
      readOnly: true,
    };
    return { disk, volume, device };
  }

  /** The pool of a host: the target's pool by name, or the directory pool it creates there. */
  private pool(host: string): string {
    let name = this.pools.get(host);
    if (name === undefined) {
      const { target, pool: spec } = this.ctx;
      if (spec.path === undefined) {
        name = tfText(target, 'pool.name', spec.name);
      } else {
        const pool = new (poolBindings().Pool)(target, `Pool-${host}`, {
          provider: this.ctx.providerFor(host),
          name: tfText(target, 'pool.name', spec.name),
          type: 'dir',
          target: { path: tfText(target, 'pool.path', spec.path) },
          create: { buildAttribute: true, start: true, autostart: true },
        });
        this.ctx.nameAfter(pool, target, `pool_${host}`);
        name = pool.name;
      }
      this.pools.set(host, name);
    }
    return name;
  }

  /** LUKS on the volumes of an encrypted shielded VM, with the target's secret (checked in the check phase). */
  private volumeEncryption(vm: VmNode): { format: string; secret: { type: string; uuid: string } } | undefined {
    return encryptsDisks(vm) ? { format: 'luks', secret: { type: 'passphrase', uuid: this.ctx.encryption!.diskSecret } } : undefined;
  }

  private virtioDisk(vm: VmNode, volume: LightVolume, slot: number): DomainDevicesDisks {
    const luks = encryptsDisks(vm) ? this.ctx.encryption!.diskSecret : undefined;
    return {
      device: 'disk',
      driver: { name: 'qemu', type: 'qcow2' },
      source: {
        file: { file: volume.path },
        encryption: luks ? { format: 'luks', secrets: [{ type: 'passphrase', uuid: luks }] } : undefined,
      },
      target: { dev: virtioDeviceName(slot), bus: 'virtio' },
    };
  }
}

/**
 * libvirt's name of the virtio disk at a slot (0 is the OS disk): `vda` to `vdz`, then `vdaa`,
 * `vdab` and on, the letters counting in base 26 as libvirt parses them.
 */
export function virtioDeviceName(slot: number): string {
  let suffix = '';
  for (let n = slot + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    suffix = String.fromCharCode(97 + ((n - 1) % 26)) + suffix;
  }
  return `vd${suffix}`;
}
