// The one place an Octokit client is made: @actions/github's, with GitHub's recommended throttling
// and retries (PLATFORM.md: honour retry-after / x-ratelimit-reset; retry 5xx). The token is only ever
// passed to Octokit, never logged.
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof github.getOctokit>;

/** How many times a rate-limited request is retried after waiting for the reset. */
const RATE_LIMIT_RETRIES = 2;

type RateLimitHandler = (
  retryAfter: number,
  options: { method: string; url: string },
  octokit: unknown,
  retryCount: number
) => boolean;

/** Logs the wait and retries up to RATE_LIMIT_RETRIES times; the same policy for both kinds of limit. */
function onLimit(kind: string, log: (message: string) => void): RateLimitHandler {
  return (retryAfter, options, _octokit, retryCount) => {
    const retrying = retryCount < RATE_LIMIT_RETRIES;
    log(
      `GitHub ${kind} reached on ${options.method} ${options.url}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}.`
    );
    return retrying;
  };
}

export function createClient(token: string, log: (message: string) => void): GitHubClient {
  return github.getOctokit(
    token,
    {
      throttle: {
        onRateLimit: onLimit('rate limit', log),
        onSecondaryRateLimit: onLimit('secondary rate limit', log)
      },
      log: { debug: () => {}, info: () => {}, warn: log, error: log }
    },
    retry,
    throttling
  );
}

export { statusOf } from '../audit/fetch-failure.js';
