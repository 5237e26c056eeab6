import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/errors.ts
var ConfigError = class extends Error {
  constructor(reason, position) {
    super(position ? `${position.file}:${position.line}:${position.column}: ${reason}` : reason);
    this.reason = reason;
    this.position = position;
    this.name = "ConfigError";
  }
  reason;
  position;
};
var MISTAKES_LISTED = 50;
var ConfigErrors = class extends ConfigError {
  constructor(errors) {
    const listed = errors.slice(0, MISTAKES_LISTED).map((e) => `  ${e.message}`);
    const more = errors.length > MISTAKES_LISTED ? [`  \u2026 and ${errors.length - MISTAKES_LISTED} more`] : [];
    super([`${errors.length} mistakes:`, ...listed, ...more].join("\n"));
    this.errors = errors;
    this.name = "ConfigErrors";
  }
  errors;
};
var mistakesOf = (error) => error instanceof ConfigErrors ? error.errors : [error];
function combineMistakes(errors) {
  const seen = /* @__PURE__ */ new Set();
  const distinct = errors.flatMap(mistakesOf).filter((e) => !seen.has(e.message) && seen.add(e.message));
  if (distinct.length <= 1) return distinct[0];
  const rank = (e) => [e.position?.file ?? "", e.position?.line ?? 0, e.position?.column ?? 0];
  return new ConfigErrors(
    [...distinct].sort((a, b) => {
      const [fa, la, ca] = rank(a);
      const [fb, lb, cb] = rank(b);
      return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
    })
  );
}
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function isUserError(error) {
  return error instanceof ConfigError || error instanceof UsageError;
}
var CannotJudge = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CannotJudge";
  }
};

export {
  ConfigError,
  combineMistakes,
  UsageError,
  isUserError,
  CannotJudge
};
