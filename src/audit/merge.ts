// Several reports as one: the audit's repositories (and a matrix of audit jobs). Paths get the
// repository in front; the rules are those of every part (repositories may use different profiles);
// a rule fails where any part fails, passes where one passes, and is not applicable only where it
// applies to none; phases are recomputed, counts summed. Pure.
import { compareFindings } from '../gate/verdict.js';
import type { Forecast } from '../gate/forecast.js';
import { compareText } from '../order.js';
import type { Severity } from '../model.js';
import type { Report, RuleSummary } from '../report/report.js';
import { DEFAULT_PHASE_TITLES } from '../rules/rule-set.js';

/** Paths get the part's name in front; '' (shards of an audit, already prefixed) leaves them. */
const within = (prefix: string, path: string): string => (prefix ? `${prefix}/${path}` : path);

export function mergeReports(parts: ReadonlyArray<{ name: string; report: Report }>, base: Report): Report {
  const findings = parts
    .flatMap(({ name, report }) =>
      report.findings.map((f) => ({
        ...f,
        path: within(name, f.path),
        ...(f.anchor !== undefined ? { anchor: within(name, f.anchor) } : {})
      }))
    )
    .sort(compareFindings);
  // Each part's counts, not its listed findings: those past the scan's caps count too.
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const { report } of parts)
    for (const severity of ['error', 'warning', 'notice'] as const)
      counts[severity] += report.counts[severity];
  const byId = new Map<string, RuleSummary[]>();
  for (const { report } of parts)
    for (const rule of report.rules) byId.set(rule.id, [...(byId.get(rule.id) ?? []), rule]);
  const rules = [...byId.values()].map((all) => {
    const total = all.reduce((n, r) => n + r.findings, 0);
    const omitted = all.reduce((n, r) => n + (r.omitted ?? 0), 0);
    const statuses = new Set(all.map((r) => r.status));
    const status: RuleSummary['status'] =
      total > 0 || statuses.has('fail')
        ? 'fail'
        : statuses.has('pass')
          ? 'pass'
          : statuses.has('not-applicable')
            ? 'not-applicable'
            : 'off';
    const { reason: _reason, ...first } = all[0]!;
    delete first.omitted; // summed over the parts below
    return {
      ...first,
      findings: total,
      ...(omitted ? { omitted } : {}),
      status,
      ...(status === 'not-applicable' && _reason ? { reason: _reason } : {})
    };
  });
  const titles = new Map(parts.flatMap((p) => p.report.phases.map((ph) => [ph.phase, ph.title] as const)));
  const phases = [...new Set(rules.map((r) => r.phase))]
    .sort((a, b) => a - b)
    .map((phase) => {
      const inForce = rules.filter((r) => r.phase === phase && r.status !== 'off');
      const applicable = inForce.filter((r) => r.status !== 'not-applicable');
      return {
        phase,
        title: titles.get(phase) ?? DEFAULT_PHASE_TITLES[phase] ?? `Phase ${phase}`,
        rules: applicable.length,
        passing: applicable.filter((r) => r.status === 'pass').length,
        notApplicable: inForce.length - applicable.length
      };
    });
  const profiles = new Map<string, { name: string; reason: string }>();
  for (const { name, report } of parts)
    for (const p of report.ruleset.profiles ?? [])
      if (!profiles.has(p.name))
        profiles.set(p.name, { name: p.name, reason: name ? `${name}: ${p.reason}` : p.reason });
  return {
    ...base,
    ruleset: { ...base.ruleset, profiles: [...profiles.values()] },
    target: `audit of ${parts.length} ${parts.length === 1 ? 'repository' : 'repositories'}`,
    conclusion: counts.error > 0 ? 'failure' : 'success',
    counts,
    findings,
    rules,
    phases,
    stats: parts.reduce(
      (s, p) => ({
        files: s.files + p.report.stats.files,
        bytes: s.bytes + p.report.stats.bytes,
        durationMs: s.durationMs + p.report.stats.durationMs
      }),
      { files: 0, bytes: 0, durationMs: 0 }
    ),
    skipped: parts.flatMap(({ name, report }) =>
      report.skipped.map((s) => ({ ...s, path: within(name, s.path) }))
    ),
    notes: parts.flatMap(({ name, report }) =>
      report.notes.map((n) => ({ ...n, path: within(name, n.path) }))
    ),
    routes: parts.flatMap((p) => p.report.routes),
    suppressions: {
      used: parts.flatMap((p) => p.report.suppressions.used),
      problems: parts.flatMap((p) => p.report.suppressions.problems)
    },
    environments: parts.flatMap((p) => p.report.environments ?? []),
    ...mergedForecast(parts, base),
    ...(parts.some((p) => p.report.repositories)
      ? { repositories: parts.flatMap((p) => p.report.repositories ?? []) }
      : {})
  };
}

/**
 * The parts' forecasts of the base's next stage, as one: counts summed, findings listed with their
 * repository, the earliest date when repositories' calendars differ. Parts whose next stage is another
 * (their own configuration) are left out of it.
 */
function mergedForecast(
  parts: ReadonlyArray<{ name: string; report: Report }>,
  base: Report
): { forecast?: Forecast } {
  const stage = base.forecast?.stage;
  const same = parts.filter((p) => p.report.forecast && p.report.forecast.stage === stage);
  if (!stage || !same.length) return {};
  const forecasts = same.map((p) => ({ name: p.name, forecast: p.report.forecast! }));
  const dated = forecasts
    .filter(({ forecast: f }) => f.begins !== undefined)
    .sort((a, b) => compareText(a.forecast.begins!, b.forecast.begins!));
  const sum = (pick: (f: Forecast) => number) => forecasts.reduce((n, { forecast }) => n + pick(forecast), 0);
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const { forecast } of forecasts)
    for (const severity of ['error', 'warning', 'notice'] as const)
      counts[severity] += forecast.counts[severity];
  const rules = new Map<string, Forecast['rules'][number]>();
  for (const { forecast } of forecasts)
    for (const rule of forecast.rules) {
      const seen = rules.get(rule.id);
      rules.set(rule.id, seen ? { ...seen, blocking: seen.blocking + rule.blocking } : { ...rule });
    }
  const phases = new Map<number, Forecast['phases'][number]>();
  for (const { forecast } of forecasts)
    for (const phase of forecast.phases) {
      const seen = phases.get(phase.phase);
      phases.set(phase.phase, seen ? { ...seen, blocking: seen.blocking + phase.blocking } : { ...phase });
    }
  const first = dated[0]?.forecast;
  const meaning = base.forecast!.meaning;
  return {
    forecast: {
      stage,
      ...(first ? { begins: first.begins!, daysLeft: first.daysLeft! } : {}),
      ...(meaning ? { meaning } : {}),
      conclusion: counts.error > 0 ? 'failure' : 'success',
      counts,
      blocking: sum((f) => f.blocking),
      changing: sum((f) => f.changing),
      rules: [...rules.values()],
      phases: [...phases.values()].sort((a, b) => a.phase - b.phase),
      findings: forecasts
        .flatMap(({ name, forecast }) =>
          forecast.findings.map((f) => ({
            ...f,
            path: within(name, f.path),
            ...(f.anchor !== undefined ? { anchor: within(name, f.anchor) } : {})
          }))
        )
        .sort(compareFindings)
    }
  };
}
