import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  compareFindings,
  compareText
} from "./chunk-AMYM5BO3.js";
import {
  DEFAULT_PHASE_TITLES
} from "./chunk-GAMSNZDU.js";

// src/audit/merge.ts
var within = (prefix, path) => prefix ? `${prefix}/${path}` : path;
function mergeReports(parts, base) {
  const findings = parts.flatMap(
    ({ name, report }) => report.findings.map((f) => ({
      ...f,
      path: within(name, f.path),
      ...f.anchor !== void 0 ? { anchor: within(name, f.anchor) } : {}
    }))
  ).sort(compareFindings);
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const { report } of parts)
    for (const severity of ["error", "warning", "notice"])
      counts[severity] += report.counts[severity];
  const byId = /* @__PURE__ */ new Map();
  for (const { report } of parts)
    for (const rule of report.rules) byId.set(rule.id, [...byId.get(rule.id) ?? [], rule]);
  const rules = [...byId.values()].map((all) => {
    const total = all.reduce((n, r) => n + r.findings, 0);
    const omitted = all.reduce((n, r) => n + (r.omitted ?? 0), 0);
    const statuses = new Set(all.map((r) => r.status));
    const status = total > 0 || statuses.has("fail") ? "fail" : statuses.has("pass") ? "pass" : statuses.has("not-applicable") ? "not-applicable" : "off";
    const { reason: _reason, ...first } = all[0];
    delete first.omitted;
    return {
      ...first,
      findings: total,
      ...omitted ? { omitted } : {},
      status,
      ...status === "not-applicable" && _reason ? { reason: _reason } : {}
    };
  });
  const titles = new Map(parts.flatMap((p) => p.report.phases.map((ph) => [ph.phase, ph.title])));
  const phases = [...new Set(rules.map((r) => r.phase))].sort((a, b) => a - b).map((phase) => {
    const inForce = rules.filter((r) => r.phase === phase && r.status !== "off");
    const applicable = inForce.filter((r) => r.status !== "not-applicable");
    return {
      phase,
      title: titles.get(phase) ?? DEFAULT_PHASE_TITLES[phase] ?? `Phase ${phase}`,
      rules: applicable.length,
      passing: applicable.filter((r) => r.status === "pass").length,
      notApplicable: inForce.length - applicable.length
    };
  });
  const profiles = /* @__PURE__ */ new Map();
  for (const { name, report } of parts)
    for (const p of report.ruleset.profiles ?? [])
      if (!profiles.has(p.name))
        profiles.set(p.name, { name: p.name, reason: name ? `${name}: ${p.reason}` : p.reason });
  return {
    ...base,
    ruleset: { ...base.ruleset, profiles: [...profiles.values()] },
    target: `audit of ${parts.length} ${parts.length === 1 ? "repository" : "repositories"}`,
    conclusion: counts.error > 0 ? "failure" : "success",
    counts,
    findings,
    rules,
    phases,
    stats: parts.reduce(
      (s, p) => ({
        files: s.files + p.report.stats.files,
        bytes: s.bytes + p.report.stats.bytes,
        durationMs: s.durationMs + p.report.stats.durationMs
      }),
      { files: 0, bytes: 0, durationMs: 0 }
    ),
    skipped: parts.flatMap(
      ({ name, report }) => report.skipped.map((s) => ({ ...s, path: within(name, s.path) }))
    ),
    notes: parts.flatMap(
      ({ name, report }) => report.notes.map((n) => ({ ...n, path: within(name, n.path) }))
    ),
    routes: parts.flatMap((p) => p.report.routes),
    suppressions: {
      used: parts.flatMap((p) => p.report.suppressions.used),
      problems: parts.flatMap((p) => p.report.suppressions.problems)
    },
    environments: parts.flatMap((p) => p.report.environments ?? []),
    ...mergedForecast(parts, base),
    ...parts.some((p) => p.report.repositories) ? { repositories: parts.flatMap((p) => p.report.repositories ?? []) } : {}
  };
}
function mergedForecast(parts, base) {
  const stage = base.forecast?.stage;
  const same = parts.filter((p) => p.report.forecast && p.report.forecast.stage === stage);
  if (!stage || !same.length) return {};
  const forecasts = same.map((p) => ({ name: p.name, forecast: p.report.forecast }));
  const dated = forecasts.filter(({ forecast: f }) => f.begins !== void 0).sort((a, b) => compareText(a.forecast.begins, b.forecast.begins));
  const sum = (pick) => forecasts.reduce((n, { forecast }) => n + pick(forecast), 0);
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const { forecast } of forecasts)
    for (const severity of ["error", "warning", "notice"])
      counts[severity] += forecast.counts[severity];
  const rules = /* @__PURE__ */ new Map();
  for (const { forecast } of forecasts)
    for (const rule of forecast.rules) {
      const seen = rules.get(rule.id);
      rules.set(rule.id, seen ? { ...seen, blocking: seen.blocking + rule.blocking } : { ...rule });
    }
  const phases = /* @__PURE__ */ new Map();
  for (const { forecast } of forecasts)
    for (const phase of forecast.phases) {
      const seen = phases.get(phase.phase);
      phases.set(phase.phase, seen ? { ...seen, blocking: seen.blocking + phase.blocking } : { ...phase });
    }
  const first = dated[0]?.forecast;
  const meaning = base.forecast.meaning;
  return {
    forecast: {
      stage,
      ...first ? { begins: first.begins, daysLeft: first.daysLeft } : {},
      ...meaning ? { meaning } : {},
      conclusion: counts.error > 0 ? "failure" : "success",
      counts,
      blocking: sum((f) => f.blocking),
      changing: sum((f) => f.changing),
      rules: [...rules.values()],
      phases: [...phases.values()].sort((a, b) => a.phase - b.phase),
      findings: forecasts.flatMap(
        ({ name, forecast }) => forecast.findings.map((f) => ({
          ...f,
          path: within(name, f.path),
          ...f.anchor !== void 0 ? { anchor: within(name, f.anchor) } : {}
        }))
      ).sort(compareFindings)
    }
  };
}

export {
  mergeReports
};
