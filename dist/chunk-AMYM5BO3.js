import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  applySuppressions
} from "./chunk-N5M66AOG.js";
import {
  enforcementIn,
  severityFor
} from "./chunk-GAMSNZDU.js";
import {
  groupBy
} from "./chunk-2NCX2ZWH.js";
import {
  ConfigError
} from "./chunk-5OBZHJR5.js";

// src/gate/omitted.ts
function addOmittedLine(runs, line) {
  const last = runs.length - 1;
  if (last > 0 && line > 0 && runs[last] === line - 1) runs[last] = line;
  else runs.push(line, line);
}
function omittedLineCount(runs) {
  let count = 0;
  for (let i = 0; i < runs.length; i += 2) count += runs[i + 1] - runs[i] + 1;
  return count;
}
function tallyOmitted(path, runs, isNew) {
  const count = omittedLineCount(runs);
  if (!isNew) return { fresh: 0, old: count };
  let fresh = 0;
  for (let i = 0; i < runs.length; i += 2)
    for (let line = runs[i]; line <= runs[i + 1]; line++) {
      const region = line > 0 ? { region: { line, column: 1, endLine: line, endColumn: 1 } } : {};
      if (isNew({ path, message: "", ...region })) fresh++;
    }
  return { fresh, old: count - fresh };
}
var omittedCount = (tally) => tally.fresh + tally.old;

// src/order.ts
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/gate/baseline.ts
var BASELINE_VERSION = 1;
var key = (rule, path) => `${rule}\0${path}`;
function countFindings(findings, extra = []) {
  const counts = /* @__PURE__ */ new Map();
  const add = (rule, path, count) => {
    const k = key(rule, path);
    const entry = counts.get(k) ?? { rule, path, count: 0 };
    entry.count += count;
    counts.set(k, entry);
  };
  for (const f of findings) add(f.ruleId, f.path, 1);
  for (const e of extra) add(e.rule, e.path, e.count);
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
function compareWithBaseline(findings, baseline, omitted = /* @__PURE__ */ new Map()) {
  const recorded = new Map(baseline.entries.map((e) => [key(e.rule, e.path), e.count]));
  const byBucket = groupBy(findings.keys(), (i) => key(findings[i].ruleId, findings[i].path));
  const omittedIn = /* @__PURE__ */ new Map();
  for (const [rule, byPath] of omitted)
    for (const [path, tally] of byPath) {
      omittedIn.set(key(rule, path), tally);
      if (!byBucket.has(key(rule, path))) byBucket.set(key(rule, path), []);
    }
  const baselined = findings.map(() => true);
  const omittedBeyond = /* @__PURE__ */ new Map();
  const grown = [];
  const current = /* @__PURE__ */ new Map();
  for (const [k, indexes] of byBucket) {
    const extra = omittedIn.get(k) ?? { fresh: 0, old: 0 };
    const size = indexes.length + omittedCount(extra);
    current.set(k, size);
    const allowed = recorded.get(k) ?? 0;
    if (size <= allowed) continue;
    const [rule, path] = k.split("\0");
    grown.push({ rule, path, count: size, baseline: allowed });
    let excess = size - allowed;
    const take = (available) => {
      const taken = Math.min(available, excess);
      excess -= taken;
      return taken;
    };
    const byLineDown = [...indexes].sort((a, b) => b - a);
    const keptNew = byLineDown.filter((i) => findings[i].new === true);
    const keptOld = byLineDown.filter((i) => findings[i].new !== true);
    const beyond = { fresh: take(extra.fresh), old: 0 };
    for (const i of keptNew.slice(0, take(keptNew.length))) baselined[i] = false;
    beyond.old = take(extra.old);
    for (const i of keptOld.slice(0, take(keptOld.length))) baselined[i] = false;
    if (omittedCount(beyond) > 0) {
      const byPath = omittedBeyond.get(rule) ?? /* @__PURE__ */ new Map();
      omittedBeyond.set(rule, byPath.set(path, beyond));
    }
  }
  const improved = baseline.entries.filter((e) => (current.get(key(e.rule, e.path)) ?? 0) < e.count).map((e) => ({ ...e, count: current.get(key(e.rule, e.path)) ?? 0, baseline: e.count }));
  return {
    baselined,
    omittedBeyond,
    grown: grown.sort((a, b) => compareText(a.rule, b.rule) || compareText(a.path, b.path)),
    improved
  };
}

// src/gate/forecast.ts
var keyOf = (f) => JSON.stringify([f.ruleId, f.path, f.line ?? 0, f.column ?? 0, f.endLine ?? 0, f.endColumn ?? 0, f.detail]);
function forecastOf(ruleSet, now, then, next, touched) {
  const today = groupBy(now.findings, keyOf);
  const blocksFrom = /* @__PURE__ */ new Set();
  const listed = [];
  let changing = 0;
  for (const f of then.findings) {
    const before = today.get(keyOf(f))?.shift();
    if (before?.severity !== f.severity) changing++;
    if (f.severity !== "error" || before?.severity === "error") continue;
    if (before) blocksFrom.add(before);
    const isTouched = touched?.(f.path);
    listed.push({
      ruleId: f.ruleId,
      phase: f.phase,
      path: f.path,
      ...f.line === void 0 ? {} : { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn },
      message: f.message,
      ...before ? { severity: before.severity } : {},
      ...isTouched === void 0 ? {} : { touched: isTouched },
      ...f.anchor !== void 0 ? { anchor: f.anchor } : {}
    });
  }
  for (const rest of today.values()) changing += rest.length;
  const unlisted = (v) => v.counts.error - v.findings.filter((f) => f.severity === "error").length;
  const blockingUnlisted = Math.max(0, unlisted(then) - unlisted(now));
  const byRule = groupBy(listed, (f) => f.ruleId);
  const enforcementNow = new Map(now.rules.map((r) => [r.id, r.enforcement]));
  const inChanged = (fs) => touched ? { inChangedFiles: fs.filter((f) => f.touched).length } : {};
  const rules = then.rules.filter((r) => byRule.has(r.id)).map((r) => ({
    id: r.id,
    phase: r.phase,
    title: r.title,
    now: enforcementNow.get(r.id) ?? "off",
    then: r.enforcement,
    blocking: byRule.get(r.id).length,
    ...inChanged(byRule.get(r.id))
  }));
  const phases = [...new Set(rules.map((r) => r.phase))].sort((a, b) => a - b).map((phase) => ({
    phase,
    title: ruleSet.phases[phase] ?? `Phase ${phase}`,
    blocking: rules.filter((r) => r.phase === phase).reduce((n, r) => n + r.blocking, 0)
  }));
  return {
    findings: now.findings.map((f) => blocksFrom.has(f) ? { ...f, blocksFrom: next.stage } : f),
    forecast: {
      ...next,
      ...ruleSet.stages?.[next.stage] ? { meaning: ruleSet.stages[next.stage] } : {},
      conclusion: then.conclusion,
      counts: then.counts,
      blocking: listed.length + blockingUnlisted,
      changing,
      ...inChanged(listed),
      rules,
      phases,
      findings: listed
    }
  };
}
var forecastTotals = (f) => ({
  blocking: f.blocking,
  changing: f.changing,
  counts: { ...f.counts }
});
function forecastWithout(forecast, keep, removed) {
  const findings = forecast.findings.filter((f) => keep(f.path));
  const counts = { ...forecast.counts };
  let blocking = forecast.blocking;
  let changing = forecast.changing;
  for (const part of removed) {
    blocking -= part.blocking;
    changing -= part.changing;
    for (const severity of ["error", "warning", "notice"]) counts[severity] -= part.counts[severity];
  }
  const perRule = /* @__PURE__ */ new Map();
  for (const f of findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  const rules = forecast.rules.filter((r) => perRule.has(r.id)).map((r) => ({ ...r, blocking: perRule.get(r.id) }));
  const phases = forecast.phases.map((p) => ({
    ...p,
    blocking: rules.filter((r) => r.phase === p.phase).reduce((n, r) => n + r.blocking, 0)
  })).filter((p) => p.blocking > 0);
  return {
    ...forecast,
    conclusion: counts.error > 0 ? "failure" : "success",
    counts,
    blocking: Math.max(blocking, findings.length),
    changing: Math.max(changing, 0),
    rules,
    phases,
    findings
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
    options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    ruleSet.rules.map((r) => r.id)
  );
  const findings = [];
  const rules = [];
  const omitted = /* @__PURE__ */ new Map();
  for (const rule of ruleSet.rules) {
    const enforcement = enforcementIn(rule.enforcement, stage);
    const why = enforcement === "off" ? void 0 : options.notApplicable?.get(rule.id);
    const judged = enforcement !== "off" && why === void 0;
    const own = judged ? raw.get(rule.id) ?? [] : [];
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
    let notKept = 0;
    for (const [path, lines] of judged ? options.omitted?.get(rule.id) ?? [] : []) {
      const tally = tallyOmitted(path, lines, isNew);
      omitted.set(rule.id, (omitted.get(rule.id) ?? /* @__PURE__ */ new Map()).set(path, tally));
      notKept += omittedCount(tally);
    }
    rules.push({
      id: rule.id,
      phase: rule.phase,
      title: rule.title,
      kind: rule.kind,
      status: enforcement === "off" ? "off" : why !== void 0 ? "not-applicable" : own.length + notKept ? "fail" : "pass",
      findings: own.length + notKept,
      ...notKept ? { omitted: notKept } : {},
      enforcement,
      ...why !== void 0 ? { reason: why } : {},
      origin: rule.origin
    });
  }
  findings.sort(compareFindings);
  let baseline;
  let beyondBaseline = omitted;
  if (options.baseline) {
    const { baselined, omittedBeyond, grown, improved } = compareWithBaseline(
      findings,
      options.baseline,
      omitted
    );
    findings.forEach((f, i) => {
      f.baselined = baselined[i];
      if (f.baselined && f.severity === "error") f.severity = "warning";
    });
    const inForce = new Set(rules.filter((r) => r.status === "pass" || r.status === "fail").map((r) => r.id));
    baseline = { grown, improved: improved.filter((e) => inForce.has(e.rule)) };
    beyondBaseline = omittedBeyond;
  }
  const counts = countOmitted(ruleSet, stage, omitted, beyondBaseline, isNew !== void 0);
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
function countOmitted(ruleSet, stage, omitted, beyondBaseline, changeKnown) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const rule of ruleSet.rules) {
    const enforcement = enforcementIn(rule.enforcement, stage);
    for (const [path, tally] of omitted.get(rule.id) ?? []) {
      const beyond = beyondBaseline.get(rule.id)?.get(path) ?? { fresh: 0, old: 0 };
      counts[severityFor(enforcement, true)] += beyond.fresh;
      counts[severityFor(enforcement, changeKnown ? false : void 0)] += beyond.old;
      const covered = omittedCount(tally) - omittedCount(beyond);
      const severity = severityFor(enforcement, false);
      counts[severity === "error" ? "warning" : severity] += covered;
    }
  }
  return counts;
}

export {
  compareText,
  addOmittedLine,
  omittedLineCount,
  countFindings,
  renderBaseline,
  parseBaseline,
  forecastOf,
  forecastTotals,
  forecastWithout,
  compareFindings,
  judge
};
