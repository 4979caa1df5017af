import { TerraformVariable } from 'cdktf';
import {
  Credentials, GuestInit, HaCluster, HypervTarget, Image, ReplicaPair, ReplicationMode, Size, VirtualMachine,
} from '../../src';
import { PowerShell, mdCode, mermaidLabel, ps, tfText } from '../../src/targets/escaping';
import { anyNics, hypervTarget, libvirtTarget, newStack, synth, vsphereTarget } from '../util';

const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

describe('tokens where a value must be known at synth', () => {
  test('fails when a Hyper-V VM\'s user data is a token, showing its Terraform expression', () => {
    // GIVEN
    const stack = newStack();
    const userData = new TerraformVariable(stack, 'user_data', { type: 'string' });
    new VirtualMachine(stack, 'web1', {
      target: hypervTarget(stack),
      cpus: 2,
      memory: Size.gibibytes(4),
      image,
      guestInit: GuestInit.cloudInit({ userData: userData.stringValue }),
    });
    // THEN
    expect(() => synth(stack)).toThrow(/\[test\/web1\] guestInit\.userData must be known at synth[\s\S]*value: +\$\{var\.user_data\}/);
  });

  test('fails when a Hyper-V VM\'s host name is a token', () => {
    const stack = newStack();
    const hostname = new TerraformVariable(stack, 'hostname', { type: 'string' });
    new VirtualMachine(stack, 'web1', {
      target: hypervTarget(stack),
      cpus: 2,
      memory: Size.gibibytes(4),
      image,
      guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}', hostname: hostname.stringValue }),
    });
    expect(() => synth(stack)).toThrow(/guestInit\.hostname must be known at synth[\s\S]*\$\{var\.hostname\}/);
  });

  test('fails when a value of a PowerShell script is a token', () => {
    const stack = newStack();
    const path = new TerraformVariable(stack, 'replica_path', { type: 'string' });
    const target = new HypervTarget(stack, 'target', {
      hosts: [{ name: 'hv1' }, { name: 'hv2' }],
      externalSwitch: { adapters: ['Ethernet 2'] },
      remotePowerShell: true,
      credentials: Credentials.fromVariables(),
    });
    new ReplicaPair(stack, 'orders', {
      target,
      mode: ReplicationMode.HYPERVISOR,
      primaryHost: 'hv1',
      replicaHost: 'hv2',
      hypervisorReplication: { storagePath: path.stringValue },
      vm: { cpus: 2, memory: Size.gibibytes(4), image },
    });
    expect(() => synth(stack)).toThrow(/\[test\/orders\] The hypervisorReplication\.storagePath must be known at synth[\s\S]*\$\{var\.replica_path\}/);
  });

  test('fails when the vCPUs of a placed VM are a token, showing the variable, not an encoded number', () => {
    const stack = newStack();
    const cpus = new TerraformVariable(stack, 'cpus', { type: 'number' });
    const cluster = new HaCluster(stack, 'prod', { target: libvirtTarget(stack, ['kvm1', 'kvm2']), hosts: ['kvm1', 'kvm2'], acknowledgeNoHostFailover: true });
    new VirtualMachine(stack, 'web1', { cluster, cpus: cpus.numberValue, memory: Size.gibibytes(4), image });
    let message = '';
    try {
      synth(stack);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/\[test\/web1\] cpus must be known at synth[\s\S]*value: +\$\{var\.cpus\}/);
    expect(message).not.toMatch(/e\+\d{3}/);
  });

  test('a token as the vCPUs of a vSphere VM outside a cluster passes as a reference', () => {
    const stack = newStack();
    const cpus = new TerraformVariable(stack, 'cpus', { type: 'number' });
    const target = vsphereTarget(stack);
    new VirtualMachine(stack, 'web1', { target, cpus: cpus.numberValue, memory: Size.gibibytes(4), image, nics: anyNics(stack, target) });
    const vm = Object.values<any>(synth(stack).resource.vsphere_virtual_machine)[0];
    expect(vm.num_cpus).toBe('${var.cpus}');
  });

  test('fails when a VM name is a token, showing its expression', () => {
    const stack = newStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    expect(() => new VirtualMachine(stack, 'web1', { target: vsphereTarget(stack), name: name.stringValue, cpus: 2, memory: Size.gibibytes(4), image }))
      .toThrow(/The VM name must be known at synth[\s\S]*value: +\$\{var\.name\}/);
  });
});

describe('tokens where the provider takes a value at apply', () => {
  test('libvirt user data mixing text and a token: the text stays text, the token a reference', () => {
    const stack = newStack();
    const secret = new TerraformVariable(stack, 'motd', { type: 'string' });
    new VirtualMachine(stack, 'web1', {
      target: libvirtTarget(stack),
      cpus: 2,
      memory: Size.gibibytes(4),
      image,
      guestInit: GuestInit.cloudInit({ userData: `#cloud-config\n# \${file("/etc/hostname")} %{ if x }\nmotd: $${secret.stringValue}\n` }),
    });
    const disk = Object.values<any>(synth(stack).resource.libvirt_cloudinit_disk)[0];
    expect(disk.user_data).toBe('#cloud-config\n# $${file("/etc/hostname")} %%{ if x }\nmotd: ${"$"}${var.motd}\n');
  });

  test('vSphere user data with a token is base64-encoded by Terraform with the text quoted in its syntax', () => {
    const stack = newStack();
    const tail = new TerraformVariable(stack, 'tail', { type: 'string' });
    const target = vsphereTarget(stack);
    new VirtualMachine(stack, 'web1', {
      target,
      cpus: 2,
      memory: Size.gibibytes(4),
      image,
      guestInit: GuestInit.cloudInit({ userData: `a"); file("/etc/passwd") + ("\\ \${x}\n${tail.stringValue}` }),
      nics: anyNics(stack, target),
    });
    const vm = Object.values<any>(synth(stack).resource.vsphere_virtual_machine)[0];
    expect(vm.extra_config['guestinfo.userdata']).toBe('${base64encode("a\\"); file(\\"/etc/passwd\\") + (\\"\\\\ $${x}\\n${var.tail}")}');
  });
});

describe('the escaping module', () => {
  test('Terraform text: ${ and %{ are doubled, $${ stays the text it was', () => {
    const stack = newStack();
    expect(tfText(stack, 'p', '${a} %{b} $${c}')).toBe('$${a} %%{b} $$${c}');
  });

  test('PowerShell literals double ASCII and typographic single quotes', () => {
    expect(PowerShell.literal(undefined, 'path', "D:\\Bob's \u2018x\u2019\u201a\u201b").text).toBe("'D:\\Bob''s \u2018\u2018x\u2019\u2019\u201a\u201a\u201b\u201b'");
    expect(ps`Get-Item -Path ${PowerShell.literal(undefined, 'path', "'+$(Remove-Item C:\\)+'")}`).toBe("Get-Item -Path '''+$(Remove-Item C:\\)+'''");
  });

  test('fails when a PowerShell value holds a NUL, a line break or a direction override', () => {
    for (const value of ['a\u0000b', 'a\nb', 'a\u202eb']) {
      expect(() => PowerShell.literal(undefined, 'path', value)).toThrow(/cannot carry \(U\+/);
    }
  });

  test('fails when a bare PowerShell word does not match its pattern', () => {
    expect(() => PowerShell.word(undefined, 'subnet', '10.0.0.0/24; Remove-Item', /^[\d./]+$/, 'a subnet')).toThrow(/cannot be written into the PowerShell/);
  });

  test('a plain string cannot be spliced into a script', () => {
    expect(() => ps`Get-VM ${'web1' as any}`).toThrow(/must be quoted/);
  });

  test('Markdown code spans and Mermaid labels hold any text', () => {
    expect(mdCode('web1')).toBe('`web1`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('x\ny')).toBe('`x<U+000A>y`');
    expect(mermaidLabel('<script>"a"</script>\u202e')).toBe('"#lt;script#gt;#quot;a#quot;#lt;/script#gt;#8238;"');
  });
});
