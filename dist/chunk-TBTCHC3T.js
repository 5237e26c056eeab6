import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/report/colour.ts
function colourWanted(env, isTerminal) {
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTerminal && env.TERM !== "dumb";
}
var sgr = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
function paint(enabled) {
  const plain = (s) => s;
  const red = enabled ? sgr(31, 39) : plain;
  const yellow = enabled ? sgr(33, 39) : plain;
  const cyan = enabled ? sgr(36, 39) : plain;
  return {
    red,
    yellow,
    green: enabled ? sgr(32, 39) : plain,
    cyan,
    dim: enabled ? sgr(2, 22) : plain,
    bold: enabled ? sgr(1, 22) : plain,
    severity: (severity, s) => (severity === "error" ? red : severity === "warning" ? yellow : cyan)(s)
  };
}

export {
  colourWanted,
  paint
};
