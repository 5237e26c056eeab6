// The CLI's way to GitHub (no Actions runtime): @octokit/rest with the same retry and throttling
// plugins as the action. GITHUB_API_URL points it at GitHub Enterprise (or a test server).
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { FetchArchive } from './audit.js';

const RATE_LIMIT_RETRIES = 2;

export function restArchiveFetcher(token: string, log: (message: string) => void): FetchArchive {
  const RestClient = Octokit.plugin(retry, throttling);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
      log(
        `GitHub ${kind} reached on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${retryAfter} s` : 'giving up'}.`
      );
      return retryCount < RATE_LIMIT_RETRIES;
    };
  const octokit = new RestClient({
    auth: token,
    baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    log: { debug: () => {}, info: () => {}, warn: log, error: log }
  });
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
