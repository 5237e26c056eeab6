// `migration-gate audit LIST`: the audit outside Actions, through @octokit/rest. The CLI imports this
// module only for this command, so that scans and --version do not pay for loading Octokit.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { Stage } from '../model.js';
import type { Report } from '../report/report.js';
import { stat } from 'node:fs/promises';
import { LocalDirectory } from '../sources/local-directory.js';
import { audit, fromArchives, type FixesHook } from './audit.js';
import { describeFetchFailure } from './fetch-failure.js';
import { parseRepositories } from './repositories.js';
import { restArchiveFetcher } from './rest-client.js';
import type { Io } from '../command-line.js';

export async function auditFromCommandLine(
  file: string | undefined,
  token: string | undefined,
  rules: string | undefined,
  /** The stage (`--stage`) and the day (`--today`) to judge by, when given; `fixes` for `--patch`. */
  when: { stage?: Stage; today?: string; fixes?: FixesHook },
  io: Io
): Promise<Report> {
  if (!file)
    throw new UsageError(
      'audit needs a file listing the repositories (owner/repo[@ref][:path-glob] per line)'
    );
  if (!token)
    throw new UsageError('audit needs a token that can read the repositories: --token, or GITHUB_TOKEN');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read the repository list ${file}`);
  });
  const targets = parseRepositories(text);
  const progress = (message: string) => io.stderr(`${message}\n`);
  const report = await audit(
    targets,
    fromArchives(restArchiveFetcher(token, progress)),
    { ...(rules !== undefined ? { rules } : {}), ...when },
    progress,
    describeFetchFailure
  );
  if (!report) throw new UsageError(`none of the ${targets.length} repositories could be audited`);
  return report;
}

/** `migration-gate audit --local DIR…`: checkouts on disk, each audited as a repository would be. */
export async function auditLocal(
  directories: readonly string[],
  rules: string | undefined,
  /** The stage (`--stage`) and the day (`--today`) to judge by, when given; `fixes` for `--patch`. */
  when: { stage?: Stage; today?: string; fixes?: FixesHook },
  io: Io
): Promise<Report> {
  if (directories.length === 0) throw new UsageError('audit --local needs one or more directories');
  for (const directory of directories) {
    const info = await stat(directory).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(`not a directory: ${directory}`);
  }
  const progress = (message: string) => io.stderr(`${message}\n`);
  const report = await audit(
    directories.map((directory) => ({ owner: '', repo: directory, ref: '', globs: ['**'] })),
    { verb: 'reading', open: async (target) => new LocalDirectory(target.repo) },
    { ...(rules !== undefined ? { rules } : {}), ...when },
    progress
  );
  if (!report) throw new UsageError(`none of the ${directories.length} directories could be audited`);
  return report;
}
