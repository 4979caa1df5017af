import {
  LIBVIRT_MACHINE_TYPE_FORMS, QEMU_OVERHEAD, isLibvirtMachineType, isQ35, machineType, needsQ35,
} from './tuning';
import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Image, ImageFormat, ImageKind } from '../../model/image';
import { checkName } from '../../model/validate';

/*
 * What the everyday settings of a VM need on libvirt beyond the capability table: an image libvirt
 * can boot and size, one download per image name, a PC machine type (q35 for UEFI), a memory
 * limit the guest cannot die at, and text libvirt's XML can carry.
 */

/** Fails unless libvirt can make the VM's OS disk from the image the target gives it. */
export function checkOsImage(vm: VmNode, image: Image): void {
  if (image.kind === ImageKind.URL) {
    if (image.format !== ImageFormat.QCOW2 && image.format !== ImageFormat.RAW) {
      throw new DesignError(vm.scope, {
        problem: `libvirt boots qcow2 and raw disk images; image "${image.name}" is a ${image.format} file (a Hyper-V disk).`,
        value: image.url,
        fix: `give the LibvirtTarget an imageSources entry for "${vm.image.name}": Image.fromUrl(url of a qcow2 or raw image), `
          + 'or convert the image (qemu-img convert -O qcow2)',
      });
    }
    // the name names the base volume on every host
    checkName(vm.scope, 'image name', image.name);
  }
  const size = vm.osDiskSize ?? image.size;
  if (size === undefined) {
    throw new DesignError(vm.scope, image.kind === ImageKind.BLANK
      ? { problem: 'A blank OS disk needs a size.', fix: 'give the VM an osDiskSize, e.g. osDiskSize: Size.gibibytes(60)' }
      : {
        problem: `libvirt needs the size of the OS disk, and neither the VM nor image "${image.name}" gives it `
          + '(the provider cannot read the size of a base image).',
        fix: image.kind === ImageKind.URL
          ? 'give the image\'s size, Image.fromUrl(url, { size: Size.gibibytes(N) }), or the VM\'s osDiskSize'
          : `give the image's size, Image.template('${image.name}', { size: Size.gibibytes(N) }), or the VM's osDiskSize`,
      });
  }
  if (image.size !== undefined && vm.osDiskSize !== undefined && image.size.isLargerThan(vm.osDiskSize)) {
    throw new DesignError(vm.scope, {
      problem: 'The OS disk would be smaller than its image; disks are never shrunk.',
      value: `osDiskSize: ${vm.osDiskSize}, image ${image.name}: ${image.size}`,
      allowed: `at least ${image.size}`,
    });
  }
}

/**
 * Fails when two images downloaded from URLs share a name but not their URL or format: the name
 * names the one base volume on each host.
 */
export function checkImages(vms: ReadonlyArray<{ readonly vm: VmNode; readonly image: Image }>): void {
  const seen = new Map<string, Image>();
  for (const { vm, image } of vms) {
    if (image.kind !== ImageKind.URL) continue;
    const other = seen.get(image.name);
    if (other === undefined) {
      seen.set(image.name, image);
    } else if (other.url !== image.url || other.format !== image.format) {
      throw new DesignError(vm.scope, {
        problem: `Two images named "${image.name}" come from different URLs or formats; the name names one base volume on each host.`,
        value: `${other.url} (${other.format}), ${image.url} (${image.format})`,
        fix: 'give one of them another name: Image.fromUrl(url, { name: "..." })',
      });
    }
  }
}

/** Fails when the VM's machine type, memory limit, tags or notes cannot be rendered as asked. */
export function checkEveryday(vm: VmNode): void {
  const type = machineType(vm);
  if (!isLibvirtMachineType(type)) {
    throw new DesignError(vm.scope, {
      problem: 'The library\'s domains run on PC machine types with PCI (for their SATA controller, virtio devices and firmware), '
        + `and "${type}" is not one: libvirt would refuse to define the domain.`,
      value: `HardwareVersion.libvirt(${JSON.stringify(type)})`,
      allowed: LIBVIRT_MACHINE_TYPE_FORMS + (needsQ35(vm) ? '; a q35 one for a UEFI VM' : ''),
      fix: 'give one of these machine types, or leave the libvirt hardware version out (q35)',
    });
  }
  if (needsQ35(vm) && !isQ35(type)) {
    throw new DesignError(vm.scope, {
      problem: 'A UEFI VM needs a q35 machine type (the library gives its firmware, TPM and disks a PCI Express machine).',
      value: `HardwareVersion.libvirt(${JSON.stringify(type)})`,
      allowed: 'q35 or pc-q35-<version>, as `qemu-system-x86_64 -machine help` lists them, e.g. "pc-q35-8.2"',
      fix: 'give a q35 machine type, or leave the libvirt hardware version out',
    });
  }
  const memory = vm.dynamicMemory?.maximum ?? vm.memory;
  if (vm.memoryLimit !== undefined && memory.isLargerThan(vm.memoryLimit)) {
    throw new DesignError(vm.scope, {
      problem: 'libvirt enforces a memory limit as the hard limit of the VM\'s QEMU process, which the kernel kills when the guest '
        + 'touches more: a limit below the VM\'s memory would kill the guest.',
      value: `memoryLimit ${vm.memoryLimit}, memory ${memory}`,
      allowed: `at least ${memory} (the library adds ${QEMU_OVERHEAD} for QEMU itself)`,
      fix: 'give the VM less memory instead, or leave memoryLimit out',
    });
  }
  const texts: Array<[string, string]> = [
    ...Object.entries(vm.tags).map(([key, value]): [string, string] => [`tag "${key}"`, value]),
    ...vm.disks.flatMap((d) => Object.entries(d.disk.tags ?? {}).map(([key, value]): [string, string] => [`tag "${key}" of disk ${d.name}`, value])),
    ...(vm.notes === undefined ? [] : [['notes', vm.notes] as [string, string]]),
  ];
  for (const [what, text] of texts) {
    const bad = NOT_XML.exec(text);
    if (bad !== null) {
      throw new DesignError(vm.scope, {
        problem: `The ${what} holds a character libvirt's domain XML cannot carry (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}).`,
        value: JSON.stringify(text),
        allowed: 'text of XML 1.0 characters: no U+FFFE, U+FFFF or unpaired surrogates',
      });
    }
  }
}

/** Characters outside XML 1.0 that the design's text checks let through. */
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
