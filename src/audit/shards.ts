// Merge mode: the JSON reports (version 1) of a matrix of audit jobs, read back and combined, so that
// one job writes one summary and one tracking-issue update. GitHub Actions is the distributed engine.
// Shards are checked before they count: each against the report's schema (shard-schema.ts); all from
// the same migration-gate version and with the same definition of every rule they share; a repository
// audited by two shards (or one shard given twice) counts once.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Report } from '../report/report.js';
import { compileGlobs } from '../rules/globs.js';
import { mergeReports } from './merge.js';
import { forecastWithout } from '../gate/forecast.js';
import { readShard } from './shard-schema.js';

/** A v1 JSON report as a Report (what renderers need; the route tables are not carried over). */
export function reportFromJson(text: string, file: string): Report {
  const data = readShard(text, file) as unknown as Report & {
    findings: Array<Report['findings'][number] & { detail?: string }>;
  };
  return {
    ...data,
    findings: data.findings.map((f) => ({ ...f, detail: f.detail ?? f.message })),
    rules: data.rules.map((r) => ({ ...r, message: r.message ?? '' })),
    skipped: data.skipped ?? [],
    notes: data.notes ?? [],
    routes: [],
    suppressions: data.suppressions ?? { used: [], problems: [] }
  };
}

/** Shards that cannot be merged into one audit: another version of the tool, another rule set. */
function checkCompatible(parts: ReadonlyArray<{ file: string; report: Report }>): void {
  const first = parts[0]!;
  const definitions = new Map<string, { file: string; definition: string }>();
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

/** A shard without what earlier shards already counted: each repository (and ref) counts once. */
function withoutRepeats(report: Report, seen: Set<string>): Report | undefined {
  const own = (report.repositories ?? []).map((r) => r.repository);
  const repeated = new Set(own.filter((r) => seen.has(r)));
  for (const r of own) seen.add(r);
  if (repeated.size === 0) return report;
  if (repeated.size === own.length) return undefined;
  const outside = (path: string) => ![...repeated].some((r) => path === r || path.startsWith(`${r}/`));
  const findings = report.findings.filter((f) => outside(f.path));
  const perRule = new Map<string, number>();
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
        status: r.status === 'fail' && left === 0 ? 'pass' : r.status
      };
    }),
    notes: report.notes.filter((n) => outside(n.path)),
    skipped: report.skipped.filter((s) => outside(s.path)),
    environments: (report.environments ?? []).filter((e) => !repeated.has(e.repository)),
    repositories: (report.repositories ?? []).filter((r) => !repeated.has(r.repository)),
    ...(report.forecast
      ? {
          forecast: forecastWithout(
            report.forecast,
            outside,
            (report.repositories ?? []).flatMap((r) => (repeated.has(r.repository) && r.next ? [r.next] : []))
          )
        }
      : {})
  };
}

/** The files a `reports` input names: paths, or globs relative to the working directory. */
export async function resolveReportFiles(spec: string, cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const entry of spec.split(/\s*\n\s*|\s+/).filter(Boolean)) {
    if (!/[*?[{]/.test(entry)) {
      files.add(entry);
      continue;
    }
    const root = entry.split('/').findIndex((s) => /[*?[{]/.test(s));
    const base = entry.split('/').slice(0, root).join('/') || '.';
    const match = compileGlobs([entry.replace(/^\.\//, '')]);
    const walk = async (dir: string): Promise<void> => {
      for (const d of await readdir(join(cwd, dir), { withFileTypes: true }).catch(() => [])) {
        const path = dir === '.' ? d.name : `${dir}/${d.name}`;
        if (d.isDirectory()) await walk(path);
        else if (match(path)) files.add(path);
      }
    };
    await walk(base);
  }
  return [...files].sort();
}

export async function mergeShardReports(spec: string, cwd: string): Promise<Report> {
  const files = await resolveReportFiles(spec, cwd);
  if (files.length === 0)
    throw new UsageError(`Invalid input 'reports': no report matches '${spec.trim()}'.`);
  const parts = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(cwd, file), 'utf8').catch(() => {
        throw new UsageError(
          `Invalid input 'reports': cannot read ${file} (in ${dirname(join(cwd, file))}).`
        );
      });
      return { file, report: reportFromJson(text, file) };
    })
  );
  checkCompatible(parts);
  const seen = new Set<string>();
  const distinct = parts.flatMap(({ report }) => {
    const kept = withoutRepeats(report, seen);
    return kept ? [{ name: '', report: kept }] : [];
  });
  return { ...mergeReports(distinct, distinct[0]!.report), target: `audit of ${files.length} shards` };
}
