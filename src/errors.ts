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

/** At most this many mistakes of a rule file are listed; the count says how many there are. */
export const MISTAKES_LISTED = 50;

/**
 * Several mistakes found in one reading (a rule file with five typos gets five messages in one run),
 * in file and position order, each `file:line:col: reason` on a line of its own.
 */
export class ConfigErrors extends ConfigError {
  constructor(readonly errors: readonly ConfigError[]) {
    const listed = errors.slice(0, MISTAKES_LISTED).map((e) => `  ${e.message}`);
    const more = errors.length > MISTAKES_LISTED ? [`  … and ${errors.length - MISTAKES_LISTED} more`] : [];
    super([`${errors.length} mistakes:`, ...listed, ...more].join('\n'));
    this.name = 'ConfigErrors';
  }
}

/** Each mistake an error holds (one, or those of a ConfigErrors). */
export const mistakesOf = (error: ConfigError): readonly ConfigError[] =>
  error instanceof ConfigErrors ? error.errors : [error];

/** Mistakes as one error to throw: the mistake itself when there is one, else all in order (undefined for none). */
export function combineMistakes(errors: readonly ConfigError[]): ConfigError | undefined {
  const seen = new Set<string>();
  const distinct = errors.flatMap(mistakesOf).filter((e) => !seen.has(e.message) && seen.add(e.message));
  if (distinct.length <= 1) return distinct[0];
  const rank = (e: ConfigError) =>
    [e.position?.file ?? '', e.position?.line ?? 0, e.position?.column ?? 0] as const;
  return new ConfigErrors(
    [...distinct].sort((a, b) => {
      const [fa, la, ca] = rank(a);
      const [fb, lb, cb] = rank(b);
      return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
    })
  );
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
