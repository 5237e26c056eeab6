// How every request to GitHub behaves, for the action's client and the CLI's alike: each attempt has a
// time limit, and all of a run's requests share a total budget (a GitHub that never answers or keeps
// failing must not hold a required check until the job's 6-hour limit); rate limits are waited out a
// bounded number of times, and never past the budget (PLATFORM.md); a failure is told in words that
// say what happened. Retries of 5xx answers and time-outs are @octokit/plugin-retry's.
import { UsageError } from '../errors.js';

/** How long one attempt may wait for GitHub's answer, unless MIGRATION_GATE_REQUEST_TIMEOUT says. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** How long all of a run's requests to GitHub may take together, unless the run says. */
export const DEFAULT_BUDGET_SECONDS = 300;

/** How many times a rate-limited request is retried after waiting for the reset. */
const RATE_LIMIT_RETRIES = 2;

/**
 * The status of the answer a request gets without being sent once the budget is spent. It is not
 * GitHub's (statusOf says so), and plugin-retry is told not to retry it.
 */
export const BUDGET_SPENT_STATUS = 599;

/** The time all of a run's requests may take together, from the moment the run's client is made. */
export class Budget {
  readonly deadline: number;
  constructor(
    readonly seconds: number,
    now: number = Date.now()
  ) {
    this.deadline = now + seconds * 1000;
  }
  remainingMs(now: number = Date.now()): number {
    return this.deadline - now;
  }
  /**
   * The part of the budget kept for writes (a fifth, at most 30 s): reading stops before it, so that
   * a GitHub that hangs on reads still leaves time to publish the failing check run.
   */
  get reserveMs(): number {
    return Math.min(30_000, (this.seconds * 1000) / 5);
  }
  get words(): string {
    return `the run's time for GitHub requests (${this.seconds} s; input api-time-budget, or MIGRATION_GATE_API_TIME_BUDGET) is spent`;
  }
}

export interface RequestPolicy {
  /** How long one attempt may take. */
  timeoutSeconds: number;
  /** plugin-retry waits (n+1)² times this before its n-th retry of a 5xx or a time-out. */
  retryAfterBaseMs: number;
  budget: Budget;
}

/**
 * The policy of a run: the time limit of an attempt and the run's budget (from the input, else the
 * environment, else the defaults), plugin-retry's usual waits (1, 4, 9 s).
 */
export function requestPolicy(env: NodeJS.ProcessEnv = process.env, budgetSeconds?: number): RequestPolicy {
  return {
    timeoutSeconds: requestTimeoutSeconds(env),
    retryAfterBaseMs: 1000,
    budget: new Budget(budgetSeconds ?? budgetFromEnvironment(env))
  };
}

function budgetFromEnvironment(env: NodeJS.ProcessEnv): number {
  const raw = env.MIGRATION_GATE_API_TIME_BUDGET?.trim();
  if (!raw) return DEFAULT_BUDGET_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`MIGRATION_GATE_API_TIME_BUDGET must be a number of seconds above 0, not '${raw}'.`);
  return seconds;
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

/** The answer a request gets without GitHub being asked (again): the budget does not allow it. */
const notAsked = (message: string): Response =>
  new Response(JSON.stringify({ message }), {
    status: BUDGET_SPENT_STATUS,
    headers: { 'content-type': 'application/json' }
  });

/**
 * `fetch` with a time limit on the whole exchange of each attempt, answer and body, and no attempt at
 * all once the run's budget is spent (the attempt's limit is what is left of it, when that is less).
 * The body is read here because Octokit turns a body that fails half-way into an empty one
 * (@octokit/request's getResponseData): a stalled or cut download must be an error that is retried,
 * not an empty archive. plugin-retry waits (n+1)² × base before its n-th retry and cannot be told the
 * budget, so a failed attempt whose retry would wait past the budget ends here, as not retried.
 */
export function fetchWithTimeout(
  policy: Pick<RequestPolicy, 'timeoutSeconds' | 'retryAfterBaseMs'> & { budget?: Budget },
  fetch: typeof globalThis.fetch = globalThis.fetch
) {
  const { timeoutSeconds: seconds, budget } = policy;
  /** Failed attempts in a row per request (method and URL): what plugin-retry's next wait will be. */
  const failures = new Map<string, number>();
  const retryFits = (key: string, reading: boolean): boolean => {
    const failed = (failures.get(key) ?? 0) + 1;
    failures.set(key, failed);
    return (
      !budget ||
      failed ** 2 * policy.retryAfterBaseMs < budget.remainingMs() - (reading ? budget.reserveMs : 0)
    );
  };
  return async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const reading = (init.method ?? 'GET') === 'GET';
    const left = budget ? budget.remainingMs() - (reading ? budget.reserveMs : 0) : Infinity;
    if (left <= 0)
      return notAsked(
        `not asked: ${budget!.words}${reading && budget!.remainingMs() > 0 ? `, but for the ${Math.round(budget!.reserveMs / 100) / 10} s kept to publish the result` : ''}`
      );
    const limit = AbortSignal.timeout(Math.min(seconds * 1000, left));
    const signal = init.signal ? AbortSignal.any([init.signal, limit]) : limit;
    const url = String(input instanceof Request ? input.url : input);
    const key = `${init.method ?? 'GET'} ${url}`;
    const target = () => `${init.method ?? 'GET'} ${new URL(url).pathname}`;
    try {
      const response = await fetch(input, { ...init, signal });
      const body = NO_BODY.has(response.status) ? null : await response.arrayBuffer();
      if (response.status < 500) failures.delete(key);
      else if (!retryFits(key, reading))
        return notAsked(
          `GitHub answered ${response.status} to ${target()}, and retrying would wait past the run's time for GitHub requests (${budget!.seconds} s)`
        );
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      const none = limit.aborted
        ? new NoAnswer(
            `GitHub did not answer ${target()} within ${Math.round(Math.min(seconds * 1000, left) / 100) / 10} s`,
            true
          )
        : new NoAnswer(
            `no answer from GitHub to ${target()} (${(error as { cause?: { message?: string } })?.cause?.message ?? (error as Error).message})`,
            false
          );
      if (!retryFits(key, reading))
        return notAsked(`${none.message}; no time is left in the run's budget for GitHub requests to retry`);
      throw none;
    }
  };
}

type RateLimitHandler = (
  retryAfter: number,
  options: { method: string; url: string },
  octokit: unknown,
  retryCount: number
) => boolean;

/**
 * @octokit/plugin-throttling's options: log each wait, retry up to RATE_LIMIT_RETRIES times, and never
 * wait past the run's budget (a `retry-after: 3600` is not waited for; the request fails and the run
 * goes on with what it has).
 */
export function throttleOptions(
  log: (message: string) => void,
  budget?: Budget
): {
  onRateLimit: RateLimitHandler;
  onSecondaryRateLimit: RateLimitHandler;
} {
  const onLimit =
    (kind: string): RateLimitHandler =>
    (retryAfter, options, _octokit, retryCount) => {
      const where = `GitHub ${kind} reached on ${options.method} ${options.url}`;
      if (budget && retryAfter * 1000 >= budget.remainingMs()) {
        log(`${where}; not waiting ${retryAfter} s for it: that is past the run's time for GitHub requests.`);
        return false;
      }
      const retrying = retryCount < RATE_LIMIT_RETRIES;
      log(`${where}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}.`);
      return retrying;
    };
  return { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') };
}

/**
 * plugin-retry's statuses not to retry: its own, 429 (plugin-throttling waits for the reset GitHub
 * names, or does not when that is past the budget; plugin-retry would retry it regardless), and the
 * answer to a request not sent (budget spent).
 */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451, BUDGET_SPENT_STATUS];

/** The options every Octokit client of a run gets: the time limits, retries and throttling above. */
export function octokitOptions(
  policy: RequestPolicy,
  log: (message: string) => void,
  fetch?: typeof globalThis.fetch
) {
  return {
    request: { fetch: fetchWithTimeout(policy, fetch) },
    retry: { retryAfterBaseValue: policy.retryAfterBaseMs, doNotRetry: DO_NOT_RETRY },
    throttle: throttleOptions(log, policy.budget),
    log: { debug: () => {}, info: () => {}, warn: log, error: log }
  };
}

/**
 * Gives each request its own `request` options. Octokit merges a client's defaults into each call
 * keeping the defaults' `request` object itself, and plugin-retry counts retries in it: without this,
 * one request's retries lengthen every later request's waits (a 16 s first wait after three retries
 * elsewhere). Registered after the plugins, so that it runs before them.
 */
export function separateRetryCounts(octokit: {
  hook: { before: (name: 'request', hook: (options: { request?: object }) => void) => void };
}): void {
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request };
  });
}

/** The HTTP status of an Octokit error, if GitHub answered at all. */
export function statusOf(error: unknown): number | undefined {
  if (noAnswerIn(error)) return undefined;
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' && status !== BUDGET_SPENT_STATUS ? status : undefined;
}

/** Whether a request failed because the run's budget for GitHub was spent (it was not sent). */
export const budgetSpent = (error: unknown): boolean =>
  (error as { status?: unknown })?.status === BUDGET_SPENT_STATUS;

/**
 * Whether GitHub refused a request for its rate limit (429, or a 403 whose message or headers say so),
 * as opposed to a token that may not do it (a fork's read-only token also answers 403).
 */
export function rateLimited(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 429) return true;
  if (status !== 403) return false;
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } })?.response
    ?.headers;
  return (
    /rate limit/i.test((error as Error)?.message ?? '') ||
    headers?.['x-ratelimit-remaining'] === '0' ||
    headers?.['retry-after'] !== undefined
  );
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
  if (budgetSpent(error)) return (error as Error).message;
  const status = statusOf(error);
  const message = (error as Error)?.message ?? String(error);
  if (rateLimited(error))
    return `GitHub's rate limit (${status}): ${message}; re-run the job after it resets, or give the action a token with a higher limit`;
  return status ? `GitHub answered ${status}: ${message}` : message;
}

/** A value in GitHub's answer that is not what its API documents: an API failure, never data. */
export class UnexpectedAnswer extends Error {
  constructor(what: string) {
    super(`GitHub's answer to ${what} is not the JSON its API documents`);
    this.name = 'UnexpectedAnswer';
  }
}
