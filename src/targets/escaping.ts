import { IConstruct } from 'constructs';
import { IResolvable, IResolveContext, Token, Tokenization } from '../core';
import { DesignError } from '../model/errors';
import { knownAtSynth, splitTokens } from '../model/tokens';

export { expressionOf, holdsToken, knownAtSynth } from '../model/tokens';

/*
 * Every way a user's string reaches the output of the library goes through this module:
 * Terraform JSON (where `${` and `%{` start expressions), PowerShell run as administrator on
 * Hyper-V hosts, Markdown runbooks, the Mermaid topology and the plain-text placement report.
 * A value either arrives as inert text, or is a token kept as a Terraform reference, or is refused
 * with a DesignError that names the construct, the property and the value.
 */

// ----------------------------------------------------------------------------------------------
// Tokens
// ----------------------------------------------------------------------------------------------

/** A piece of a string: text the user wrote, or a token (a Terraform reference). */
type Fragment = { readonly text: string } | { readonly token: IResolvable };

/** The text and tokens of a string, in order. */
function fragmentsOf(scope: IConstruct | undefined, property: string, value: string): Fragment[] {
  if (!Token.isUnresolved(value)) return [{ text: value }];
  const split = splitTokens(scope, property, value)!;
  const fragments: Fragment[] = [];
  for (const f of (split as any).fragments as Array<{ type: string; lit?: string; token?: IResolvable; value?: any }>) {
    if (f.type === 'literal') fragments.push({ text: f.lit! });
    else if (f.type === 'token') fragments.push({ token: f.token! });
    else if (f.type === 'intrinsic') fragments.push({ token: Tokenization.isResolvable(f.value) ? f.value : { resolve: () => f.value, creationStack: [], toString: () => String(f.value) } });
  }
  return fragments;
}

// ----------------------------------------------------------------------------------------------
// Terraform JSON
// ----------------------------------------------------------------------------------------------

/** Literal text for a Terraform string template: `${` and `%{` doubled, so Terraform reads them as text. */
function templateText(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/**
 * Literal text that a reference follows: a `$` or `%` at its end would pair with the reference's
 * `${` into an escape, so it is written as an interpolated string instead.
 */
function textBeforeReference(text: string): string {
  const escaped = templateText(text);
  return /[$%]$/.test(escaped) ? `${escaped.slice(0, -1)}\${"${escaped.slice(-1)}"}` : escaped;
}

/** A string the library computes at synth from fragments, resolving the tokens in it itself. */
class TemplateString implements IResolvable {
  public readonly creationStack: string[] = [];
  constructor(private readonly render: (context: IResolveContext) => string) {}
  public resolve(context: IResolveContext): string {
    return this.render(context);
  }
  public toString(): string {
    return Token.asString(this);
  }
}

/** A token's Terraform expression inside a template: `${...}`. */
function interpolation(context: IResolveContext, token: IResolvable): string {
  const resolved = context.resolve(token);
  if (typeof resolved !== 'string') return `\${jsonencode(${JSON.stringify(resolved)})}`;
  return resolved.startsWith('${') && resolved.endsWith('}') ? resolved : templateText(resolved);
}

/**
 * A user's string as a Terraform JSON attribute value: text stays text (`${` → `$${`, `%{` → `%%{`)
 * and tokens stay references.
 *
 * @param scope the construct the value belongs to
 * @param property the property, for messages
 * @param value the value
 */
export function tfText(scope: IConstruct, property: string, value: string): string;
export function tfText(scope: IConstruct, property: string, value: string | undefined): string | undefined;
export function tfText(scope: IConstruct, property: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const fragments = fragmentsOf(scope, property, value);
  if (fragments.every((f) => 'text' in f)) return templateText(value);
  return Token.asString(new TemplateString((context) => fragments.map((f, i) => 'token' in f
    ? interpolation(context, f.token)
    : 'token' in (fragments[i + 1] ?? {}) ? textBeforeReference(f.text) : templateText(f.text)).join('')));
}

/** Each string of a list, as {@link tfText}; a list token stays a reference. */
export function tfTexts(scope: IConstruct, property: string, values: string[] | undefined): string[] | undefined {
  if (values === undefined || Token.isUnresolved(values)) return values;
  return values.map((v) => tfText(scope, property, v));
}

/** A quoted string of Terraform's native syntax (inside `${ }`), with the tokens of the value interpolated. */
function hclQuoted(context: IResolveContext, fragments: Fragment[]): string {
  if (fragments.length === 1 && 'token' in fragments[0]) {
    // a single reference is passed as the expression itself: `base64encode(var.x)`
    const resolved = context.resolve(fragments[0].token);
    if (typeof resolved === 'string' && /^\$\{[^{}"]*\}$/.test(resolved)) return resolved.slice(2, -1);
  }
  const body = fragments.map((f, i) => {
    if ('token' in f) return interpolation(context, f.token);
    const quoted = JSON.stringify(f.text).slice(1, -1)
      // JSON's escapes are HCL's, except \b, \f and \/ (HCL has \uNNNN for them)
      .replace(/\\([bf])/g, (_, c) => (c === 'b' ? '\\u0008' : '\\u000c'));
    return 'token' in (fragments[i + 1] ?? {}) ? textBeforeReference(quoted) : templateText(quoted);
  }).join('');
  return `"${body}"`;
}

/**
 * A call of a Terraform function with string arguments, e.g. `${base64encode("...")}`: each
 * argument is quoted in Terraform's syntax (quotes, backslashes, newlines, `${` and `%{`), and its
 * tokens are interpolated. cdktf's `Fn` does not quote its string arguments: a quote in one ends
 * the string and the rest of the value is read as an expression.
 *
 * @param scope the construct the arguments belong to
 * @param property the property, for messages
 * @param fn the function's name
 * @param args the arguments
 */
export function tfCall(scope: IConstruct, property: string, fn: 'base64encode' | 'file', ...args: string[]): string {
  const parts = args.map((a) => fragmentsOf(scope, property, a));
  return Token.asString(new TemplateString((context) => `\${${fn}(${parts.map((p) => hclQuoted(context, p)).join(', ')})}`));
}

/** A user's text as base64: computed at synth when it is known, by Terraform's `base64encode` when it holds tokens. */
export function tfBase64(scope: IConstruct, property: string, text: string): string {
  return Token.isUnresolved(text) ? tfCall(scope, property, 'base64encode', text) : Buffer.from(text, 'utf8').toString('base64');
}

// ----------------------------------------------------------------------------------------------
// PowerShell
// ----------------------------------------------------------------------------------------------

/**
 * Characters no PowerShell value of the library carries: control characters (a line break would
 * end a comment or a statement), line and paragraph separators, bidirectional overrides (the text
 * would read differently from what runs) and unpaired surrogates.
 */
// eslint-disable-next-line no-control-regex
const UNCARRIABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The single quotes of PowerShell: ASCII and the typographic ones it also ends strings with. */
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/** A piece of a PowerShell script: code the library wrote, or a value made safe for it. */
export class PowerShell {
  /** Code the library wrote itself (never a user's value). */
  public static code(text: string): PowerShell {
    return new PowerShell(text);
  }

  /**
   * A user's value as a single-quoted string literal, quotes doubled; a token or a character no
   * literal carries is a DesignError.
   */
  public static literal(scope: IConstruct | undefined, property: string, value: string): PowerShell {
    checkCarriable(scope, property, value);
    return new PowerShell(`'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`);
  }

  /**
   * A user's value written bare (a parameter value, or text in a double-quoted string): it must
   * match a strict pattern of characters PowerShell reads as plain text there.
   */
  public static word(scope: IConstruct | undefined, property: string, value: string, pattern: RegExp, allowed: string): PowerShell {
    checkCarriable(scope, property, value);
    if (!pattern.test(value)) {
      throw new DesignError(scope, {
        problem: `The ${property} cannot be written into the PowerShell the library runs on the hosts.`,
        value: JSON.stringify(value),
        allowed,
      });
    }
    return new PowerShell(value);
  }

  /** A whole number. */
  public static integer(scope: IConstruct | undefined, property: string, value: number): PowerShell {
    knownAtSynth(scope, `The ${property}`, value, 'it is written into the PowerShell the library runs on the hosts');
    if (!Number.isSafeInteger(value)) {
      throw new DesignError(scope, { problem: `The ${property} is not a whole number.`, value: String(value) });
    }
    return new PowerShell(String(value));
  }

  private constructor(
    /** The PowerShell text. */
    public readonly text: string,
  ) {}

  public toString(): string {
    return this.text;
  }
}

function checkCarriable(scope: IConstruct | undefined, property: string, value: string): void {
  knownAtSynth(scope, `The ${property}`, value, 'it is written into the PowerShell the library runs on the hosts');
  const bad = UNCARRIABLE.exec(value);
  if (bad !== null) {
    throw new DesignError(scope, {
      problem: `The ${property} holds a character that the PowerShell the library runs on the hosts cannot carry (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}).`,
      value: JSON.stringify(value),
      allowed: 'printable text without control characters, line separators or direction overrides',
    });
  }
}

/**
 * A line (or lines) of PowerShell: the template's text is the library's code; every value in it
 * is a {@link PowerShell} piece (a quoted literal, a checked word, library code) or a whole
 * number. A plain string is refused: it would be spliced in unquoted.
 */
export function ps(strings: TemplateStringsArray, ...values: Array<PowerShell | number>): string {
  return strings.reduce((out, s, i) => {
    if (i === 0) return s;
    const v = values[i - 1];
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`not a whole number in PowerShell: ${v}`);
      return out + String(v) + s;
    }
    if (!(v instanceof PowerShell)) throw new Error('a PowerShell value must be quoted (PowerShell.literal) or checked (PowerShell.word)');
    return out + v.text + s;
  }, '');
}

// ----------------------------------------------------------------------------------------------
// Markdown (runbooks), Mermaid (topology) and plain text (placement report)
// ----------------------------------------------------------------------------------------------

/** Characters shown as their code point in text files: controls, separators, direction overrides. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** A value on one line of the plain-text placement report: no line breaks nor invisible characters. */
export function reportText(value: string): string {
  return visible(value);
}

/**
 * A value as a Markdown code span: on one line, fenced with more backticks than it holds, so that
 * nothing in it (HTML, links, emphasis, backticks) is read as Markdown.
 */
export function mdCode(value: string): string {
  const text = visible(value);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A quoted Mermaid label: on one line, with `#`, quotes, angle brackets, `&`, backticks and
 * invisible characters as Mermaid's entity codes, so that no text ends the label or becomes HTML.
 */
export function mermaidLabel(text: string): string {
  const escaped = text.replace(/\s+/g, ' ').trim()
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(INVISIBLE, (c) => `#${c.charCodeAt(0)};`);
  return `"${escaped}"`;
}
