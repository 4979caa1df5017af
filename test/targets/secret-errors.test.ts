import { Credentials, HypervTarget, LibvirtTarget, VsphereTarget } from '../../src';
import { DesignError } from '../../src/model/errors';
import { newStack } from '../util';

const SECRET = 'hunter2';

/** The DesignError `make` throws; fails the test if it throws nothing or something else. */
function designErrorOf(make: () => unknown): DesignError {
  try {
    make();
  } catch (e) {
    expect(DesignError.isDesignError(e)).toBe(true);
    return e as DesignError;
  }
  throw new Error('expected a DesignError, nothing was thrown');
}

/** THEN the error does not show the secret, in its message or in any of its parts. */
function expectNoSecret(err: DesignError): void {
  for (const text of [err.message, err.problem, err.value, err.allowed, err.fix, String(err.stack)]) {
    expect(text ?? '').not.toContain(SECRET);
  }
}

describe('errors about values that carry credentials do not show the secret', () => {
  test('fails when a libvirt uri carries a password, showing the uri with the password hidden', () => {
    // GIVEN a libvirt host whose uri has a password
    const err = designErrorOf(() => new LibvirtTarget(newStack(), 'kvm', { hosts: [{ name: 'kvm1', uri: `qemu+ssh://root:${SECRET}@kvm1/system` }] }));
    // THEN it is refused for the password, and the value is redacted
    expect(err.message).toMatch(/carries a password/);
    expect(err.value).toBe('"qemu+ssh://root:****@kvm1/system"');
    expectNoSecret(err);
  });

  test('fails when a libvirt uri with a password is wrong for another reason, still hiding the password', () => {
    const err = designErrorOf(() => new LibvirtTarget(newStack(), 'kvm', { hosts: [{ name: 'kvm1', uri: `qemu+telnet://root:${SECRET}@kvm1/system` }] }));
    expect(err.message).toMatch(/transport "telnet"/);
    expectNoSecret(err);
  });

  test('fails when a libvirt uri is malformed around its password, still hiding it', () => {
    const err = designErrorOf(() => new LibvirtTarget(newStack(), 'kvm', { hosts: [{ name: 'kvm1', uri: `qemu+ssh://root:${SECRET}#x@kvm1/system` }] }));
    expect(err.message).toMatch(/not a URI of the form/);
    expectNoSecret(err);
  });

  test('fails when a libvirt uri has a secret query parameter, hiding its value', () => {
    const err = designErrorOf(() => new LibvirtTarget(newStack(), 'kvm', { hosts: [{ name: 'kvm1', uri: `qemu+tcp://kvm1/session?password=${SECRET}#` }] }));
    expect(err.message).toMatch(/The uri of host "kvm1"/);
    expect(err.value).toContain('password=****');
    expectNoSecret(err);
  });

  test('fails when the libvirt disk secret is a passphrase instead of a UUID, without showing it', () => {
    const err = designErrorOf(() => new LibvirtTarget(newStack(), 'kvm', {
      hosts: [{ name: 'kvm1', uri: 'qemu+ssh://root@kvm1/system' }],
      encryption: { diskSecret: SECRET },
    }));
    expect(err.message).toMatch(/encryption\.diskSecret is not the UUID of a libvirt secret/);
    expect(err.value).toBe('**** (hidden, 7 characters)');
    expectNoSecret(err);
  });

  test('fails when the vCenter server is a URL with credentials, suggesting the bare host', () => {
    const err = designErrorOf(() => new VsphereTarget(newStack(), 'vc', { server: `https://admin:${SECRET}@vc.example.com/sdk`, datacenter: 'dc1' }));
    expect(err.message).toMatch(/The vCenter server must be a host name or IP address/);
    expect(err.value).toBe('"https://admin:****@vc.example.com/sdk"');
    expect(err.fix).toBe('server: "vc.example.com"');
    expectNoSecret(err);
  });

  test('fails when a Hyper-V host address carries user and password', () => {
    const err = designErrorOf(() => new HypervTarget(newStack(), 'hv', { hosts: [{ name: 'hv1', address: `admin:${SECRET}@hv1.corp.example` }] }));
    expect(err.message).toMatch(/The address of host "hv1" is not a host name or IP address/);
    expect(err.value).toBe('"admin:****@hv1.corp.example"');
    expectNoSecret(err);
  });

  test('fails when the password variable is given a password instead of a name, without showing it', () => {
    const err = designErrorOf(() => new HypervTarget(newStack(), 'hv', {
      hosts: [{ name: 'hv1' }],
      credentials: Credentials.fromVariables({ passwordVariable: `${SECRET}!` }),
    }));
    expect(err.message).toMatch(/The name of the password variable cannot be the name of a Terraform variable/);
    expectNoSecret(err);
  });
});
