// The Markdown report (job summary, check-run output, --format markdown): the strategy's checklist by
// phase. Built as sections so that callers can fit it into GitHub's limits without cutting one in half.
import type { Enforcement, Finding } from '../model.js';
import type { Report } from './report.js';
import { environmentMatrix } from './environments.js';
import {
  gateDetails,
  location,
  noFlaskRoutes,
  notEnforcedWords,
  omittedWords,
  profileLines
} from './text.js';
import { beginsSoon, blockingWords, blocksFromWords, whenWords } from './timeline.js';
import { plural } from '../words.js';
import { codeBlock, codeSpan, escapeText, tableCell } from './markdown-text.js';
import { groupBy } from '../arrays.js';

const FINDINGS_PER_RULE = 5;

export interface MarkdownOptions {
  /** A URL for a file and line (the blob at the head SHA); plain text when absent. */
  link?: (path: string, line?: number) => string;
  findingsPerRule?: number;
}

function progressBar(done: number, total: number, width = 10): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** What rules of each enforcement do, for one rule and for several. */
const ENFORCEMENT_WORDS: Record<Enforcement, [one: string, several: string]> = {
  error: ['blocks the merge', 'block the merge'],
  new: [
    'blocks what a change introduces (existing findings warn)',
    'block what a change introduces (existing findings warn)'
  ],
  warning: ['warns', 'warn'],
  notice: ['is a notice', 'are notices'],
  off: ['is not enforced yet', 'are not enforced yet']
};

/** The opening: verdict, counts, phase progress and what this stage enforces. */
export function headSection(report: Report): string {
  const { error, warning, notice } = report.counts;
  const icon = report.conclusion === 'failure' ? '❌' : '✅';
  const stage = report.ruleset.stage;
  const out = [
    `## ${icon} ${escapeText(report.ruleset.name)}: gate ${report.conclusion === 'failure' ? 'failed' : 'passed'}`,
    ...(beginsSoon(report.forecast)
      ? [
          '',
          `> ⏰ **${report.forecast.stage} ${whenWords(report.forecast)}**: ${blockingWords(report.forecast)}.`
        ]
      : []),
    '',
    `${stage === 'none' ? 'Before the timeline: nothing enforced yet' : `Stage **${stage}**${report.ruleset.since ? ` since ${report.ruleset.since}` : ''}`} · ${plural(error, 'error')} · ${plural(warning, 'warning')} · ${plural(notice, 'notice')} · ${plural(report.stats.files, 'file')} scanned`,
    ...profileSection(report),
    '',
    '| Phase | Done | Progress |',
    '|---|---|---|',
    ...report.phases.map((p) => {
      const progress = p.rules
        ? progressBar(p.passing, p.rules)
        : p.notApplicable
          ? 'not applicable'
          : notEnforcedWords(report);
      const done = `${p.passing}/${p.rules}${p.notApplicable ? ` · ${p.notApplicable} not applicable` : ''}`;
      return `| ${p.phase} · ${tableCell(escapeText(p.title))} | ${done} | ${progress} |`;
    })
  ];
  const byEnforcement = new Map<Enforcement, number>();
  for (const r of report.rules) byEnforcement.set(r.enforcement, (byEnforcement.get(r.enforcement) ?? 0) + 1);
  const parts = (['error', 'new', 'warning', 'notice', 'off'] as const)
    .filter((e) => byEnforcement.get(e))
    .map((e) => {
      const count = byEnforcement.get(e)!;
      return `${count} ${count === 1 ? 'rule' : 'rules'} ${ENFORCEMENT_WORDS[e][count === 1 ? 0 : 1]}`;
    });
  out.push(
    '',
    `${stage === 'none' ? 'Before the timeline begins' : `In stage **${stage}**`}, ${parts.join('; ')}.`
  );
  // What the stage means, in the rule set's words (the strategy's timeline).
  if (report.ruleset.stageMeaning) out.push('', `> ${escapeText(report.ruleset.stageMeaning)}`);
  out.push(...forecastTable(report));
  return `${out.join('\n')}\n`;
}

/** Rules listed in the forecast table; the JSON report has them all. */
const FORECAST_ROWS = 20;

/** The next stage: when, what it means, and what it will block, by phase and rule. */
function forecastTable(report: Report): string[] {
  const forecast = report.forecast;
  if (!forecast) return [];
  const out = ['', `**Next: ${forecast.stage}** ${whenWords(forecast)}: ${blockingWords(forecast)}.`];
  if (forecast.meaning) out.push('', `> ${forecast.stage}: ${escapeText(forecast.meaning)}`);
  if (!forecast.rules.length) return out;
  const changed = forecast.inChangedFiles !== undefined;
  out.push(
    '',
    `| Phase | Will block in ${forecast.stage} | Rule | Now → then${changed ? ' | In changed files' : ''} |`,
    `|---|---|---|---|${changed ? '---|' : ''}`
  );
  const phaseTitle = new Map(forecast.phases.map((p) => [p.phase, p.title]));
  for (const rule of forecast.rules.slice(0, FORECAST_ROWS))
    out.push(
      `| ${rule.phase} · ${tableCell(escapeText(phaseTitle.get(rule.phase) ?? ''))} | ${rule.blocking} | ${tableCell(escapeText(rule.title))} \`${rule.id}\` | ${rule.now} → ${rule.then}${changed ? ` | ${rule.inChangedFiles ?? 0}` : ''} |`
    );
  if (forecast.rules.length > FORECAST_ROWS)
    out.push(
      '',
      `_… and ${forecast.rules.length - FORECAST_ROWS} more rules in the JSON report (\`forecast\`)._`
    );
  return out;
}

/** The profiles the rules come from and why (`rules: auto` chooses them from the tree). */
function profileSection(report: Report): string[] {
  const lines = profileLines(report);
  if (!lines.length) return [];
  const profiles = report.ruleset.profiles ?? [];
  if (profiles.length === 0) return ['', `> ${escapeText(lines[0]!)}`];
  return ['', ...profiles.map((p) => `- Profile **${p.name}**: ${escapeText(p.reason)}`)];
}

function findingLine(f: Finding, report: Report, options: MarkdownOptions): string {
  const where = options.link
    ? `[${codeSpan(location(f))}](${options.link(f.path, f.line)})`
    : codeSpan(location(f));
  const later = f.blocksFrom ? ` _(${blocksFromWords(report, f.blocksFrom)})_` : '';
  return `  - ${where}${f.new ? ' **new**' : ''} ${escapeText(f.detail)}${later}`;
}

/** One section per phase: each checklist item with ✓/✗, its count and its first findings. */
export function phaseSections(report: Report, options: MarkdownOptions = {}): string[] {
  const shown = options.findingsPerRule ?? FINDINGS_PER_RULE;
  const byRule = groupBy(report.findings, (f) => f.ruleId);
  return report.phases.map((phase) => {
    const out = [`### Phase ${phase.phase} · ${escapeText(phase.title)}`, ''];
    for (const rule of report.rules.filter((r) => r.phase === phase.phase)) {
      if (rule.status === 'off') {
        out.push(`- ➖ ${escapeText(rule.title)} — ${notEnforcedWords(report)} \`${rule.id}\``);
        continue;
      }
      if (rule.status === 'not-applicable') {
        out.push(
          `- ⚪ ${escapeText(rule.title)} — not applicable: ${escapeText(rule.reason ?? 'nothing to check')} \`${rule.id}\``
        );
        continue;
      }
      const mark = rule.status === 'pass' ? '✅' : '❌';
      const count =
        rule.status === 'pass'
          ? ''
          : ` — ${rule.findings} ${rule.enforcement === 'new' ? 'findings (new ones block)' : `× ${rule.enforcement}`}`;
      out.push(`- ${mark} ${escapeText(rule.title)}${count} \`${rule.id}\``);
      const findings = byRule.get(rule.id) ?? [];
      for (const f of findings.slice(0, shown)) out.push(findingLine(f, report, options));
      const listed = Math.min(findings.length, shown);
      if (rule.findings > listed) out.push(`  - … and ${rule.findings - listed} more${omittedWords(rule)}`);
    }
    return `\n${out.join('\n')}\n`;
  });
}

/** Route tables, notes and skipped files. */
export function appendixSections(report: Report): string[] {
  const out: string[] = report.environments ? [environmentMatrix(report)] : [];
  const added = report.suppressions.used.filter((u) => u.new);
  if (added.length) {
    const lines = added.map(
      (u) =>
        `- ${codeSpan(`${u.path}:${u.line}`)} ${codeSpan(`ignore[${u.rules.join(', ')}]`)}: ${escapeText(u.reason)}${u.until ? ` (until ${u.until})` : ''}`
    );
    out.push(
      `\n### ⚠️ Suppressions added by this change\n\nReviewers: these silence the gate.\n\n${lines.join('\n')}\n`
    );
  }
  const details = gateDetails(report);
  if (details.length)
    out.push(`\n### Suppressions and baseline\n\n${codeBlock(details.join('\n').trim())}\n`);
  for (const table of report.routes) {
    if (table.flask.length + table.fastapi.length + (table.unknown?.length ?? 0) === 0) continue;
    if (table.pairs.length + (table.unknown?.length ?? 0) === 0) {
      out.push(`\n### Routes: Flask → FastAPI (\`${table.ruleId}\`)\n\n${noFlaskRoutes(table)}\n`);
      continue;
    }
    // With several Flask apps, a first column names each route's app and what it is compared with.
    const apps = table.pairs.some((p) => p.app !== undefined);
    const appCell = (app: string | undefined) => {
      if (!apps) return '';
      const entry = table.apps?.find((a) => a.app === app);
      const against = entry?.counterparts?.length
        ? ` → ${entry.counterparts.map((c) => codeSpan(c)).join(', ')}${entry.pairing === 'unclear' ? ' (not clear which)' : ''}`
        : entry?.pairing === 'none'
          ? ' → no FastAPI app near it'
          : '';
      return `| ${tableCell(`${app ? codeSpan(app) : ''}${against}`)} `;
    };
    const rows = table.pairs.map((p) => {
      const served = !table.fastapi.length
        ? 'no FastAPI routes yet'
        : p.compared === false
          ? 'not compared'
          : p.fastapi.map((f) => (f ? tableCell(codeSpan(f)) : '❌ missing')).join(', ');
      return `${appCell(p.app)}| ${p.method} | ${tableCell(codeSpan(p.path))} | ${tableCell(codeSpan(p.flask))} | ${served} |`;
    });
    for (const r of table.unknown ?? [])
      rows.push(
        `${appCell(r.app)}| ${r.methods.join('\\|')} | ${tableCell(codeSpan(r.path))} | ${tableCell(codeSpan(`${r.file}:${r.region.line}`))} | framework unknown |`
      );
    const head = `${apps ? '| App ' : ''}| Method | Path | Flask | FastAPI |\n${apps ? '|---' : ''}|---|---|---|---|`;
    out.push(`\n### Routes: Flask → FastAPI (\`${table.ruleId}\`)\n\n${head}\n${rows.join('\n')}\n`);
  }
  if (report.notes.length) {
    const notes = report.notes
      .slice(0, 50)
      .map(
        (n) =>
          `- ${codeSpan(n.line === undefined ? n.path : `${n.path}:${n.line}`)}: ${escapeText(n.message)}`
      );
    const more =
      report.notes.length > 50 ? [`- … and ${report.notes.length - 50} more (see the JSON report)`] : [];
    out.push(
      `\n<details><summary>${plural(report.notes.length, 'note')}</summary>\n\n${[...notes, ...more].join('\n')}\n\n</details>\n`
    );
  }
  if (report.skipped.length) {
    const skipped = report.skipped.slice(0, 50).map((s) => `- ${codeSpan(s.path)}: ${escapeText(s.reason)}`);
    const more =
      report.skipped.length > 50 ? [`- … and ${report.skipped.length - 50} more (see the JSON report)`] : [];
    out.push(
      `\n<details><summary>${plural(report.skipped.length, 'path')} skipped</summary>\n\n${[...skipped, ...more].join('\n')}\n\n</details>\n`
    );
  }
  return out;
}

export function markdownSections(report: Report, options: MarkdownOptions = {}): string[] {
  return [headSection(report), ...phaseSections(report, options), ...appendixSections(report)];
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return markdownSections(report, options).join('');
}
