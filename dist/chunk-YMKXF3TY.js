import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-B4GS4ZWT.js";

// src/audit/merge.ts
var within = (prefix, path) => prefix ? `${prefix}/${path}` : path;
function mergeReports(parts, base) {
  const findings = parts.flatMap(({ name, report }) => report.findings.map((f) => ({ ...f, path: within(name, f.path) }))).sort(compareFindings);
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const rules = base.rules.map((rule) => {
    const all = parts.map((p) => p.report.rules.find((r) => r.id === rule.id)).filter((r) => r !== void 0);
    const total = all.reduce((n, r) => n + r.findings, 0);
    return {
      ...rule,
      findings: total,
      status: rule.status === "off" ? rule.status : total > 0 ? "fail" : "pass"
    };
  });
  const phases = base.phases.map((p) => {
    const inForce = rules.filter((r) => r.phase === p.phase && r.status !== "off");
    return { ...p, rules: inForce.length, passing: inForce.filter((r) => r.status === "pass").length };
  });
  return {
    ...base,
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
    ...parts.some((p) => p.report.repositories) ? { repositories: parts.flatMap((p) => p.report.repositories ?? []) } : {}
  };
}

export {
  mergeReports
};
