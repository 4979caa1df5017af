import { FindingStatus, Verdict } from './rule';

// Helpers of the rules, internal to the library.

/** A compliant verdict. */
export const pass = (): Verdict => ({ status: FindingStatus.COMPLIANT });
/** A non-compliant verdict with what was found. */
export const fail = (message: string): Verdict => ({ status: FindingStatus.NON_COMPLIANT, message });
/** An undecided verdict with why. */
export const undecided = (message: string): Verdict => ({ status: FindingStatus.UNDECIDED, message });

/** Whether a synthesized value is a Terraform expression, known only at plan or apply. */
export function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/**
 * A verdict on a value that may be an expression: undecided if it is, otherwise `decide(value)`.
 */
export function literal<T>(value: T, what: string, decide: (value: T) => Verdict): Verdict {
  return isExpression(value) ? undecided(`${what} is ${String(value)}, known only at apply`) : decide(value);
}

/** A list-valued attribute as an array (absent: empty). */
export function list(value: unknown): any[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
