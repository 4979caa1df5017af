import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { VirtualMachine as VsphereVm } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { App, Aspects, TerraformStack, Testing } from 'cdktf';
import { DesignError, FindingStatus, SecurityBaseline, Severity } from '../../src';
import { newStack } from '../util';

/** A vSphere VM without logging (a warning rule) and a port group allowing promiscuous mode (an error rule). */
function insecure(stack: TerraformStack): { vm: VsphereVm; pg: DistributedPortGroup } {
  new VsphereProvider(stack, 'vsphere', { user: 'u', password: '${var.vsphere_password}', vsphereServer: 'vc' });
  const vm = new VsphereVm(stack, 'vm', { name: 'vm', resourcePoolId: 'pool', firmware: 'efi', efiSecureBootEnabled: true });
  const pg = new DistributedPortGroup(stack, 'pg', { name: 'pg', distributedVirtualSwitchUuid: 'dvs', allowPromiscuous: true });
  return { vm, pg };
}

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

  test('a suppression needs a known rule and a reason of at least 10 characters', () => {
    const stack = newStack();
    expect(() => SecurityBaseline.suppress(stack, 'HVSEC-VM-1', 'legacy')).toThrow(DesignError);
    expect(() => SecurityBaseline.suppress(stack, 'HVSEC-VM-1', '          legacy   ')).toThrow(/at least 10 characters/);
    expect(() => SecurityBaseline.suppress(stack, 'NOPE-1', 'a good long reason')).toThrow(/no security rule NOPE-1/);
    expect(() => SecurityBaseline.suppress(stack, 'HVSEC-VM-1', 'BIOS-only appliance image')).not.toThrow();
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
