import { TerraformVariable } from 'cdktf';
import { Credentials, HypervTarget } from '../../src';
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
