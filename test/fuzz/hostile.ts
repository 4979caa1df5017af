import { TerraformStack, TerraformVariable } from 'cdktf';
import { Rng } from './rng';

/*
 * Hostile input: strings that would become code (Terraform interpolation and template directives,
 * PowerShell subexpressions, quote breakers, line breaks), names that collide with
 * Object.prototype, and Terraform variable tokens. A design records each one it uses, so that the
 * oracles can look for it in the output.
 */

/** Strings that must stay data wherever they land. */
export const HOSTILE_STRINGS: readonly string[] = [
  '${file("/etc/hostname")}',
  '${HOME}',
  'a%{ if true }b%{ endif }',
  '%{for x in ["a"]}${x}%{endfor}',
  '$${pre-escaped}',
  "'+$(Get-Date)+'",
  "x';Remove-Item -Recurse C:\\;'",
  "D:\\Bob's",
  '\u2018typo\u2019graphic \u201Cquotes\u201D',
  'x\u2019;Stop-Computer;\u2018',
  '"; Stop-Computer; "',
  '`$(whoami)`',
  'line1\nInvoke-Danger',
  'cr\r\nlf',
  'nul\u0000byte',
  'rtl\u202Eexe.txt',
  'tab\there',
  '<b>&amp;</b> # not a heading',
  '# heading\n- [x] injected step',
  'a]]>\u2028b',
  'C:\\Program Files\\Hyper-V\\$env:TEMP',
  '\\\\server\\share$\\x',
  '#cloud-config\nruncmd: [ "${PATH}" ]',
  'x'.repeat(70),
  'L'.repeat(2000),
  ' leading and trailing ',
  'emoji \u{1F680} \u00e9\u00e8',
];

/** Names that are valid identifiers but collide with properties of every JavaScript object. */
export const PROTOTYPE_NAMES: readonly string[] = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

/** What hostile input a case used. */
export class Hostility {
  /** Every hostile string the design used. */
  public readonly strings = new Set<string>();
  /** Text forms of the number tokens the design used (they must never reach a file). */
  public readonly numberTokens = new Set<number>();
  /** Whether the design used any token. */
  public tokens = 0;
  private variables = 0;

  constructor(private readonly rng: Rng, private readonly stack: () => TerraformStack) {}

  /** A hostile string (recorded). */
  public string(): string {
    const s = this.rng.pick(HOSTILE_STRINGS);
    this.strings.add(s);
    return s;
  }

  /** A name that collides with Object.prototype (recorded). */
  public prototypeName(): string {
    const s = this.rng.pick(PROTOTYPE_NAMES);
    this.strings.add(s);
    return s;
  }

  /** A string token: a reference to a new Terraform variable. */
  public stringToken(): string {
    this.tokens++;
    return new TerraformVariable(this.stack(), `fuzz_s${this.variables++}`, { type: 'string' }).stringValue;
  }

  /** A number token: a reference to a new Terraform variable. */
  public numberToken(): number {
    this.tokens++;
    const n = new TerraformVariable(this.stack(), `fuzz_n${this.variables++}`, { type: 'number' }).numberValue;
    this.numberTokens.add(n);
    return n;
  }

  /**
   * The usual value most of the time; a hostile string with probability `p`, a token with
   * probability `p / 3`.
   */
  public text(usual: string, p: number): string {
    const x = this.rng.next();
    if (x < p / 3) return this.stringToken();
    if (x < p + p / 3) return this.string();
    return usual;
  }
}
