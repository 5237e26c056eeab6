// The ratchet: how many findings each rule has in each file, recorded once (`migration-gate baseline`)
// and compared on every scan. Counts per rule and file do not change when lines move, so reformatting
// never fails the gate. One entry per line, sorted, so that merges rarely conflict.
import { compareText } from '../order.js';
import { ConfigError } from '../errors.js';
import type { Finding } from '../model.js';
import { groupBy } from '../arrays.js';
import { omittedCount, type OmittedTallies, type OmittedTally } from './omitted.js';

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

/** Findings per rule and file; `extra` adds counts of findings not listed (past the scan's caps). */
export function countFindings(
  findings: readonly Pick<Finding, 'ruleId' | 'path'>[],
  extra: readonly BaselineEntry[] = []
): BaselineEntry[] {
  const counts = new Map<string, BaselineEntry>();
  const add = (rule: string, path: string, count: number): void => {
    const k = key(rule, path);
    const entry = counts.get(k) ?? { rule, path, count: 0 };
    entry.count += count;
    counts.set(k, entry);
  };
  for (const f of findings) add(f.ruleId, f.path, 1);
  for (const e of extra) add(e.rule, e.path, e.count);
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
  /** Of the findings past the scan's caps, those the baseline does not count, per rule and path. */
  omittedBeyond: Map<string, Map<string, OmittedTally>>;
  grown: Array<BaselineEntry & { baseline: number }>;
  improved: Array<BaselineEntry & { baseline: number }>;
}

/**
 * Findings the baseline already counts are baselined. In a bucket (rule, file) that grew, the extra ones
 * are not: new findings (on changed lines) are taken as the extra ones first, then the last ones by line.
 * Findings past the scan's caps (`omitted`, the last ones of their file) count in their bucket like the
 * others: the new among them are taken before the kept new ones, the old before the kept old ones.
 */
export function compareWithBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  omitted: OmittedTallies = new Map()
): BaselineComparison {
  const recorded = new Map(baseline.entries.map((e) => [key(e.rule, e.path), e.count]));
  const byBucket = groupBy(findings.keys(), (i) => key(findings[i]!.ruleId, findings[i]!.path));
  const omittedIn = new Map<string, OmittedTally>();
  for (const [rule, byPath] of omitted)
    for (const [path, tally] of byPath) {
      omittedIn.set(key(rule, path), tally);
      if (!byBucket.has(key(rule, path))) byBucket.set(key(rule, path), []);
    }
  const baselined = findings.map(() => true);
  const omittedBeyond = new Map<string, Map<string, OmittedTally>>();
  const grown: BaselineComparison['grown'] = [];
  const current = new Map<string, number>();
  for (const [k, indexes] of byBucket) {
    const extra = omittedIn.get(k) ?? { fresh: 0, old: 0 };
    const size = indexes.length + omittedCount(extra);
    current.set(k, size);
    const allowed = recorded.get(k) ?? 0;
    if (size <= allowed) continue;
    const [rule, path] = k.split('\0') as [string, string];
    grown.push({ rule, path, count: size, baseline: allowed });
    let excess = size - allowed;
    const take = (available: number): number => {
      const taken = Math.min(available, excess);
      excess -= taken;
      return taken;
    };
    const byLineDown = [...indexes].sort((a, b) => b - a);
    const keptNew = byLineDown.filter((i) => findings[i]!.new === true);
    const keptOld = byLineDown.filter((i) => findings[i]!.new !== true);
    const beyond = { fresh: take(extra.fresh), old: 0 };
    for (const i of keptNew.slice(0, take(keptNew.length))) baselined[i] = false;
    beyond.old = take(extra.old);
    for (const i of keptOld.slice(0, take(keptOld.length))) baselined[i] = false;
    if (omittedCount(beyond) > 0) {
      const byPath = omittedBeyond.get(rule) ?? new Map<string, OmittedTally>();
      omittedBeyond.set(rule, byPath.set(path, beyond));
    }
  }
  const improved = baseline.entries
    .filter((e) => (current.get(key(e.rule, e.path)) ?? 0) < e.count)
    .map((e) => ({ ...e, count: current.get(key(e.rule, e.path)) ?? 0, baseline: e.count }));
  return {
    baselined,
    omittedBeyond,
    grown: grown.sort((a, b) => compareText(a.rule, b.rule) || compareText(a.path, b.path)),
    improved
  };
}
