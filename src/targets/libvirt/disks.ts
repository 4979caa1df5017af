import { encryptsDisks } from './checks';
import { LibvirtRenderContext } from './context';
import { deviceName, diskTarget } from './devices';
import { LibvirtImages } from './images';
import { LightVolume } from './light-resources';
import { DiskNode, VmNode } from '../../model/design';
import { Image } from '../../model/image';
import { Storage } from '../../model/storage';
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
 * The storage of the VMs on each host: the target's pool (or the pool a `Storage.named` names),
 * and per VM a qcow2 overlay of its base image (or an empty qcow2 volume for a blank OS disk), a
 * volume per data disk and a cloud-init seed. A data disk's device name follows its bus and slot
 * (see `./devices.ts`), so no disk moves when others come and go.
 */
export class LibvirtStorage {
  /** The pool name per host: a reference where the target creates the pool. */
  private readonly pools = new Map<string, string>();
  private readonly osVolumes = new Map<VmNode, AttachedVolume>();
  private readonly images: LibvirtImages;

  constructor(private readonly ctx: LibvirtRenderContext, private readonly imageOf: (vm: VmNode) => Image) {
    this.images = new LibvirtImages(ctx, (host) => this.pool(host));
  }

  /**
   * The OS volume of a VM on its host: a qcow2 overlay of the base image, created the first time
   * the VM's storage is asked for, so that it comes before the VM's data volumes.
   */
  public osVolume(vm: VmNode, host: string): AttachedVolume {
    let attached = this.osVolumes.get(vm);
    if (attached === undefined) {
      const { ctx } = this;
      const image = this.imageOf(vm);
      const pool = this.poolFor(vm, vm.storage, host);
      const backingStore = this.images.backingStore(vm, image, host);
      const volume = new LightVolume(vm.scope, 'OsVolume', {
        provider: ctx.providerFor(host),
        name: tfText(vm.scope, 'VM name', `${vm.name}-os.qcow2`),
        pool,
        // the provider cannot read the base image's size: the overlay is given its capacity
        capacity: (vm.osDiskSize ?? image.size)!.toBytes(),
        target: { format: { type: 'qcow2' }, encryption: this.volumeEncryption(vm) },
        backingStore,
      });
      ctx.nameAfter(volume, vm.scope, 'os');
      attached = { volume, device: this.disk(vm, volume, { dev: deviceName('vd', 0), bus: 'virtio' }) };
      this.osVolumes.set(vm, attached);
    }
    return attached;
  }

  /** The volume of a data disk, after the VM's OS volume, in the disk's storage or the VM's. */
  public dataVolume(vm: VmNode, host: string, { name, slot, disk }: DiskNode): AttachedVolume {
    this.osVolume(vm, host);
    const volume = new LightVolume(vm.scope, `Disk-${name}`, {
      provider: this.ctx.providerFor(host),
      name: tfText(vm.scope, 'disk name', `${vm.name}-${name}.qcow2`),
      pool: this.poolFor(vm, disk.storage ?? vm.storage, host),
      capacity: disk.size.toBytes(),
      target: { format: { type: 'qcow2' }, encryption: this.volumeEncryption(vm) },
      lifecycle: disk.allowDestroy ? undefined : { preventDestroy: true },
    });
    this.ctx.nameAfter(volume, vm.scope, name);
    return { volume, device: this.disk(vm, volume, diskTarget(disk.bus, slot)) };
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
      pool: this.poolFor(vm, vm.storage, host),
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

  /**
   * The pool of a VM's volume: the pool a `Storage.named` names (the target's own, when it is
   * that one), else the target's pool.
   */
  private poolFor(vm: VmNode, storage: Storage | undefined, host: string): string {
    if (storage === undefined || storage.name === this.ctx.pool.name) return this.pool(host);
    return tfText(vm.scope, 'storage name', storage.name);
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

  private disk(vm: VmNode, volume: LightVolume, target: { dev: string; bus: string }): DomainDevicesDisks {
    const luks = encryptsDisks(vm) ? this.ctx.encryption!.diskSecret : undefined;
    return {
      device: 'disk',
      driver: { name: 'qemu', type: 'qcow2' },
      source: {
        file: { file: volume.path },
        encryption: luks ? { format: 'luks', secrets: [{ type: 'passphrase', uuid: luks }] } : undefined,
      },
      target,
    };
  }
}

/**
 * libvirt's name of the virtio disk at a slot (0 is the OS disk): `vda` to `vdz`, then `vdaa`,
 * `vdab` and on, the letters counting in base 26 as libvirt parses them.
 */
export function virtioDeviceName(slot: number): string {
  return deviceName('vd', slot);
}
