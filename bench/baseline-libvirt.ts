/** The hand-written program for libvirt (see baseline.ts). */
import { TerraformStack } from 'cdktf';
import { GIB, HostTable, hostsOf, nicsOf, vmName } from './baseline-common';
import { ClusterPlan, LIBVIRT_SECRETS, NETWORKS, vmsOf } from './design';
import { Domain, DomainDevicesDisks, DomainDevicesInterfaces } from '../lib/providers/libvirt/domain';
import { Network } from '../lib/providers/libvirt/network';
import { LibvirtProvider } from '../lib/providers/libvirt/provider';
import { Volume } from '../lib/providers/libvirt/volume';

export function libvirt(stack: TerraformStack, plan: ClusterPlan[], table: HostTable): void {
  const allHosts = plan.flatMap((c) => c.hosts);
  interface HostParts { provider: LibvirtProvider; networkNames: string[] }
  const byHost = new Map<string, HostParts>();
  for (const host of allHosts) {
    const provider = new LibvirtProvider(stack, `libvirt-${host}`, { alias: host, uri: `qemu+ssh://root@${host}.example.com/system` });
    const networkNames = NETWORKS.map((n) => new Network(stack, `${n.id}_${host}`, {
      provider,
      name: n.id,
      autostart: true,
      forward: { mode: 'bridge' },
      bridge: { name: 'ovsbr0' },
      virtualPort: { params: { openVSwitch: {} } },
      vlan: { tags: [{ id: n.vlanId }] },
    }).name);
    byHost.set(host, { provider, networkNames });
  }
  const luks = { format: 'luks', secret: { type: 'passphrase', uuid: LIBVIRT_SECRETS.diskSecret } };
  const luksSource = { format: 'luks', secrets: [{ type: 'passphrase', uuid: LIBVIRT_SECRETS.diskSecret }] };
  const qcow2 = { type: 'qcow2' };
  const plainTarget = { format: qcow2 };
  const encryptedTarget = { format: qcow2, encryption: luks };
  const backingStore = { path: '/var/lib/libvirt/images/ubuntu-24.04.qcow2', format: qcow2 };
  const driver = { name: 'qemu', type: 'qcow2' };
  const cpu = { mode: 'host-model' };
  const features = { acpi: true, apic: {}, smm: { state: 'on' } };
  const os = {
    type: 'hvm',
    typeArch: 'x86_64',
    typeMachine: 'q35',
    firmware: 'efi',
    loaderSecure: 'yes',
    firmwareInfo: { features: [{ name: 'secure-boot', enabled: 'yes' }, { name: 'enrolled-keys', enabled: 'yes' }] },
    bootDevices: [{ dev: 'hd' }],
  };
  const tpms = [{ model: 'tpm-crb', backend: { emulator: { version: '2.0', persistentState: 'yes', encryption: { secret: LIBVIRT_SECRETS.tpmSecret } } } }];
  const virtio = { type: 'virtio' };

  for (const c of plan) {
    const hostOf = hostsOf(c, table);
    for (const slot of c.slots) {
      const target = slot.encrypted ? encryptedTarget : plainTarget;
      const encryption = slot.encrypted ? luksSource : undefined;
      vmsOf(slot).forEach((name) => {
        const vm = vmName(name);
        const { provider, networkNames } = byHost.get(hostOf.get(name)!)!;
        const paths = [new Volume(stack, `${name}_os`, {
          provider, name: `${vm}-os.qcow2`, pool: 'default', capacity: 20 * GIB, backingStore, target,
        }).path];
        if (slot.dataDisk) {
          paths.push(new Volume(stack, `${name}_data`, {
            provider, name: `${vm}-data.qcow2`, pool: 'default', capacity: 50 * GIB, target, lifecycle: { preventDestroy: true },
          }).path);
        }
        const disks: DomainDevicesDisks[] = paths.map((file, i) => ({
          device: 'disk', driver, source: { file: { file }, encryption }, target: { dev: `vd${'ab'[i]}`, bus: 'virtio' },
        }));
        const interfaces: DomainDevicesInterfaces[] = nicsOf(slot).map((n) => ({ model: virtio, source: { network: { network: networkNames[n] } } }));
        new Domain(stack, name, {
          provider,
          name: vm,
          type: 'kvm',
          vcpu: 2,
          memory: 4096,
          memoryUnit: 'MiB',
          autostart: true,
          running: true,
          onCrash: 'restart',
          cpu,
          features,
          os,
          devices: { disks, interfaces, tpms: slot.kind === 'shielded' ? tpms : undefined },
        });
      });
    }
  }
}
