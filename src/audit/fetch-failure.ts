// Why a repository could not be fetched, in words that say what to do.
import { describeRequestError, rateLimited, statusOf } from '../github/requests.js';

export function describeFetchFailure(error: unknown): string {
  const status = statusOf(error);
  if (status === 404 || (status === 403 && !rateLimited(error))) {
    return `GitHub answered ${status}: the repository or ref does not exist, or the token cannot read it (GITHUB_TOKEN reaches only this workflow's repository; pass a token with access as the \`token\` input)`;
  }
  return describeRequestError(error);
}
