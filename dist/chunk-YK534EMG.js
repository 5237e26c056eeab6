import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  gateDetails,
  location,
  profileLines
} from "./chunk-TDYOHSZN.js";
import {
  plural
} from "./chunk-YDCNMZLA.js";
import {
  groupBy
} from "./chunk-2NCX2ZWH.js";

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
    notices: report.counts.notice
  };
}
function environmentMatrix(report) {
  const envs = report.environments ?? [];
  const t = auditTotals(report);
  const rows = envs.map((e) => {
    const phases = [0, 1, 2, 3, 4, 5].map((p) => e.phases[String(p)] ?? 0).join(" \xB7 ");
    const status = e.errors ? "\u274C" : e.flaskStack.length || e.customFlaskExtension ? "\u{1F7E1}" : "\u2705";
    return `| ${status} | \`${e.repository}\` | \`${e.path || "."}\` | ${e.python ?? "unknown"} | ${cell(e.flaskStack)}${e.customFlaskExtension ? " + custom_flask.py" : ""} | ${cell(e.fastapiStack)} | ${e.errors} / ${e.warnings} / ${e.notices} | ${phases} |`;
  });
  const listed = (why) => (report.repositories ?? []).flatMap((r) => why(r) ? [`- \`${r.repository}\`: ${why(r)}`] : []);
  const problems = listed((r) => r.problem);
  const incomplete = listed((r) => r.incomplete);
  return [
    `
### Drop-in environments
`,
    `**${t.environments}** ${t.environments === 1 ? "environment" : "environments"} \xB7 **${t.withFlaskStack}** still ${verb(t.withFlaskStack, "install")} the Flask stack \xB7 **${t.withFastapi}** ${verb(t.withFastapi, "install")} FastAPI \xB7 **${t.belowPython38}** below Python 3.8
`,
    "| | Repository | Environment | Python | Flask stack | FastAPI stack | Errors / warnings / notices | Findings by phase 0 \xB7 1 \xB7 2 \xB7 3 \xB7 4 \xB7 5 |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    ...incomplete.length ? ["", "**Audited in part:**", ...incomplete] : [],
    ...problems.length ? ["", "**Not audited:**", ...problems] : [],
    ""
  ].join("\n");
}

// src/report/markdown.ts
var FINDINGS_PER_RULE = 5;
var escapeCell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
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
  const out = [
    `## ${icon} ${report.ruleset.name}: gate ${report.conclusion === "failure" ? "failed" : "passed"}`,
    "",
    `Stage **${report.ruleset.stage}** \xB7 ${plural(error, "error")} \xB7 ${plural(warning, "warning")} \xB7 ${plural(notice, "notice")} \xB7 ${plural(report.stats.files, "file")} scanned`,
    ...profileSection(report),
    "",
    "| Phase | Done | Progress |",
    "|---|---|---|",
    ...report.phases.map((p) => {
      const progress = p.rules ? progressBar(p.passing, p.rules) : p.notApplicable ? "not applicable" : `not enforced in ${report.ruleset.stage}`;
      const done = `${p.passing}/${p.rules}${p.notApplicable ? ` \xB7 ${p.notApplicable} not applicable` : ""}`;
      return `| ${p.phase} \xB7 ${escapeCell(p.title)} | ${done} | ${progress} |`;
    })
  ];
  const byEnforcement = /* @__PURE__ */ new Map();
  for (const r of report.rules) byEnforcement.set(r.enforcement, (byEnforcement.get(r.enforcement) ?? 0) + 1);
  const parts = ["error", "new", "warning", "notice", "off"].filter((e) => byEnforcement.get(e)).map((e) => {
    const count = byEnforcement.get(e);
    return `${count} ${count === 1 ? "rule" : "rules"} ${ENFORCEMENT_WORDS[e][count === 1 ? 0 : 1]}`;
  });
  out.push("", `In stage **${report.ruleset.stage}**, ${parts.join("; ")}.`);
  return `${out.join("\n")}
`;
}
function profileSection(report) {
  const lines = profileLines(report);
  if (!lines.length) return [];
  const profiles = report.ruleset.profiles ?? [];
  if (profiles.length === 0) return ["", `> ${escapeText(lines[0])}`];
  return ["", ...profiles.map((p) => `- Profile **${p.name}**: ${escapeText(p.reason)}`)];
}
var escapeText = (s) => s.replace(/\r?\n/g, " ").split(/(`[^`]*`)/).map((part, i) => i % 2 === 1 ? part : part.replace(/[\\*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)).join("");
function findingLine(f, options) {
  const where = options.link ? `[\`${location(f)}\`](${options.link(f.path, f.line)})` : `\`${location(f)}\``;
  return `  - ${where}${f.new ? " **new**" : ""} ${f.detail}`;
}
function phaseSections(report, options = {}) {
  const shown = options.findingsPerRule ?? FINDINGS_PER_RULE;
  const byRule = groupBy(report.findings, (f) => f.ruleId);
  return report.phases.map((phase) => {
    const out = [`### Phase ${phase.phase} \xB7 ${phase.title}`, ""];
    for (const rule of report.rules.filter((r) => r.phase === phase.phase)) {
      if (rule.status === "off") {
        out.push(`- \u2796 ${rule.title} \u2014 not enforced in ${report.ruleset.stage} \`${rule.id}\``);
        continue;
      }
      if (rule.status === "not-applicable") {
        out.push(
          `- \u26AA ${rule.title} \u2014 not applicable: ${escapeText(rule.reason ?? "nothing to check")} \`${rule.id}\``
        );
        continue;
      }
      const mark = rule.status === "pass" ? "\u2705" : "\u274C";
      const count = rule.status === "pass" ? "" : ` \u2014 ${rule.findings} ${rule.enforcement === "new" ? "findings (new ones block)" : `\xD7 ${rule.enforcement}`}`;
      out.push(`- ${mark} ${rule.title}${count} \`${rule.id}\``);
      const findings = byRule.get(rule.id) ?? [];
      for (const f of findings.slice(0, shown)) out.push(findingLine(f, options));
      if (findings.length > shown) out.push(`  - \u2026 and ${findings.length - shown} more`);
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
      (u) => `- \`${u.path}:${u.line}\` ignore[${u.rules.join(", ")}]: ${u.reason}${u.until ? ` (until ${u.until})` : ""}`
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

\`\`\`
${details.join("\n").trim()}
\`\`\`
`);
  for (const table of report.routes) {
    if (table.flask.length + table.fastapi.length + (table.unknown?.length ?? 0) === 0) continue;
    const rows = table.pairs.map((p) => {
      const served = table.fastapi.length ? p.fastapi.map((f) => f ? `\`${f}\`` : "\u274C missing").join(", ") : "no FastAPI routes yet";
      return `| ${p.method} | \`${escapeCell(p.path)}\` | \`${p.flask}\` | ${served} |`;
    });
    for (const r of table.unknown ?? [])
      rows.push(
        `| ${r.methods.join("\\|")} | \`${escapeCell(r.path)}\` | \`${r.file}:${r.region.line}\` | framework unknown |`
      );
    out.push(
      `
### Routes: Flask \u2192 FastAPI (\`${table.ruleId}\`)

| Method | Path | Flask | FastAPI |
|---|---|---|---|
${rows.join("\n")}
`
    );
  }
  if (report.notes.length) {
    const notes = report.notes.slice(0, 50).map((n) => `- \`${n.line === void 0 ? n.path : `${n.path}:${n.line}`}\`: ${n.message}`);
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
    const skipped = report.skipped.slice(0, 50).map((s) => `- \`${s.path}\`: ${s.reason}`);
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
  escapeText,
  phaseSections,
  appendixSections,
  markdownSections,
  renderMarkdown
};
