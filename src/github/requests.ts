// How every request to GitHub behaves, for the action's client and the CLI's alike: each attempt has a
// time limit (a GitHub that never answers must not hold a required check until the job's 6-hour
// limit), rate limits are waited out a bounded number of times (PLATFORM.md), and a failure is told in
// words that say what happened. Retries of 5xx answers and time-outs are @octokit/plugin-retry's.
import { UsageError } from '../errors.js';

/** How long one attempt may wait for GitHub's answer, unless MIGRATION_GATE_REQUEST_TIMEOUT says. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** How many times a rate-limited request is retried after waiting for the reset. */
const RATE_LIMIT_RETRIES = 2;

export interface RequestPolicy {
  /** How long one attempt may take. */
  timeoutSeconds: number;
  /** plugin-retry waits (n+1)² times this before its n-th retry of a 5xx or a time-out. */
  retryAfterBaseMs: number;
}

/** The policy of a run: the time limit from the environment, plugin-retry's usual waits (1, 4, 9 s). */
export function requestPolicy(env: NodeJS.ProcessEnv = process.env): RequestPolicy {
  return { timeoutSeconds: requestTimeoutSeconds(env), retryAfterBaseMs: 1000 };
}

/** The time limit of one attempt, from MIGRATION_GATE_REQUEST_TIMEOUT (seconds) or the default. */
export function requestTimeoutSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MIGRATION_GATE_REQUEST_TIMEOUT?.trim();
  if (!raw) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`MIGRATION_GATE_REQUEST_TIMEOUT must be a number of seconds above 0, not '${raw}'.`);
  return seconds;
}

/**
 * One attempt that got no usable answer: the time limit passed, or the connection failed or was cut.
 * Octokit wraps it (as a 500, which it is not) and retries it.
 */
export class NoAnswer extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean
  ) {
    super(message);
    this.name = 'NoAnswer';
  }
}

const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * `fetch` with a time limit on the whole exchange of each attempt, answer and body. The body is read
 * here because Octokit turns a body that fails half-way into an empty one (@octokit/request's
 * getResponseData): a stalled or cut download must be an error that is retried, not an empty archive.
 */
export function fetchWithTimeout(seconds: number, fetch: typeof globalThis.fetch = globalThis.fetch) {
  return async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const limit = AbortSignal.timeout(seconds * 1000);
    const signal = init.signal ? AbortSignal.any([init.signal, limit]) : limit;
    const target = () =>
      `${init.method ?? 'GET'} ${new URL(String(input instanceof Request ? input.url : input)).pathname}`;
    try {
      const response = await fetch(input, { ...init, signal });
      const body = NO_BODY.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      if (limit.aborted) throw new NoAnswer(`GitHub did not answer ${target()} within ${seconds} s`, true);
      const cause = (error as { cause?: { message?: string } })?.cause?.message;
      throw new NoAnswer(
        `no answer from GitHub to ${target()} (${cause ?? (error as Error).message})`,
        false
      );
    }
  };
}

type RateLimitHandler = (
  retryAfter: number,
  options: { method: string; url: string },
  octokit: unknown,
  retryCount: number
) => boolean;

/** @octokit/plugin-throttling's options: log each wait, retry up to RATE_LIMIT_RETRIES times. */
export function throttleOptions(log: (message: string) => void): {
  onRateLimit: RateLimitHandler;
  onSecondaryRateLimit: RateLimitHandler;
} {
  const onLimit =
    (kind: string): RateLimitHandler =>
    (retryAfter, options, _octokit, retryCount) => {
      const retrying = retryCount < RATE_LIMIT_RETRIES;
      log(
        `GitHub ${kind} reached on ${options.method} ${options.url}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}.`
      );
      return retrying;
    };
  return { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') };
}

/** The HTTP status of an Octokit error, if GitHub answered at all. */
export function statusOf(error: unknown): number | undefined {
  if (noAnswerIn(error)) return undefined;
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

function noAnswerIn(error: unknown): NoAnswer | undefined {
  const cause = (error as { cause?: unknown })?.cause;
  return error instanceof NoAnswer ? error : cause instanceof NoAnswer ? cause : undefined;
}

/** A failed request in one sentence: GitHub's status and message, or that no answer came. */
export function describeRequestError(error: unknown): string {
  const none = noAnswerIn(error);
  if (none)
    return `${none.message}, retries included (${none.timedOut ? 'GitHub may be having an outage; re-run the job later, or raise MIGRATION_GATE_REQUEST_TIMEOUT' : 'GitHub may be unreachable from the runner or having an outage; re-run the job later'})`;
  const status = statusOf(error);
  const message = (error as Error)?.message ?? String(error);
  return status ? `GitHub answered ${status}: ${message}` : message;
}
