// `migration-gate audit LIST`: the audit outside Actions, through @octokit/rest. The CLI imports this
// module only for this command, so that scans and --version do not pay for loading Octokit.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { Stage } from '../model.js';
import type { Report } from '../report/report.js';
import type { RuleSet } from '../rules/rule-set.js';
import { audit } from './audit.js';
import { describeFetchFailure } from './fetch-failure.js';
import { parseRepositories } from './repositories.js';
import { restArchiveFetcher } from './rest-client.js';
import type { Io } from '../command-line.js';

export async function auditFromCommandLine(
  file: string | undefined,
  token: string | undefined,
  ruleSet: RuleSet,
  stage: Stage | undefined,
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
    restArchiveFetcher(token, progress),
    { ruleSet, ...(stage ? { stage } : {}) },
    progress,
    describeFetchFailure
  );
  if (!report) throw new UsageError(`none of the ${targets.length} repositories could be audited`);
  return report;
}
