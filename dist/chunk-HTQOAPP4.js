import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/regex-engine.ts
import { setFlagsFromString } from "node:v8";
var enabled = false;
function enableLinearRegexFallback() {
  if (enabled) return;
  enabled = true;
  setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
}

export {
  enableLinearRegexFallback
};
