// The CLI's way to GitHub (no Actions runtime): @octokit/rest with the same time limit, retry and
// throttling policy as the action. GITHUB_API_URL points it at GitHub Enterprise (or a test server).
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  octokitOptions,
  requestPolicy,
  separateRetryCounts,
  type RequestPolicy
} from '../github/requests.js';
import type { FetchArchive } from './audit.js';

export function restArchiveFetcher(
  token: string,
  log: (message: string) => void,
  policy: RequestPolicy = requestPolicy()
): FetchArchive {
  const RestClient = Octokit.plugin(retry, throttling);
  const octokit = new RestClient({
    auth: token,
    baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    ...octokitOptions(policy, log)
  });
  separateRetryCounts(octokit);
  return async (t) =>
    new Uint8Array(
      (
        await octokit.rest.repos.downloadTarballArchive({
          owner: t.owner,
          repo: t.repo,
          ref: t.ref || 'HEAD'
        })
      ).data as ArrayBuffer
    );
}
