import { ProxmoxRenderContext } from './context';
import { cpuLimit, machineOf } from './everyday';
import { checkProxmoxLimits } from './limits';
import { checkStorageId } from './target-checks';
import { VmNode, isEncrypted } from '../../model/design';
import { DesignError } from '../../model/errors';
import { Firmware } from '../../model/firmware';
import { Image, ImageFormat, ImageKind } from '../../model/image';
import { checkDnsName } from '../../model/validate';
import { Design } from '../protocol';

/** The Proxmox VE target's checks of a whole design, beyond its capability table. */
export function checkDesign(ctx: ProxmoxRenderContext, design: Design): void {
  for (const vm of design.vms) checkVm(ctx, vm, design.imageOf(vm));
  // every cluster of a target spans all its nodes: two of them are no separate failure domains
  for (const pair of design.pairs) {
    const { primary, replica } = pair;
    if (replica === undefined || primary.cluster === undefined || replica.cluster === undefined || primary.cluster === replica.cluster) continue;
    if (!design.clusters.includes(primary.cluster) || !design.clusters.includes(replica.cluster)) continue;
    throw new DesignError(pair.scope, {
      problem: `The pair's VMs are in clusters ${primary.cluster.name} and ${replica.cluster.name} of one Proxmox VE target, which span the same nodes: `
        + 'nothing would keep the two VMs on different nodes.',
      fix: 'put both VMs in one cluster (the pair keeps them apart there), or the replica\'s cluster on another ProxmoxTarget (another Proxmox VE cluster)',
    });
  }
}

/** Fails when a VM needs what Proxmox VE cannot do or the target does not give. */
function checkVm(ctx: ProxmoxRenderContext, vm: VmNode, image: Image): void {
  checkProxmoxLimits(vm, machineOf(vm), true);
  const limit = cpuLimit(vm);
  if (limit !== undefined && (limit > 128 || limit < 0.01)) {
    throw new DesignError(vm.scope, {
      problem: 'Proxmox VE limits a VM\'s CPU in cores, from a hundredth of a core to 128 cores, and the VM\'s limit is outside that.',
      value: `cpuLimit ${vm.cpuLimit}% of ${vm.cpus} vCPUs: ${limit} cores`,
      allowed: 'a percentage that gives 0.01 to 128 cores',
    });
  }
  if (vm.dynamicMemory !== undefined && !vm.dynamicMemory.maximum.isSameAs(vm.memory)) {
    throw new DesignError(vm.scope, {
      problem: 'Proxmox VE starts a VM with its maximum memory and lets the balloon take it down to the minimum: it cannot start the VM with less.',
      value: `memory ${vm.memory}, maximum ${vm.dynamicMemory.maximum}`,
      allowed: `memory ${vm.dynamicMemory.maximum}`,
      fix: 'set the memory equal to the dynamic memory maximum',
    });
  }
  if (vm.pciDevices.length > 0 && vm.cluster !== undefined) {
    throw new DesignError(vm.scope, {
      problem: 'A VM with a node\'s PCI devices cannot migrate or be recovered on another node, and Proxmox VE HA would try to.',
      value: JSON.stringify(vm.pciDevices),
      fix: 'leave the VM out of the cluster and give it the node with the devices (host)',
    });
  }
  if (vm.firmware === Firmware.UEFI && !/^(q35|pc-q35-)/.test(machineOf(vm))) {
    throw new DesignError(vm.scope, {
      problem: 'The library gives UEFI VMs OVMF with Secure Boot on a q35 machine; the VM\'s machine type is an i440fx one.',
      value: JSON.stringify(machineOf(vm)),
      allowed: 'q35 or pc-q35-<version>',
      fix: 'give a q35 machine type in HardwareVersion.proxmox, or BIOS firmware',
    });
  }
  // Proxmox VE gives a VM one DNS configuration, the first NIC's
  const first = vm.nics[0]?.ipv4 ?? vm.guestInit?.ipv4;
  vm.nics.slice(1).forEach((nic, i) => {
    const dns = nic.ipv4;
    if (dns === undefined || (dns.dnsServers === undefined && dns.domain === undefined)) return;
    if (JSON.stringify(dns.dnsServers ?? []) !== JSON.stringify(first?.dnsServers ?? []) || (dns.domain ?? '') !== (first?.domain ?? '')) {
      throw new DesignError(vm.scope, {
        problem: `Proxmox VE gives a VM one DNS configuration; NIC ${i + 2} gives DNS servers or a domain other than the first NIC's.`,
        value: JSON.stringify({ dnsServers: dns.dnsServers, domain: dns.domain }),
        fix: 'give the DNS servers and domain on the first NIC only (or the same on every NIC)',
      });
    }
  });
  // 3a: a downloaded image's file name
  if (image.kind === ImageKind.URL && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/.test(image.name)) {
    throw new DesignError(vm.scope, {
      problem: 'The library downloads a URL image into a file named after the image, and the image\'s name is no plain file name.',
      value: JSON.stringify(image.name),
      allowed: 'letters, digits, dots, dashes and underscores, starting with a letter or digit',
      fix: 'name the image: Image.fromUrl(url, { name: \'ubuntu-24.04\' })',
    });
  }
  for (const storage of [vm.storage, ...vm.disks.map((d) => d.disk.storage)]) {
    if (storage !== undefined) checkStorageId(vm.scope, 'storage', storage.name, 'storage (Storage.named)');
  }
  const hostCpu = vm.nestedVirtualization || vm.shielding?.virtualizationBasedSecurity === true;
  if (hostCpu && vm.cluster?.migration?.cpuCompatibility) {
    throw new DesignError(vm.scope, {
      problem: 'Nested virtualization and VBS pass the node\'s CPU through (`cpu.type = "host"`), which cannot move between node generations.',
      value: 'nestedVirtualization or virtualizationBasedSecurity, with cluster migration.cpuCompatibility',
      fix: 'leave nestedVirtualization and virtualizationBasedSecurity out for VMs of a CPU-compatible cluster',
    });
  }
  if (ctx.replicatedVms?.has(vm)) {
    const elsewhere = [vm.storage, ...vm.disks.map((d) => d.disk.storage)].find((s) => s !== undefined && s.name !== ctx.replication.datastore);
    const encryptedElsewhere = isEncrypted(vm) && ctx.datastores.encrypted !== ctx.replication.datastore;
    if (elsewhere !== undefined || encryptedElsewhere) {
      throw new DesignError(vm.scope, {
        problem: 'A VM replicated by Proxmox VE keeps every disk on the target\'s replication datastore; the VM or a disk names another storage.',
        value: JSON.stringify(elsewhere?.name ?? ctx.datastores.encrypted),
        allowed: JSON.stringify(ctx.replication.datastore),
        fix: 'leave storage out on the replicated VM and its disks (for an encrypted one, make the encryptedDatastore the replication datastore)',
      });
    }
  }
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
