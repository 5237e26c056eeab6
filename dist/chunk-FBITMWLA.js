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
  UsageError,
  isUserError,
  CannotJudge
};
