/*
 * Secrets are never echoed: an error that shows a value which may carry one shows it redacted.
 */

/** What stands in for a secret in a message. */
export const REDACTED = '****';

/** Query parameters and keys whose names say they hold a secret. */
const SECRET_PARAMETER = /([?&;][^=&#;]*(?:pass|secret|token|auth|cred|private)[^=&#;]*=)[^&#;]*/gi;

/**
 * A URI (or anything written like one) with the password of its user info and the values of
 * secret-looking query parameters replaced, e.g. `qemu+ssh://root:****@host/system`.
 *
 * Errs on the side of hiding: from the first `:` after the scheme to the last `@` is hidden.
 */
export function redactUri(uri: string): string {
  const scheme = uri.indexOf('://');
  const start = scheme >= 0 ? scheme + 3 : 0;
  const at = uri.lastIndexOf('@');
  let out = uri;
  if (at > start) {
    const colon = uri.indexOf(':', start);
    if (colon >= 0 && colon < at) out = `${uri.slice(0, colon + 1)}${REDACTED}${uri.slice(at)}`;
  }
  return out.replace(SECRET_PARAMETER, `$1${REDACTED}`);
}

/** A value that may be a secret, described without its content. */
export function redacted(value: string): string {
  return `${REDACTED} (hidden, ${value.length} characters)`;
}
