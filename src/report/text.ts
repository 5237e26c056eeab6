// The terminal report reads as the strategy's checklist: phases in order, each item ✓ or ✗ with its
// count and first locations, then what was skipped and the verdict.
import type { Finding } from '../model.js';
import type { Report } from './report.js';

const LOCATIONS_SHOWN = 3;
const SKIPPED_SHOWN = 10;

export function location(f: Pick<Finding, 'path' | 'line' | 'column'>): string {
  return f.line === undefined ? f.path : `${f.path}:${f.line}:${f.column}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderText(report: Report): string {
  const out: string[] = [];
  out.push(
    `${report.tool.name} ${report.tool.version} · ${report.ruleset.name} · stage ${report.ruleset.stage} · ${report.target}`
  );
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);

  for (const phase of report.phases) {
    out.push('', `Phase ${phase.phase} · ${phase.title} (${phase.passing}/${phase.rules} done)`);
    for (const rule of report.rules.filter((r) => r.phase === phase.phase)) {
      if (rule.status === 'off') {
        out.push(`  - ${rule.title} [${rule.id}] (not enforced in ${report.ruleset.stage})`);
        continue;
      }
      if (rule.status === 'pass') {
        out.push(`  ✓ ${rule.title} [${rule.id}]`);
        continue;
      }
      const findings = byRule.get(rule.id) ?? [];
      out.push(`  ✗ ${rule.title} [${rule.id}] ${plural(rule.findings, 'finding')}, ${rule.enforcement}`);
      out.push(`      ${rule.message}`);
      for (const f of findings.slice(0, LOCATIONS_SHOWN))
        out.push(`      ${f.severity.padEnd(7)} ${location(f)}  ${f.detail}`);
      if (findings.length > LOCATIONS_SHOWN)
        out.push(`      … and ${findings.length - LOCATIONS_SHOWN} more`);
      if (rule.remediation) out.push(`      fix: ${rule.remediation}`);
    }
  }

  for (const table of report.routes) {
    out.push('', `Routes (${table.ruleId}): Flask -> FastAPI`);
    for (const p of table.pairs) {
      const served = p.fastapi.map((f) => f ?? 'missing').join(', ');
      out.push(
        `  ${`${p.method} ${p.path}`.padEnd(40)} ${p.flask.padEnd(50)} -> ${table.fastapi.length ? served : 'no FastAPI routes yet'}`
      );
    }
  }

  if (report.skipped.length) {
    out.push('', `Skipped ${plural(report.skipped.length, 'path')}:`);
    for (const s of report.skipped.slice(0, SKIPPED_SHOWN)) out.push(`  ${s.path}: ${s.reason}`);
    if (report.skipped.length > SKIPPED_SHOWN)
      out.push(`  … and ${report.skipped.length - SKIPPED_SHOWN} more (see --format json)`);
  }

  if (report.notes.length) {
    out.push('', `Notes (${report.notes.length}):`);
    for (const n of report.notes.slice(0, SKIPPED_SHOWN))
      out.push(`  ${n.line === undefined ? n.path : `${n.path}:${n.line}`}: ${n.message}`);
    if (report.notes.length > SKIPPED_SHOWN)
      out.push(`  … and ${report.notes.length - SKIPPED_SHOWN} more (see --format json)`);
  }

  const { error, warning, notice } = report.counts;
  const verdict = report.conclusion === 'failure' ? 'Gate failed' : 'Gate passed';
  out.push(
    '',
    `${verdict}: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')} · ${plural(report.stats.files, 'file')} scanned in ${report.stats.durationMs} ms`
  );
  return `${out.join('\n')}\n`;
}
