import { LibvirtTarget, Vendor } from '../../src';
import { newStack, synth } from '../util';

describe('LibvirtTarget', () => {
  test('configures one libvirt provider alias per host uri', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const target = new LibvirtTarget(stack, 'kvm', {
      hosts: [
        { name: 'kvm1', uri: 'qemu+ssh://root@kvm1.example.com/system?keyfile=/keys/id' },
        { name: 'kvm2', uri: 'qemu+tls://kvm2.example.com:16514/system' },
      ],
    });

    // THEN
    const out = synth(stack);
    expect(out.provider.libvirt).toEqual([
      { alias: 'kvm1', uri: 'qemu+ssh://root@kvm1.example.com/system?keyfile=/keys/id' },
      { alias: 'kvm2', uri: 'qemu+tls://kvm2.example.com:16514/system' },
    ]);
    expect(out.terraform.required_providers.libvirt).toEqual({ source: 'dmacvicar/libvirt', version: '0.9.7' });
    expect(target.vendor).toBe(Vendor.LIBVIRT);
    expect(target.hostNames).toEqual(['kvm1', 'kvm2']);
    expect(target.providerFor('kvm2').alias).toBe('kvm2');
  });

  test.each([
    'qemu:///system',
    'qemu:///session',
    'qemu+unix:///system?socket=/run/libvirt/libvirt-sock',
    'qemu+ssh://kvm1/system',
    'qemu+sshcmd://admin@kvm1:2222/system?sshauth=agent',
    'qemu+tcp://10.0.0.4/system',
    'qemu+ssh://root@[fd00::4]/system',
  ])('accepts %s', (uri) => {
    const stack = newStack();
    new LibvirtTarget(stack, 'kvm', { hosts: [{ name: 'h', uri }] });
    expect(synth(stack).provider.libvirt[0].uri).toBe(uri);
  });

  test.each([
    ['kvm1', /not a URI of the form/],
    ['qemu+ssh://kvm1', /path "" is neither \/system nor \/session/],
    ['xen+ssh://kvm1/system', /driver "xen" is not supported/],
    ['qemu+libssh2://kvm1/system', /transport "libssh2" is not one of unix, ssh, sshcmd, tcp, tls/],
    ['qemu+ssh:///system', /connects to a remote host, but the URI names none/],
    ['qemu://kvm1/system', /a local \(unix socket\) URI names no host/],
    ['qemu+ssh://root:hunter2@kvm1/system', /carries a password/],
    ['qemu+tcp://kvm1:99999/system', /port 99999 is out of range/],
  ])('fails when the uri is %s', (uri, reason) => {
    expect(() => new LibvirtTarget(newStack(), 'kvm', { hosts: [{ name: 'kvm1', uri }] }))
      .toThrow(reason);
    expect(() => new LibvirtTarget(newStack(), 'kvm', { hosts: [{ name: 'kvm1', uri }] }))
      .toThrow(/\[test\/kvm\] The uri of host "kvm1" is not a libvirt connection URI[\s\S]*allowed: qemu:\/\/\/system/);
  });

  test('fails when the host list is empty', () => {
    expect(() => new LibvirtTarget(newStack(), 'kvm', { hosts: [] })).toThrow(/The target has no hosts/);
  });

  test('fails when two hosts have the same name', () => {
    expect(() => new LibvirtTarget(newStack(), 'kvm', {
      hosts: [{ name: 'kvm1', uri: 'qemu+ssh://a/system' }, { name: 'kvm1', uri: 'qemu+ssh://b/system' }],
    })).toThrow(/Host name "kvm1" is given twice; every host needs its own provider alias/);
  });
});
