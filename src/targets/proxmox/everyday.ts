import { ProxmoxRenderContext } from './context';
import { TerraformResource } from '../../core';
import { DiskNode, VmNode } from '../../model/design';
import { DiskBus } from '../../model/disk';
import { BootDevice, DriveKind } from '../../model/drive';
import { DesignError } from '../../model/errors';
import { ShareLevel } from '../../model/hardware';
import { Vendor } from '../../model/vendor';
import { VirtualEnvironmentPool } from '../../providers/proxmox/virtual-environment-pool';
import type { VirtualEnvironmentVmCdrom } from '../../providers/proxmox/virtual-environment-vm';
import { knownAtSynth, tfText } from '../escaping';

/*
 * The everyday settings of a Proxmox VE VM: its tags and notes, its CD/DVD drive and boot order,
 * the interface of each disk, CPU weight and limit, machine type, and its pool.
 */

/** The interface of the VM's CD/DVD drive (`ide2` holds the cloud-init drive). */
export const CDROM_INTERFACE = 'ide3';

/** A tag part as Proxmox VE keeps tags: lower-case letters, digits and `_`, `-`, `+` (and `.` in a value). */
const TAG_KEY = /^[a-z0-9_][a-z0-9_+-]*$/;
const TAG_VALUE = /^[a-z0-9_+.-]+$/;

/** The VM's tags, each `<key>.<value>`: a key has no dot, so every tag reads back as one key and value. */
export function tagsOf(vm: VmNode): string[] | undefined {
  const entries = Object.entries(vm.tags);
  if (entries.length === 0) return undefined;
  return entries.map(([key, value]) => {
    knownAtSynth(vm.scope, `The tag ${JSON.stringify(key)}`, value, 'the library writes it as a Proxmox VE tag at synth');
    if (!TAG_KEY.test(key) || !TAG_VALUE.test(value)) {
      throw new DesignError(vm.scope, {
        problem: 'Proxmox VE keeps a tag as one word of lower-case letters, digits and _ + - . and the library writes each tag as <key>.<value>.',
        value: JSON.stringify({ [key]: value }),
        allowed: 'a key of lower-case letters, digits, _, + and - (no dot) and a value of those and dots',
        fix: 'use lower-case tags without spaces, e.g. { env: "prod" }, or keep free text in notes',
      });
    }
    return `${key}.${value}`;
  });
}

/** The VM's description: its notes, then a `disk <name>: key=value` line per disk tag. */
export function descriptionOf(vm: VmNode): string | undefined {
  const lines: string[] = [];
  if (vm.notes !== undefined) lines.push(vm.notes);
  for (const { name, disk } of vm.disks) {
    for (const [key, value] of Object.entries(disk.tags ?? {})) lines.push(`disk ${name}: ${key}=${value}`);
  }
  if (lines.length === 0) return undefined;
  const text = lines.join('\n');
  // Proxmox VE keeps a VM's description in its configuration file, at most 8 KiB
  if (Buffer.byteLength(text, 'utf8') > 8192) {
    throw new DesignError(vm.scope, {
      problem: 'The VM\'s notes and disk tags make a description longer than the 8 KiB Proxmox VE keeps.',
      value: `${Buffer.byteLength(text, 'utf8')} bytes`,
      allowed: 'at most 8192 bytes',
      fix: 'shorten the notes, or keep the details elsewhere and link them',
    });
  }
  return tfText(vm.scope, 'notes', text);
}

/** The interface of a data disk: `scsi<slot>`, `sata<slot>` or `ide<slot - 1>`. */
export function diskInterface(vm: VmNode, disk: DiskNode): string {
  const limits: Partial<Record<DiskBus, [string, number, number]>> = {
    [DiskBus.PARAVIRTUAL]: ['scsi', 0, 30],
    [DiskBus.SATA]: ['sata', 0, 5],
    // ide2 and ide3 hold the cloud-init and CD/DVD drives
    [DiskBus.IDE]: ['ide', -1, 1],
  };
  const [prefix, offset, max] = limits[disk.disk.bus]!;
  const index = disk.slot + offset;
  if (index > max) {
    throw new DesignError(vm.scope, {
      problem: `Disk ${disk.name} is in slot ${disk.slot} of its bus, beyond the last Proxmox VE gives it (${prefix}${max}).`,
      value: `slot ${disk.slot}`,
      allowed: `slots 1 to ${max - offset} on this bus`,
      fix: 'use another slot or bus (DiskBus.PARAVIRTUAL takes 30 data disks)',
    });
  }
  return `${prefix}${index}`;
}

/** The VM's CD/DVD drive; the provider has one per VM. */
export function cdromOf(ctx: ProxmoxRenderContext, vm: VmNode): VirtualEnvironmentVmCdrom | undefined {
  if (vm.drives.length === 0) return undefined;
  if (vm.drives.length > 1) {
    throw new DesignError(vm.scope, {
      problem: `The provider gives a Proxmox VE VM one CD/DVD drive; the VM has ${vm.drives.length}.`,
      value: `${vm.drives.length} drives`,
      allowed: 'one drive',
      fix: 'give the VM one drive (put drivers and tools on the installer ISO, or attach them after the install)',
    });
  }
  const drive = vm.drives[0];
  // Proxmox VE keeps ISO images flat in a storage's iso folder, named *.iso or *.img
  if (drive.kind === DriveKind.ISO && !/^[^/]+\.(iso|img)$/i.test(drive.file!)) {
    throw new DesignError(vm.scope, {
      problem: 'Proxmox VE keeps ISO images as files named *.iso or *.img directly in the iso folder of their storage.',
      value: JSON.stringify(drive.file),
      allowed: 'a file name without folders, ending in .iso or .img',
      fix: 'give the file name alone, e.g. Drive.iso("virtio-win.iso"), and put the file in the ISO datastore\'s iso folder',
    });
  }
  const fileId = drive.kind === DriveKind.ISO ? `${ctx.datastores.isos}:iso/${tfText(vm.scope, 'drive ISO file', drive.file!)}` : 'none';
  return { enabled: true, interface: CDROM_INTERFACE, fileId };
}

/** The VM's boot order: the design's, or the OS disk (then the drive, when the VM has one). */
export function bootOrderOf(vm: VmNode): string[] {
  const devices = { [BootDevice.DISK]: 'scsi0', [BootDevice.CDROM]: CDROM_INTERFACE, [BootDevice.NETWORK]: 'net0' };
  if (vm.bootOrder.length > 0) return vm.bootOrder.map((d) => devices[d]);
  return vm.drives.length > 0 ? ['scsi0', CDROM_INTERFACE] : ['scsi0'];
}

/** `cpu.units`: the cgroup v2 CPU weight of a share level. */
export function cpuUnits(vm: VmNode): number | undefined {
  if (vm.cpuShares === undefined) return undefined;
  return { [ShareLevel.LOW]: 50, [ShareLevel.NORMAL]: 100, [ShareLevel.HIGH]: 200 }[vm.cpuShares];
}

/** `cpu.limit`: the VM's CPU limit in cores (a percentage of its vCPUs). */
export function cpuLimit(vm: VmNode): number | undefined {
  return vm.cpuLimit === undefined ? undefined : Math.round(vm.cpus * vm.cpuLimit) / 100;
}

/** The machine type: the design's for Proxmox VE, or q35. */
export function machineOf(vm: VmNode): string {
  return vm.hardwareVersions.find((h) => h.vendor === Vendor.PROXMOX)?.version ?? 'q35';
}

/** The Proxmox VE pools of one target's rendering, each created once. */
export class ProxmoxPools {
  private readonly pools = new Map<string, TerraformResource>();

  constructor(private readonly ctx: ProxmoxRenderContext) {}

  /** The pool ID of a VM's pool, as a reference to the pool; undefined without one. */
  public poolOf(vm: VmNode): string | undefined {
    const name = vm.resourcePool;
    if (name === undefined) return undefined;
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(name)) {
      throw new DesignError(vm.scope, {
        problem: 'A Proxmox VE pool ID is a word of letters, digits, dots, dashes and underscores.',
        value: JSON.stringify(name),
        allowed: 'letters, digits, _, . and -, starting with a letter, digit or _, at most 64',
      });
    }
    let pool = this.pools.get(name);
    if (pool === undefined) {
      pool = new VirtualEnvironmentPool(this.ctx.target, `pool-${name}`, { provider: this.ctx.provider, poolId: name });
      this.ctx.nameAfter(pool, this.ctx.target, `pool_${name}`);
      this.pools.set(name, pool);
    }
    return pool.getStringAttribute('pool_id');
  }
}
