// The forecast: the same findings judged by the next stage of the timeline, compared with today's
// verdict — what will block then that does not block now, per rule, per phase and per file the change
// touches. Pure: both verdicts come from gate/verdict.ts's judge over the same raw findings.
import { groupBy } from '../arrays.js';
import type { Enforcement, Finding, Severity } from '../model.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Verdict } from './verdict.js';
import type { NextStage } from '../rules/calendar.js';

/** A finding that will block in the next stage and does not block now. */
export interface ForecastFinding {
  ruleId: string;
  phase: number;
  path: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** Its severity now; absent when the rule is not enforced now (the finding is not in today's report). */
  severity?: Severity;
  /** Whether the change touches its file (only when the change is known). */
  touched?: boolean;
  anchor?: string;
}

export interface Forecast extends NextStage {
  /** What the stage means, in the rule set's words. */
  meaning?: string;
  /** The gate's conclusion in that stage, for the tree as it is now. */
  conclusion: 'success' | 'failure';
  /** The findings' severities in that stage. */
  counts: Record<Severity, number>;
  /** Findings that will block then and do not now (those past the scan's caps included). */
  blocking: number;
  /** Findings whose severity changes then (a notice becoming a warning, a rule coming into force…). */
  changing: number;
  /** Of `blocking`, those in files the change touches; absent when no change is known. */
  inChangedFiles?: number;
  /** The rules with findings that will block then. */
  rules: Array<{
    id: string;
    phase: number;
    title: string;
    now: Enforcement;
    then: Enforcement;
    blocking: number;
    inChangedFiles?: number;
  }>;
  /** The phases with findings that will block then. */
  phases: Array<{ phase: number; title: string; blocking: number }>;
  /** Every listed finding that will block then and does not now. */
  findings: ForecastFinding[];
}

const keyOf = (f: Finding): string =>
  JSON.stringify([f.ruleId, f.path, f.line ?? 0, f.column ?? 0, f.endLine ?? 0, f.endColumn ?? 0, f.detail]);

/**
 * Today's findings (those that will block in the next stage carry `blocksFrom`) and the forecast.
 * `touched` says whether the change touches a path (absent when no change is known).
 */
export function forecastOf(
  ruleSet: RuleSet,
  now: Verdict,
  then: Verdict,
  next: NextStage,
  touched?: (path: string) => boolean
): { findings: Finding[]; forecast: Forecast } {
  const today = groupBy(now.findings, keyOf);
  const blocksFrom = new Set<Finding>();
  const listed: ForecastFinding[] = [];
  let changing = 0;
  for (const f of then.findings) {
    const before = today.get(keyOf(f))?.shift();
    if (before?.severity !== f.severity) changing++;
    if (f.severity !== 'error' || before?.severity === 'error') continue;
    if (before) blocksFrom.add(before);
    const isTouched = touched?.(f.path);
    listed.push({
      ruleId: f.ruleId,
      phase: f.phase,
      path: f.path,
      ...(f.line === undefined
        ? {}
        : { line: f.line, column: f.column!, endLine: f.endLine!, endColumn: f.endColumn! }),
      message: f.message,
      ...(before ? { severity: before.severity } : {}),
      ...(isTouched === undefined ? {} : { touched: isTouched }),
      ...(f.anchor !== undefined ? { anchor: f.anchor } : {})
    });
  }
  // Findings today that are gone then (a rule no longer enforced) change too.
  for (const rest of today.values()) changing += rest.length;
  // Past the scan's caps findings are counted, not listed: their new errors count in the total.
  const unlisted = (v: Verdict) => v.counts.error - v.findings.filter((f) => f.severity === 'error').length;
  const blockingUnlisted = Math.max(0, unlisted(then) - unlisted(now));

  const byRule = groupBy(listed, (f) => f.ruleId);
  const enforcementNow = new Map(now.rules.map((r) => [r.id, r.enforcement]));
  const inChanged = (fs: readonly ForecastFinding[]) =>
    touched ? { inChangedFiles: fs.filter((f) => f.touched).length } : {};
  const rules = then.rules
    .filter((r) => byRule.has(r.id))
    .map((r) => ({
      id: r.id,
      phase: r.phase,
      title: r.title,
      now: enforcementNow.get(r.id) ?? 'off',
      then: r.enforcement,
      blocking: byRule.get(r.id)!.length,
      ...inChanged(byRule.get(r.id)!)
    }));
  const phases = [...new Set(rules.map((r) => r.phase))]
    .sort((a, b) => a - b)
    .map((phase) => ({
      phase,
      title: ruleSet.phases[phase] ?? `Phase ${phase}`,
      blocking: rules.filter((r) => r.phase === phase).reduce((n, r) => n + r.blocking, 0)
    }));
  return {
    findings: now.findings.map((f) => (blocksFrom.has(f) ? { ...f, blocksFrom: next.stage } : f)),
    forecast: {
      ...next,
      ...(ruleSet.stages?.[next.stage] ? { meaning: ruleSet.stages[next.stage] } : {}),
      conclusion: then.conclusion,
      counts: then.counts,
      blocking: listed.length + blockingUnlisted,
      changing,
      ...inChanged(listed),
      rules,
      phases,
      findings: listed
    }
  };
}

/** What one part of a forecast (a repository of an audit) adds to its totals. */
export type ForecastTotals = Pick<Forecast, 'blocking' | 'changing' | 'counts'>;

export const forecastTotals = (f: Forecast): ForecastTotals => ({
  blocking: f.blocking,
  changing: f.changing,
  counts: { ...f.counts }
});

/**
 * A forecast without some of its parts (the repositories an earlier audit shard already counted): the
 * findings outside them kept, their totals taken off, rules and phases counted again.
 */
export function forecastWithout(
  forecast: Forecast,
  keep: (path: string) => boolean,
  removed: readonly ForecastTotals[]
): Forecast {
  const findings = forecast.findings.filter((f) => keep(f.path));
  const counts = { ...forecast.counts };
  let blocking = forecast.blocking;
  let changing = forecast.changing;
  for (const part of removed) {
    blocking -= part.blocking;
    changing -= part.changing;
    for (const severity of ['error', 'warning', 'notice'] as const) counts[severity] -= part.counts[severity];
  }
  const perRule = new Map<string, number>();
  for (const f of findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  const rules = forecast.rules
    .filter((r) => perRule.has(r.id))
    .map((r) => ({ ...r, blocking: perRule.get(r.id)! }));
  const phases = forecast.phases
    .map((p) => ({
      ...p,
      blocking: rules.filter((r) => r.phase === p.phase).reduce((n, r) => n + r.blocking, 0)
    }))
    .filter((p) => p.blocking > 0);
  return {
    ...forecast,
    conclusion: counts.error > 0 ? 'failure' : 'success',
    counts,
    blocking: Math.max(blocking, findings.length),
    changing: Math.max(changing, 0),
    rules,
    phases,
    findings
  };
}
