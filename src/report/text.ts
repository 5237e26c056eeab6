// The terminal report reads as the strategy's checklist: phases in order, each item ✓ or ✗ with its
// count and first locations, then routes, suppressions and baseline, what was skipped, and the verdict.
import { MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_SCAN } from '../engine/caps.js';
import type { Finding } from '../model.js';
import type { Report } from './report.js';
import { groupBy } from '../arrays.js';
import { plural } from '../words.js';
import { blocksFromWords, forecastSentence, stageWords } from './timeline.js';
import { paint, type Paint } from './colour.js';

/** Findings listed per rule unless told otherwise (`--max-per-rule`, `--all`). */
export const LOCATIONS_SHOWN = 3;
const LISTED = 10;

export function location(f: Pick<Finding, 'path' | 'line' | 'column'>): string {
  return f.line === undefined ? f.path : `${f.path}:${f.line}:${f.column}`;
}

/** Lines about suppressions and the baseline, shared by the text and Markdown reports. */
export function gateDetails(report: Report): string[] {
  const out: string[] = [];
  const { used, problems } = report.suppressions;
  if (used.length || problems.length) {
    out.push(
      '',
      `Suppressions: ${used.length} in use${problems.length ? `, ${problems.length} to fix` : ''}`
    );
    for (const u of used) {
      const until = u.until ? ` (until ${u.until})` : '';
      out.push(
        `  ${u.path}:${u.line} ignore[${u.rules.join(', ')}] ${u.reason}${until}${u.new ? ' (added by this change)' : ''}`
      );
    }
    for (const p of problems) out.push(`  ${p.path}:${p.line} ${p.message}`);
  }
  const b = report.baseline;
  if (b) {
    out.push(
      '',
      `Baseline ${b.file}: ${b.grown.length ? `${plural(b.grown.length, 'count')} grew` : 'no count grew'}`
    );
    for (const g of b.grown) out.push(`  grew: ${g.rule} in ${g.path}: ${g.baseline} -> ${g.count}`);
    if (b.improved.length) {
      out.push(
        `  ${plural(b.improved.length, 'count')} shrank: the baseline can shrink (run: migration-gate baseline --output ${b.file}, and commit it)`
      );
      for (const i of b.improved.slice(0, LISTED))
        out.push(`  shrank: ${i.rule} in ${i.path}: ${i.baseline} -> ${i.count}`);
    }
  }
  return out;
}

function listed<T>(out: string[], title: string, items: readonly T[], line: (item: T) => string): void {
  if (!items.length) return;
  out.push('', title);
  for (const item of items.slice(0, LISTED)) out.push(`  ${line(item)}`);
  if (items.length > LISTED) out.push(`  … and ${items.length - LISTED} more (see --format json)`);
}

/** For a rule with findings past the scan's caps: that they are counted, not listed. */
export const omittedWords = (rule: Report['rules'][number]): string =>
  rule.omitted
    ? ` (${rule.omitted.toLocaleString('en-US')} of them not kept: the scan keeps at most ${MAX_FINDINGS_PER_FILE.toLocaleString('en-US')} per rule and file and ${MAX_FINDINGS_PER_SCAN.toLocaleString('en-US')} in all; the rest are judged and counted, not listed)`
    : '';

/** Which profiles the rules come from and why, or that none applies (`rules: auto` on a tree it does not know). */
export function profileLines(report: Report): string[] {
  const profiles = report.ruleset.profiles;
  if (!profiles) return [];
  if (profiles.length === 0)
    return report.ruleset.file === 'auto'
      ? [
          'No profile applies: no DRUM package, drop-in environment, custom model or Flask code was found, so nothing was checked (choose one with --rules).'
        ]
      : [];
  return profiles.map((p) => `Profile ${p.name}: ${p.reason}`);
}

/** "2/3 done", with the rules that do not apply to this tree, for a phase heading. */
export function phaseProgress(phase: Report['phases'][number]): string {
  const notApplicable = phase.notApplicable ?? 0;
  if (phase.rules === 0 && notApplicable > 0) return 'not applicable';
  return `${phase.passing}/${phase.rules} done${notApplicable ? `, ${notApplicable} not applicable` : ''}`;
}

/** "not enforced in beta", or before the timeline begins "not enforced yet". */
export const notEnforcedWords = (report: Report): string =>
  report.ruleset.stage === 'none' ? 'not enforced yet' : `not enforced in ${report.ruleset.stage}`;

/** The next stage, when it begins and what it will block, by phase and rule. */
function forecastLines(report: Report): string[] {
  const forecast = report.forecast;
  if (!forecast) return [];
  const out = ['', `Next: ${forecastSentence(forecast)}`];
  if (forecast.meaning) out.push(`  ${forecast.stage}: ${forecast.meaning}`);
  for (const phase of forecast.phases) {
    out.push(`  Phase ${phase.phase} · ${phase.title}: ${plural(phase.blocking, 'finding')} will block`);
    for (const rule of forecast.rules.filter((r) => r.phase === phase.phase)) {
      const touched = rule.inChangedFiles ? ` (${rule.inChangedFiles} in changed files)` : '';
      out.push(`    ${rule.title} [${rule.id}] ${rule.blocking}${touched}, ${rule.now} -> ${rule.then}`);
    }
  }
  return out;
}

export interface TextOptions {
  /** Findings listed per rule (default 3); Infinity lists every one. */
  maxPerRule?: number;
  /** ANSI colours (a terminal; see colour.ts). */
  colour?: boolean;
}

/** "1 error, 2 warnings" for the findings listed, in severity order. */
function severityCounts(findings: readonly Finding[], c: Paint): string {
  return (['error', 'warning', 'notice'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => c.severity(s, plural(n, s)))
    .join(', ');
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const c = paint(options.colour ?? false);
  const shownPerRule = options.maxPerRule ?? LOCATIONS_SHOWN;
  const out: string[] = [
    `${report.tool.name} ${report.tool.version} · ${report.ruleset.name} · ${stageWords(report)} · ${report.target}`,
    ...(report.ruleset.stageMeaning ? [`${report.ruleset.stage}: ${report.ruleset.stageMeaning}`] : []),
    ...profileLines(report)
  ];
  if (report.change?.unknown !== undefined)
    out.push(
      `Compared with ${report.change.base}: the changed lines are unknown (${report.change.unknown}); every finding counts as new, so rules enforced as \`new\` block`
    );
  else if (report.change)
    out.push(
      `Compared with ${report.change.base}: ${plural(report.change.files, 'changed file')}; findings marked (new) are on changed lines`
    );
  const byRule = groupBy(report.findings, (f) => f.ruleId);

  for (const phase of report.phases) {
    out.push('', `Phase ${phase.phase} · ${phase.title} (${phaseProgress(phase)})`);
    for (const rule of report.rules.filter((r) => r.phase === phase.phase)) {
      if (rule.status === 'off') {
        out.push(`  - ${rule.title} [${rule.id}] (${notEnforcedWords(report)})`);
        continue;
      }
      if (rule.status === 'not-applicable') {
        out.push(`  – ${rule.title} [${rule.id}] not applicable: ${rule.reason ?? 'nothing to check'}`);
        continue;
      }
      if (rule.status === 'pass') {
        out.push(`  ${c.green('✓')} ${rule.title} [${rule.id}]`);
        continue;
      }
      const findings = byRule.get(rule.id) ?? [];
      // The severities the findings have (a baseline or `new` gives one rule several), not the enforcement.
      const severities = severityCounts(findings, c);
      const mark = findings.some((f) => f.severity === 'error') ? c.red('✗') : c.yellow('✗');
      out.push(
        `  ${mark} ${rule.title} [${rule.id}] ${findings.length === rule.findings ? severities : `${plural(rule.findings, 'finding')}${severities ? ` (listed: ${severities})` : ''}`}`
      );
      out.push(`      ${rule.message}`);
      for (const f of findings.slice(0, shownPerRule))
        out.push(
          `      ${c.severity(f.severity, f.severity.padEnd(7))} ${location(f)}  ${f.new ? '(new) ' : ''}${f.detail}${f.blocksFrom ? c.dim(` (${blocksFromWords(report, f.blocksFrom)})`) : ''}`
        );
      const shown = Math.min(findings.length, shownPerRule);
      if (rule.findings > shown)
        out.push(
          `      … and ${rule.findings - shown} more${omittedWords(rule)}${findings.length > shown ? ' (--all lists every one)' : ''}`
        );
      if (rule.remediation) out.push(`      fix: ${rule.remediation}`);
    }
  }

  for (const table of report.routes) {
    if (table.flask.length + table.fastapi.length + (table.unknown?.length ?? 0) === 0) continue;
    if (table.pairs.length + (table.unknown?.length ?? 0) === 0) {
      out.push('', `Routes (${table.ruleId}): ${noFlaskRoutes(table)}`);
      continue;
    }
    out.push('', `Routes (${table.ruleId}): Flask -> FastAPI`);
    let app: string | undefined;
    for (const p of table.pairs) {
      // With several Flask apps, each app's routes under a line naming it and what it is compared with.
      if (p.app !== undefined && p.app !== app) {
        app = p.app;
        const entry = table.apps?.find((a) => a.app === app);
        const against = entry?.counterparts?.length
          ? ` -> ${entry.counterparts.join(', ')}${entry.pairing === 'unclear' ? ' (not clear which)' : ''}`
          : entry?.pairing === 'none'
            ? ' -> no FastAPI app near it'
            : '';
        out.push(`  ${app}${against}`);
      }
      const served = !table.fastapi.length
        ? 'no FastAPI routes yet'
        : p.compared === false
          ? 'not compared'
          : p.fastapi.map((f) => f ?? 'missing').join(', ');
      out.push(`  ${`${p.method} ${p.path}`.padEnd(40)} ${p.flask.padEnd(50)} -> ${served}`);
    }
    for (const r of table.unknown ?? [])
      out.push(
        `  ${`${r.methods.join('|')} ${r.path}`.padEnd(40)} ${`${r.file}:${r.region.line}`.padEnd(50)} -> framework unknown`
      );
  }
  out.push(...gateDetails(report));
  listed(
    out,
    `Skipped ${plural(report.skipped.length, 'path')}:`,
    report.skipped,
    (s) => `${s.path}: ${s.reason}`
  );
  listed(
    out,
    `Notes (${report.notes.length}):`,
    report.notes,
    (n) => `${n.line === undefined ? n.path : `${n.path}:${n.line}`}: ${n.message}`
  );

  out.push(...forecastLines(report));

  const { error, warning, notice } = report.counts;
  const verdict =
    report.conclusion === 'failure' ? c.bold(c.red('Gate failed')) : c.bold(c.green('Gate passed'));
  out.push(
    '',
    `${verdict}: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')} · ${plural(report.stats.files, 'file')} scanned in ${report.stats.durationMs} ms`
  );
  return `${out.map(noWorkflowCommand).join('\n')}\n`;
}

/**
 * A line of output that a workflow step would run as a command (`::error::…`, `::add-mask::…`, which
 * the runner finds at the start of a line, blanks ignored) gets a backslash in front: a name from the
 * scanned tree must never become one. Names cannot hold a line break (sources/names.ts).
 */
/** The routes section when no Flask route is left: what was found, not an empty table. */
export const noFlaskRoutes = (table: Report['routes'][number]): string =>
  `no Flask routes in the scanned files; FastAPI serves ${plural(table.fastapi.length, 'route')}.`;

export const noWorkflowCommand = (line: string): string => line.replace(/^(\s*)::/, '$1\\::');
