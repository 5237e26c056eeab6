// The report every renderer takes: version 1 of the JSON contract in DESIGN.md, plus what was skipped.
import type { Verdict, RuleResult, PhaseResult } from '../gate/verdict.js';
import type { Finding, ReportNote, ScanStats, SkippedFile, Severity } from '../model.js';
import type { Calendar, StageNow } from '../rules/calendar.js';
import type { Forecast, ForecastTotals } from '../gate/forecast.js';
import type { FindingFix } from '../fix/fix.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { RouteTable } from '../kinds/route-parity.js';
import type { BaselineEntry } from '../gate/baseline.js';
import type { Environment } from '../audit/environments.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface RuleSummary extends RuleResult {
  message: string;
  remediation?: string;
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  ruleset: {
    name: string;
    /** The stage in force: `none` while the calendar's first stage has not begun (nothing enforced). */
    stage: StageNow;
    /** What the stage means, in the rule set's words. */
    stageMeaning?: string;
    /** The day the stage in force began, when the calendar dates it. */
    since?: string;
    /** The day each stage begins, when the rule set has a calendar. */
    calendar?: Calendar;
    file: string;
    /** The bundled profiles the rules come from, and why each was chosen. */
    profiles?: Array<{ name: string; reason: string }>;
  };
  /** What was scanned (a directory, a repository@ref). */
  target: string;
  conclusion: 'success' | 'failure';
  counts: Record<Severity, number>;
  findings: Finding[];
  rules: RuleSummary[];
  phases: PhaseResult[];
  stats: ScanStats;
  skipped: SkippedFile[];
  /** What is unknown but not a finding (an image that names no Python version, a missing -r file). */
  notes: ReportNote[];
  /** Route tables of route-parity rules: both sides and how Flask endpoints pair with FastAPI ones. */
  routes: RouteTable[];
  /** Inline suppressions that suppressed something, and those that are expired, unused or malformed. */
  suppressions: {
    used: Array<{
      path: string;
      line: number;
      rules: string[];
      reason: string;
      until?: string;
      suppressed: number;
      new?: boolean;
    }>;
    problems: Array<{ path: string; line: number; rules: string[]; message: string }>;
  };
  /** With a baseline: where counts grew, where they shrank (the baseline can then be updated). */
  baseline?: {
    file: string;
    grown: Array<BaselineEntry & { baseline: number }>;
    improved: Array<BaselineEntry & { baseline: number }>;
  };
  /**
   * With change information: what the findings were compared with. `unknown` says why the change's
   * lines could not be known (every finding then counts as new).
   */
  change?: { base: string; files: number; unknown?: string };
  /** The next stage of the timeline, when it begins, and what it would block (absent in the last stage). */
  forecast?: Forecast;
  /** The fixes for the findings (`migration-gate fix`), when a renderer asked for them (SARIF `fixes`). */
  fixes?: FindingFix[];
  /** Audits: each drop-in environment and where it stands. */
  environments?: Environment[];
  /** Audits: each repository, and why one could not be scanned, or not all of it. */
  repositories?: Array<{
    repository: string;
    conclusion?: 'success' | 'failure';
    findings?: number;
    /** Scanned, but not all of it: why (a damaged or oversized archive). */
    incomplete?: string;
    /** Not scanned at all: why. */
    problem?: string;
    /** What the repository adds to the forecast's totals (so that merged shards count it once). */
    next?: ForecastTotals;
  }>;
}

export interface ReportContext {
  /** The day the stage in force began. */
  since?: string;
  forecast?: Forecast;
  baselineFile?: string;
  change?: { base: string; files: number; unknown?: string };
  /** Whether a suppression's line was added by the change. */
  isNewLine?: (path: string, line: number) => boolean;
}

export function buildReport(
  ruleSet: RuleSet,
  stage: StageNow,
  target: string,
  verdict: Verdict,
  scanned: {
    stats: ScanStats;
    skipped: SkippedFile[];
    notes: ReportNote[];
    sections: Record<string, unknown[]>;
  },
  context: ReportContext = {}
): Report {
  const byId = new Map(ruleSet.rules.map((r) => [r.id, r]));
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ruleset: {
      name: ruleSet.name,
      stage,
      ...(stage !== 'none' && ruleSet.stages?.[stage] ? { stageMeaning: ruleSet.stages[stage] } : {}),
      ...(context.since ? { since: context.since } : {}),
      ...(ruleSet.calendar ? { calendar: ruleSet.calendar } : {}),
      file: ruleSet.file,
      profiles: ruleSet.profiles
    },
    target,
    conclusion: verdict.conclusion,
    counts: verdict.counts,
    findings: verdict.findings,
    rules: verdict.rules.map((r) => {
      const rule = byId.get(r.id)!;
      return { ...r, message: rule.message, ...(rule.remediation ? { remediation: rule.remediation } : {}) };
    }),
    phases: verdict.phases,
    stats: scanned.stats,
    skipped: scanned.skipped,
    notes: scanned.notes,
    routes: (scanned.sections.routes ?? []) as RouteTable[],
    suppressions: {
      used: verdict.suppressions.used.map(({ suppression: s, suppressed }) => ({
        path: s.path,
        line: s.line,
        rules: s.rules,
        reason: s.reason,
        ...(s.until ? { until: s.until } : {}),
        suppressed,
        ...(context.isNewLine ? { new: context.isNewLine(s.path, s.line) } : {})
      })),
      problems: verdict.suppressions.problems.map(({ suppression: s, message }) => ({
        path: s.path,
        line: s.line,
        rules: s.rules,
        message
      }))
    },
    ...(verdict.baseline ? { baseline: { file: context.baselineFile ?? '', ...verdict.baseline } } : {}),
    ...(context.change ? { change: context.change } : {}),
    ...(context.forecast ? { forecast: context.forecast } : {})
  };
}
