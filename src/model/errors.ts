import { IConstruct } from 'constructs';

/** What went wrong in a design, and how to put it right. */
export interface DesignErrorDetails {
  /** What is wrong, as one sentence. */
  readonly problem: string;
  /**
   * The offending value, as the user gave it.
   *
   * @default - no value is shown
   */
  readonly value?: string;
  /**
   * What would be accepted instead.
   *
   * @default - nothing is listed
   */
  readonly allowed?: string;
  /**
   * The way out: the option, value or acknowledgement that resolves the problem.
   *
   * @default - no remedy is suggested
   */
  readonly fix?: string;
}

const DESIGN_ERROR = Symbol.for('cdktf-hypervisor.DesignError');

/** jsii cannot name `Error` as a base class; a private class in between hides it. */
abstract class ErrorBase extends Error {}

/**
 * The one error type of the library: a design that cannot be synthesized as asked.
 *
 * It names the construct path, the problem, the bad value, what is allowed and the way out, so
 * that a person can act on it without reading the library's source.
 *
 * Other jsii languages receive it as their runtime's error with the same message;
 * `DesignError.isDesignError` recognises it anywhere. (jsii cannot model a subclass of `Error`,
 * so the class is left out of the jsii type system; TypeScript and JavaScript import it as usual.)
 *
 * @internal
 */
export class DesignError extends ErrorBase {
  /**
   * Whether `x` is a DesignError (also across copies of this library in one program).
   */
  public static isDesignError(x: any): boolean {
    return x !== null && typeof x === 'object' && DESIGN_ERROR in x;
  }

  /** Path of the construct whose design is wrong. */
  public readonly constructPath: string;
  /** What is wrong. */
  public readonly problem: string;
  /**
   * The offending value.
   *
   * @default - none
   */
  public readonly value?: string;
  /**
   * What would be accepted.
   *
   * @default - none
   */
  public readonly allowed?: string;
  /**
   * How to resolve the problem.
   *
   * @default - none
   */
  public readonly fix?: string;

  /**
   * @param scope the construct whose design is wrong; undefined for a value made outside any construct
   * @param details what is wrong and how to put it right
   */
  constructor(scope: IConstruct | undefined, details: DesignErrorDetails) {
    const constructPath = scope === undefined ? '<value>' : scope.node.path || '<root>';
    const lines = [`[${constructPath}] ${details.problem}`];
    if (details.value !== undefined) lines.push(`  value:   ${details.value}`);
    if (details.allowed !== undefined) lines.push(`  allowed: ${details.allowed}`);
    if (details.fix !== undefined) lines.push(`  fix:     ${details.fix}`);
    super(lines.join('\n'));
    Object.setPrototypeOf(this, new.target.prototype);
    Object.defineProperty(this, DESIGN_ERROR, { value: true });
    this.name = 'DesignError';
    this.constructPath = constructPath;
    this.problem = details.problem;
    this.value = details.value;
    this.allowed = details.allowed;
    this.fix = details.fix;
  }
}
