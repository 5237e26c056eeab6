import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/model.ts
var STAGES = ["beta", "rc", "lts", "decommission"];
var ENFORCEMENTS = ["off", "notice", "warning", "error", "new"];

export {
  STAGES,
  ENFORCEMENTS
};
