// Merge mode: the JSON reports (version 1) of a matrix of audit jobs, read back and combined, so that
// one job writes one summary and one tracking-issue update. GitHub Actions is the distributed engine.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import type { Report } from '../report/report.js';
import { compileGlobs } from '../rules/globs.js';
import { mergeReports } from './merge.js';

/** A v1 JSON report as a Report (what renderers need; the route tables are not carried over). */
export function reportFromJson(text: string, file: string): Report {
  let data: Report;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not a JSON report: ${(error as Error).message}`, { file, line: 1, column: 1 });
  }
  if (data?.version !== 1 || !Array.isArray(data.findings) || !Array.isArray(data.rules)) {
    throw new ConfigError('not a migration-gate JSON report (version 1)', { file, line: 1, column: 1 });
  }
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
      return { name: '', report: reportFromJson(text, file) };
    })
  );
  return { ...mergeReports(parts, parts[0]!.report), target: `audit of ${files.length} shards` };
}
