import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  codeBlock,
  codeSpan,
  escapeText,
  tableCell
} from "./chunk-DHTHZS3P.js";
import {
  beginsSoon,
  blockingWords,
  blocksFromWords,
  forecastSentence,
  gateDetails,
  location,
  noFlaskRoutes,
  notEnforcedWords,
  omittedWords,
  profileLines,
  whenWords
} from "./chunk-PPJON7XR.js";
import {
  groupBy
} from "./chunk-2NCX2ZWH.js";
import {
  STAGES
} from "./chunk-GDWBPA24.js";
import {
  plural
} from "./chunk-7WBFJJUZ.js";

// src/report/environments.ts
var verb = (n, word) => n === 1 ? `${word}s` : word;
var cell = (items) => items.length ? items.join(", ") : "\u2014";
function auditTotals(report) {
  const envs = report.environments ?? [];
  return {
    environments: envs.length,
    withFlaskStack: envs.filter((e) => e.flaskStack.length > 0).length,
    withFastapi: envs.filter((e) => e.fastapiStack.includes("fastapi")).length,
    belowPython38: envs.filter(
      (e) => e.python !== null && Number(e.python.split(".")[1]) < 8 && e.python.startsWith("3.")
    ).length,
    errors: report.counts.error,
    warnings: report.counts.warning,
    notices: report.counts.notice,
    stage: report.ruleset.stage,
    ...report.forecast ? { next: { stage: report.forecast.stage, blocking: report.forecast.blocking } } : {}
  };
}
function calendarLine(report) {
  const calendar = report.ruleset.calendar;
  if (!calendar || !Object.keys(calendar).length) return void 0;
  const now = report.ruleset.stage;
  const next = report.forecast;
  const parts = STAGES.filter((s) => calendar[s] !== void 0).map((s) => {
    if (s === now) return `**${s}** since ${calendar[s]} (now)`;
    if (s === next?.stage && next.daysLeft !== void 0 && next.daysLeft >= 0)
      return `${s} from ${calendar[s]} (**${plural(next.daysLeft, "day")} left**)`;
    return `${s} from ${calendar[s]}`;
  });
  return `Timeline: ${now === "none" ? "not begun \xB7 " : ""}${parts.join(" \xB7 ")}`;
}
function environmentMatrix(report) {
  const envs = report.environments ?? [];
  const t = auditTotals(report);
  const next = report.forecast?.stage;
  const rows = envs.map((e) => {
    const phases = [0, 1, 2, 3, 4, 5].map((p) => e.phases[String(p)] ?? 0).join(" \xB7 ");
    const status = e.errors ? "\u274C" : e.flaskStack.length || e.customFlaskExtension ? "\u{1F7E1}" : "\u2705";
    const blocksNext = next ? ` ${e.blocksNext ?? 0} |` : "";
    return `| ${status} | ${tableCell(codeSpan(e.repository))} | ${tableCell(codeSpan(e.path || "."))} | ${tableCell(escapeText(e.python ?? "unknown"))} | ${tableCell(escapeText(cell(e.flaskStack)))}${e.customFlaskExtension ? " + custom_flask.py" : ""} | ${tableCell(escapeText(cell(e.fastapiStack)))} | ${e.errors} / ${e.warnings} / ${e.notices} |${blocksNext} ${phases} |`;
  });
  const listed = (why) => (report.repositories ?? []).flatMap(
    (r) => why(r) ? [`- ${codeSpan(r.repository)}: ${escapeText(why(r))}`] : []
  );
  const problems = listed((r) => r.problem);
  const timeline = calendarLine(report);
  const incomplete = listed((r) => r.incomplete);
  return [
    `
### Drop-in environments
`,
    `**${t.environments}** ${t.environments === 1 ? "environment" : "environments"} \xB7 **${t.withFlaskStack}** still ${verb(t.withFlaskStack, "install")} the Flask stack \xB7 **${t.withFastapi}** ${verb(t.withFastapi, "install")} FastAPI \xB7 **${t.belowPython38}** below Python 3.8
`,
    ...timeline ? [`${timeline}
`] : [],
    ...report.forecast ? [`Next: ${escapeText(forecastSentence(report.forecast))}
`] : [],
    `| | Repository | Environment | Python | Flask stack | FastAPI stack | Errors / warnings / notices |${next ? ` Will block in ${next} |` : ""} Findings by phase 0 \xB7 1 \xB7 2 \xB7 3 \xB7 4 \xB7 5 |`,
    `|---|---|---|---|---|---|---|---|${next ? "---|" : ""}`,
    ...rows,
    ...incomplete.length ? ["", "**Audited in part:**", ...incomplete] : [],
    ...problems.length ? ["", "**Not audited:**", ...problems] : [],
    ""
  ].join("\n");
}

// src/report/markdown.ts
var FINDINGS_PER_RULE = 5;
function progressBar(done, total, width = 10) {
  const filled = total === 0 ? width : Math.round(done / total * width);
  return `${"\u2588".repeat(filled)}${"\u2591".repeat(width - filled)}`;
}
var ENFORCEMENT_WORDS = {
  error: ["blocks the merge", "block the merge"],
  new: [
    "blocks what a change introduces (existing findings warn)",
    "block what a change introduces (existing findings warn)"
  ],
  warning: ["warns", "warn"],
  notice: ["is a notice", "are notices"],
  off: ["is not enforced yet", "are not enforced yet"]
};
function headSection(report) {
  const { error, warning, notice } = report.counts;
  const icon = report.conclusion === "failure" ? "\u274C" : "\u2705";
  const stage = report.ruleset.stage;
  const out = [
    `## ${icon} ${escapeText(report.ruleset.name)}: gate ${report.conclusion === "failure" ? "failed" : "passed"}`,
    ...beginsSoon(report.forecast) ? [
      "",
      `> \u23F0 **${report.forecast.stage} ${whenWords(report.forecast)}**: ${blockingWords(report.forecast)}.`
    ] : [],
    "",
    `${stage === "none" ? "Before the timeline: nothing enforced yet" : `Stage **${stage}**${report.ruleset.since ? ` since ${report.ruleset.since}` : ""}`} \xB7 ${plural(error, "error")} \xB7 ${plural(warning, "warning")} \xB7 ${plural(notice, "notice")} \xB7 ${plural(report.stats.files, "file")} scanned`,
    ...profileSection(report),
    "",
    "| Phase | Done | Progress |",
    "|---|---|---|",
    ...report.phases.map((p) => {
      const progress = p.rules ? progressBar(p.passing, p.rules) : p.notApplicable ? "not applicable" : notEnforcedWords(report);
      const done = `${p.passing}/${p.rules}${p.notApplicable ? ` \xB7 ${p.notApplicable} not applicable` : ""}`;
      return `| ${p.phase} \xB7 ${tableCell(escapeText(p.title))} | ${done} | ${progress} |`;
    })
  ];
  const byEnforcement = /* @__PURE__ */ new Map();
  for (const r of report.rules) byEnforcement.set(r.enforcement, (byEnforcement.get(r.enforcement) ?? 0) + 1);
  const parts = ["error", "new", "warning", "notice", "off"].filter((e) => byEnforcement.get(e)).map((e) => {
    const count = byEnforcement.get(e);
    return `${count} ${count === 1 ? "rule" : "rules"} ${ENFORCEMENT_WORDS[e][count === 1 ? 0 : 1]}`;
  });
  out.push(
    "",
    `${stage === "none" ? "Before the timeline begins" : `In stage **${stage}**`}, ${parts.join("; ")}.`
  );
  if (report.ruleset.stageMeaning) out.push("", `> ${escapeText(report.ruleset.stageMeaning)}`);
  out.push(...forecastTable(report));
  return `${out.join("\n")}
`;
}
var FORECAST_ROWS = 20;
function forecastTable(report) {
  const forecast = report.forecast;
  if (!forecast) return [];
  const out = ["", `**Next: ${forecast.stage}** ${whenWords(forecast)}: ${blockingWords(forecast)}.`];
  if (forecast.meaning) out.push("", `> ${forecast.stage}: ${escapeText(forecast.meaning)}`);
  if (!forecast.rules.length) return out;
  const changed = forecast.inChangedFiles !== void 0;
  out.push(
    "",
    `| Phase | Will block in ${forecast.stage} | Rule | Now \u2192 then${changed ? " | In changed files" : ""} |`,
    `|---|---|---|---|${changed ? "---|" : ""}`
  );
  const phaseTitle = new Map(forecast.phases.map((p) => [p.phase, p.title]));
  for (const rule of forecast.rules.slice(0, FORECAST_ROWS))
    out.push(
      `| ${rule.phase} \xB7 ${tableCell(escapeText(phaseTitle.get(rule.phase) ?? ""))} | ${rule.blocking} | ${tableCell(escapeText(rule.title))} \`${rule.id}\` | ${rule.now} \u2192 ${rule.then}${changed ? ` | ${rule.inChangedFiles ?? 0}` : ""} |`
    );
  if (forecast.rules.length > FORECAST_ROWS)
    out.push(
      "",
      `_\u2026 and ${forecast.rules.length - FORECAST_ROWS} more rules in the JSON report (\`forecast\`)._`
    );
  return out;
}
function profileSection(report) {
  const lines = profileLines(report);
  if (!lines.length) return [];
  const profiles = report.ruleset.profiles ?? [];
  if (profiles.length === 0) return ["", `> ${escapeText(lines[0])}`];
  return ["", ...profiles.map((p) => `- Profile **${p.name}**: ${escapeText(p.reason)}`)];
}
function findingLine(f, report, options) {
  const where = options.link ? `[${codeSpan(location(f))}](${options.link(f.path, f.line)})` : codeSpan(location(f));
  const later = f.blocksFrom ? ` _(${blocksFromWords(report, f.blocksFrom)})_` : "";
  return `  - ${where}${f.new ? " **new**" : ""} ${escapeText(f.detail)}${later}`;
}
function phaseSections(report, options = {}) {
  const shown = options.findingsPerRule ?? FINDINGS_PER_RULE;
  const byRule = groupBy(report.findings, (f) => f.ruleId);
  return report.phases.map((phase) => {
    const out = [`### Phase ${phase.phase} \xB7 ${escapeText(phase.title)}`, ""];
    for (const rule of report.rules.filter((r) => r.phase === phase.phase)) {
      if (rule.status === "off") {
        out.push(`- \u2796 ${escapeText(rule.title)} \u2014 ${notEnforcedWords(report)} \`${rule.id}\``);
        continue;
      }
      if (rule.status === "not-applicable") {
        out.push(
          `- \u26AA ${escapeText(rule.title)} \u2014 not applicable: ${escapeText(rule.reason ?? "nothing to check")} \`${rule.id}\``
        );
        continue;
      }
      const mark = rule.status === "pass" ? "\u2705" : "\u274C";
      const count = rule.status === "pass" ? "" : ` \u2014 ${rule.findings} ${rule.enforcement === "new" ? "findings (new ones block)" : `\xD7 ${rule.enforcement}`}`;
      out.push(`- ${mark} ${escapeText(rule.title)}${count} \`${rule.id}\``);
      const findings = byRule.get(rule.id) ?? [];
      for (const f of findings.slice(0, shown)) out.push(findingLine(f, report, options));
      const listed = Math.min(findings.length, shown);
      if (rule.findings > listed) out.push(`  - \u2026 and ${rule.findings - listed} more${omittedWords(rule)}`);
    }
    return `
${out.join("\n")}
`;
  });
}
function appendixSections(report) {
  const out = report.environments ? [environmentMatrix(report)] : [];
  const added = report.suppressions.used.filter((u) => u.new);
  if (added.length) {
    const lines = added.map(
      (u) => `- ${codeSpan(`${u.path}:${u.line}`)} ${codeSpan(`ignore[${u.rules.join(", ")}]`)}: ${escapeText(u.reason)}${u.until ? ` (until ${u.until})` : ""}`
    );
    out.push(
      `
### \u26A0\uFE0F Suppressions added by this change

Reviewers: these silence the gate.

${lines.join("\n")}
`
    );
  }
  const details = gateDetails(report);
  if (details.length)
    out.push(`
### Suppressions and baseline

${codeBlock(details.join("\n").trim())}
`);
  for (const table of report.routes) {
    if (table.flask.length + table.fastapi.length + (table.unknown?.length ?? 0) === 0) continue;
    if (table.pairs.length + (table.unknown?.length ?? 0) === 0) {
      out.push(`
### Routes: Flask \u2192 FastAPI (\`${table.ruleId}\`)

${noFlaskRoutes(table)}
`);
      continue;
    }
    const apps = table.pairs.some((p) => p.app !== void 0);
    const appCell = (app) => {
      if (!apps) return "";
      const entry = table.apps?.find((a) => a.app === app);
      const against = entry?.counterparts?.length ? ` \u2192 ${entry.counterparts.map((c) => codeSpan(c)).join(", ")}${entry.pairing === "unclear" ? " (not clear which)" : ""}` : entry?.pairing === "none" ? " \u2192 no FastAPI app near it" : "";
      return `| ${tableCell(`${app ? codeSpan(app) : ""}${against}`)} `;
    };
    const rows = table.pairs.map((p) => {
      const served = !table.fastapi.length ? "no FastAPI routes yet" : p.compared === false ? "not compared" : p.fastapi.map((f) => f ? tableCell(codeSpan(f)) : "\u274C missing").join(", ");
      return `${appCell(p.app)}| ${p.method} | ${tableCell(codeSpan(p.path))} | ${tableCell(codeSpan(p.flask))} | ${served} |`;
    });
    for (const r of table.unknown ?? [])
      rows.push(
        `${appCell(r.app)}| ${r.methods.join("\\|")} | ${tableCell(codeSpan(r.path))} | ${tableCell(codeSpan(`${r.file}:${r.region.line}`))} | framework unknown |`
      );
    const head = `${apps ? "| App " : ""}| Method | Path | Flask | FastAPI |
${apps ? "|---" : ""}|---|---|---|---|`;
    out.push(`
### Routes: Flask \u2192 FastAPI (\`${table.ruleId}\`)

${head}
${rows.join("\n")}
`);
  }
  if (report.notes.length) {
    const notes = report.notes.slice(0, 50).map(
      (n) => `- ${codeSpan(n.line === void 0 ? n.path : `${n.path}:${n.line}`)}: ${escapeText(n.message)}`
    );
    const more = report.notes.length > 50 ? [`- \u2026 and ${report.notes.length - 50} more (see the JSON report)`] : [];
    out.push(
      `
<details><summary>${plural(report.notes.length, "note")}</summary>

${[...notes, ...more].join("\n")}

</details>
`
    );
  }
  if (report.skipped.length) {
    const skipped = report.skipped.slice(0, 50).map((s) => `- ${codeSpan(s.path)}: ${escapeText(s.reason)}`);
    const more = report.skipped.length > 50 ? [`- \u2026 and ${report.skipped.length - 50} more (see the JSON report)`] : [];
    out.push(
      `
<details><summary>${plural(report.skipped.length, "path")} skipped</summary>

${[...skipped, ...more].join("\n")}

</details>
`
    );
  }
  return out;
}
function markdownSections(report, options = {}) {
  return [headSection(report), ...phaseSections(report, options), ...appendixSections(report)];
}
function renderMarkdown(report, options = {}) {
  return markdownSections(report, options).join("");
}

export {
  auditTotals,
  environmentMatrix,
  headSection,
  phaseSections,
  appendixSections,
  markdownSections,
  renderMarkdown
};
