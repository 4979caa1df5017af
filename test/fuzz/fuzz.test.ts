import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCase } from './cases';
import { caseSpec } from './designs';
import { evaluatedParts, isLibraryReference, powerShellInjections, powerShellParts, terraformInjections } from './inert';

describe('random designs (24 here; `npm run fuzz` runs 10,000)', () => {
  test('end in a DesignError, or in output that conforms, keeps hostile strings inert and synthesizes twice alike', () => {
    // GIVEN the first cases of a fixed seed
    const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-test-'));
    const outcomes = { synthesized: 0, refused: 0, failed: [] as string[] };
    try {
      for (let seed = 7000; seed < 7024; seed++) {
        // WHEN each is built and synthesized
        const { outcome } = runCase(seed, workdir);
        if (outcome.kind === 'failed') outcomes.failed.push(`${seed}: ${outcome.problems.join('; ')}`);
        else outcomes[outcome.kind]++;
      }
    } finally {
      fs.rmSync(workdir, { recursive: true, force: true });
    }
    // THEN none fails (`npm run fuzz -- --case <seed>` shows a failure in full), and the generator
    // reaches both ends
    expect(outcomes.failed).toEqual([]);
    expect(outcomes.synthesized).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(2);
  });

  test('the same seed gives the same case', () => {
    expect(caseSpec(123)).toEqual(caseSpec(123));
    expect(caseSpec(123)).not.toEqual(caseSpec(124));
  });
});

describe('Terraform oracle', () => {
  const config = { variable: { v: {} }, resource: { hyperv_vhd: { os: {} } }, data: { vsphere_datacenter: { dc: {} } } };

  test('finds interpolations and directives, and skips escaped ones', () => {
    expect(evaluatedParts('a ${x} $${y} %{ if z }b%{ endif } %%{w}').map((p) => p.expression)).toEqual(['x', ' if z ', ' endif ']);
    expect(evaluatedParts('${f("}")}').map((p) => p.expression)).toEqual(['f("}")']);
  });

  test('accepts references to declared elements only', () => {
    expect(isLibraryReference('var.v', config)).toBe(true);
    expect(isLibraryReference('hyperv_vhd.os.path', config)).toBe(true);
    expect(isLibraryReference('data.vsphere_datacenter.dc.id', config)).toBe(true);
    expect(isLibraryReference('HOME', config)).toBe(false);
    expect(isLibraryReference('var.other', config)).toBe(false);
    expect(isLibraryReference('file("/etc/hostname")', config)).toBe(true);
    expect(isLibraryReference('file("${x}")', config)).toBe(false);
  });

  test('reports user strings that Terraform would evaluate', () => {
    expect(terraformInjections({ ...config, resource: { hyperv_vhd: { os: { path: 'C:\\${HOME}', ok: '$${HOME} ${var.v}' } } } })).toEqual([
      'resource.hyperv_vhd.os.path: Terraform would evaluate "${HOME}"',
    ]);
  });
});

describe('PowerShell oracle', () => {
  test('splits literals (any single quote, doubled to escape), comments and expandable strings', () => {
    const parts = powerShellParts("# it's a comment\n$a = 'D:\\Bob''s' + \"it's $(x)\" # tail\n$b = \u2018x\u2019\u2019y\u2019");
    expect(parts.literals).toEqual(["D:\\Bob's", 'x\u2019y']);
    expect(parts.comments).toEqual([" it's a comment", ' tail']);
    expect(parts.problems).toEqual([]);
  });

  test('accepts hostile strings inside single-quoted literals', () => {
    expect(powerShellInjections("Get-VM -Name '''+$(Get-Date)+''' # VM '''+$(Get-Date)+'''", ["'+$(Get-Date)+'"])).toEqual([]);
    expect(powerShellInjections("New-Item -Path 'D:\\Bob''s'", ["D:\\Bob's"])).toEqual([]);
  });

  test('reports hostile strings that break out of their literal or comment', () => {
    expect(powerShellInjections("Get-VM -Name ''+$(Get-Date)+''", ["'+$(Get-Date)+'"])).toEqual([
      '"\'+$(Get-Date)+\'" appears 1 time(s) outside a single-quoted literal',
    ]);
    expect(powerShellInjections("New-Item -Path 'D:\\Bob's'", ["D:\\Bob's"])).toEqual([
      'unterminated single-quoted string from offset 24',
      '"D:\\\\Bob\'s" appears 1 time(s) outside a single-quoted literal',
    ]);
    expect(powerShellInjections("$x = 'a\u2019;Stop-Computer;\u2018'", ['a\u2019;Stop-Computer;\u2018'])).toHaveLength(1);
    expect(powerShellInjections('# VM line1\nInvoke-Danger', ['line1\nInvoke-Danger'])).toHaveLength(1);
    expect(powerShellInjections('Write-Host "$(Get-Date)"', ["'+$(Get-Date)+'", '"$(Get-Date)"'])).toHaveLength(1);
  });

  test('accepts a reference only as a quote-doubled value inside a literal', () => {
    expect(powerShellInjections("Get-VM -Name '${replace(var.n, \"'\", \"''\")}'", [])).toEqual([]);
    expect(powerShellInjections("Get-VM -Name '${var.n}'", [])).toEqual(['the reference ${var.n} is spliced into the script without doubling its quotes']);
    expect(powerShellInjections('Get-VM -Name ${var.n}', [])).toEqual(['the reference ${var.n} is spliced into the script outside a single-quoted literal']);
    expect(powerShellInjections("Write-Host '$${HOME}'", ['${HOME}'])).toEqual([]);
  });
});
