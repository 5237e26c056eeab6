// The one pipeline the CLI and the action share: rules -> scan -> gate -> report.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';
import { scan, type ScanOptions } from './engine/scan.js';
import { countFindings, parseBaseline, renderBaseline, type Baseline } from './gate/baseline.js';
import { omittedLineCount, type OmittedFindings } from './gate/omitted.js';
import { introducedBy, type ChangeSet, type FileChange } from './gate/changes.js';
import { enforcementIn, resolveEnforcement } from './gate/policy.js';
import { forecastOf, type Forecast } from './gate/forecast.js';
import { timelineOn, todayUtc, type StageNow } from './rules/calendar.js';
import { judge } from './gate/verdict.js';
import type { Stage } from './model.js';
import { buildReport, type Report } from './report/report.js';
import { chooseRuleSet } from './rules/choose.js';
import type { RuleSet } from './rules/rule-set.js';
import { UNREADABLE_RULE, unreadablePaths } from './engine/unreadable.js';
import { listedOnce } from './sources/listed.js';
import { gitChanges, repositoryRoot } from './sources/git.js';
import { LocalDirectory } from './sources/local-directory.js';
import type { FileSource } from './sources/source.js';

export interface ScanRequest {
  directory: string;
  /**
   * A bundled profile, a rule file or `auto` (ignored when `ruleSet` is given); when absent, the tree's
   * configuration file (.github/migration-gate.yml, migration-gate.yml), else `auto`.
   */
  rules?: string;
  /** Rules already loaded (e.g. from the base commit of a pull request). */
  ruleSet?: RuleSet;
  /** The stage to enforce; the rule set's calendar (on `today`), else its `stage`, when absent. */
  stage?: Stage;
  maxFileBytes?: number;
  /**
   * What the change touched, with paths relative to `directory`; absent for a full scan. `unknown`
   * (why) when there is a change but its lines cannot be known: every finding then counts as new, so
   * rules enforced as `new` block (the gate fails closed).
   */
  changes?: { base: string; files: ChangeSet } | { base: string; unknown: string };
  baseline?: { file: string; baseline: Baseline };
  /** YYYY-MM-DD (UTC), for the calendar and suppressions' `until` (default: today): a "what if" run. */
  today?: string;
  /** Check every rule whatever the stage says (a baseline records all of them). */
  everyRule?: boolean;
  /** With `changes`: per-file rules look only at changed files (findings elsewhere cannot be new). */
  changedOnly?: boolean;
  /**
   * A gate on a change (pr and push modes): a path the scan cannot read is an error finding of its
   * own, not a note — a gate that cannot look must not pass.
   */
  failClosed?: boolean;
  /** Told as the file pass goes: files done of the files to check. */
  onProgress?: (done: number, total: number) => void;
}

export async function scanDirectory(request: ScanRequest): Promise<Report> {
  return (await scanSource(await directorySource(request.directory), request)).report;
}

async function directorySource(directory: string): Promise<LocalDirectory> {
  const info = await stat(directory).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`not a directory: ${directory}`);
  return new LocalDirectory(directory);
}

/** The pipeline over any tree (a directory, a repository unpacked from a tarball). */
export async function scanSource(
  original: FileSource,
  request: Omit<ScanRequest, 'directory'> & {
    /** Reads facts from the scanned tree, knowing the rule set it was scanned with (the audit's environments). */
    inspect?: (...args: [...Parameters<NonNullable<ScanOptions['inspect']>>, RuleSet]) => Promise<unknown>;
  }
): Promise<{ report: Report; omitted: OmittedFindings; inspection?: unknown }> {
  const source = listedOnce(original);
  let ruleSet = request.ruleSet ?? (await chooseRuleSet(request.rules, source, await source.listing()));
  if (request.everyRule)
    ruleSet = {
      ...ruleSet,
      rules: ruleSet.rules.map((r) => ({ ...r, enforcement: resolveEnforcement('warning') }))
    };
  const today = request.today ?? todayUtc();
  const timeline = timelineOn(ruleSet.calendar ?? {}, ruleSet.stage, today, request.stage);
  // A baseline records every rule: before the timeline begins too.
  const stage = request.everyRule && timeline.stage === 'none' ? 'beta' : timeline.stage;
  const next = request.everyRule ? undefined : timeline.next;

  // The rules of the next stage are checked too: the forecast judges their findings.
  const active = ruleSet.rules.filter(
    (r) => enforcementIn(r.enforcement, stage) !== 'off' || (next && r.enforcement[next.stage] !== 'off')
  );
  if (request.changedOnly && !request.changes) {
    throw new UsageError(
      'only changed files can be scanned when the change is known (--base, or pr/push mode)'
    );
  }
  const changes = request.changes && 'files' in request.changes ? request.changes.files : undefined;
  // With the change's lines unknown, --changed-only cannot narrow anything: the whole tree is scanned.
  const onlyFiles = request.changedOnly && changes ? changedFiles(changes) : undefined;
  const scanned = await scan(source, active, {
    ...(request.maxFileBytes ? { maxFileBytes: request.maxFileBytes } : {}),
    ...(onlyFiles && changes ? { onlyFiles, touched: touchedPaths(changes) } : {}),
    ...(request.inspect ? { inspect: (tree, roots) => request.inspect!(tree, roots, ruleSet) } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {})
  });
  const isNew = changes ? introducedBy(changes) : request.changes ? () => true : undefined;
  const unreadable = request.failClosed ? unreadablePaths(scanned.skipped, await source.listing()) : [];
  if (unreadable.length) {
    ruleSet = { ...ruleSet, rules: [...ruleSet.rules, UNREADABLE_RULE] };
    scanned.findings.set(UNREADABLE_RULE.id, unreadable);
  }
  const judgeOn = (when: StageNow, day: string) =>
    judge(ruleSet, when, scanned.findings, {
      notApplicable: scanned.notApplicable,
      omitted: scanned.omitted,
      ...(isNew ? { isNew } : {}),
      suppressions: scanned.suppressions,
      today: day,
      ...(request.baseline ? { baseline: request.baseline.baseline } : {})
    });
  let verdict = judgeOn(stage, today);
  let forecast: Forecast | undefined;
  if (next) {
    // Judged on the day the next stage begins: suppressions that end before then no longer count.
    const then = judgeOn(next.stage, next.begins && next.begins > today ? next.begins : today);
    const touched = changes ? touchedPaths(changes) : undefined;
    const outcome = forecastOf(ruleSet, verdict, then, next, touched ? (p) => touched.has(p) : undefined);
    verdict = { ...verdict, findings: outcome.findings };
    forecast = outcome.forecast;
  }
  const report = buildReport(ruleSet, stage, source.label, verdict, scanned, {
    ...(timeline.since && stage === timeline.stage ? { since: timeline.since } : {}),
    ...(forecast ? { forecast } : {}),
    ...(request.baseline ? { baselineFile: request.baseline.file } : {}),
    ...(request.changes
      ? {
          change:
            'files' in request.changes
              ? { base: request.changes.base, files: request.changes.files.size }
              : { base: request.changes.base, files: 0, unknown: request.changes.unknown }
        }
      : {}),
    ...(isNew
      ? {
          isNewLine: (path: string, line: number) =>
            isNew({ path, message: '', region: { line, column: 1, endLine: line, endColumn: 1 } })
        }
      : {})
  });
  return {
    report,
    omitted: scanned.omitted,
    ...(request.inspect ? { inspection: scanned.inspection } : {})
  };
}

function changedFiles(changes: ChangeSet): Set<string> {
  return new Set([...changes].filter(([, c]) => c.status !== 'removed').map(([path]) => path));
}

/** Every path a change touched: changed and removed files, and where renamed files came from. */
function touchedPaths(changes: ChangeSet): Set<string> {
  const out = new Set<string>();
  for (const [path, change] of changes) {
    out.add(path);
    if (change.previousPath) out.add(change.previousPath);
  }
  return out;
}

/** Change-set paths made relative to a scanned subfolder (files outside it are dropped). */
export function relativeChanges(
  changes: ReadonlyMap<string, FileChange>,
  prefix: string
): Map<string, FileChange> {
  if (!prefix) return new Map(changes);
  const strip = (p: string) => (p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : undefined);
  const out = new Map<string, FileChange>();
  for (const [path, change] of changes) {
    const inside = strip(path);
    if (inside === undefined) continue;
    const previous = change.previousPath ? strip(change.previousPath) : undefined;
    out.set(inside, { ...change, ...(previous ? { previousPath: previous } : {}) });
  }
  return out;
}

/** What changed in `directory` since `base`, from git (the CLI's `--base`). */
export async function changesSince(
  directory: string,
  base: string
): Promise<{ base: string; files: ChangeSet }> {
  const root = await repositoryRoot(directory);
  if (!root) throw new UsageError(`--base needs a git checkout; ${directory} is not inside one`);
  const prefix = relative(root, resolve(directory)).split(sep).join('/');
  return { base, files: relativeChanges(await gitChanges(root, base), prefix) };
}

export async function readBaseline(file: string): Promise<{ file: string; baseline: Baseline }> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      error.code === 'ENOENT'
        ? `baseline not found: ${file} (create it with \`migration-gate baseline\`)`
        : `cannot read baseline ${file}: ${error.code}`
    );
  });
  return { file, baseline: parseBaseline(text, file) };
}

/** The baseline of a tree: every rule's findings, whatever the stage, counted per file. */
export async function takeBaseline(request: ScanRequest): Promise<string> {
  const { report, omitted } = await scanSource(await directorySource(request.directory), {
    ...request,
    everyRule: true
  });
  // Findings past the scan's caps are counted too: the next scan judges them against these counts.
  const extra = [...omitted].flatMap(([rule, byPath]) =>
    [...byPath].map(([path, lines]) => ({ rule, path, count: omittedLineCount(lines) }))
  );
  return renderBaseline({ ruleset: report.ruleset.name, entries: countFindings(report.findings, extra) });
}
