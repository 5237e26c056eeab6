// The one place the action's Octokit client is made: @actions/github's (which routes through the
// runner's proxy settings), with a time limit on each attempt, GitHub's recommended throttling and
// retries (PLATFORM.md: honour retry-after / x-ratelimit-reset; retry 5xx). The token is only ever
// passed to Octokit, never logged. Octokit and its HTTP stack are imported when a client is made, so
// that runs without a token start without them (the bundle keeps them in a chunk of their own).
import type { getOctokit } from '@actions/github';
import { fetchWithTimeout, requestPolicy, throttleOptions, type RequestPolicy } from './requests.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export async function createClient(
  token: string,
  log: (message: string) => void,
  policy: RequestPolicy = requestPolicy()
): Promise<GitHubClient> {
  const [github, { defaults }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@actions/github/lib/utils'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ]);
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
