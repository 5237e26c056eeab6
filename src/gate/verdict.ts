// The gate: raw findings + the current stage -> severities, per-rule and per-phase status, conclusion.
import type { Finding, RawFinding, Severity, Enforcement } from '../model.js';
import type { RuleSet } from '../rules/rule-set.js';
import { enforcementIn, severityFor } from './policy.js';
import type { StageNow } from '../rules/calendar.js';
import { compareWithBaseline, type Baseline, type BaselineComparison } from './baseline.js';
import { omittedCount, tallyOmitted, type OmittedFindings, type OmittedTally } from './omitted.js';
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
  /** Findings past the scan's caps: counted (in `findings` and the verdict), not listed. */
  omitted?: number;
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
  baseline?: Omit<BaselineComparison, 'baselined' | 'omittedBeyond'>;
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
  /** Findings past the scan's caps: not listed, but judged one by one like the kept ones (omitted.ts). */
  omitted?: OmittedFindings;
}

/** Stable order for every renderer: path, then line and column (file-level first), then rule id. */
export function compareFindings(
  a: Pick<Finding, 'path' | 'line' | 'column' | 'ruleId'>,
  b: Pick<Finding, 'path' | 'line' | 'column' | 'ruleId'>
): number {
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
  stage: StageNow,
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
    options.today ?? new Date().toISOString().slice(0, 10),
    ruleSet.rules.map((r) => r.id)
  );
  const findings: Finding[] = [];
  const rules: RuleResult[] = [];
  /** Findings past the scan's caps, per rule and path, of the rules in force. */
  const omitted = new Map<string, Map<string, OmittedTally>>();
  for (const rule of ruleSet.rules) {
    const enforcement = enforcementIn(rule.enforcement, stage);
    const why = enforcement === 'off' ? undefined : options.notApplicable?.get(rule.id);
    const judged = enforcement !== 'off' && why === undefined;
    const own = judged ? (raw.get(rule.id) ?? []) : [];
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
    let notKept = 0;
    for (const [path, lines] of judged ? (options.omitted?.get(rule.id) ?? []) : []) {
      const tally = tallyOmitted(path, lines, isNew);
      omitted.set(rule.id, (omitted.get(rule.id) ?? new Map()).set(path, tally));
      notKept += omittedCount(tally);
    }
    rules.push({
      id: rule.id,
      phase: rule.phase,
      title: rule.title,
      kind: rule.kind,
      status:
        enforcement === 'off'
          ? 'off'
          : why !== undefined
            ? 'not-applicable'
            : own.length + notKept
              ? 'fail'
              : 'pass',
      findings: own.length + notKept,
      ...(notKept ? { omitted: notKept } : {}),
      enforcement,
      ...(why !== undefined ? { reason: why } : {}),
      origin: rule.origin
    });
  }
  findings.sort(compareFindings);

  let baseline: Verdict['baseline'];
  let beyondBaseline: ReadonlyMap<string, ReadonlyMap<string, OmittedTally>> = omitted;
  if (options.baseline) {
    const { baselined, omittedBeyond, grown, improved } = compareWithBaseline(
      findings,
      options.baseline,
      omitted
    );
    findings.forEach((f, i) => {
      f.baselined = baselined[i]!;
      if (f.baselined && f.severity === 'error') f.severity = 'warning';
    });
    // A rule the stage does not enforce, or with nothing to check here, has no findings: that is not
    // an improvement on the baseline.
    const inForce = new Set(rules.filter((r) => r.status === 'pass' || r.status === 'fail').map((r) => r.id));
    baseline = { grown, improved: improved.filter((e) => inForce.has(e.rule)) };
    beyondBaseline = omittedBeyond;
  }
  const counts = countOmitted(ruleSet, stage, omitted, beyondBaseline, isNew !== undefined);
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

/**
 * The severities of the findings past the scan's caps, as the kept ones get them: by the stage, new or
 * not, and (when a baseline counts them) an error lowered to a warning.
 */
function countOmitted(
  ruleSet: RuleSet,
  stage: StageNow,
  omitted: ReadonlyMap<string, ReadonlyMap<string, OmittedTally>>,
  beyondBaseline: ReadonlyMap<string, ReadonlyMap<string, OmittedTally>>,
  changeKnown: boolean
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const rule of ruleSet.rules) {
    const enforcement = enforcementIn(rule.enforcement, stage);
    for (const [path, tally] of omitted.get(rule.id) ?? []) {
      const beyond = beyondBaseline.get(rule.id)?.get(path) ?? { fresh: 0, old: 0 };
      counts[severityFor(enforcement, true)!] += beyond.fresh;
      counts[severityFor(enforcement, changeKnown ? false : undefined)!] += beyond.old;
      const covered = omittedCount(tally) - omittedCount(beyond);
      const severity = severityFor(enforcement, false)!;
      counts[severity === 'error' ? 'warning' : severity] += covered;
    }
  }
  return counts;
}
