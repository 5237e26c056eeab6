// Why a repository could not be fetched, in words that say what to do.

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

export function describeFetchFailure(error: unknown): string {
  const status = statusOf(error);
  if (status === 404 || status === 403) {
    return `GitHub answered ${status}: the repository or ref does not exist, or the token cannot read it (GITHUB_TOKEN reaches only this workflow's repository; pass a token with access as the \`token\` input)`;
  }
  return status ? `GitHub answered ${status}: ${(error as Error).message}` : (error as Error).message;
}
