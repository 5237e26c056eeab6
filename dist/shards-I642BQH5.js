import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  mergeReports
} from "./chunk-B7SUBB32.js";
import {
  forecastWithout
} from "./chunk-AMYM5BO3.js";
import "./chunk-N5M66AOG.js";
import {
  external_exports,
  positionOf
} from "./chunk-VHI4WFXH.js";
import "./chunk-GAMSNZDU.js";
import {
  compileGlobs
} from "./chunk-LNJJTR4R.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-J3ZCB4OI.js";
import {
  ConfigError,
  UsageError
} from "./chunk-5OBZHJR5.js";
import "./chunk-GDWBPA24.js";
import {
  require_dist
} from "./chunk-YESXCYSA.js";
import {
  __toESM
} from "./chunk-TUQ47QQM.js";

// src/audit/shards.ts
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/audit/shard-schema.ts
var import_yaml = __toESM(require_dist(), 1);
var severity = external_exports.enum(["error", "warning", "notice"]);
var status = external_exports.enum(["pass", "fail", "off", "not-applicable"]);
var count = external_exports.number().int().min(0);
var stage = external_exports.enum(["beta", "rc", "lts", "decommission"]);
var shardSchema = external_exports.looseObject({
  version: external_exports.literal(1),
  tool: external_exports.looseObject({ name: external_exports.literal("migration-gate"), version: external_exports.string() }),
  ruleset: external_exports.looseObject({
    name: external_exports.string(),
    stage: external_exports.enum(["none", "beta", "rc", "lts", "decommission"]),
    file: external_exports.string(),
    profiles: external_exports.array(external_exports.looseObject({ name: external_exports.string(), reason: external_exports.string() })).optional()
  }),
  target: external_exports.string(),
  conclusion: external_exports.enum(["success", "failure"]),
  counts: external_exports.looseObject({ error: count, warning: count, notice: count }),
  findings: external_exports.array(
    external_exports.looseObject({
      ruleId: external_exports.string(),
      kind: external_exports.string(),
      phase: external_exports.number().int(),
      severity,
      path: external_exports.string(),
      line: count.optional(),
      column: count.optional(),
      endLine: count.optional(),
      endColumn: count.optional(),
      message: external_exports.string(),
      anchor: external_exports.string().optional(),
      remediation: external_exports.string().optional(),
      new: external_exports.boolean().optional(),
      baselined: external_exports.boolean().optional(),
      blocksFrom: stage.optional()
    })
  ),
  rules: external_exports.array(
    external_exports.looseObject({
      id: external_exports.string(),
      phase: external_exports.number().int(),
      title: external_exports.string(),
      kind: external_exports.string(),
      status,
      findings: count,
      omitted: count.optional(),
      reason: external_exports.string().optional(),
      enforcement: external_exports.enum(["off", "notice", "warning", "error", "new"]),
      origin: external_exports.string().optional()
    })
  ),
  phases: external_exports.array(
    external_exports.looseObject({
      phase: external_exports.number().int(),
      title: external_exports.string(),
      rules: count,
      passing: count,
      notApplicable: count.optional()
    })
  ),
  stats: external_exports.looseObject({ files: count, bytes: count, durationMs: count }),
  skipped: external_exports.array(external_exports.looseObject({ path: external_exports.string(), reason: external_exports.string() })).optional(),
  notes: external_exports.array(external_exports.looseObject({ path: external_exports.string(), line: count.optional(), message: external_exports.string() })).optional(),
  forecast: external_exports.looseObject({
    stage,
    begins: external_exports.string().optional(),
    daysLeft: external_exports.number().int().optional(),
    conclusion: external_exports.enum(["success", "failure"]),
    counts: external_exports.looseObject({ error: count, warning: count, notice: count }),
    blocking: count,
    changing: count,
    rules: external_exports.array(
      external_exports.looseObject({ id: external_exports.string(), phase: external_exports.number().int(), title: external_exports.string(), blocking: count })
    ),
    phases: external_exports.array(external_exports.looseObject({ phase: external_exports.number().int(), title: external_exports.string(), blocking: count })),
    findings: external_exports.array(external_exports.looseObject({ ruleId: external_exports.string(), path: external_exports.string(), message: external_exports.string() }))
  }).optional(),
  environments: external_exports.array(
    external_exports.looseObject({
      repository: external_exports.string(),
      path: external_exports.string(),
      python: external_exports.string().nullable(),
      flaskStack: external_exports.array(external_exports.string()),
      fastapiStack: external_exports.array(external_exports.string()),
      customFlaskExtension: external_exports.boolean(),
      errors: count,
      warnings: count,
      notices: count,
      phases: external_exports.record(external_exports.string(), count),
      blocksNext: count.optional()
    })
  ).optional(),
  repositories: external_exports.array(
    external_exports.looseObject({
      repository: external_exports.string(),
      conclusion: external_exports.enum(["success", "failure"]).optional(),
      findings: count.optional(),
      incomplete: external_exports.string().optional(),
      problem: external_exports.string().optional(),
      next: external_exports.looseObject({
        blocking: count,
        changing: count,
        counts: external_exports.looseObject({ error: count, warning: count, notice: count })
      }).optional()
    })
  ).optional()
});
function readShard(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not a JSON report: ${error.message}`, { file, line: 1, column: 1 });
  }
  const result = shardSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.filter((p) => typeof p !== "symbol");
  const key = path.join(".");
  return fail(
    `not a migration-gate JSON report (version 1): ${key ? `key '${key}': ` : ""}${issue.message.replace(/^Invalid input: /, "")}`,
    { file, ...positionOf(doc, lines, path) }
  );
}
function fail(message, position) {
  throw new ConfigError(message, position);
}

// src/audit/shards.ts
function reportFromJson(text, file) {
  const data = readShard(text, file);
  return {
    ...data,
    findings: data.findings.map((f) => ({ ...f, detail: f.detail ?? f.message })),
    rules: data.rules.map((r) => ({ ...r, message: r.message ?? "" })),
    skipped: data.skipped ?? [],
    notes: data.notes ?? [],
    routes: [],
    suppressions: data.suppressions ?? { used: [], problems: [] }
  };
}
function checkCompatible(parts) {
  const first = parts[0];
  const definitions = /* @__PURE__ */ new Map();
  for (const { file, report } of parts) {
    if (report.tool.version !== first.report.tool.version)
      throw new UsageError(
        `Invalid input 'reports': ${file} was written by migration-gate ${report.tool.version}, ${first.file} by ${first.report.tool.version}; merge the shards of one run.`
      );
    if (report.ruleset.stage !== first.report.ruleset.stage)
      throw new UsageError(
        `Invalid input 'reports': ${file} judged stage ${report.ruleset.stage}, ${first.file} stage ${first.report.ruleset.stage}; merge the shards of one run.`
      );
    for (const rule of report.rules) {
      const definition = JSON.stringify([rule.phase, rule.title, rule.kind, rule.enforcement]);
      const known = definitions.get(rule.id);
      if (known && known.definition !== definition)
        throw new UsageError(
          `Invalid input 'reports': rule '${rule.id}' is defined differently in ${file} and in ${known.file}: the shards come from different rule sets; merge the shards of one run.`
        );
      definitions.set(rule.id, { file, definition });
    }
  }
}
function withoutRepeats(report, seen) {
  const own = (report.repositories ?? []).map((r) => r.repository);
  const repeated = new Set(own.filter((r) => seen.has(r)));
  for (const r of own) seen.add(r);
  if (repeated.size === 0) return report;
  if (repeated.size === own.length) return void 0;
  const outside = (path) => ![...repeated].some((r) => path === r || path.startsWith(`${r}/`));
  const findings = report.findings.filter((f) => outside(f.path));
  const perRule = /* @__PURE__ */ new Map();
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) {
    perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    counts[f.severity]++;
  }
  return {
    ...report,
    findings,
    counts,
    // What is left of each rule is the findings kept (those past the caps cannot be told apart).
    rules: report.rules.map((r) => {
      const left = perRule.get(r.id) ?? 0;
      return {
        ...r,
        omitted: 0,
        findings: left,
        status: r.status === "fail" && left === 0 ? "pass" : r.status
      };
    }),
    notes: report.notes.filter((n) => outside(n.path)),
    skipped: report.skipped.filter((s) => outside(s.path)),
    environments: (report.environments ?? []).filter((e) => !repeated.has(e.repository)),
    repositories: (report.repositories ?? []).filter((r) => !repeated.has(r.repository)),
    ...report.forecast ? {
      forecast: forecastWithout(
        report.forecast,
        outside,
        (report.repositories ?? []).flatMap((r) => repeated.has(r.repository) && r.next ? [r.next] : [])
      )
    } : {}
  };
}
async function resolveReportFiles(spec, cwd) {
  const files = /* @__PURE__ */ new Set();
  for (const entry of spec.split(/\s*\n\s*|\s+/).filter(Boolean)) {
    if (!/[*?[{]/.test(entry)) {
      files.add(entry);
      continue;
    }
    const root = entry.split("/").findIndex((s) => /[*?[{]/.test(s));
    const base = entry.split("/").slice(0, root).join("/") || ".";
    const match = compileGlobs([entry.replace(/^\.\//, "")]);
    const walk = async (dir) => {
      for (const d of await readdir(join(cwd, dir), { withFileTypes: true }).catch(() => [])) {
        const path = dir === "." ? d.name : `${dir}/${d.name}`;
        if (d.isDirectory()) await walk(path);
        else if (match(path)) files.add(path);
      }
    };
    await walk(base);
  }
  return [...files].sort();
}
async function mergeShardReports(spec, cwd) {
  const files = await resolveReportFiles(spec, cwd);
  if (files.length === 0)
    throw new UsageError(`Invalid input 'reports': no report matches '${spec.trim()}'.`);
  const parts = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(cwd, file), "utf8").catch(() => {
        throw new UsageError(
          `Invalid input 'reports': cannot read ${file} (in ${dirname(join(cwd, file))}).`
        );
      });
      return { file, report: reportFromJson(text, file) };
    })
  );
  checkCompatible(parts);
  const seen = /* @__PURE__ */ new Set();
  const distinct = parts.flatMap(({ report }) => {
    const kept = withoutRepeats(report, seen);
    return kept ? [{ name: "", report: kept }] : [];
  });
  return { ...mergeReports(distinct, distinct[0].report), target: `audit of ${files.length} shards` };
}
export {
  mergeShardReports,
  reportFromJson,
  resolveReportFiles
};
