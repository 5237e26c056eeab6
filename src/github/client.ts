// The one place the action's Octokit client is made: @actions/github's (which routes through the
// runner's proxy settings), with a time limit on each attempt, GitHub's recommended throttling and
// retries (PLATFORM.md: honour retry-after / x-ratelimit-reset; retry 5xx). The token is only ever
// passed to Octokit, never logged.
import * as github from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetchWithTimeout, requestPolicy, throttleOptions, type RequestPolicy } from './requests.js';

export type GitHubClient = ReturnType<typeof github.getOctokit>;

export function createClient(
  token: string,
  log: (message: string) => void,
  policy: RequestPolicy = requestPolicy()
): GitHubClient {
  const proxied = (defaults.request as { fetch?: typeof fetch } | undefined)?.fetch;
  return github.getOctokit(
    token,
    {
      request: { ...defaults.request, fetch: fetchWithTimeout(policy.timeoutSeconds, proxied) },
      retry: { retryAfterBaseValue: policy.retryAfterBaseMs },
      throttle: throttleOptions(log),
      log: { debug: () => {}, info: () => {}, warn: log, error: log }
    },
    retry,
    throttling
  );
}
