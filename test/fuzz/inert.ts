/*
 * Checks that user strings stay data: in Terraform JSON (no interpolation or template directive
 * but the references the library makes) and in PowerShell scripts (user strings only inside
 * single-quoted literals).
 */

/** An interpolation `${...}` or directive `%{...}` that Terraform would evaluate in a string. */
export interface Evaluated {
  readonly kind: '${' | '%{';
  /** The text between the braces. */
  readonly expression: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The interpolations and directives Terraform evaluates in a string: `$${` and `%%{` are escapes
 * for literal `${` and `%{`.
 */
export function evaluatedParts(s: string): Evaluated[] {
  const out: Evaluated[] = [];
  let i = 0;
  while (i < s.length) {
    if ((s.startsWith('$${', i) || s.startsWith('%%{', i))) {
      i += 3;
      continue;
    }
    if (s.startsWith('${', i) || s.startsWith('%{', i)) {
      const end = closingBrace(s, i + 2);
      out.push({ kind: s.startsWith('${', i) ? '${' : '%{', expression: s.slice(i + 2, end), start: i, end: Math.min(s.length, end + 1) });
      i = end + 1;
      continue;
    }
    i++;
  }
  return out;
}

/**
 * The characters of an expression outside its quoted strings, each with the depth of the
 * brackets (of `open` and `close`) around it.
 */
function* unquoted(s: string, from: number, open: string, close: string): Generator<{ c: string; i: number; depth: number }> {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') {
      quoted = true;
      continue;
    }
    yield { c, i, depth };
    if (open.includes(c)) depth++;
    else if (close.includes(c)) depth--;
  }
}

/** The index of the brace that closes an expression starting at `from` (quotes and nesting respected). */
function closingBrace(s: string, from: number): number {
  for (const { c, i, depth } of unquoted(s, from, '{', '}')) {
    if (c === '}' && depth === 0) return i;
  }
  return s.length;
}

/** Turns a Terraform string's escapes back into the text Terraform produces. */
export function unescapeTerraform(s: string): string {
  return s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

const TRAVERSAL = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+|\[[0-9]+\]|\["[^"\\$%{}]*"\])*$/;

/**
 * Whether an interpolation is a reference the library makes: a traversal from a variable,
 * resource or data source the configuration declares, optionally inside one of the few functions
 * the library applies to references.
 */
export function isLibraryReference(expression: string, config: any): boolean {
  const e = expression.trim();
  // the postcondition of a Proxmox VE template lookup (`self` is the data source itself)
  if (e === 'length(self.vms) == 1') return true;
  const call = /^(file|tolist|tostring|tonumber|one|element|lookup|replace|jsonencode|base64encode)\((.*)\)$/s.exec(e);
  if (call) {
    // arguments: references, numbers, or string literals without interpolation
    return splitArguments(call[2]).every((a) => /^-?[0-9]+$/.test(a) || isInertLiteral(a, config) || isLibraryReference(a, config));
  }
  if (!TRAVERSAL.test(e)) return false;
  const parts = e.split(/[.[]/);
  if (parts[0] === 'var') return parts[1] !== undefined && config.variable?.[parts[1]] !== undefined;
  if (parts[0] === 'local') return parts[1] !== undefined && config.locals?.[parts[1]] !== undefined;
  if (parts[0] === 'data') return config.data?.[parts[1]]?.[parts[2]] !== undefined;
  return config.resource?.[parts[0]]?.[parts[1]] !== undefined;
}

/**
 * Whether a quoted string argument is text, or a template whose interpolations are all the
 * library's references (e.g. JSON the library writes around `${base64encode(var.x)}`).
 */
function isInertLiteral(argument: string, config: any): boolean {
  if (!/^"([^"\\]|\\.)*"$/s.test(argument)) return false;
  let text: string;
  try {
    text = JSON.parse(argument);
  } catch {
    return false;
  }
  return evaluatedParts(text).every((part) => part.kind === '${' && isLibraryReference(part.expression, config));
}

function splitArguments(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { c, i, depth } of unquoted(s, 0, '([{', ')]}')) {
    if (c === ',' && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(s.slice(start).trim());
  return out;
}

/**
 * Every string (and key) of a synthesized stack that Terraform would evaluate beyond the
 * references the library makes.
 */
export function terraformInjections(config: any): string[] {
  const out: string[] = [];
  const visit = (v: any, at: string): void => {
    if (typeof v === 'string') {
      for (const part of evaluatedParts(v)) {
        if (part.kind === '%{' || !isLibraryReference(part.expression, config)) {
          out.push(`${at}: Terraform would evaluate ${JSON.stringify(v.slice(part.start, part.end).slice(0, 120))}`);
        }
      }
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${at}[${i}]`));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (at !== '' && evaluatedParts(k).length > 0) out.push(`${at}: key ${JSON.stringify(k.slice(0, 120))} holds an interpolation`);
        visit(x, at === '' ? k : `${at}.${k}`);
      }
    }
  };
  visit(config, '');
  return out;
}

const SINGLE_QUOTES = '\'\u2018\u2019\u201A\u201B';
const DOUBLE_QUOTES = '"\u201C\u201D\u201E';

/** A PowerShell script split into what runs and what is inert. */
export interface PowerShellParts {
  /** Values of the single-quoted literals (quotes undoubled). */
  readonly literals: string[];
  /** Texts of the comments. */
  readonly comments: string[];
  /** Problems of the script's syntax (an unterminated literal). */
  readonly problems: string[];
}

/**
 * Splits a PowerShell script the way PowerShell's tokenizer reads quotes and comments: any of
 * the four single-quote characters opens and closes a literal, two in a row stand for one; `#`
 * outside strings starts a comment that ends with the line; double-quoted strings expand.
 */
export function powerShellParts(script: string): PowerShellParts {
  const literals: string[] = [];
  const comments: string[] = [];
  const problems: string[] = [];
  let i = 0;
  while (i < script.length) {
    const c = script[i];
    if (SINGLE_QUOTES.includes(c)) {
      let value = '';
      let j = i + 1;
      let closed = false;
      while (j < script.length) {
        if (SINGLE_QUOTES.includes(script[j])) {
          if (j + 1 < script.length && SINGLE_QUOTES.includes(script[j + 1])) {
            value += script[j + 1];
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        value += script[j++];
      }
      if (!closed) problems.push(`unterminated single-quoted string from offset ${i}`);
      literals.push(value);
      i = j + 1;
    } else if (DOUBLE_QUOTES.includes(c)) {
      let j = i + 1;
      const isQuote = (k: number) => k < script.length && DOUBLE_QUOTES.includes(script[k]);
      while (j < script.length && !(isQuote(j) && !isQuote(j + 1))) {
        if (script[j] === '`' || isQuote(j)) j++;
        j++;
      }
      if (j >= script.length) problems.push(`unterminated double-quoted string from offset ${i}`);
      i = j + 1;
    } else if (c === '<' && script[i + 1] === '#') {
      const end = script.indexOf('#>', i + 2);
      comments.push(script.slice(i + 2, end < 0 ? script.length : end));
      i = end < 0 ? script.length : end + 2;
    } else if (c === '#') {
      let j = i + 1;
      while (j < script.length && script[j] !== '\n' && script[j] !== '\r') j++;
      comments.push(script.slice(i + 1, j));
      i = j;
    } else {
      i++;
    }
  }
  return { literals, comments, problems };
}

function occurrences(text: string, s: string): number {
  if (s === '') return 0;
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) n++;
  return n;
}

/** Occurrences of a string in a script, as it is or escaped (an escaped one counts once). */
function rawOccurrences(script: string, s: string, escaped: string): number {
  if (escaped === s) return occurrences(script, s);
  const covered: Array<[number, number]> = [];
  for (let i = script.indexOf(escaped); i >= 0; i = script.indexOf(escaped, i + escaped.length)) covered.push([i, i + escaped.length]);
  let n = covered.length;
  for (let i = script.indexOf(s); i >= 0; i = script.indexOf(s, i + 1)) {
    if (!covered.some(([a, b]) => i >= a && i < b)) n++;
  }
  return n;
}

/** A string with each single-quote character doubled, as a PowerShell literal holds it. */
export function powerShellEscaped(s: string): string {
  return [...s].map((c) => (SINGLE_QUOTES.includes(c) ? c + c : c)).join('');
}

/**
 * The places where a hostile string reaches a PowerShell script outside a single-quoted literal
 * (or a comment, for strings without line breaks), and where a Terraform interpolation is spliced
 * into a script other than as a quote-doubled value inside a literal.
 *
 * @param content the script as Terraform holds it (with `$${` escapes and references)
 * @param hostile the case's hostile strings
 */
export function powerShellInjections(content: string, hostile: Iterable<string>): string[] {
  const out: string[] = [];
  // references: replaced by markers whose place in the script is checked
  const refs = evaluatedParts(content);
  let script = '';
  let last = 0;
  refs.forEach((ref, n) => {
    script += unescapeTerraform(content.slice(last, ref.start)) + `\u0001REF${n}\u0001`;
    last = ref.end;
  });
  script += unescapeTerraform(content.slice(last));
  const parts = powerShellParts(script);
  out.push(...parts.problems);
  refs.forEach((ref, n) => {
    const marker = `\u0001REF${n}\u0001`;
    const inLiteral = parts.literals.some((l) => l.includes(marker));
    if (!inLiteral || !/replace\(/.test(ref.expression)) {
      out.push(`the ${ref.kind === '${' ? 'reference' : 'directive'} ${ref.kind}${ref.expression.slice(0, 80)}} is spliced into the script ${inLiteral ? 'without doubling its quotes' : 'outside a single-quoted literal'}`);
    }
  });
  for (const s of hostile) {
    if (s.length < 3 || /^[A-Za-z0-9 ._-]*$/.test(s)) continue;
    const escaped = powerShellEscaped(s);
    const raw = rawOccurrences(script, s, escaped);
    if (raw === 0) continue;
    const inert = parts.literals.reduce((n, l) => n + occurrences(l, s), 0)
      + (/[\r\n]/.test(s) ? 0 : parts.comments.reduce((n, c) => n + occurrences(c, s), 0));
    if (raw > inert) out.push(`${JSON.stringify(s.slice(0, 60))} appears ${raw - inert} time(s) outside a single-quoted literal`);
  }
  return out;
}
