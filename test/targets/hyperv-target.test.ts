import { Credentials, DesignError, HypervTarget, Vendor } from '../../src';
import { newStack, synth } from '../util';

const twoHosts = [
  { name: 'hv1', address: 'hv1.corp.example.com' },
  { name: 'hv2', address: 'hv2.corp.example.com' },
];

describe('HypervTarget', () => {
  test('configures one hyperv provider alias per host', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const target = new HypervTarget(stack, 'hv', { hosts: twoHosts, credentials: Credentials.fromVariables() });

    // THEN
    const out = synth(stack);
    const aliasFor = (name: string) => ({
      alias: name,
      host: `${name}.corp.example.com`,
      port: 5986,
      https: true,
      insecure: false,
      use_ntlm: true,
      timeout: '30s',
      user: '${var.hyperv_user}',
      password: '${var.hyperv_password}',
    });
    expect(out.provider.hyperv).toEqual([aliasFor('hv1'), aliasFor('hv2')]);
    expect(out.terraform.required_providers.hyperv).toEqual({ source: 'taliesins/hyperv', version: '1.2.1' });
    expect(out.variable.hyperv_password).toMatchObject({ sensitive: true, type: 'string' });
    expect(target.vendor).toBe(Vendor.HYPERV);
    expect(target.hostNames).toEqual(['hv1', 'hv2']);
  });

  test('leaves credentials to HYPERV_USER and HYPERV_PASSWORD by default', () => {
    const stack = newStack();
    new HypervTarget(stack, 'hv', { hosts: [{ name: 'hv1' }] });
    const out = synth(stack);
    expect(out.provider.hyperv[0]).toMatchObject({ alias: 'hv1', host: 'hv1' });
    expect(out.provider.hyperv[0]).not.toHaveProperty('user');
    expect(out.provider.hyperv[0]).not.toHaveProperty('password');
    expect(out.variable).toBeUndefined();
  });

  test('passes the WinRM options to every alias', () => {
    const stack = newStack();
    new HypervTarget(stack, 'hv', {
      hosts: [{ name: 'hv1', port: 15985 }, { name: 'hv2' }],
      winrm: {
        https: false,
        insecure: true,
        kerberos: { realm: 'CORP.EXAMPLE.COM', servicePrincipalName: 'WSMAN/hv', configPath: '/etc/krb5.conf', credentialCache: '/tmp/cc' },
        scriptPath: 'C:/Temp/tf_%RAND%.cmd',
        timeoutSeconds: 120,
      },
    });
    const [hv1, hv2] = synth(stack).provider.hyperv;
    expect(hv1).toMatchObject({ port: 15985, https: false, insecure: true, use_ntlm: false });
    expect(hv2).toMatchObject({
      port: 5985,
      kerberos_realm: 'CORP.EXAMPLE.COM',
      kerberos_service_principal_name: 'WSMAN/hv',
      kerberos_config: '/etc/krb5.conf',
      kerberos_credential_cache: '/tmp/cc',
      script_path: 'C:/Temp/tf_%RAND%.cmd',
      timeout: '120s',
    });
  });

  test('passes TLS and client-certificate settings', () => {
    const stack = newStack();
    new HypervTarget(stack, 'hv', {
      hosts: [{ name: 'hv1' }],
      winrm: { tlsServerName: 'hv1.corp', caCertPath: '/ca.pem', certPath: '/c.pem', keyPath: '/k.pem' },
    });
    expect(synth(stack).provider.hyperv[0]).toMatchObject({
      tls_server_name: 'hv1.corp',
      cacert_path: '/ca.pem',
      cert_path: '/c.pem',
      key_path: '/k.pem',
    });
  });

  test('providerFor returns the alias of the named host', () => {
    const stack = newStack();
    const target = new HypervTarget(stack, 'hv', { hosts: twoHosts });
    expect(target.providerFor('hv2').alias).toBe('hv2');
    expect(() => target.providerFor()).toThrow(/several hosts; say which one[\s\S]*"hv1", "hv2"/);
    expect(() => target.providerFor('hv3')).toThrow(/no host named "hv3"/);
  });

  test('fails when the host list is empty', () => {
    expect(() => new HypervTarget(newStack(), 'hv', { hosts: [] })).toThrow(DesignError);
    expect(() => new HypervTarget(newStack(), 'hv', { hosts: [] }))
      .toThrow(/\[test\/hv\] The target has no hosts\.[\s\S]*allowed: one or more hosts/);
  });

  test('fails when two hosts have the same name, whatever the case', () => {
    expect(() => new HypervTarget(newStack(), 'hv', { hosts: [{ name: 'hv1' }, { name: 'HV1' }] }))
      .toThrow(/Host name "HV1" is given twice \(also as "hv1"\)/);
  });

  test('fails when a host name cannot be a provider alias', () => {
    expect(() => new HypervTarget(newStack(), 'hv', { hosts: [{ name: 'hv1.corp.example.com' }] }))
      .toThrow(/Host name "hv1\.corp\.example\.com" cannot be a Terraform provider alias[\s\S]*give its DNS name or address separately/);
  });

  test('fails when an address carries a scheme', () => {
    expect(() => new HypervTarget(newStack(), 'hv', { hosts: [{ name: 'hv1', address: 'https://hv1:5986' }] }))
      .toThrow(/The address of host "hv1" is not a host name or IP address/);
  });

  test('fails when a port is out of range', () => {
    expect(() => new HypervTarget(newStack(), 'hv', { hosts: [{ name: 'hv1', port: 70000 }] }))
      .toThrow(/The WinRM port of host "hv1" is out of range[\s\S]*value: +70000[\s\S]*1 to 65535/);
  });

  test('fails when NTLM and Kerberos are both asked for', () => {
    expect(() => new HypervTarget(newStack(), 'hv', {
      hosts: [{ name: 'hv1' }],
      winrm: { useNtlm: true, kerberos: { realm: 'CORP' } },
    })).toThrow(/cannot authenticate with NTLM and Kerberos at once/);
  });

  test('fails when a client certificate has no key', () => {
    expect(() => new HypervTarget(newStack(), 'hv', { hosts: [{ name: 'hv1' }], winrm: { certPath: '/c.pem' } }))
      .toThrow(/needs both the certificate and its key/);
  });
});
