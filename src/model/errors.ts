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
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The one error type of the library: a design that cannot be synthesized as asked.
 *
 * It names the construct path, the problem, the bad value, what is allowed and the way out, so
 * that a person can act on it without reading the library's source.
 *
 * A DesignError is an `Error` at run time (`instanceof Error` holds; jsii cannot declare `Error`
 * as a base class, so the class joins `Error`'s prototype chain instead). It is a mistake in the
 * design, not in the library, so its `stack` is its message alone: printed, it shows what to fix
 * and no frames of the library. Other jsii languages receive it as their runtime's error with the
 * same message; `DesignError.isDesignError` recognises it anywhere.
 */
export class DesignError {
  /**
   * Whether `x` is a DesignError (also across copies of this library in one program).
   *
   * @param x any value, typically what a `catch` caught
   */
  public static isDesignError(x: any): boolean {
    return x !== null && typeof x === 'object' && DESIGN_ERROR in x;
  }

  /** `DesignError`. */
  public readonly name: string;
  /** The whole message: construct path, problem, value, what is allowed and the fix, one per line. */
  public readonly message: string;
  /** The message under the error's name, without stack frames: the design is at fault, not the library. */
  public readonly stack: string;
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
  constructor(scope?: IConstruct, details: DesignErrorDetails = { problem: 'The design cannot be synthesized as asked.' }) {
    const constructPath = scope === undefined ? '<value>' : scope.node.path || '<root>';
    const lines = [`[${constructPath}] ${details.problem}`];
    if (details.value !== undefined) lines.push(`  value:   ${details.value}`);
    if (details.allowed !== undefined) lines.push(`  allowed: ${details.allowed}`);
    if (details.fix !== undefined) lines.push(`  fix:     ${details.fix}`);
    this.name = 'DesignError';
    this.message = lines.join('\n');
    this.stack = `${this.name}: ${this.message}`;
    this.constructPath = constructPath;
    this.problem = details.problem;
    this.value = details.value;
    this.allowed = details.allowed;
    this.fix = details.fix;
    // printed as its stack alone: the parts are in the message already, so they are not listed again
    for (const key of ['name', 'stack', 'constructPath', 'problem', 'value', 'allowed', 'fix']) {
      Object.defineProperty(this, key, { enumerable: false });
    }
    // cdktf appends "Resolution error" and a token's creation stack to the message of whatever a
    // token throws while it resolves (an attribute read before the design rendered, say): the
    // message of a design mistake stays what to fix
    const message = this.message;
    Object.defineProperty(this, 'message', {
      enumerable: false,
      get: () => message,
      set: () => undefined,
    });
    Object.defineProperty(this, DESIGN_ERROR, { value: true });
    // Node prints the stack text as it is (util.inspect would bracket a stack without frames)
    Object.defineProperty(this, INSPECT, { value: () => this.stack });
  }

  /** The error's name and message, as `Error.prototype.toString` gives them. */
  public toString(): string {
    return this.stack;
  }
}

// an Error at run time: instanceof, util.inspect and the runtime's uncaught-error report see one
Object.setPrototypeOf(DesignError.prototype, Error.prototype);
