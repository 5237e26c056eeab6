// The one place the action's Octokit client is made: @actions/github's (which routes through the
// runner's proxy settings), with a time limit on each attempt, GitHub's recommended throttling and
// retries (PLATFORM.md: honour retry-after / x-ratelimit-reset; retry 5xx). The token is only ever
// passed to Octokit, never logged. Octokit and its HTTP stack are imported when a client is made, so
// that runs without a token start without them (the bundle keeps them in a chunk of their own).
import type { getOctokit } from '@actions/github';
import { octokitOptions, requestPolicy, separateRetryCounts, type RequestPolicy } from './requests.js';

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
  const options = octokitOptions(policy, log, proxied);
  const client = github.getOctokit(
    token,
    { ...options, request: { ...defaults.request, ...options.request } },
    retry,
    throttling
  );
  separateRetryCounts(client);
  return client;
}
