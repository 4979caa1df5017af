import { TerraformVariable } from 'cdktf';
import { Credentials, HypervTarget, VsphereTarget } from '../../src';
import { newStack, synth } from '../util';

describe('Credentials', () => {
  test('targets that name the same variables share them', () => {
    const stack = newStack();
    new HypervTarget(stack, 'a', { hosts: [{ name: 'a1' }], credentials: Credentials.fromVariables() });
    new HypervTarget(stack, 'b', { hosts: [{ name: 'b1' }], credentials: Credentials.fromVariables() });
    const out = synth(stack);
    expect(Object.keys(out.variable).sort()).toEqual(['hyperv_password', 'hyperv_user']);
    expect(out.provider.hyperv.map((p: any) => p.password)).toEqual(['${var.hyperv_password}', '${var.hyperv_password}']);
  });

  test('usesEnvironment tells the two kinds apart', () => {
    expect(Credentials.fromEnvironment().usesEnvironment).toBe(true);
    expect(Credentials.fromVariables().usesEnvironment).toBe(false);
  });

  test('fails when the password variable name is taken by a variable that is not sensitive', () => {
    const stack = newStack();
    new TerraformVariable(stack, 'hyperv_password', { type: 'string' });
    expect(() => new HypervTarget(stack, 'hv', { hosts: [{ name: 'hv1' }], credentials: Credentials.fromVariables() }))
      .toThrow(/already has a construct named "hyperv_password" that is not a sensitive credential variable/);
  });

  test('fails when a variable name is not an identifier', () => {
    expect(() => new HypervTarget(newStack(), 'hv', {
      hosts: [{ name: 'hv1' }],
      credentials: Credentials.fromVariables({ userVariable: 'hyperv user' }),
    })).toThrow(/"hyperv user" cannot be the name of a Terraform variable/);
  });
});

describe('credentials of the wrong shape', () => {
  test.each([
    ['Hyper-V', 'hyperv', (stack: any, credentials: any) => new HypervTarget(stack, 'hv', { hosts: [{ name: 'hv1' }], credentials })],
    ['vSphere', 'vsphere', (stack: any, credentials: any) => new VsphereTarget(stack, 'vc', { server: 'vc.example.com', datacenter: 'dc1', credentials })],
  ])('%s: fails when credentials are a plain object, naming its keys but not its password', (_vendor, prefix, make) => {
    const attempt = () => make(newStack(), { user: 'admin', password: 'S3cret!pw' });
    expect(attempt).toThrow(new RegExp(
      'The credentials are not made by Credentials[\\s\\S]*value: +credentials: a plain object with keys user, password \\(values not shown\\)'
      + `[\\s\\S]*fix: +credentials: Credentials.fromVariables\\(\\{ user: '...' \\}\\) and set TF_VAR_${prefix}_password`,
    ));
    expect(attempt).not.toThrow(/S3cret|admin/);
    expect(attempt).not.toThrow(/_bind is not a function/);
  });

  test('fails when credentials are a string', () => {
    expect(() => new HypervTarget(newStack(), 'hv', { hosts: [{ name: 'hv1' }], credentials: 'admin:pw' as any }))
      .toThrow(/value: +credentials: a string \(values not shown\)/);
  });
});
