import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_FINDINGS_PER_FILE,
  MAX_FINDINGS_PER_SCAN
} from "./chunk-LXXCJO2X.js";
import {
  paint
} from "./chunk-TBTCHC3T.js";
import {
  groupBy
} from "./chunk-2NCX2ZWH.js";
import {
  plural
} from "./chunk-7WBFJJUZ.js";

// src/report/timeline.ts
var SOON_DAYS = 14;
function stageWords(report) {
  const { stage, since } = report.ruleset;
  if (stage === "none") return "before the timeline: nothing is enforced yet";
  return `stage ${stage}${since ? ` (since ${since})` : ""}`;
}
function whenWords(forecast) {
  const { begins, daysLeft } = forecast;
  if (begins === void 0 || daysLeft === void 0) return "has no date yet";
  if (daysLeft > 1) return `begins on ${begins} (in ${daysLeft} days)`;
  if (daysLeft === 1) return `begins tomorrow, ${begins}`;
  if (daysLeft === 0) return `begins today, ${begins}`;
  return `began on ${begins} by the calendar (this run enforces an earlier stage)`;
}
var beginsSoon = (forecast) => forecast?.daysLeft !== void 0 && forecast.daysLeft >= 0 && forecast.daysLeft <= SOON_DAYS;
function blockingWords(forecast, change = "this change") {
  if (forecast.blocking === 0)
    return forecast.conclusion === "failure" ? "nothing more will block then (what blocks now still will)" : "nothing will block then";
  const touched = forecast.inChangedFiles === void 0 ? "" : `, ${forecast.inChangedFiles} of them in files ${change} touches`;
  return `${plural(forecast.blocking, "finding")} that ${forecast.blocking === 1 ? "does" : "do"} not block now will block then${touched}`;
}
function forecastSentence(forecast, change) {
  return `${forecast.stage} ${whenWords(forecast)}: ${blockingWords(forecast, change)}.`;
}
function blocksFromWords(report, stage) {
  const begins = report.forecast?.stage === stage ? report.forecast.begins : void 0;
  return `blocks from ${stage}${begins ? ` (${begins})` : ""}`;
}

// src/report/text.ts
var LOCATIONS_SHOWN = 3;
var LISTED = 10;
function location(f) {
  return f.line === void 0 ? f.path : `${f.path}:${f.line}:${f.column}`;
}
function gateDetails(report) {
  const out = [];
  const { used, problems } = report.suppressions;
  if (used.length || problems.length) {
    out.push(
      "",
      `Suppressions: ${used.length} in use${problems.length ? `, ${problems.length} to fix` : ""}`
    );
    for (const u of used) {
      const until = u.until ? ` (until ${u.until})` : "";
      out.push(
        `  ${u.path}:${u.line} ignore[${u.rules.join(", ")}] ${u.reason}${until}${u.new ? " (added by this change)" : ""}`
      );
    }
    for (const p of problems) out.push(`  ${p.path}:${p.line} ${p.message}`);
  }
  const b = report.baseline;
  if (b) {
    out.push(
      "",
      `Baseline ${b.file}: ${b.grown.length ? `${plural(b.grown.length, "count")} grew` : "no count grew"}`
    );
    for (const g of b.grown) out.push(`  grew: ${g.rule} in ${g.path}: ${g.baseline} -> ${g.count}`);
    if (b.improved.length) {
      out.push(
        `  ${plural(b.improved.length, "count")} shrank: the baseline can shrink (run: migration-gate baseline --output ${b.file}, and commit it)`
      );
      for (const i of b.improved.slice(0, LISTED))
        out.push(`  shrank: ${i.rule} in ${i.path}: ${i.baseline} -> ${i.count}`);
    }
  }
  return out;
}
function listed(out, title, items, line) {
  if (!items.length) return;
  out.push("", title);
  for (const item of items.slice(0, LISTED)) out.push(`  ${line(item)}`);
  if (items.length > LISTED) out.push(`  \u2026 and ${items.length - LISTED} more (see --format json)`);
}
var omittedWords = (rule) => rule.omitted ? ` (${rule.omitted.toLocaleString("en-US")} of them not kept: the scan keeps at most ${MAX_FINDINGS_PER_FILE.toLocaleString("en-US")} per rule and file and ${MAX_FINDINGS_PER_SCAN.toLocaleString("en-US")} in all; the rest are judged and counted, not listed)` : "";
function profileLines(report) {
  const profiles = report.ruleset.profiles;
  if (!profiles) return [];
  if (profiles.length === 0)
    return report.ruleset.file === "auto" ? [
      "No profile applies: no DRUM package, drop-in environment, custom model or Flask code was found, so nothing was checked (choose one with --rules)."
    ] : [];
  return profiles.map((p) => `Profile ${p.name}: ${p.reason}`);
}
function phaseProgress(phase) {
  const notApplicable = phase.notApplicable ?? 0;
  if (phase.rules === 0 && notApplicable > 0) return "not applicable";
  return `${phase.passing}/${phase.rules} done${notApplicable ? `, ${notApplicable} not applicable` : ""}`;
}
var notEnforcedWords = (report) => report.ruleset.stage === "none" ? "not enforced yet" : `not enforced in ${report.ruleset.stage}`;
function forecastLines(report) {
  const forecast = report.forecast;
  if (!forecast) return [];
  const out = ["", `Next: ${forecastSentence(forecast)}`];
  if (forecast.meaning) out.push(`  ${forecast.stage}: ${forecast.meaning}`);
  for (const phase of forecast.phases) {
    out.push(`  Phase ${phase.phase} \xB7 ${phase.title}: ${plural(phase.blocking, "finding")} will block`);
    for (const rule of forecast.rules.filter((r) => r.phase === phase.phase)) {
      const touched = rule.inChangedFiles ? ` (${rule.inChangedFiles} in changed files)` : "";
      out.push(`    ${rule.title} [${rule.id}] ${rule.blocking}${touched}, ${rule.now} -> ${rule.then}`);
    }
  }
  return out;
}
function severityCounts(findings, c) {
  return ["error", "warning", "notice"].map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => c.severity(s, plural(n, s))).join(", ");
}
function renderText(report, options = {}) {
  const c = paint(options.colour ?? false);
  const shownPerRule = options.maxPerRule ?? LOCATIONS_SHOWN;
  const out = [
    `${report.tool.name} ${report.tool.version} \xB7 ${report.ruleset.name} \xB7 ${stageWords(report)} \xB7 ${report.target}`,
    ...report.ruleset.stageMeaning ? [`${report.ruleset.stage}: ${report.ruleset.stageMeaning}`] : [],
    ...profileLines(report)
  ];
  if (report.change?.unknown !== void 0)
    out.push(
      `Compared with ${report.change.base}: the changed lines are unknown (${report.change.unknown}); every finding counts as new, so rules enforced as \`new\` block`
    );
  else if (report.change)
    out.push(
      `Compared with ${report.change.base}: ${plural(report.change.files, "changed file")}; findings marked (new) are on changed lines`
    );
  const byRule = groupBy(report.findings, (f) => f.ruleId);
  for (const phase of report.phases) {
    out.push("", `Phase ${phase.phase} \xB7 ${phase.title} (${phaseProgress(phase)})`);
    for (const rule of report.rules.filter((r) => r.phase === phase.phase)) {
      if (rule.status === "off") {
        out.push(`  - ${rule.title} [${rule.id}] (${notEnforcedWords(report)})`);
        continue;
      }
      if (rule.status === "not-applicable") {
        out.push(`  \u2013 ${rule.title} [${rule.id}] not applicable: ${rule.reason ?? "nothing to check"}`);
        continue;
      }
      if (rule.status === "pass") {
        out.push(`  ${c.green("\u2713")} ${rule.title} [${rule.id}]`);
        continue;
      }
      const findings = byRule.get(rule.id) ?? [];
      const severities = severityCounts(findings, c);
      const mark = findings.some((f) => f.severity === "error") ? c.red("\u2717") : c.yellow("\u2717");
      out.push(
        `  ${mark} ${rule.title} [${rule.id}] ${findings.length === rule.findings ? severities : `${plural(rule.findings, "finding")}${severities ? ` (listed: ${severities})` : ""}`}`
      );
      out.push(`      ${rule.message}`);
      for (const f of findings.slice(0, shownPerRule))
        out.push(
          `      ${c.severity(f.severity, f.severity.padEnd(7))} ${location(f)}  ${f.new ? "(new) " : ""}${f.detail}${f.blocksFrom ? c.dim(` (${blocksFromWords(report, f.blocksFrom)})`) : ""}`
        );
      const shown = Math.min(findings.length, shownPerRule);
      if (rule.findings > shown)
        out.push(
          `      \u2026 and ${rule.findings - shown} more${omittedWords(rule)}${findings.length > shown ? " (--all lists every one)" : ""}`
        );
      if (rule.remediation) out.push(`      fix: ${rule.remediation}`);
    }
  }
  for (const table of report.routes) {
    if (table.flask.length + table.fastapi.length + (table.unknown?.length ?? 0) === 0) continue;
    if (table.pairs.length + (table.unknown?.length ?? 0) === 0) {
      out.push("", `Routes (${table.ruleId}): ${noFlaskRoutes(table)}`);
      continue;
    }
    out.push("", `Routes (${table.ruleId}): Flask -> FastAPI`);
    let app;
    for (const p of table.pairs) {
      if (p.app !== void 0 && p.app !== app) {
        app = p.app;
        const entry = table.apps?.find((a) => a.app === app);
        const against = entry?.counterparts?.length ? ` -> ${entry.counterparts.join(", ")}${entry.pairing === "unclear" ? " (not clear which)" : ""}` : entry?.pairing === "none" ? " -> no FastAPI app near it" : "";
        out.push(`  ${app}${against}`);
      }
      const served = !table.fastapi.length ? "no FastAPI routes yet" : p.compared === false ? "not compared" : p.fastapi.map((f) => f ?? "missing").join(", ");
      out.push(`  ${`${p.method} ${p.path}`.padEnd(40)} ${p.flask.padEnd(50)} -> ${served}`);
    }
    for (const r of table.unknown ?? [])
      out.push(
        `  ${`${r.methods.join("|")} ${r.path}`.padEnd(40)} ${`${r.file}:${r.region.line}`.padEnd(50)} -> framework unknown`
      );
  }
  out.push(...gateDetails(report));
  listed(
    out,
    `Skipped ${plural(report.skipped.length, "path")}:`,
    report.skipped,
    (s) => `${s.path}: ${s.reason}`
  );
  listed(
    out,
    `Notes (${report.notes.length}):`,
    report.notes,
    (n) => `${n.line === void 0 ? n.path : `${n.path}:${n.line}`}: ${n.message}`
  );
  out.push(...forecastLines(report));
  const { error, warning, notice } = report.counts;
  const verdict = report.conclusion === "failure" ? c.bold(c.red("Gate failed")) : c.bold(c.green("Gate passed"));
  out.push(
    "",
    `${verdict}: ${plural(error, "error")}, ${plural(warning, "warning")}, ${plural(notice, "notice")} \xB7 ${plural(report.stats.files, "file")} scanned in ${report.stats.durationMs} ms`
  );
  return `${out.map(noWorkflowCommand).join("\n")}
`;
}
var noFlaskRoutes = (table) => `no Flask routes in the scanned files; FastAPI serves ${plural(table.fastapi.length, "route")}.`;
var noWorkflowCommand = (line) => line.replace(/^(\s*)::/, "$1\\::");

export {
  whenWords,
  beginsSoon,
  blockingWords,
  forecastSentence,
  blocksFromWords,
  LOCATIONS_SHOWN,
  location,
  gateDetails,
  omittedWords,
  profileLines,
  phaseProgress,
  notEnforcedWords,
  renderText,
  noFlaskRoutes,
  noWorkflowCommand
};
