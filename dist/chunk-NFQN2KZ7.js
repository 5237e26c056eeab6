import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  positionOf
} from "./chunk-VHI4WFXH.js";
import {
  ConfigError
} from "./chunk-5OBZHJR5.js";
import {
  require_dist
} from "./chunk-YESXCYSA.js";
import {
  __toESM
} from "./chunk-TUQ47QQM.js";

// src/rules/rule-text.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
function readRuleText(text, file) {
  const { doc, lines } = parse(text);
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    throw new ConfigError(`YAML syntax error: ${syntax.message.split("\n")[0]}`, { file, line, column: col });
  }
  const data = toPlainData(doc, file, lines);
  const at = (path, key = false) => ({ file, ...positionOf(doc, lines, path, key) });
  const rules = data?.rules;
  const ruleLines = Array.isArray(rules) ? rules.map((_, i) => at(["rules", i]).line) : [];
  return { data, ruleLines, at };
}
function parse(text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text.replace(/^\uFEFF/, ""), {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false
  });
  return { doc, lines };
}
function toPlainData(doc, file, lines) {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    let offset = 0;
    (0, import_yaml.visit)(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return import_yaml.visit.BREAK;
      }
    });
    const { line, col } = lines.linePos(offset);
    throw new ConfigError(
      `YAML aliases expand too much (limit ${MAX_ALIAS_COUNT}): ${error.message}`,
      { file, line, column: col }
    );
  }
}

export {
  readRuleText
};
