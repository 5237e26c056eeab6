import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  severityFor
} from "./chunk-7Y7BPMN2.js";
import {
  groupBy
} from "./chunk-2NCX2ZWH.js";
import {
  ConfigError
} from "./chunk-KNG67IWB.js";

// src/order.ts
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/gate/baseline.ts
var BASELINE_VERSION = 1;
var key = (rule, path) => `${rule}\0${path}`;
function countFindings(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = key(f.ruleId, f.path);
    const entry = counts.get(k) ?? { rule: f.ruleId, path: f.path, count: 0 };
    entry.count++;
    counts.set(k, entry);
  }
  return [...counts.values()].sort(
    (a, b) => a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
}
function renderBaseline(baseline) {
  const lines = baseline.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{
  "version": ${BASELINE_VERSION},
  "tool": "migration-gate",
  "ruleset": ${JSON.stringify(baseline.ruleset)},
  "entries": [
${lines.join(",\n")}
  ]
}
`;
}
function parseBaseline(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`baseline is not valid JSON: ${error.message}`, {
      file,
      line: 1,
      column: 1
    });
  }
  const d = data;
  if (d?.version !== BASELINE_VERSION || !Array.isArray(d.entries)) {
    throw new ConfigError(
      `not a migration-gate baseline (version ${BASELINE_VERSION}); create one with \`migration-gate baseline\``,
      { file, line: 1, column: 1 }
    );
  }
  const entries = d.entries.filter(
    (e) => typeof e?.rule === "string" && typeof e?.path === "string" && Number.isInteger(e?.count) && e.count >= 0
  );
  if (entries.length !== d.entries.length)
    throw new ConfigError("baseline has malformed entries (each needs rule, path and count)", {
      file,
      line: 1,
      column: 1
    });
  return { ruleset: typeof d.ruleset === "string" ? d.ruleset : "", entries };
}
function compareWithBaseline(findings, baseline) {
  const recorded = new Map(baseline.entries.map((e) => [key(e.rule, e.path), e.count]));
  const byBucket = groupBy(findings.keys(), (i) => key(findings[i].ruleId, findings[i].path));
  const baselined = findings.map(() => true);
  const grown = [];
  for (const [k, indexes] of byBucket) {
    const allowed = recorded.get(k) ?? 0;
    if (indexes.length <= allowed) continue;
    const [rule, path] = k.split("\0");
    grown.push({ rule, path, count: indexes.length, baseline: allowed });
    const order = [...indexes].sort(
      (a, b) => Number(findings[b].new === true) - Number(findings[a].new === true) || b - a
    );
    for (const i of order.slice(0, indexes.length - allowed)) baselined[i] = false;
  }
  const current = new Map(countFindings(findings).map((e) => [key(e.rule, e.path), e.count]));
  const improved = baseline.entries.filter((e) => (current.get(key(e.rule, e.path)) ?? 0) < e.count).map((e) => ({ ...e, count: current.get(key(e.rule, e.path)) ?? 0, baseline: e.count }));
  return {
    baselined,
    grown: grown.sort((a, b) => compareText(a.rule, b.rule) || compareText(a.path, b.path)),
    improved
  };
}

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
  const note = (key2, index) => {
    if (!first.has(key2)) first.set(key2, index);
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
function applySuppressions(findings, suppressions, today) {
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

// src/gate/verdict.ts
function compareFindings(a, b) {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function judge(ruleSet, stage, allRaw, options = {}) {
  const { isNew } = options;
  const {
    kept: raw,
    used,
    problems
  } = applySuppressions(
    allRaw,
    options.suppressions ?? [],
    options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  );
  const findings = [];
  const rules = [];
  for (const rule of ruleSet.rules) {
    const enforcement = rule.enforcement[stage];
    const why = enforcement === "off" ? void 0 : options.notApplicable?.get(rule.id);
    const own = enforcement === "off" || why !== void 0 ? [] : raw.get(rule.id) ?? [];
    for (const f of own) {
      const fresh = isNew?.(f);
      const severity = severityFor(enforcement, fresh);
      findings.push({
        ruleId: rule.id,
        kind: rule.kind,
        phase: rule.phase,
        severity,
        path: f.path,
        ...f.region,
        message: `${f.message} ${rule.message}`,
        detail: f.message,
        ...rule.remediation ? { remediation: rule.remediation } : {},
        ...fresh === void 0 ? {} : { new: fresh },
        ...f.anchor !== void 0 ? { anchor: f.anchor } : {}
      });
    }
    rules.push({
      id: rule.id,
      phase: rule.phase,
      title: rule.title,
      kind: rule.kind,
      status: enforcement === "off" ? "off" : why !== void 0 ? "not-applicable" : own.length ? "fail" : "pass",
      findings: own.length,
      enforcement,
      ...why !== void 0 ? { reason: why } : {},
      origin: rule.origin
    });
  }
  findings.sort(compareFindings);
  let baseline;
  if (options.baseline) {
    const { baselined, grown, improved } = compareWithBaseline(findings, options.baseline);
    findings.forEach((f, i) => {
      f.baselined = baselined[i];
      if (f.baselined && f.severity === "error") f.severity = "warning";
    });
    baseline = { grown, improved };
  }
  const phaseNumbers = [...new Set(rules.map((r) => r.phase))].sort((a, b) => a - b);
  const phases = phaseNumbers.map((phase) => {
    const inForce = rules.filter((r) => r.phase === phase && r.status !== "off");
    const applicable = inForce.filter((r) => r.status !== "not-applicable");
    return {
      phase,
      title: ruleSet.phases[phase] ?? `Phase ${phase}`,
      rules: applicable.length,
      passing: applicable.filter((r) => r.status === "pass").length,
      notApplicable: inForce.length - applicable.length
    };
  });
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    conclusion: counts.error > 0 ? "failure" : "success",
    findings,
    rules,
    phases,
    counts,
    suppressions: { used, problems },
    ...baseline ? { baseline } : {}
  };
}

export {
  compareText,
  countFindings,
  renderBaseline,
  parseBaseline,
  findSuppressions,
  compareFindings,
  judge
};
