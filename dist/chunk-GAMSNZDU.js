import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  STAGES
} from "./chunk-GDWBPA24.js";

// src/gate/policy.ts
function resolveEnforcement(enforce) {
  const out = {};
  let current = enforce === void 0 ? "error" : typeof enforce === "string" ? enforce : "off";
  for (const stage of STAGES) {
    if (typeof enforce === "object" && enforce[stage] !== void 0) current = enforce[stage];
    out[stage] = current;
  }
  return out;
}
var enforcementIn = (enforcement, stage) => stage === "none" ? "off" : enforcement[stage];
function severityFor(enforcement, isNew) {
  switch (enforcement) {
    case "off":
      return void 0;
    case "new":
      return isNew ? "error" : "warning";
    default:
      return enforcement;
  }
}

// src/rules/rule-set.ts
var DEFAULT_PHASE_TITLES = {
  0: "Prerequisites & Environment Audit",
  1: "Cleanup",
  2: "Refactoring",
  3: "Dependencies",
  4: "Test Cleanup",
  5: "Environment & Docker Updates"
};

export {
  resolveEnforcement,
  enforcementIn,
  severityFor,
  DEFAULT_PHASE_TITLES
};
