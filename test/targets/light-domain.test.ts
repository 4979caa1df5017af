import { Domain } from '../../src/providers/libvirt/domain';
import { LightDomain, LightDomainConfig } from '../../src/targets/libvirt/light-domain';
import { newStack, synth } from '../util';

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
