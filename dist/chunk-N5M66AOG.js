import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  closest
} from "./chunk-J3ZCB4OI.js";

// src/gate/suppressions.ts
var MARKER = "migration-gate:";
var HEAD = /migration-gate:\s*(ignore|ignore-file)\[([^\]]*)\]/;
var UNTIL = /\buntil\s+(\S+)\s*$/i;
var COMMENT_MARKERS = /^(?:#|\/\/|<!--|\/\*|--|;|\*)*$/;
var CLOSERS = ["-->", "*/"];
var NOT_UNDERSTOOD = "not understood; write `migration-gate: ignore[rule-id] reason`";
function reasonText(rest) {
  let reason = rest.trim();
  const closer = CLOSERS.find((c) => reason.endsWith(c));
  if (closer) reason = reason.slice(0, -closer.length).trimEnd();
  return reason.replace(/^[-–—:\s]+/, "");
}
function splitUntil(reason) {
  const m = UNTIL.exec(reason);
  if (!m) return { reason };
  let before = reason.slice(0, m.index).trimEnd();
  if (before.endsWith(",")) before = before.slice(0, -1);
  return { reason: before.trim(), until: m[1] };
}
function findSuppressions(path, text) {
  if (!text.includes(MARKER)) return [];
  const out = [];
  text.split("\n").forEach((raw, i) => {
    const at = raw.indexOf(MARKER);
    if (at === -1) return;
    const directive = raw.slice(at);
    const m = HEAD.exec(directive);
    const standalone = COMMENT_MARKERS.test(raw.slice(0, at).trim());
    const base = { path, line: i + 1, column: at + 1, standalone };
    if (!m) {
      out.push({ ...base, scope: "line", rules: [], reason: "", problem: NOT_UNDERSTOOD });
      return;
    }
    const rest = directive.slice(m.index + m[0].length);
    const lineEnd = rest.search(/[\r\u2028\u2029]/);
    if (lineEnd !== -1 && rest.slice(lineEnd).trim() !== "") {
      out.push({ ...base, scope: "line", rules: [], reason: "", problem: NOT_UNDERSTOOD });
      return;
    }
    const rules = m[2].split(",").map((r) => r.trim()).filter(Boolean);
    const { reason, until } = splitUntil(reasonText(rest));
    const problem = rules.length === 0 ? "names no rule" : !reason ? "gives no reason" : until !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(until) ? `has an 'until' date that is not YYYY-MM-DD ('${until}')` : void 0;
    out.push({
      ...base,
      scope: m[1] === "ignore-file" ? "file" : "line",
      rules,
      reason,
      ...until !== void 0 ? { until } : {},
      ...problem ? { problem } : {}
    });
  });
  return out;
}
function firstCovering(usable) {
  const first = /* @__PURE__ */ new Map();
  const note = (key, index) => {
    if (!first.has(key)) first.set(key, index);
  };
  usable.forEach((s, index) => {
    for (const rule of s.rules) {
      if (s.scope === "file") note(`${s.path}\0${rule}`, index);
      else {
        note(`${s.path}\0${rule}\0${s.line}`, index);
        if (s.standalone) note(`${s.path}\0${rule}\0${s.line + 1}`, index);
      }
    }
  });
  return (ruleId, f) => {
    const inFile = first.get(`${f.path}\0${ruleId}`);
    const onLine = f.region ? first.get(`${f.path}\0${ruleId}\0${f.region.line}`) : void 0;
    const index = Math.min(inFile ?? Infinity, onLine ?? Infinity);
    return index === Infinity ? void 0 : usable[index];
  };
}
function applySuppressions(findings, suppressions, today, ruleIds) {
  const usable = suppressions.filter((s) => !s.problem && !(s.until && s.until < today));
  const coverFor = firstCovering(usable);
  const counts = /* @__PURE__ */ new Map();
  const kept = /* @__PURE__ */ new Map();
  for (const [ruleId, list] of findings) {
    kept.set(
      ruleId,
      list.filter((f) => {
        const s = coverFor(ruleId, f);
        if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
        return !s;
      })
    );
  }
  const problems = [];
  for (const s of suppressions) {
    if (s.problem)
      problems.push({ suppression: s, message: `This suppression ${s.problem}, so it suppresses nothing.` });
    else if (s.until && s.until < today)
      problems.push({
        suppression: s,
        message: `This suppression of ${s.rules.join(", ")} expired on ${s.until}; its findings are reported again.`
      });
    else if (!counts.get(s) && ruleIds && s.rules.some((r) => !ruleIds.includes(r)))
      problems.push({ suppression: s, message: unknownRulesMessage(s.rules, ruleIds) });
    else if (!counts.get(s))
      problems.push({
        suppression: s,
        message: `This suppression of ${s.rules.join(", ")} matches no finding; remove it.`
      });
  }
  return {
    kept,
    used: usable.filter((s) => counts.get(s)).map((s) => ({ suppression: s, suppressed: counts.get(s) })),
    problems
  };
}
function unknownRulesMessage(rules, ruleIds) {
  const unknown = rules.filter((r) => !ruleIds.includes(r));
  const named = unknown.map((r) => {
    const suggestion = closest(r, ruleIds);
    return `'${r}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`;
  });
  return `This suppression names ${unknown.length === 1 ? "a rule" : "rules"} this rule set does not have: ${named.join(", ")}; it suppresses nothing.`;
}

export {
  findSuppressions,
  applySuppressions
};
