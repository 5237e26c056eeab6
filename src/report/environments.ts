// The audit's matrix: every drop-in environment with its Python, its Flask and FastAPI stacks and its
// findings per phase, with totals. Pure.
import type { Environment } from '../audit/environments.js';
import type { Report } from './report.js';
import { codeSpan, escapeText, tableCell } from './markdown-text.js';
import { STAGES } from '../model.js';
import { plural } from '../words.js';
import { forecastSentence } from './timeline.js';

type Repository = NonNullable<Report['repositories']>[number];

/** The verb agreeing with a count of environments: 1 installs, 2 install. */
const verb = (n: number, word: string): string => (n === 1 ? `${word}s` : word);

const cell = (items: readonly string[]): string => (items.length ? items.join(', ') : '—');

export interface AuditTotals {
  environments: number;
  withFlaskStack: number;
  withFastapi: number;
  belowPython38: number;
  errors: number;
  warnings: number;
  notices: number;
  /** The stage in force on the run's day (marks the stage boundaries in the burndown). */
  stage?: string;
  /** Findings that will block in the next stage and do not now, with that stage. */
  next?: { stage: string; blocking: number };
}

export function auditTotals(report: Report): AuditTotals {
  const envs = report.environments ?? [];
  return {
    environments: envs.length,
    withFlaskStack: envs.filter((e) => e.flaskStack.length > 0).length,
    withFastapi: envs.filter((e) => e.fastapiStack.includes('fastapi')).length,
    belowPython38: envs.filter(
      (e) => e.python !== null && Number(e.python.split('.')[1]) < 8 && e.python.startsWith('3.')
    ).length,
    errors: report.counts.error,
    warnings: report.counts.warning,
    notices: report.counts.notice,
    stage: report.ruleset.stage,
    ...(report.forecast ? { next: { stage: report.forecast.stage, blocking: report.forecast.blocking } } : {})
  };
}

/** The calendar in one line: each stage's day, the stage in force, and the days left to the next. */
export function calendarLine(report: Report): string | undefined {
  const calendar = report.ruleset.calendar;
  if (!calendar || !Object.keys(calendar).length) return undefined;
  const now = report.ruleset.stage;
  const next = report.forecast;
  const parts = STAGES.filter((s) => calendar[s] !== undefined).map((s) => {
    if (s === now) return `**${s}** since ${calendar[s]} (now)`;
    if (s === next?.stage && next.daysLeft !== undefined && next.daysLeft >= 0)
      return `${s} from ${calendar[s]} (**${plural(next.daysLeft, 'day')} left**)`;
    return `${s} from ${calendar[s]}`;
  });
  return `Timeline: ${now === 'none' ? 'not begun · ' : ''}${parts.join(' · ')}`;
}

export function environmentMatrix(report: Report): string {
  const envs: Environment[] = report.environments ?? [];
  const t = auditTotals(report);
  const next = report.forecast?.stage;
  const rows = envs.map((e) => {
    const phases = [0, 1, 2, 3, 4, 5].map((p) => e.phases[String(p)] ?? 0).join(' · ');
    const status = e.errors ? '❌' : e.flaskStack.length || e.customFlaskExtension ? '🟡' : '✅';
    const blocksNext = next ? ` ${e.blocksNext ?? 0} |` : '';
    return `| ${status} | ${tableCell(codeSpan(e.repository))} | ${tableCell(codeSpan(e.path || '.'))} | ${tableCell(escapeText(e.python ?? 'unknown'))} | ${tableCell(escapeText(cell(e.flaskStack)))}${e.customFlaskExtension ? ' + custom_flask.py' : ''} | ${tableCell(escapeText(cell(e.fastapiStack)))} | ${e.errors} / ${e.warnings} / ${e.notices} |${blocksNext} ${phases} |`;
  });
  const listed = (why: (r: Repository) => string | undefined) =>
    (report.repositories ?? []).flatMap((r) =>
      why(r) ? [`- ${codeSpan(r.repository)}: ${escapeText(why(r)!)}`] : []
    );
  const problems = listed((r) => r.problem);
  const timeline = calendarLine(report);
  const incomplete = listed((r) => r.incomplete);
  return [
    `\n### Drop-in environments\n`,
    `**${t.environments}** ${t.environments === 1 ? 'environment' : 'environments'} · **${t.withFlaskStack}** still ${verb(t.withFlaskStack, 'install')} the Flask stack · **${t.withFastapi}** ${verb(t.withFastapi, 'install')} FastAPI · **${t.belowPython38}** below Python 3.8\n`,
    ...(timeline ? [`${timeline}\n`] : []),
    ...(report.forecast ? [`Next: ${escapeText(forecastSentence(report.forecast))}\n`] : []),
    `| | Repository | Environment | Python | Flask stack | FastAPI stack | Errors / warnings / notices |${next ? ` Will block in ${next} |` : ''} Findings by phase 0 · 1 · 2 · 3 · 4 · 5 |`,
    `|---|---|---|---|---|---|---|---|${next ? '---|' : ''}`,
    ...rows,
    ...(incomplete.length ? ['', '**Audited in part:**', ...incomplete] : []),
    ...(problems.length ? ['', '**Not audited:**', ...problems] : []),
    ''
  ].join('\n');
}
