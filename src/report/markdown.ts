// The Markdown report (job summary, --format markdown): the strategy's checklist by phase.
import type { Finding } from '../model.js';
import type { Report } from './report.js';
import { location } from './text.js';

const FINDINGS_PER_RULE = 5;

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function progressBar(done: number, total: number, width = 10): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

export function renderMarkdown(report: Report): string {
  const { error, warning, notice } = report.counts;
  const out: string[] = [];
  const icon = report.conclusion === 'failure' ? '❌' : '✅';
  out.push(
    `## ${icon} ${report.ruleset.name}: gate ${report.conclusion === 'failure' ? 'failed' : 'passed'}`
  );
  out.push(
    '',
    `Stage **${report.ruleset.stage}** · ${error} errors · ${warning} warnings · ${notice} notices · ${report.stats.files} files scanned`
  );
  out.push('', '| Phase | Done | Progress |', '|---|---|---|');
  for (const p of report.phases)
    out.push(
      `| ${p.phase} · ${escapeCell(p.title)} | ${p.passing}/${p.rules} | ${progressBar(p.passing, p.rules)} |`
    );

  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  for (const phase of report.phases) {
    out.push('', `### Phase ${phase.phase} · ${phase.title}`, '');
    for (const rule of report.rules.filter((r) => r.phase === phase.phase)) {
      if (rule.status === 'off') {
        out.push(`- ➖ ${rule.title} — not enforced in ${report.ruleset.stage} \`${rule.id}\``);
        continue;
      }
      const mark = rule.status === 'pass' ? '✅' : '❌';
      const count =
        rule.status === 'pass'
          ? ''
          : ` — ${rule.findings} ${rule.enforcement === 'new' ? 'findings (new ones block)' : `× ${rule.enforcement}`}`;
      out.push(`- ${mark} ${rule.title}${count} \`${rule.id}\``);
      const findings = byRule.get(rule.id) ?? [];
      for (const f of findings.slice(0, FINDINGS_PER_RULE)) out.push(`  - \`${location(f)}\` ${f.detail}`);
      if (findings.length > FINDINGS_PER_RULE)
        out.push(`  - … and ${findings.length - FINDINGS_PER_RULE} more`);
    }
  }
  for (const table of report.routes) {
    out.push(
      '',
      `### Routes: Flask → FastAPI (\`${table.ruleId}\`)`,
      '',
      '| Method | Path | Flask | FastAPI |',
      '|---|---|---|---|'
    );
    for (const p of table.pairs) {
      const served = table.fastapi.length
        ? p.fastapi.map((f) => (f ? `\`${f}\`` : '❌ missing')).join(', ')
        : 'no FastAPI routes yet';
      out.push(`| ${p.method} | \`${escapeCell(p.path)}\` | \`${p.flask}\` | ${served} |`);
    }
  }
  if (report.skipped.length)
    out.push(
      '',
      `<details><summary>${report.skipped.length} paths skipped</summary>`,
      '',
      ...report.skipped.slice(0, 50).map((s) => `- \`${s.path}\`: ${s.reason}`),
      '',
      '</details>'
    );
  if (report.notes.length) {
    const notes = report.notes
      .slice(0, 50)
      .map((n) => `- \`${n.line === undefined ? n.path : `${n.path}:${n.line}`}\`: ${n.message}`);
    out.push('', `<details><summary>${report.notes.length} notes</summary>`, '', ...notes, '', '</details>');
  }
  return `${out.join('\n')}\n`;
}
