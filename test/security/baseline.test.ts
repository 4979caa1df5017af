import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { VirtualMachine as VsphereVm } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { App, Aspects, TerraformStack, Testing } from 'cdktf';
import { DesignError, FindingStatus, ISecurityRule, SecurityBaseline, Severity, Vendor } from '../../src';
import { newStack, testApp } from '../util';

/** A vSphere VM without logging (a warning rule) and a port group allowing promiscuous mode (an error rule). */
function insecure(stack: TerraformStack): { vm: VsphereVm; pg: DistributedPortGroup } {
  new VsphereProvider(stack, 'vsphere', { user: 'u', password: '${var.vsphere_password}', vsphereServer: 'vc' });
  const vm = new VsphereVm(stack, 'vm', { name: 'vm', resourcePoolId: 'pool', firmware: 'efi', efiSecureBootEnabled: true });
  const pg = new DistributedPortGroup(stack, 'pg', { name: 'pg', distributedVirtualSwitchUuid: 'dvs', allowPromiscuous: true });
  return { vm, pg };
}

/** A custom rule: vSphere VM names start with `acme-`. */
const acmeRule: ISecurityRule = {
  id: 'ACME-1',
  title: 'VM names start with acme-',
  severity: Severity.WARNING,
  rationale: 'The inventory tools of ACME find VMs by the prefix of their names and miss the others.',
  references: ['ACME naming standard'],
  resourceTypes: { vsphere_virtual_machine: Vendor.VSPHERE },
  check: (r) => ({ status: String(r.attributes.name).startsWith('acme-') ? FindingStatus.COMPLIANT : FindingStatus.NON_COMPLIANT }),
};

describe('SecurityBaseline', () => {
  test('turns findings into annotations by severity, with the rule ID', () => {
    const stack = newStack();
    const { vm, pg } = insecure(stack);
    Aspects.of(stack).add(new SecurityBaseline());
    Testing.synth(stack);
    const messages = (c: any) => c.node.metadata.map((m: any) => `${m.type} ${m.data}`);
    expect(messages(vm).join('\n')).toMatch(/^@cdktf\/warn \[HVSEC-VSPHERE-3\] VM diagnostic logging is on: enable_logging is not true$/m);
    expect(messages(pg).join('\n')).toMatch(/^@cdktf\/error \[HVSEC-VSPHERE-4\] .*allow_promiscuous is true/m);
  });

  test('an error finding fails the synth; a suppression with a reason lets it pass and is reported', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-'));
    try {
      const failing = new App({ outdir });
      const failingStack = new TerraformStack(failing, 'site');
      insecure(failingStack);
      Aspects.of(failingStack).add(new SecurityBaseline());
      expect(() => failing.synth()).toThrow(/HVSEC-VSPHERE-4/);

      const app = new App({ outdir });
      const stack = new TerraformStack(app, 'site');
      const { pg } = insecure(stack);
      SecurityBaseline.suppress(pg, 'HVSEC-VSPHERE-4', 'Port group of the IDS sensor, which must see all traffic');
      const baseline = new SecurityBaseline();
      Aspects.of(stack).add(baseline);
      app.synth();
      const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'site', SecurityBaseline.REPORT_FILE), 'utf8'));
      expect(report.summary).toEqual(expect.objectContaining({ suppressed: 1 }));
      expect(report.findings).toContainEqual(expect.objectContaining({
        rule: 'HVSEC-VSPHERE-4',
        severity: Severity.ERROR,
        status: FindingStatus.SUPPRESSED,
        address: 'vsphere_distributed_port_group.pg',
        suppressionReason: 'Port group of the IDS sensor, which must see all traffic',
      }));
      expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'HVSEC-VSPHERE-3', status: FindingStatus.NON_COMPLIANT }));
      expect(report.rules.map((r: any) => r.id)).toContain('HVSEC-VSPHERE-4');
      expect(baseline.findingsOf(stack).length).toBeGreaterThan(report.findings.length); // compliant findings are not in the file
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('a suppression on a scope covers the resources under it', () => {
    const stack = newStack();
    insecure(stack);
    SecurityBaseline.suppress(stack, 'HVSEC-VSPHERE-3', 'Logging is collected by the guest agent instead');
    const baseline = new SecurityBaseline();
    Aspects.of(stack).add(baseline);
    Testing.synth(stack);
    const logging = baseline.findingsOf(stack).filter((f) => f.rule === 'HVSEC-VSPHERE-3');
    expect(logging.map((f) => f.status)).toEqual([FindingStatus.SUPPRESSED]);
  });

  test('a suppression needs a reason of at least 10 characters', () => {
    const stack = newStack();
    expect(() => SecurityBaseline.suppress(stack, 'HVSEC-VM-1', 'legacy')).toThrow(DesignError);
    expect(() => SecurityBaseline.suppress(stack, 'HVSEC-VM-1', '          legacy   ')).toThrow(/at least 10 characters/);
    expect(() => SecurityBaseline.suppress(stack, 'HVSEC-VM-1', 'BIOS-only appliance image')).not.toThrow();
  });

  test('a custom rule can be suppressed, also before its baseline is created, and is reported with its rule', () => {
    // GIVEN a suppression of a custom rule, made before the baseline that has the rule
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-'));
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, 'site');
      const { vm } = insecure(stack);
      SecurityBaseline.suppress(vm, 'ACME-1', 'The ACME naming rule does not cover appliances');
      const baseline = new SecurityBaseline({ rules: [...SecurityBaseline.RULES, acmeRule] });
      Aspects.of(stack).add(baseline);
      SecurityBaseline.suppress(stack, 'HVSEC-VSPHERE-4', 'Port group of the IDS sensor, which must see all traffic');
      // WHEN the app is synthesized
      app.synth();
      // THEN the custom rule's finding is suppressed, with the reason and the rule in the report
      const acme = baseline.findingsOf(stack).filter((f) => f.rule === 'ACME-1');
      expect(acme).toEqual([expect.objectContaining({ status: FindingStatus.SUPPRESSED, suppressionReason: 'The ACME naming rule does not cover appliances' })]);
      const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'site', SecurityBaseline.REPORT_FILE), 'utf8'));
      expect(report.rules).toContainEqual(expect.objectContaining({ id: 'ACME-1', title: acmeRule.title }));
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('a custom rule of a baseline of another stack of the app can be suppressed', () => {
    const app = testApp();
    const other = new TerraformStack(app, 'other');
    Aspects.of(other).add(new SecurityBaseline({ rules: [acmeRule] }));
    const stack = new TerraformStack(app, 'site');
    insecure(stack);
    SecurityBaseline.suppress(stack, 'ACME-1', 'Names of this site follow the old scheme');
    Aspects.of(stack).add(new SecurityBaseline({ rules: SecurityBaseline.RULES.filter((r) => r.severity === Severity.WARNING) }));
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test.each([
    ['with a baseline', true],
    ['without any baseline', false],
  ])('fails when a suppression names a rule no baseline of the app has (%s)', (_, withBaseline) => {
    // GIVEN a suppression of a rule ID that neither the built-in rules nor any baseline's rules have
    const stack = newStack();
    const { vm } = insecure(stack);
    SecurityBaseline.suppress(vm, 'ACME-2', 'a good long reason');
    const warnings = SecurityBaseline.RULES.filter((r) => r.severity === Severity.WARNING);
    if (withBaseline) Aspects.of(stack).add(new SecurityBaseline({ rules: [...warnings, acmeRule] }));
    // WHEN the stack is synthesized THEN the suppression fails with the rule IDs there are
    expect(() => Testing.synth(stack, true)).toThrow(/\[test\/vm\] There is no security rule ACME-2 to suppress[\s\S]*allowed: HVSEC-VM-1, [^\n]*HVSEC-NET-1/);
    if (withBaseline) {
      // the baseline itself refuses it too, also where validations do not run
      expect(() => Testing.synth(stack)).toThrow(/no security rule ACME-2[\s\S]*ACME-1/);
    }
  });

  test('annotates at most 20 resources per rule and outcome, and counts the others on the stack', () => {
    // GIVEN 25 vSphere VMs without diagnostic logging
    const stack = newStack();
    new VsphereProvider(stack, 'vsphere', { user: 'u', password: 'p', vsphereServer: 'vc' });
    const vms = Array.from({ length: 25 }, (_, i) => new VsphereVm(stack, `vm${i + 1}`, {
      name: `vm${i + 1}`, resourcePoolId: 'pool', firmware: 'efi', efiSecureBootEnabled: true,
    }));
    const baseline = new SecurityBaseline({ rules: SecurityBaseline.RULES.filter((r) => r.id === 'HVSEC-VSPHERE-3') });
    Aspects.of(stack).add(baseline);
    // WHEN the stack is synthesized
    Testing.synth(stack);
    // THEN the first 20 VMs carry the warning, the stack counts the other 5, and every finding is kept
    const warnings = (c: any) => c.node.metadata.filter((m: any) => m.type === '@cdktf/warn').map((m: any) => m.data);
    expect(vms.map((vm) => warnings(vm).length)).toEqual([...Array(20).fill(1), ...Array(5).fill(0)]);
    expect(warnings(stack)).toEqual([
      '[HVSEC-VSPHERE-3] VM diagnostic logging is on: 5 more resources break the rule (only the first 20 are annotated; every finding is in security-report.json)',
    ]);
    expect(baseline.findingsOf(stack).filter((f) => f.status === FindingStatus.NON_COMPLIANT)).toHaveLength(25);
  });

  test('runs only the rules it is given', () => {
    const stack = newStack();
    insecure(stack);
    const only = SecurityBaseline.RULES.filter((r) => r.id === 'HVSEC-VM-1');
    const baseline = new SecurityBaseline({ rules: only });
    Aspects.of(stack).add(baseline);
    Testing.synth(stack);
    expect(new Set(baseline.findingsOf(stack).map((f) => f.rule))).toEqual(new Set(['HVSEC-VM-1']));
  });

  test('every rule has an ID, a rationale and references', () => {
    const ids = SecurityBaseline.RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of SecurityBaseline.RULES) {
      expect(rule.id).toMatch(/^HVSEC-[A-Z]+-\d+$/);
      expect(rule.rationale.length).toBeGreaterThan(30);
      expect(rule.references.length).toBeGreaterThan(0);
    }
  });
});
