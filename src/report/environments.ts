// The audit's matrix: every drop-in environment with its Python, its Flask and FastAPI stacks and its
// findings per phase, with totals. Pure.
import type { Environment } from '../audit/environments.js';
import type { Report } from './report.js';
import { codeSpan, escapeText, tableCell } from './markdown-text.js';

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
    notices: report.counts.notice
  };
}

export function environmentMatrix(report: Report): string {
  const envs: Environment[] = report.environments ?? [];
  const t = auditTotals(report);
  const rows = envs.map((e) => {
    const phases = [0, 1, 2, 3, 4, 5].map((p) => e.phases[String(p)] ?? 0).join(' · ');
    const status = e.errors ? '❌' : e.flaskStack.length || e.customFlaskExtension ? '🟡' : '✅';
    return `| ${status} | ${tableCell(codeSpan(e.repository))} | ${tableCell(codeSpan(e.path || '.'))} | ${tableCell(escapeText(e.python ?? 'unknown'))} | ${tableCell(escapeText(cell(e.flaskStack)))}${e.customFlaskExtension ? ' + custom_flask.py' : ''} | ${tableCell(escapeText(cell(e.fastapiStack)))} | ${e.errors} / ${e.warnings} / ${e.notices} | ${phases} |`;
  });
  const listed = (why: (r: Repository) => string | undefined) =>
    (report.repositories ?? []).flatMap((r) =>
      why(r) ? [`- ${codeSpan(r.repository)}: ${escapeText(why(r)!)}`] : []
    );
  const problems = listed((r) => r.problem);
  const incomplete = listed((r) => r.incomplete);
  return [
    `\n### Drop-in environments\n`,
    `**${t.environments}** ${t.environments === 1 ? 'environment' : 'environments'} · **${t.withFlaskStack}** still ${verb(t.withFlaskStack, 'install')} the Flask stack · **${t.withFastapi}** ${verb(t.withFastapi, 'install')} FastAPI · **${t.belowPython38}** below Python 3.8\n`,
    '| | Repository | Environment | Python | Flask stack | FastAPI stack | Errors / warnings / notices | Findings by phase 0 · 1 · 2 · 3 · 4 · 5 |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    ...(incomplete.length ? ['', '**Audited in part:**', ...incomplete] : []),
    ...(problems.length ? ['', '**Not audited:**', ...problems] : []),
    ''
  ].join('\n');
}
