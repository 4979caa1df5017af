import { IConstruct } from 'constructs';
import { Token, Tokenization, resolve } from '../core';
import { DesignError } from './errors';

/*
 * Tokens in a design: values Terraform knows only at apply. Where the library needs a value at
 * synth, a token is refused with the Terraform expression it stands for.
 */

/**
 * A token as the Terraform expression it stands for (e.g. `${var.user_data}`), for messages: never
 * cdktf's marker (`${TfToken[TOKEN.3]}`) nor an encoded number (`-8.1e+298`).
 */
export function expressionOf(scope: IConstruct | undefined, value: unknown): string {
  if (scope !== undefined) {
    try {
      const resolved = resolve(scope, value);
      return typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
    } catch {
      // a token that cannot be resolved here is shown as the user gave it
    }
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Whether a value (a string, number, list or map) holds a token. */
export function holdsToken(value: unknown): boolean {
  if (Tokenization.isResolvable(value)) return true;
  if (typeof value === 'string' || typeof value === 'number') return Token.isUnresolved(value);
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some(holdsToken);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsToken);
  return false;
}

/**
 * Refuses a token where a value must be known at synth (content packed into an ISO, PowerShell
 * text, placement inputs, names of files and resources).
 *
 * @param scope the construct the value belongs to
 * @param property the property, as the user named it (e.g. `guestInit.userData`)
 * @param value the value
 * @param why what needs the value at synth
 * @param fix the way out
 */
export function knownAtSynth<T>(scope: IConstruct | undefined, property: string, value: T, why: string, fix?: string): T {
  if (typeof value === 'string') splitTokens(scope, property, value);
  if (value !== undefined && holdsToken(value)) {
    throw new DesignError(scope, {
      problem: `${property} must be known at synth: ${why}. It is a token, whose value Terraform knows only at apply.`,
      value: expressionOf(scope, value),
      fix: fix ?? `give ${property} as a literal value`,
    });
  }
  return value;
}


/**
 * The fragments of a string: cdktf's split into text and tokens. Text written like a token marker
 * that names no token of the app is a DesignError (cdktf would fail at synth without saying where).
 */
export function splitTokens(
  scope: IConstruct | undefined, property: string, value: string,
): ReturnType<typeof Tokenization.reverseString> | undefined {
  if (!Token.isUnresolved(value)) return undefined;
  try {
    return Tokenization.reverseString(value);
  } catch {
    throw new DesignError(scope, {
      problem: `The ${property.replace(/^The /, '')} contains text written like a cdktf token ("\${TfToken[...]}") that names no token; it cannot be carried into the output.`,
      value: JSON.stringify(value),
      fix: 'remove the marker from the text, or pass the token itself',
    });
  }
}
