// The audit as the action runs it: repositories from the `repositories` input, each fetched as one
// tarball through the API (`GET /repos/{o}/{r}/tarball/{ref}` and its redirect), retries and throttling
// from the client's plugins.
import { audit, fromArchives } from '../audit/audit.js';
import { parseRepositories } from '../audit/repositories.js';
import { UsageError } from '../errors.js';
import type { Stage } from '../model.js';
import type { Report } from '../report/report.js';
import type { GitHubClient } from './client.js';
import { describeFetchFailure } from '../audit/fetch-failure.js';

export async function auditRepositories(
  client: GitHubClient | undefined,
  inputs: { repositories: string; rules?: string; stage?: Stage; today?: string; patchFile?: string },
  group: (repository: string, lines: string[]) => void
): Promise<Report> {
  const targets = parseRepositories(inputs.repositories);
  if (targets.length === 0) throw new UsageError("Invalid input 'repositories': no repository listed.");
  if (!client) throw new UsageError("The audit needs a token (input 'token') to fetch the repositories.");
  const fetchArchive = async (t: { owner: string; repo: string; ref: string }) => {
    const response = await client.rest.repos.downloadTarballArchive({
      owner: t.owner,
      repo: t.repo,
      ref: t.ref || 'HEAD'
    });
    return new Uint8Array(response.data as ArrayBuffer);
  };
  const report = await audit(
    targets,
    fromArchives(fetchArchive),
    {
      ...(inputs.rules !== undefined ? { rules: inputs.rules } : {}),
      ...(inputs.stage ? { stage: inputs.stage } : {}),
      ...(inputs.today ? { today: inputs.today } : {}),
      // In an audit, patch-file names a folder: one patch per repository.
      ...(inputs.patchFile
        ? { fixes: await (await import('../audit/patches.js')).patchWriter(inputs.patchFile) }
        : {})
    },
    () => {},
    describeFetchFailure,
    group
  );
  if (!report)
    throw new UsageError(`None of the ${targets.length} repositories could be audited; see the log.`);
  return report;
}
