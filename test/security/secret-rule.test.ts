import { VirtualMachine as VsphereVm } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Aspects, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Credentials, FindingStatus, HypervTarget, Image, SecurityBaseline, SecurityFinding, Size, Vendor, VirtualMachine } from '../../src';
import { hypervTarget, libvirtTarget, newStack, vsphereTarget, webDesign } from '../util';

const RULE = 'HVSEC-SECRET-1';
const SECRET = 'hunter2';

/** The findings of the secret rule in a stack built by `build`, and the stack's annotations. */
function check(build: (stack: TerraformStack) => TerraformStack | unknown): { findings: SecurityFinding[]; annotations: string } {
  const fresh = newStack();
  const built = build(fresh);
  const stack = built instanceof TerraformStack ? built : fresh;
  const baseline = new SecurityBaseline();
  Aspects.of(stack).add(baseline);
  Testing.synth(stack);
  const annotations = JSON.stringify(stack.node.findAll().flatMap((c) => c.node.metadata.map((m) => m.data)));
  return { findings: baseline.findingsOf(stack).filter((f) => f.rule === RULE), annotations };
}

const vm = (stack: TerraformStack) => new VsphereVm(stack, 'vm', { name: 'vm', resourcePoolId: 'pool' });

describe('HVSEC-SECRET-1: no literal secrets', () => {
  test('fails when a provider password is set through an override, without showing it', () => {
    // GIVEN a vSphere target whose provider gets a password literal through an override
    const { findings, annotations } = check((s) => {
      const target = vsphereTarget(s);
      (target.providerFor() as any).addOverride('password', SECRET);
    });
    // THEN the provider block is non-compliant, named by attribute, the value not shown anywhere
    const failed = findings.filter((f) => f.status === FindingStatus.NON_COMPLIANT);
    expect(failed.map((f) => f.path)).toEqual(['test/target/Provider']);
    expect(failed[0].message).toMatch(/^password is a literal \(value not shown\): give a reference to a sensitive variable/);
    expect(JSON.stringify(findings)).not.toContain(SECRET);
    expect(annotations).toMatch(/\[HVSEC-SECRET-1\] Passwords and other secrets are not written into the configuration as literals: password is a literal/);
    expect(annotations).not.toContain(SECRET);
  });

  test('fails when a provisioner connection has a password literal', () => {
    const { findings } = check((s) => {
      vm(s).addOverride('provisioner', [{ 'remote-exec': { inline: ['true'], connection: { type: 'ssh', host: 'h', password: SECRET } } }]);
    });
    expect(findings.map((f) => [f.status, f.message?.split(' ')[0]])).toEqual([
      [FindingStatus.NON_COMPLIANT, 'provisioner[0].remote-exec.connection.password'],
    ]);
  });

  test.each([
    [Vendor.VSPHERE, 'extra_config.guestinfo.admin.password'],
    [Vendor.HYPERV, 'connection.password'],
    [Vendor.LIBVIRT, 'connection.password'],
  ])('fails when a library VM gets a password through its %s vendor override (%s)', (vendor, path) => {
    // GIVEN the design's VM with a password literal set through the escape hatch
    const { findings } = check(() => {
      const stack = webDesign((s) => (vendor === Vendor.VSPHERE ? vsphereTarget(s) : vendor === Vendor.HYPERV ? hypervTarget(s) : libvirtTarget(s)),
        { image: Image.template('ubuntu-24.04', { size: Size.gibibytes(20) }) });
      (stack.node.findChild('web1') as VirtualMachine).addVendorOverride(vendor, path, SECRET);
      return stack;
    });
    // THEN the baseline fails the VM's resource, naming the attribute
    const failed = findings.filter((f) => f.status === FindingStatus.NON_COMPLIANT);
    expect(failed.map((f) => f.message?.split(' ')[0])).toEqual([path]);
    expect(failed[0].path).toMatch(/^test\/web1\//);
  });

  test('fails when a Windows customization admin password is a literal', () => {
    const { findings } = check((s) => {
      vm(s).addOverride('clone', { template_uuid: 't', customize: { windows_options: { computer_name: 'w', admin_password: SECRET } } });
    });
    expect(findings[0].status).toBe(FindingStatus.NON_COMPLIANT);
    expect(findings[0].message).toMatch(/^clone\.customize\.windows_options\.admin_password is a literal/);
  });

  test('fails when a literal ${ is escaped: an escaped value is text, not a reference', () => {
    const { findings } = check((s) => vm(s).addOverride('extra_config', { 'guestinfo.password': '$${var.not_a_reference}' }));
    expect(findings.map((f) => f.status)).toEqual([FindingStatus.NON_COMPLIANT]);
  });

  test('accepts references to sensitive variables, file() and libvirt secret UUIDs', () => {
    const { findings } = check((s) => {
      const password = new TerraformVariable(s, 'pw', { type: 'string', sensitive: true });
      vm(s).addOverride('provisioner', [{ 'remote-exec': { inline: ['true'], connection: { type: 'ssh', host: 'h', password: password.stringValue, private_key: '${file("id")}' } } }]);
      new HypervTarget(s, 'hv', { hosts: [{ name: 'hv1' }], credentials: Credentials.fromVariables() });
    });
    expect(findings.map((f) => f.status)).toEqual([FindingStatus.COMPLIANT, FindingStatus.COMPLIANT]);
  });

  test('accepts the library\'s own Hyper-V scripts, whose WinRM connection reads the password variable', () => {
    const { findings } = check((s) => {
      new HypervTarget(s, 'target', {
        hosts: [{ name: 'hv1' }], credentials: Credentials.fromVariables(), remotePowerShell: true, externalSwitch: { adapters: ['Ethernet 2'] },
      });
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.status === FindingStatus.COMPLIANT)).toBe(true);
  });

  test('does not report resources without secret attributes', () => {
    const { findings } = check((s) => vm(s));
    expect(findings).toEqual([]);
  });

  test('a suppression with a reason covers a literal secret', () => {
    const { findings } = check((s) => {
      const r = vm(s);
      r.addOverride('extra_config', { 'guestinfo.demo.password': 'demo-only' });
      SecurityBaseline.suppress(r, RULE, 'Throw-away password of a demo appliance, reset on first boot');
    });
    expect(findings.map((f) => f.status)).toEqual([FindingStatus.SUPPRESSED]);
  });
});
