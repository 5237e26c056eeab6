import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-YESXCYSA.js";
import {
  __toESM
} from "./chunk-TUQ47QQM.js";

// src/deps/workflow-python.ts
var import_yaml = __toESM(require_dist(), 1);
function workflowClaims(path, text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  if (doc.errors.length) return [];
  const claims = [];
  const add = (node) => {
    if (!(0, import_yaml.isScalar)(node) || node.value === null || node.value === void 0) return;
    const value = String(node.value);
    if (value.includes("${{") || !/^\d+\.\d+/.test(value) || !node.range) return;
    const a = lines.linePos(node.range[0]);
    const b = lines.linePos(node.range[1]);
    claims.push({
      path,
      region: { line: a.line, column: a.col, endLine: b.line, endColumn: b.col },
      version: value,
      source: "python-version in a workflow"
    });
  };
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if (!(0, import_yaml.isPair)(pair) || !(0, import_yaml.isScalar)(pair.key) || !/^python(-version|_version)?$/.test(String(pair.key.value)))
        return;
      if ((0, import_yaml.isSeq)(pair.value)) pair.value.items.forEach((item) => add(item));
      else if (!(0, import_yaml.isMap)(pair.value)) add(pair.value);
    }
  });
  return claims;
}
export {
  workflowClaims
};
