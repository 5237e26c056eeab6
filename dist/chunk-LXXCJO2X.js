import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/engine/caps.ts
var MAX_FINDINGS_PER_FILE = 1e3;
var MAX_FINDINGS_PER_SCAN = 1e5;

export {
  MAX_FINDINGS_PER_FILE,
  MAX_FINDINGS_PER_SCAN
};
