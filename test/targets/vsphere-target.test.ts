import { App, TerraformOutput } from 'cdktf';
import { Credentials, DesignError, Vendor, VsphereTarget } from '../../src';
import { newStack, synth } from '../util';

describe('VsphereTarget', () => {
  test('configures one vsphere provider for the vCenter and looks up the datacenter', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const target = new VsphereTarget(stack, 'vc', {
      server: 'vcenter.example.com',
      datacenter: 'dc1',
      credentials: Credentials.fromVariables({ user: 'terraform@vsphere.local' }),
    });

    // THEN
    const out = synth(stack);
    expect(out.provider.vsphere).toEqual([
      {
        vsphere_server: 'vcenter.example.com',
        user: 'terraform@vsphere.local',
        password: '${var.vsphere_password}',
        allow_unverified_ssl: false,
      },
    ]);
    expect(out.terraform.required_providers.vsphere).toEqual({ source: 'vmware/vsphere', version: '2.15.0' });
    expect(out.variable.vsphere_password).toMatchObject({ type: 'string', sensitive: true, nullable: false });
    expect(out.variable.vsphere_user).toBeUndefined();
    const datacenters = Object.values<any>(out.data.vsphere_datacenter);
    expect(datacenters).toHaveLength(1);
    expect(datacenters[0]).toMatchObject({ name: 'dc1', provider: 'vsphere' });
    expect(target.vendor).toBe(Vendor.VSPHERE);
    expect(target.hostNames).toEqual([]);
    new TerraformOutput(stack, 'dc', { value: target.datacenterId });
    const dcName = Object.keys(out.data.vsphere_datacenter)[0];
    expect(synth(stack).output.dc.value).toBe(`\${data.vsphere_datacenter.${dcName}.id}`);
  });

  test('leaves user and password to VSPHERE_USER and VSPHERE_PASSWORD by default', () => {
    const stack = newStack();
    new VsphereTarget(stack, 'vc', { server: 'vcenter.example.com', datacenter: 'dc1' });
    const out = synth(stack);
    expect(out.provider.vsphere[0]).not.toHaveProperty('user');
    expect(out.provider.vsphere[0]).not.toHaveProperty('password');
    expect(out.variable).toBeUndefined();
  });

  test('reads user and password from variables with the names given', () => {
    const stack = newStack();
    new VsphereTarget(stack, 'vc', {
      server: '10.0.0.5',
      datacenter: 'dc1',
      allowUnverifiedSsl: true,
      credentials: Credentials.fromVariables({ userVariable: 'vc_user', passwordVariable: 'vc_secret' }),
    });
    const out = synth(stack);
    expect(out.provider.vsphere[0]).toMatchObject({
      user: '${var.vc_user}',
      password: '${var.vc_secret}',
      allow_unverified_ssl: true,
    });
    expect(out.variable.vc_user.sensitive).toBe(false);
    expect(out.variable.vc_secret.sensitive).toBe(true);
  });

  test('gives a second vCenter its own aliased provider and variables', () => {
    const stack = newStack();
    new VsphereTarget(stack, 'east', { server: 'vc-east.example.com', datacenter: 'dc1', credentials: Credentials.fromVariables() });
    const west = new VsphereTarget(stack, 'west', {
      server: 'vc-west.example.com',
      datacenter: 'dc2',
      alias: 'west',
      credentials: Credentials.fromVariables(),
    });
    const out = synth(stack);
    expect(out.provider.vsphere).toHaveLength(2);
    expect(out.provider.vsphere[1]).toMatchObject({ alias: 'west', password: '${var.vsphere_west_password}' });
    expect(Object.keys(out.variable).sort()).toEqual(['vsphere_password', 'vsphere_user', 'vsphere_west_password', 'vsphere_west_user']);
    const dc2 = Object.values<any>(out.data.vsphere_datacenter).find((d) => d.name === 'dc2');
    expect(dc2.provider).toBe('vsphere.west');
    expect(west.providerFor()).toBe(west.providerFor('any-host'));
  });

  test('fails when the server is a URL', () => {
    const stack = newStack();
    expect(() => new VsphereTarget(stack, 'vc', { server: 'https://vcenter.example.com/sdk', datacenter: 'dc1' }))
      .toThrow(/\[test\/vc\] The vCenter server must be a host name or IP address\.[\s\S]*fix: +server: "vcenter\.example\.com"/);
  });

  test('fails when the datacenter name is empty', () => {
    const stack = newStack();
    expect(() => new VsphereTarget(stack, 'vc', { server: 'vc.example.com', datacenter: ' ' }))
      .toThrow(/The datacenter name is empty/);
  });

  test('fails when two targets in a stack use the default provider', () => {
    const stack = newStack();
    new VsphereTarget(stack, 'a', { server: 'vc-a.example.com', datacenter: 'dc1' });
    expect(() => new VsphereTarget(stack, 'b', { server: 'vc-b.example.com', datacenter: 'dc1' }))
      .toThrow(/only one vCenter can use the default provider[\s\S]*VsphereTargetProps\.alias/);
  });

  test('fails when a vCenter gets a second target in the same stack', () => {
    const stack = newStack();
    new VsphereTarget(stack, 'a', { server: 'vc.example.com', datacenter: 'dc1' });
    expect(() => new VsphereTarget(stack, 'b', { server: 'VC.example.com', datacenter: 'dc2', alias: 'b' }))
      .toThrow(/vCenter VC\.example\.com already has a target in this stack \(test\/a\)/);
  });

  test('fails when the alias is not an identifier', () => {
    const stack = newStack();
    expect(() => new VsphereTarget(stack, 'vc', { server: 'vc.example.com', datacenter: 'dc1', alias: 'vc.east' }))
      .toThrow(/"vc\.east" cannot be a Terraform provider alias/);
  });

  test('fails with a DesignError outside a stack', () => {
    let error: unknown;
    try {
      new VsphereTarget(new App(), 'vc', { server: 'vc.example.com', datacenter: 'dc1' });
    } catch (e) {
      error = e;
    }
    expect(DesignError.isDesignError(error)).toBe(true);
    expect(error).toBeInstanceOf(DesignError);
    expect((error as DesignError).message).toMatch(/A target must be created inside a TerraformStack/);
  });
});
