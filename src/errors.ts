// Three kinds of trouble get three treatments (STYLE.md §9). This module holds the first kind:
// mistakes in what the user gave us (flags, rule files). They end the run with exit code 2 and a
// message that names where the mistake is; never a stack trace.

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A rule file or configuration that cannot be used. Its message reads `file:line:col: reason`. */
export class ConfigError extends Error {
  constructor(
    readonly reason: string,
    readonly position?: SourcePosition
  ) {
    super(position ? `${position.file}:${position.line}:${position.column}: ${reason}` : reason);
    this.name = 'ConfigError';
  }
}

/** Bad command-line usage or action input: unknown flag, missing value, a directory that does not exist. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** True for the errors that are the user's to fix (exit 2, message only). */
export function isUserError(error: unknown): error is ConfigError | UsageError {
  return error instanceof ConfigError || error instanceof UsageError;
}

/**
 * The gate cannot reach a verdict it could trust (the base commit's rules cannot be read while the
 * pull request may change them): it fails, saying why and how to get a verdict. Not a usage error:
 * nothing is wrong with the input; failing is the gate failing closed.
 */
export class CannotJudge extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CannotJudge';
  }
}
