// The gate: raw findings + the current stage -> severities, per-rule and per-phase status, conclusion.
import type { Finding, RawFinding, Severity, Stage, Enforcement } from '../model.js';
import type { RuleSet } from '../rules/rule-set.js';
import { severityFor } from './policy.js';
import { compareWithBaseline, type Baseline, type BaselineComparison } from './baseline.js';
import { applySuppressions, type Suppression, type SuppressionOutcome } from './suppressions.js';

export interface RuleResult {
  id: string;
  phase: number;
  title: string;
  kind: string;
  /**
   * `fail` when the checklist item is not done (it has findings), whatever their severity; `off` when
   * the stage does not enforce it; `not-applicable` when the tree has nothing it could check.
   */
  status: 'pass' | 'fail' | 'off' | 'not-applicable';
  findings: number;
  enforcement: Enforcement;
  /** Why the rule is not applicable. */
  reason?: string;
  /** Where the rule is defined: a bundled profile, or a rule file. */
  origin?: string;
}

export interface PhaseResult {
  phase: number;
  title: string;
  /** Rules in force in this stage that apply to the tree. */
  rules: number;
  passing: number;
  /** Rules in force in this stage that have nothing to check in this tree. */
  notApplicable: number;
}

export interface Verdict {
  conclusion: 'success' | 'failure';
  findings: Finding[];
  rules: RuleResult[];
  phases: PhaseResult[];
  counts: Record<Severity, number>;
  suppressions: Pick<SuppressionOutcome, 'used' | 'problems'>;
  baseline?: Omit<BaselineComparison, 'baselined'>;
}

export interface JudgeOptions {
  /** Whether the change introduced a finding; absent for a full scan (nothing is new). */
  isNew?: (finding: RawFinding) => boolean;
  suppressions?: readonly Suppression[];
  /** Today, YYYY-MM-DD, for suppressions' `until`. */
  today?: string;
  baseline?: Baseline;
  /** Rules that had nothing to check, and why (from the scan). */
  notApplicable?: ReadonlyMap<string, string>;
}

/** Stable order for every renderer: path, then line and column (file-level first), then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * Raw findings -> verdict: suppressions first (an expired one no longer counts), then the stage's
 * severity (with `new` judged by the change), then the baseline (what it already counts never blocks).
 */
export function judge(
  ruleSet: RuleSet,
  stage: Stage,
  allRaw: ReadonlyMap<string, readonly RawFinding[]>,
  options: JudgeOptions = {}
): Verdict {
  const { isNew } = options;
  const {
    kept: raw,
    used,
    problems
  } = applySuppressions(
    allRaw,
    options.suppressions ?? [],
    options.today ?? new Date().toISOString().slice(0, 10)
  );
  const findings: Finding[] = [];
  const rules: RuleResult[] = [];
  for (const rule of ruleSet.rules) {
    const enforcement = rule.enforcement[stage];
    const why = enforcement === 'off' ? undefined : options.notApplicable?.get(rule.id);
    const own = enforcement === 'off' || why !== undefined ? [] : (raw.get(rule.id) ?? []);
    for (const f of own) {
      const fresh = isNew?.(f);
      const severity = severityFor(enforcement, fresh)!;
      findings.push({
        ruleId: rule.id,
        kind: rule.kind,
        phase: rule.phase,
        severity,
        path: f.path,
        ...f.region,
        message: `${f.message} ${rule.message}`,
        detail: f.message,
        ...(rule.remediation ? { remediation: rule.remediation } : {}),
        ...(fresh === undefined ? {} : { new: fresh }),
        ...(f.anchor !== undefined ? { anchor: f.anchor } : {})
      });
    }
    rules.push({
      id: rule.id,
      phase: rule.phase,
      title: rule.title,
      kind: rule.kind,
      status:
        enforcement === 'off' ? 'off' : why !== undefined ? 'not-applicable' : own.length ? 'fail' : 'pass',
      findings: own.length,
      enforcement,
      ...(why !== undefined ? { reason: why } : {}),
      origin: rule.origin
    });
  }
  findings.sort(compareFindings);

  let baseline: Verdict['baseline'];
  if (options.baseline) {
    const { baselined, grown, improved } = compareWithBaseline(findings, options.baseline);
    findings.forEach((f, i) => {
      f.baselined = baselined[i]!;
      if (f.baselined && f.severity === 'error') f.severity = 'warning';
    });
    baseline = { grown, improved };
  }

  const phaseNumbers = [...new Set(rules.map((r) => r.phase))].sort((a, b) => a - b);
  const phases = phaseNumbers.map((phase) => {
    const inForce = rules.filter((r) => r.phase === phase && r.status !== 'off');
    const applicable = inForce.filter((r) => r.status !== 'not-applicable');
    return {
      phase,
      title: ruleSet.phases[phase] ?? `Phase ${phase}`,
      rules: applicable.length,
      passing: applicable.filter((r) => r.status === 'pass').length,
      notApplicable: inForce.length - applicable.length
    };
  });
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    conclusion: counts.error > 0 ? 'failure' : 'success',
    findings,
    rules,
    phases,
    counts,
    suppressions: { used, problems },
    ...(baseline ? { baseline } : {})
  };
}
