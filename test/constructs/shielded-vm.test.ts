import * as crypto from 'crypto';
import {
  Credentials, Disk, DynamicMemory, Firmware, GuestOs, HypervKeyProtector, HypervTarget, Image, LibvirtTarget, Nic, ShieldedVm,
  ShieldedVmProps, ShieldingLevel, Size, Target, VirtualMachine, VirtualNetwork, VsphereKeyProvider, VsphereTarget,
} from '../../src';
import { ShieldingNode } from '../../src/model/design';
import { DesignRegistry } from '../../src/model/target-contract';
import { securityScript } from '../../src/targets/hyperv/powershell';
import { newStack, synth } from '../util';

const windows = Image.template('windows-server-2022', { size: Size.gibibytes(64) });
const DISK_SECRET = '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60';
const TPM_SECRET = '5d7e9f10-3c2b-4a1d-8e6f-9b0a1c2d3e4f';

type Factory = (stack: any) => Target;

const vsphere: Factory = (stack) => new VsphereTarget(stack, 'target', {
  server: 'vc', datacenter: 'dc1', cluster: 'prod', datastore: 'ds', keyProvider: VsphereKeyProvider.named('nkp'),
});
const hyperv: Factory = (stack) => new HypervTarget(stack, 'target', {
  hosts: [{ name: 'hv1', address: 'hv1.corp' }], credentials: Credentials.fromVariables(), remotePowerShell: true,
});
const libvirt: Factory = (stack) => new LibvirtTarget(stack, 'target', {
  hosts: [{ name: 'kvm1', uri: 'qemu:///system' }], encryption: { diskSecret: DISK_SECRET, tpmSecret: TPM_SECRET },
});

function shielded(factory: Factory, props: Partial<ShieldedVmProps> = {}) {
  const stack = newStack();
  const target = factory(stack);
  new ShieldedVm(stack, 'dc1', {
    target,
    cpus: 2,
    memory: Size.gibibytes(8),
    guestOs: GuestOs.WINDOWS_SERVER_2022,
    image: windows,
    disks: [Disk.data(Size.gibibytes(20), { name: 'ntds' })],
    // the vsphere provider requires a NIC of every VM it does not deploy from an OVF package
    nics: factory === vsphere ? [Nic.on(new VirtualNetwork(stack, 'lan', { target, existing: true }))] : undefined,
    ...props,
  });
  return stack;
}

describe('ShieldedVm', () => {
  describe('refusals on every vendor', () => {
    test.each([
      ['vsphere', vsphere, /A shielded VM boots with UEFI Secure Boot; on vSphere, BIOS firmware has no Secure Boot, and a vTPM needs EFI firmware\./],
      ['hyperv', hyperv, /A shielded VM boots with UEFI Secure Boot; on Hyper-V, BIOS firmware makes a generation 1 VM, which has neither Secure Boot nor a vTPM\./],
      ['libvirt', libvirt, /A shielded VM boots with UEFI Secure Boot; on libvirt, BIOS firmware \(SeaBIOS\) has no Secure Boot\./],
    ] as Array<[string, Factory, RegExp]>)('%s: fails on BIOS firmware, naming what BIOS lacks on that vendor', (_, factory, message) => {
      expect(() => shielded(factory, { firmware: Firmware.BIOS })).toThrow(message);
    });

    test.each([['vsphere', vsphere], ['libvirt', libvirt]] as Array<[string, Factory]>)('%s: the BIOS refusal does not name Hyper-V', (_, factory) => {
      expect(() => shielded(factory, { firmware: Firmware.BIOS })).not.toThrow(/Hyper-V|generation 1/);
      expect(() => shielded(factory, { firmware: Firmware.BIOS })).toThrow(/BIOS firmware/);
    });

    test('fails on a guest OS that cannot boot securely', () => {
      expect(() => shielded(libvirt, { guestOs: GuestOs.FREEBSD_14 })).toThrow(/FreeBSD 14 cannot boot with Secure Boot/);
      expect(() => shielded(libvirt, { guestOs: GuestOs.OTHER_LINUX })).toThrow(/Other Linux \(64-bit\) cannot boot with Secure Boot/);
    });

    test('fails when the guest OS is not named', () => {
      expect(() => shielded(libvirt, { guestOs: undefined })).toThrow(/A shielded VM must name its guest OS/);
    });

    test('fails on virtualization-based security for a Linux guest', () => {
      expect(() => shielded(vsphere, { guestOs: GuestOs.UBUNTU_24_04, virtualizationBasedSecurity: true }))
        .toThrow(/Virtualization-based security is a Windows feature/);
    });
  });

  describe('on vSphere', () => {
    test('renders EFI, Secure Boot, vTPM 2.0 and the key provider', () => {
      const vm = synth(shielded(vsphere)).resource.vsphere_virtual_machine.dc1;
      expect(vm).toMatchObject({
        firmware: 'efi',
        efi_secure_boot_enabled: true,
        vtpm: { version: '2.0' },
        annotation: 'Shielded VM: Secure Boot, vTPM 2.0; keys from key provider nkp',
      });
      expect(vm.storage_policy_id).toBeUndefined();
    });

    test('encrypts the VM home and every disk through the encryption storage policy', () => {
      const out = synth(shielded(vsphere, { shielding: ShieldingLevel.ENCRYPTED }));
      const vm = out.resource.vsphere_virtual_machine.dc1;
      const policy = '${data.vsphere_storage_policy.target_encryption_policy.id}';
      expect(out.data.vsphere_storage_policy.target_encryption_policy.name).toBe('VM Encryption Policy');
      expect(vm.storage_policy_id).toBe(policy);
      expect(vm.disk.map((d: any) => [d.label, d.storage_policy_id])).toEqual([['os', policy], ['ntds', policy]]);
      expect(vm.annotation).toContain('encryption (VM Encryption Policy)');
    });

    test('renders virtualization-based security with its prerequisites', () => {
      const vm = synth(shielded(vsphere, { virtualizationBasedSecurity: true })).resource.vsphere_virtual_machine.dc1;
      expect(vm).toMatchObject({ vbs_enabled: true, vvtd_enabled: true, nested_hv_enabled: true, efi_secure_boot_enabled: true });
    });

    test('fails when the target names no key provider', () => {
      const stack = newStack();
      const target = new VsphereTarget(stack, 't', { server: 'vc', datacenter: 'dc', cluster: 'c', datastore: 'ds' });
      const nics = [Nic.on(new VirtualNetwork(stack, 'lan', { target, existing: true }))];
      new ShieldedVm(stack, 'dc1', { target, cpus: 1, memory: Size.gibibytes(2), guestOs: GuestOs.WINDOWS_11, image: windows, nics });
      expect(() => synth(stack)).toThrow(/key provider configured in vCenter[\s\S]*which Terraform can neither create nor check[\s\S]*VsphereKeyProvider\.named[\s\S]*VsphereKeyProvider\.vcenterDefault\(\)/);
    });

    test('fails on host-guardian shielding and memory encryption', () => {
      expect(() => synth(shielded(vsphere, { shielding: ShieldingLevel.HOST_GUARDED }))).toThrow(/Host-guardian shielding cannot be rendered for vsphere/);
      expect(() => synth(shielded(vsphere, { memoryEncryption: true }))).toThrow(/Memory encryption \(AMD SEV\) cannot be rendered for vsphere/);
    });
  });

  describe('on Hyper-V', () => {
    test('renders generation 2 with Secure Boot and the template for the guest', () => {
      const windowsVm = synth(shielded(hyperv)).resource.hyperv_machine_instance.dc1;
      expect(windowsVm).toMatchObject({ generation: 2, vm_firmware: { enable_secure_boot: 'On', secure_boot_template: 'MicrosoftWindows' } });
      const linuxVm = synth(shielded(hyperv, { guestOs: GuestOs.UBUNTU_24_04 })).resource.hyperv_machine_instance.dc1;
      expect(linuxVm.vm_firmware.secure_boot_template).toBe('MicrosoftUEFICertificateAuthority');
    });

    test('adds the vTPM with readable PowerShell run over WinRM from terraform_data', () => {
      const out = synth(shielded(hyperv));
      const security = out.resource.terraform_data.dc1_security;
      const [file, exec] = security.provisioner;
      expect(file.file).toMatchObject({ destination: 'C:/Windows/Temp/cdktf-hypervisor-dc1-security.ps1' });
      const script: string = file.file.content;
      expect(script).toBe(securityScript('dc1', ShieldingLevel.SECURE_BOOT_AND_TPM, undefined));
      expect(script).toContain("$vm = Get-VM -Name 'dc1'");
      expect(script).toContain('Set-VMKeyProtector -VM $vm -NewLocalKeyProtector');
      expect(script).toContain('if ($needsTpm) { Enable-VMTPM -VM $vm }');
      expect(script).not.toContain('Set-VMSecurityPolicy');
      expect(exec['remote-exec'].inline).toEqual([
        'powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File C:/Windows/Temp/cdktf-hypervisor-dc1-security.ps1',
      ]);
      expect(security.connection).toMatchObject({
        type: 'winrm', host: 'hv1.corp', port: 5986, https: true, user: '${var.hyperv_user}', password: '${var.hyperv_password}',
      });
      expect(security.triggers_replace).toEqual({
        vm: '${hyperv_machine_instance.dc1.id}',
        script: crypto.createHash('sha256').update(script).digest('hex'),
      });
      // the VM stays Running: the script restores the state the provider expects
      expect(out.resource.hyperv_machine_instance.dc1.state).toBe('Running');
    });

    test('the script changes nothing that is already in place', () => {
      const script = securityScript('dc1', ShieldingLevel.HOST_GUARDED, 'Owner Guardian');
      const lines = script.split('\n');
      const exitAt = lines.findIndex((l) => l.trim() === 'exit 0');
      const stopAt = lines.findIndex((l) => l.includes('Stop-VM'));
      expect(exitAt).toBeGreaterThan(0);
      expect(stopAt).toBeGreaterThan(exitAt);
      expect(lines[exitAt - 2]).toBe('if (-not ($needsKeyProtector -or $needsTpm -or $needsEncryption -or $needsShielding)) {');
      for (const change of ['Enable-VMTPM', 'Set-VMSecurity -VM', 'Set-VMSecurityPolicy']) {
        expect(lines.find((l) => l.includes(change))).toMatch(/^ {2}if \(\$needs[A-Za-z]+\) \{ /);
      }
      expect(script).toContain('  if ($wasRunning) { Start-VM -VM $vm }');
      expect(script).toContain("$owner = Get-HgsGuardian -Name 'Owner Guardian'");
      expect(script).toContain('$needsShielding = -not $security.Shielded');
    });

    test('encrypts state and migration traffic, and shields with an HGS guardian', () => {
      const stack = newStack();
      const target = new HypervTarget(stack, 'target', {
        hosts: [{ name: 'hv1' }],
        credentials: Credentials.fromVariables(),
        remotePowerShell: true,
        keyProtector: HypervKeyProtector.guardian('Owner Guardian'),
      });
      new ShieldedVm(stack, 'lx', { target, cpus: 1, memory: Size.gibibytes(2), guestOs: GuestOs.UBUNTU_24_04, image: windows, shielding: ShieldingLevel.HOST_GUARDED });
      const out = synth(stack);
      const script: string = out.resource.terraform_data.lx_security.provisioner[0].file.content;
      expect(script).toContain('Set-VMSecurity -VM $vm -EncryptStateAndVmMigrationTraffic $true');
      expect(script).toContain('Set-VMSecurityPolicy -VM $vm -Shielded $true');
      expect(script).toContain('Set-VMKeyProtector -VM $vm -KeyProtector $protector.RawData');
      expect(out.resource.hyperv_machine_instance.lx.vm_firmware.secure_boot_template).toBe('OpenSourceShieldedVM');
    });

    test('renders no remote PowerShell for plain VMs', () => {
      const stack = newStack();
      const target = hyperv(stack);
      new VirtualMachine(stack, 'plain', { target, cpus: 1, memory: Size.gibibytes(1), image: windows });
      expect(synth(stack).resource.terraform_data).toBeUndefined();
    });

    test('fails without the remote PowerShell opt-in, naming it', () => {
      const stack = newStack();
      const target = new HypervTarget(stack, 't', { hosts: [{ name: 'hv1' }] });
      new ShieldedVm(stack, 'dc1', { target, cpus: 1, memory: Size.gibibytes(2), guestOs: GuestOs.WINDOWS_11, image: windows });
      expect(() => synth(stack)).toThrow(/cannot give a VM a vTPM[\s\S]*fix: +set remotePowerShell: true on the HypervTarget/);
    });

    test('fails when remote PowerShell has no credential variables', () => {
      const stack = newStack();
      const target = new HypervTarget(stack, 't', { hosts: [{ name: 'hv1' }], remotePowerShell: true });
      new ShieldedVm(stack, 'dc1', { target, cpus: 1, memory: Size.gibibytes(2), guestOs: GuestOs.WINDOWS_11, image: windows });
      expect(() => synth(stack)).toThrow(/environment variables that a provisioner cannot read[\s\S]*Credentials\.fromVariables\(\)/);
    });

    test('fails on host-guarded shielding with a local key protector', () => {
      expect(() => synth(shielded(hyperv, { shielding: ShieldingLevel.HOST_GUARDED }))).toThrow(/A host-guarded VM takes its key protector from a Host Guardian Service guardian/);
    });

    test('fails on virtualization-based security with dynamic memory, and on memory encryption', () => {
      const dynamicMemory: DynamicMemory = { minimum: Size.gibibytes(2), maximum: Size.gibibytes(16) };
      expect(() => synth(shielded(hyperv, { virtualizationBasedSecurity: true, dynamicMemory })))
        .toThrow(/cannot expose virtualization extensions \(for nested virtualization or virtualization-based security\)/);
      expect(() => synth(shielded(hyperv, { memoryEncryption: true }))).toThrow(/Memory encryption \(AMD SEV\) cannot be rendered for hyperv/);
    });

    test('fails on a key protector guardian name PowerShell cannot take', () => {
      expect(() => HypervKeyProtector.guardian("x'; Remove-Item C:\\")).toThrow(/cannot be passed to PowerShell safely/);
    });
  });

  describe('on libvirt', () => {
    test('renders q35, Secure Boot with enrolled keys, SMM and a persistent tpm-crb 2.0 emulator', () => {
      const domain = synth(shielded(libvirt)).resource.libvirt_domain.dc1;
      expect(domain.os).toMatchObject({
        type_machine: 'q35',
        firmware: 'efi',
        loader_secure: 'yes',
        firmware_info: { features: [{ name: 'secure-boot', enabled: 'yes' }, { name: 'enrolled-keys', enabled: 'yes' }] },
      });
      expect(domain.features.smm).toEqual({ state: 'on' });
      expect(domain.devices.tpms).toEqual([
        { model: 'tpm-crb', backend: { emulator: { version: '2.0', persistent_state: 'yes', encryption: { secret: TPM_SECRET } } } },
      ]);
    });

    test('encrypts volumes and disks with LUKS and the named secret', () => {
      const out = synth(shielded(libvirt, { shielding: ShieldingLevel.ENCRYPTED }));
      for (const volume of ['dc1_os', 'dc1_ntds']) {
        expect(out.resource.libvirt_volume[volume].target.encryption).toEqual({ format: 'luks', secret: { type: 'passphrase', uuid: DISK_SECRET } });
      }
      for (const disk of out.resource.libvirt_domain.dc1.devices.disks) {
        expect(disk.source.encryption).toEqual({ format: 'luks', secrets: [{ type: 'passphrase', uuid: DISK_SECRET }] });
      }
    });

    test('renders AMD SEV with the hosts\' parameters', () => {
      const stack = newStack();
      const target = new LibvirtTarget(stack, 't', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }], sev: { cbitPosition: 47, reducedPhysBits: 1 } });
      new ShieldedVm(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(2), guestOs: GuestOs.UBUNTU_24_04, image: windows, memoryEncryption: true });
      expect(synth(stack).resource.libvirt_domain.v.launch_security).toEqual({
        sev: { cbit_pos: 47, reduced_phys_bits: 1, policy: 3, dh_cert: '', session: '' },
      });
    });

    test('fails on encryption when the target names no secret, saying the provider cannot create one', () => {
      const stack = newStack();
      const target = new LibvirtTarget(stack, 't', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }] });
      new ShieldedVm(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(2), guestOs: GuestOs.UBUNTU_24_04, image: windows, shielding: ShieldingLevel.ENCRYPTED });
      expect(() => synth(stack)).toThrow(/the provider cannot create secrets[\s\S]*virsh secret-define/);
    });

    test('fails on memory encryption without the hosts\' SEV parameters', () => {
      expect(() => synth(shielded(libvirt, { memoryEncryption: true }))).toThrow(/AMD SEV needs the hosts' C-bit position/);
    });

    test('fails on host-guardian shielding and virtualization-based security', () => {
      expect(() => synth(shielded(libvirt, { shielding: ShieldingLevel.HOST_GUARDED }))).toThrow(/Host-guardian shielding cannot be rendered for libvirt/);
      expect(() => synth(shielded(libvirt, { virtualizationBasedSecurity: true }))).toThrow(/Virtualization-based security cannot be rendered for libvirt/);
    });

    test('fails on a secret that is not a UUID', () => {
      expect(() => new LibvirtTarget(newStack(), 't', { hosts: [{ name: 'k', uri: 'qemu:///system' }], encryption: { diskSecret: 'my-secret' } }))
        .toThrow(/encryption\.diskSecret is not the UUID of a libvirt secret/);
    });
  });

  test('a plain VM on the same network gets none of it', () => {
    const stack = newStack();
    const target = libvirt(stack);
    const net = new VirtualNetwork(stack, 'n', { target, connectivity: 'isolated' as any });
    new VirtualMachine(stack, 'plain', { target, cpus: 1, memory: Size.gibibytes(1), image: windows, nics: [Nic.on(net)] });
    const domain = synth(stack).resource.libvirt_domain.plain;
    expect(domain.devices.tpms).toBeUndefined();
    expect(domain.features.smm).toBeUndefined();
    expect(domain.os.loader_secure).toBeUndefined();
  });

  test('the VM enters the design with its shielding: nothing is added to it after it is made', () => {
    const stack = newStack();
    const target = vsphere(stack);
    const registry = DesignRegistry.of(target);
    const added: Array<ShieldingNode | undefined> = [];
    const addVm = registry.addVm.bind(registry);
    registry.addVm = (node) => {
      added.push(node.shielding && { ...node.shielding });
      addVm(node);
    };
    const props = { target, cpus: 2, memory: Size.gibibytes(8), guestOs: GuestOs.WINDOWS_SERVER_2022, image: windows };
    const vm = new ShieldedVm(stack, 'dc1', { ...props, shielding: ShieldingLevel.ENCRYPTED, virtualizationBasedSecurity: true });
    new ShieldedVm(stack, 'dc2', props);
    new VirtualMachine(stack, 'plain', props);
    expect(added).toEqual([
      { level: ShieldingLevel.ENCRYPTED, virtualizationBasedSecurity: true, memoryEncryption: false },
      { level: ShieldingLevel.SECURE_BOOT_AND_TPM, virtualizationBasedSecurity: false, memoryEncryption: false },
      undefined,
    ]);
    expect(vm.shielding).toBe(ShieldingLevel.ENCRYPTED);
  });
});
