// The scheduled audit: each repository fetched once as a tarball, unpacked in memory, scanned with the
// rule set, and its drop-in environments described. One repository that cannot be fetched or read is
// reported and the audit goes on.
import { compareText } from '../order.js';
import { oneAtATime } from '../one-at-a-time.js';
import type { FixPlan } from '../fix/fix.js';
import type { Stage } from '../model.js';
import { scanSource } from '../pipeline.js';
import type { Report } from '../report/report.js';
import type { RuleSet } from '../rules/rule-set.js';
import { readTarball } from '../sources/tarball.js';
import type { FileSource } from '../sources/source.js';
import { forecastTotals } from '../gate/forecast.js';
import { plural } from '../words.js';
import { findEnvironments, withFindings, type EnvironmentFacts } from './environments.js';
import { mergeReports } from './merge.js';
import type { AuditTarget } from './repositories.js';

/**
 * How many repositories are fetched at once. They are scanned one at a time: a scan is work for the one
 * JavaScript thread, so scanning several at once gains nothing and holds several repositories' parse
 * results at once (two hostile repositories peaked at 1.4 GB that way).
 */
const CONCURRENCY = 3;

export type FetchArchive = (target: AuditTarget) => Promise<Uint8Array>;
/** How the audit gets a repository's tree (and why not all of it could be read: a damaged archive). */
export interface OpenTree {
  /** What the progress line says while it does (`fetching`, `reading`). */
  verb: string;
  open(target: AuditTarget, name: string): Promise<FileSource & { incomplete?: string }>;
}

export const repositoryName = (t: AuditTarget): string =>
  t.owner ? `${t.owner}/${t.repo}${t.ref ? `@${t.ref}` : ''}` : t.repo;

/** Repositories fetched as tarballs (the API) are read in memory. */
export const fromArchives = (fetchArchive: FetchArchive): OpenTree => ({
  verb: 'fetching',
  open: async (target, name) => readTarball(name, await fetchArchive(target))
});

/** Takes a repository's planned fixes (audit --patch writes them) and says what it did, for its log. */
export type FixesHook = (repository: string, plan: FixPlan) => Promise<string>;

export async function audit(
  targets: readonly AuditTarget[],
  open: OpenTree,
  /**
   * `rules` as given (a profile, a file, `auto`); each repository's own configuration, else auto, when
   * absent. With `fixes`, each repository's fixes are planned too (the scan's rules and stage) and
   * handed over while its tree is at hand.
   */
  options: {
    rules?: string;
    ruleSet?: RuleSet;
    stage?: Stage;
    today?: string;
    fixes?: FixesHook;
  },
  log: (message: string) => void,
  describeFailure: (error: unknown) => string = (e) => (e as Error).message,
  /** Called once per repository with its lines (the action prints each as a log group). */
  group?: (repository: string, lines: string[]) => void
): Promise<Report | undefined> {
  const parts: Array<{ name: string; report: Report }> = [];
  const repositories: NonNullable<Report['repositories']> = [];
  const { fixes, ...rules } = options;
  let next = 0;
  const scanning = oneAtATime();
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next++]!;
      const name = repositoryName(target);
      const lines: string[] = [];
      const say = (message: string) => {
        lines.push(message);
        log(`${name}: ${message}`);
      };
      say(open.verb);
      try {
        const source = await open.open(target, name);
        const { report, inspection } = await scanning(() =>
          scanSource(source, {
            ...rules,
            inspect: (tree, roots, ruleSet) =>
              findEnvironments(tree, target.globs, roots, ruleSet.profiles.length > 0)
          })
        );
        report.environments = withFindings(
          name,
          inspection as EnvironmentFacts[],
          report.findings,
          report.forecast?.findings
        );
        parts.push({ name, report });
        // Every finding, those past the scan's caps (counted, not listed) included.
        const findings = report.counts.error + report.counts.warning + report.counts.notice;
        repositories.push({
          repository: name,
          conclusion: report.conclusion,
          findings,
          ...(source.incomplete ? { incomplete: source.incomplete } : {}),
          ...(report.forecast ? { next: forecastTotals(report.forecast) } : {})
        });
        say(
          `${plural(report.stats.files, 'file')}, ${plural(report.environments.length, 'environment')}, ${plural(findings, 'finding')}`
        );
        if (source.incomplete) say(`audited in part: ${source.incomplete}`);
        if (fixes) {
          // The audit stands without its patch: a failure here is said, the repository stays audited.
          try {
            const { planFixes } = await import('../fix/fix.js');
            say(await fixes(name, await scanning(() => planFixes(source, rules))));
          } catch (error) {
            say(`no patch: ${(error as Error).message}`);
          }
        }
      } catch (error) {
        const problem = describeFailure(error);
        repositories.push({ repository: name, problem });
        say(`not audited: ${problem}`);
      }
      group?.(name, lines);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
  if (parts.length === 0 && repositories.length === 0) return undefined;
  parts.sort((a, b) => compareText(a.name, b.name));
  const base = parts[0]?.report;
  if (!base) {
    for (const r of repositories) log(`${r.repository}: ${r.problem}`);
    return undefined;
  }
  return {
    ...mergeReports(parts, base),
    repositories: repositories.sort((a, b) => compareText(a.repository, b.repository))
  };
}
