import { Testing } from 'cdktf';
import { Domain } from '../../src/providers/libvirt/domain';
import { Network, NetworkConfig } from '../../src/providers/libvirt/network';
import { Volume, VolumeConfig } from '../../src/providers/libvirt/volume';
import { LightDomain, LightDomainConfig, LightNetwork, LightVolume } from '../../src/targets/libvirt/light-resources';
import { newStack, synth } from '../util';

/** The resource `name` of `type`, without its metadata. */
function resource(out: any, type: string, name: string): any {
  const { ['//']: _metadata, ...rest } = out.resource[type][name];
  return rest;
}

describe('LightDomain', () => {
  test('synthesizes what the generated libvirt_domain class synthesizes for the same configuration', () => {
    const stack = newStack();
    const config: LightDomainConfig = {
      name: 'vm',
      type: 'kvm',
      vcpu: 4,
      memory: 8192,
      memoryUnit: 'MiB',
      currentMemory: 4096,
      currentMemoryUnit: 'MiB',
      memoryBacking: { memoryLocked: true },
      cpu: { mode: 'host-model', migratable: true, topology: { sockets: 2, cores: 2, threads: 1 } },
      os: {
        type: 'hvm',
        typeArch: 'x86_64',
        typeMachine: 'q35',
        firmware: 'efi',
        loaderSecure: 'yes',
        bootDevices: [{ dev: 'hd' }],
        firmwareInfo: { features: [{ name: 'secure-boot', enabled: 'yes' }] },
      },
      features: { acpi: true, apic: {}, smm: { state: 'on' } },
      launchSecurity: { sev: { cbitPos: 47, reducedPhysBits: 1, policy: 3, dhCert: '', session: '' } },
      devices: {
        disks: [{ device: 'disk', driver: { name: 'qemu', type: 'qcow2' }, source: { file: { file: '/x.qcow2' } }, target: { dev: 'vda', bus: 'virtio' } }],
        interfaces: [{ model: { type: 'virtio' }, source: { network: { network: 'default' } }, mac: { address: '52:54:00:00:00:01' } }],
        tpms: [{ model: 'tpm-crb', backend: { emulator: { version: '2.0', persistentState: 'yes' } } }],
        hostdevs: [{ managed: true, subsysPci: { source: { address: { domain: 0, bus: 59, slot: 0, function: 0 } } } }],
      },
      autostart: true,
      onCrash: 'restart',
      running: true,
      lifecycle: { preventDestroy: false },
    };
    new Domain(stack, 'full', config);
    new LightDomain(stack, 'light', config);
    const out = synth(stack).resource.libvirt_domain;
    const { ['//']: _full, ...full } = out.full;
    const { ['//']: _light, ...light } = out.light;
    expect(light).toEqual(full);
    expect(light.devices.tpms[0].backend.emulator.persistent_state).toBe('yes');
  });
});

describe('LightVolume and LightNetwork', () => {
  const volume: VolumeConfig = {
    name: 'vm-os.qcow2',
    pool: 'default',
    capacity: 21474836480,
    backingStore: { path: '/var/lib/libvirt/images/ubuntu.qcow2', format: { type: 'qcow2' } },
    target: { format: { type: 'qcow2' }, encryption: { format: 'luks', secret: { type: 'passphrase', uuid: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60' } } },
    lifecycle: { preventDestroy: true },
  };
  const network: NetworkConfig = {
    name: 'app',
    autostart: true,
    forward: { mode: 'nat' },
    ips: [{ address: '10.0.0.1', prefix: 24, dhcp: { ranges: [{ start: '10.0.0.100', end: '10.0.0.200' }] } }],
    vlan: { tags: [{ id: 120 }] },
    virtualPort: { params: { openVSwitch: {} } },
  };

  test('synthesize what the generated classes synthesize, and reference the same attributes', () => {
    const stack = newStack();
    new Volume(stack, 'fullVolume', volume);
    const light = new LightVolume(stack, 'lightVolume', volume);
    new Network(stack, 'fullNetwork', network);
    const lightNet = new LightNetwork(stack, 'lightNetwork', network);
    new LightDomain(stack, 'domain', {
      name: 'vm',
      type: 'kvm',
      devices: {
        disks: [{ source: { file: { file: light.path } }, target: { dev: 'vda', bus: 'virtio' } }],
        interfaces: [{ source: { network: { network: lightNet.name } } }],
      },
    });
    const out = synth(stack);
    expect(resource(out, 'libvirt_volume', 'lightVolume')).toEqual(resource(out, 'libvirt_volume', 'fullVolume'));
    expect(resource(out, 'libvirt_volume', 'lightVolume').lifecycle).toEqual({ prevent_destroy: true });
    expect(resource(out, 'libvirt_network', 'lightNetwork')).toEqual(resource(out, 'libvirt_network', 'fullNetwork'));
    expect(resource(out, 'libvirt_network', 'lightNetwork').ips[0].dhcp.ranges).toHaveLength(1);
    const devices = resource(out, 'libvirt_domain', 'domain').devices;
    expect(devices.disks[0].source.file.file).toBe('${libvirt_volume.lightVolume.path}');
    expect(devices.interfaces[0].source.network.network).toBe('${libvirt_network.lightNetwork.name}');
  });

  test('write HCL through the generated classes', () => {
    const stack = newStack();
    new LightVolume(stack, 'lightVolume', volume);
    new LightNetwork(stack, 'lightNetwork', network);
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toContain('resource "libvirt_volume" "lightVolume"');
    expect(hcl).toMatch(/backing_store \{\s+format \{\s+type = "qcow2"/);
    expect(hcl).toContain('resource "libvirt_network" "lightNetwork"');
  });
});
