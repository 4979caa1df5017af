import { DataResource, Testing } from 'cdktf';
import { ScriptResource, ScriptResourceConfig } from '../../src/targets/hyperv/script-resource';
import { newStack, synth } from '../util';

describe('ScriptResource', () => {
  const config = (): ScriptResourceConfig => ({
    triggersReplace: { vm: 'web1', script: 'abc123' },
    connection: { type: 'winrm', host: 'hv1', user: '${var.user}', password: '${var.password}', https: true, port: 5986 },
    provisioners: [
      { type: 'file', content: 'Get-VM', destination: 'C:/Windows/Temp/x.ps1' },
      { type: 'remote-exec', inline: ['powershell.exe -File C:/Windows/Temp/x.ps1'] },
    ],
  });

  test('writes the same terraform_data as cdktf\'s DataResource', () => {
    const stack = newStack();
    const first = new DataResource(stack, 'first', {});
    new DataResource(stack, 'full', { ...config(), dependsOn: [first] });
    const light = new ScriptResource(stack, 'light', config());
    new ScriptResource(stack, 'after', { ...config(), dependsOn: [light] });
    const out = synth(stack).resource.terraform_data;
    const { ['//']: _full, depends_on: fullDeps, ...full } = out.full;
    const { ['//']: _light, ...light_ } = out.light;
    expect(light_).toEqual(full);
    expect(light_.triggers_replace).toEqual({ vm: 'web1', script: 'abc123' });
    expect(light_.provisioner).toHaveLength(2);
    expect(fullDeps).toEqual(['terraform_data.first']);
    expect(out.after.depends_on).toEqual(['terraform_data.light']);
  });

  test('checks the Terraform version once per stack, not once per resource', () => {
    const stack = newStack();
    const validations = () => (stack.node as any)._validations.length;
    const before = validations();
    expect(ScriptResource.checksTerraformVersion(stack)).toBe(false);
    new ScriptResource(stack, 'a', config());
    new ScriptResource(stack, 'b', config());
    expect(ScriptResource.checksTerraformVersion(stack)).toBe(true);
    // the check is one validation of the stack itself
    expect(validations()).toBe(before + 1);
  });

  test('writes HCL like DataResource', () => {
    const stack = newStack();
    new DataResource(stack, 'full', config());
    new ScriptResource(stack, 'light', config());
    const hcl = Testing.synthHcl(stack);
    const block = (name: string) => hcl.slice(hcl.indexOf(`resource "terraform_data" "${name}"`)).split('\n}\n')[0];
    expect(block('light').replace('"light"', '"full"')).toBe(block('full'));
  });
});
