import {
  Firmware, HypervHostVersion, HypervTarget, Image, KvmPlatform, LibvirtTarget, Size, Target, VirtualMachine, VsphereTarget, VsphereVersion,
} from '../../src';
import { anyNics, newStack, synth } from '../util';

const image = Image.template('img', { size: Size.gibibytes(10) });

type Factory = (stack: any) => Target;
const vsphere = (version?: VsphereVersion): Factory => (stack) => new VsphereTarget(stack, 't', { server: 'vc', datacenter: 'dc', cluster: 'c', datastore: 'ds', version });
const hyperv = (hostVersion?: HypervHostVersion): Factory => (stack) => new HypervTarget(stack, 't', { hosts: [{ name: 'h' }], hostVersion });
const libvirt = (platform?: KvmPlatform): Factory => (stack) => new LibvirtTarget(stack, 't', { hosts: [{ name: 'h', uri: 'qemu:///system' }], platform });

function vm(factory: Factory, cpus: number, memory: Size, firmware = Firmware.UEFI) {
  const stack = newStack();
  const target = factory(stack);
  new VirtualMachine(stack, 'big', { target, cpus, memory, image, firmware, nics: anyNics(stack, target) });
  return () => synth(stack);
}

describe('vendor limits, at the limit and one above', () => {
  test.each([
    ['vSphere 8.0 vCPUs', vsphere(), 768, Size.gibibytes(4), 'vCPUs', /769 vCPUs[\s\S]*at most 768 \(VMware vSphere configuration maximums .*vSphere 8\.0\)/],
    ['vSphere 7.0 U1 memory', vsphere(VsphereVersion.VSPHERE_7_0_U1), 2, Size.gibibytes(24560), 'memory', /25149444 MiB[\s\S]*at most 24560 GiB \(VMware vSphere configuration maximums .*vSphere 7\.0 U1\)/],
    ['Hyper-V 2022 generation 2 vCPUs', hyperv(), 240, Size.gibibytes(4), 'vCPUs', /241 vCPUs[\s\S]*at most 240 \(Microsoft Learn, "Plan for Hyper-V scalability in Windows Server", Windows Server 2022, generation 2\)/],
    ['Hyper-V 2022 generation 2 memory', hyperv(), 2, Size.tebibytes(12), 'memory', /at most 12 TiB \(.*Windows Server 2022, generation 2\)/],
    ['Hyper-V 2025 generation 2 vCPUs', hyperv(HypervHostVersion.WINDOWS_SERVER_2025), 2048, Size.gibibytes(4), 'vCPUs', /2049 vCPUs[\s\S]*at most 2048 \(Microsoft Learn, "What's new in Windows Server 2025"/],
    ['Hyper-V 2025 generation 2 memory', hyperv(HypervHostVersion.WINDOWS_SERVER_2025), 2, Size.tebibytes(240), 'memory', /at most 240 TiB/],
    ['KVM on RHEL 9 vCPUs', libvirt(), 710, Size.gibibytes(4), 'vCPUs', /711 vCPUs[\s\S]*at most 710 \(Red Hat, "Virtualization limits for Red Hat Enterprise Linux with KVM", RHEL 9/],
    ['KVM on RHEL 9 memory', libvirt(KvmPlatform.RHEL_9), 2, Size.tebibytes(12), 'memory', /at most 12 TiB \(Red Hat/],
    ['KVM on upstream q35 vCPUs', libvirt(KvmPlatform.QEMU_Q35), 288, Size.gibibytes(4), 'vCPUs', /289 vCPUs[\s\S]*at most 288 \(QEMU q35 machine type/],
  ] as Array<[string, Factory, number, Size, 'vCPUs' | 'memory', RegExp]>)('%s', (_, factory, cpus, memory, what, message) => {
    expect(vm(factory, cpus, memory)).not.toThrow();
    const above = what === 'vCPUs'
      ? vm(factory, cpus + 1, memory)
      : vm(factory, cpus, Size.mebibytes(memory.toMebibytes() + 4));
    expect(above).toThrow(message);
  });

  test('Hyper-V generation 1 (BIOS) stops at 64 vCPUs and 1 TiB', () => {
    expect(vm(hyperv(), 64, Size.tebibytes(1), Firmware.BIOS)).not.toThrow();
    expect(vm(hyperv(), 65, Size.gibibytes(4), Firmware.BIOS)).toThrow(/at most 64 \(.*generation 1\)/);
    expect(vm(hyperv(), 2, Size.mebibytes(1024 * 1024 + 2), Firmware.BIOS)).toThrow(/at most 1 TiB \(.*generation 1\)/);
  });

  test('vSphere BIOS stops at 6128 GiB; EFI goes on', () => {
    expect(vm(vsphere(), 2, Size.gibibytes(6128), Firmware.BIOS)).not.toThrow();
    expect(vm(vsphere(), 2, Size.gibibytes(6132), Firmware.BIOS)).toThrow(/must boot with EFI firmware/);
    expect(vm(vsphere(), 2, Size.gibibytes(6132), Firmware.UEFI)).not.toThrow();
  });
});
