// The ratchet: how many findings each rule has in each file, recorded once (`migration-gate baseline`)
// and compared on every scan. Counts per rule and file do not change when lines move, so reformatting
// never fails the gate. One entry per line, sorted, so that merges rarely conflict.
import { compareText } from '../order.js';
import { ConfigError } from '../errors.js';
import type { Finding } from '../model.js';
import { groupBy } from '../arrays.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  path: string;
  count: number;
}

export interface Baseline {
  ruleset: string;
  entries: BaselineEntry[];
}

const key = (rule: string, path: string): string => `${rule}\0${path}`;

export function countFindings(findings: readonly Pick<Finding, 'ruleId' | 'path'>[]): BaselineEntry[] {
  const counts = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const k = key(f.ruleId, f.path);
    const entry = counts.get(k) ?? { rule: f.ruleId, path: f.path, count: 0 };
    entry.count++;
    counts.set(k, entry);
  }
  return [...counts.values()].sort((a, b) =>
    a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
}

export function renderBaseline(baseline: Baseline): string {
  const lines = baseline.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": ${BASELINE_VERSION},\n  "tool": "migration-gate",\n  "ruleset": ${JSON.stringify(baseline.ruleset)},\n  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`baseline is not valid JSON: ${(error as Error).message}`, {
      file,
      line: 1,
      column: 1
    });
  }
  const d = data as { version?: unknown; ruleset?: unknown; entries?: unknown };
  if (d?.version !== BASELINE_VERSION || !Array.isArray(d.entries)) {
    throw new ConfigError(
      `not a migration-gate baseline (version ${BASELINE_VERSION}); create one with \`migration-gate baseline\``,
      { file, line: 1, column: 1 }
    );
  }
  const entries = d.entries.filter(
    (e): e is BaselineEntry =>
      typeof e?.rule === 'string' && typeof e?.path === 'string' && Number.isInteger(e?.count) && e.count >= 0
  );
  if (entries.length !== d.entries.length)
    throw new ConfigError('baseline has malformed entries (each needs rule, path and count)', {
      file,
      line: 1,
      column: 1
    });
  return { ruleset: typeof d.ruleset === 'string' ? d.ruleset : '', entries };
}

export interface BaselineComparison {
  /** Per finding: whether the baseline already counts it (true) or it is beyond the recorded count. */
  baselined: boolean[];
  grown: Array<BaselineEntry & { baseline: number }>;
  improved: Array<BaselineEntry & { baseline: number }>;
}

/**
 * Findings the baseline already counts are baselined. In a bucket (rule, file) that grew, the extra ones
 * are not: new findings (on changed lines) are taken as the extra ones first, then the last ones by line.
 */
export function compareWithBaseline(findings: readonly Finding[], baseline: Baseline): BaselineComparison {
  const recorded = new Map(baseline.entries.map((e) => [key(e.rule, e.path), e.count]));
  const byBucket = groupBy(findings.keys(), (i) => key(findings[i]!.ruleId, findings[i]!.path));
  const baselined = findings.map(() => true);
  const grown: BaselineComparison['grown'] = [];
  for (const [k, indexes] of byBucket) {
    const allowed = recorded.get(k) ?? 0;
    if (indexes.length <= allowed) continue;
    const [rule, path] = k.split('\0') as [string, string];
    grown.push({ rule, path, count: indexes.length, baseline: allowed });
    const order = [...indexes].sort(
      (a, b) => Number(findings[b]!.new === true) - Number(findings[a]!.new === true) || b - a
    );
    for (const i of order.slice(0, indexes.length - allowed)) baselined[i] = false;
  }
  const current = new Map(countFindings(findings).map((e) => [key(e.rule, e.path), e.count]));
  const improved = baseline.entries
    .filter((e) => (current.get(key(e.rule, e.path)) ?? 0) < e.count)
    .map((e) => ({ ...e, count: current.get(key(e.rule, e.path)) ?? 0, baseline: e.count }));
  return {
    baselined,
    grown: grown.sort((a, b) => compareText(a.rule, b.rule) || compareText(a.path, b.path)),
    improved
  };
}
