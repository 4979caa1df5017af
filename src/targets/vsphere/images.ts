import type { VirtualMachineOvfDeploy } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Shared, TemplateDisk, VsphereLookups, VsphereRenderContext } from './lookups';
import { IResolvable, TerraformElement } from '../../core';
import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Image, ImageKind } from '../../model/image';
import { wholeUnits } from '../../model/validate';
import { tfText } from '../escaping';

/*
 * Where a vSphere VM's OS disk comes from: a clone of a template VM or of a content-library item,
 * an OVF or OVA package vCenter deploys from its URL, or a new, empty disk.
 */

/** The OS disk as the image gives it: its size in GiB and how its space is allocated. */
export interface OsDiskFacts {
  readonly size: number;
  readonly thinProvisioned: boolean | IResolvable;
  readonly eagerlyScrub: boolean | IResolvable;
}

/** What a VM's image renders. */
export interface OsSource {
  /** The clone's source (template or content-library item): guest customization needs one. */
  readonly templateUuid?: string;
  /** The OVF deployment. */
  readonly ovfDeploy?: VirtualMachineOvfDeploy;
  /** The datacenter an OVF is deployed to (the provider takes it for OVF deployments only). */
  readonly datacenterId?: string;
  readonly osDisk: OsDiskFacts;
  /** The data sources the image is found with, by role. */
  readonly resources: { [role: string]: TerraformElement };
}

/**
 * What a VM's image renders. The template's first disk gives the OS disk's size and allocation
 * unless the VM gives `osDiskSize`; the other kinds have no disk to read at plan, so their OS disk
 * is `osDiskSize`, or the image's `size`, thin provisioned.
 */
export function osSource(ctx: VsphereRenderContext, lookups: VsphereLookups, vm: VmNode, image: Image): OsSource {
  switch (image.kind) {
    case ImageKind.CONTENT_LIBRARY: {
      const library = lookups.contentLibrary(image.library!);
      const item = lookups.contentLibraryItem(image.library!, image.name);
      return {
        templateUuid: item.id,
        osDisk: { size: sizeOf(vm, image), thinProvisioned: true, eagerlyScrub: false },
        resources: { contentLibrary: library.element, contentLibraryItem: item.element },
      };
    }
    case ImageKind.OVF:
      return {
        ovfDeploy: { remoteOvfUrl: tfText(vm.scope, 'image URL', image.url!), diskProvisioning: 'thin' },
        datacenterId: ctx.datacenterId,
        osDisk: { size: sizeOf(vm, image), thinProvisioned: true, eagerlyScrub: false },
        resources: {},
      };
    case ImageKind.BLANK:
      return { osDisk: { size: sizeOf(vm, image), thinProvisioned: true, eagerlyScrub: false }, resources: {} };
    default: {
      // an image downloaded from a URL was refused by the capability check
      const template: Shared<TerraformElement, { id: string; firstDisk: TemplateDisk }> = lookups.template(image.name);
      const size = vm.osDiskSize !== undefined ? wholeUnits(vm.scope, 'The OS disk size', vm.osDiskSize, 'GiB') : template.firstDisk.size;
      return {
        templateUuid: template.id,
        osDisk: { size, thinProvisioned: template.firstDisk.thinProvisioned, eagerlyScrub: template.firstDisk.eagerlyScrub },
        resources: { template: template.element },
      };
    }
  }
}

/** The OS disk's size in GiB where no template tells it: the VM's `osDiskSize`, or the image's size. */
function sizeOf(vm: VmNode, image: Image): number {
  if (vm.osDiskSize !== undefined) return wholeUnits(vm.scope, 'The OS disk size', vm.osDiskSize, 'GiB');
  if (image.size !== undefined) return wholeUnits(vm.scope, `The size of image ${image.name}`, image.size, 'GiB');
  if (image.kind === ImageKind.BLANK) {
    // a blank image the target's imageSources give a VM of the design's own image, which gave no osDiskSize
    throw new DesignError(vm.scope, {
      problem: 'The target\'s imageSources make the VM\'s OS disk blank, and a blank disk needs a size, which the VM does not give (osDiskSize).',
      value: `image ${vm.image.name}: Image.blank()`,
      fix: 'give the VM an osDiskSize, e.g. osDiskSize: Size.gibibytes(60), or give the image another source in the target\'s imageSources '
        + '(Image.template, Image.contentLibrary or Image.ovf)',
    });
  }
  const kind = image.kind === ImageKind.OVF ? 'an OVF package' : 'a content-library item';
  throw new DesignError(vm.scope, {
    problem: `The size of the OS disk is unknown: vSphere cannot read the disk size of ${kind} at plan, and the provider needs it in the VM's disk.`,
    value: `image ${image.name}`,
    fix: image.kind === ImageKind.OVF
      ? 'give the image its size, Image.ovf(url, { size: Size.gibibytes(20) }), or the VM an osDiskSize at least as large as the package\'s disk'
      : 'give the image its size, Image.contentLibrary(library, item, { size: Size.gibibytes(20) }), or the VM an osDiskSize at least as large as the item\'s disk',
  });
}
