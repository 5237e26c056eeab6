import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-5OBZHJR5.js";

// src/github/requests.ts
var DEFAULT_TIMEOUT_SECONDS = 30;
var DEFAULT_BUDGET_SECONDS = 300;
var RATE_LIMIT_RETRIES = 2;
var BUDGET_SPENT_STATUS = 599;
var Budget = class {
  constructor(seconds, now = Date.now()) {
    this.seconds = seconds;
    this.deadline = now + seconds * 1e3;
  }
  seconds;
  deadline;
  remainingMs(now = Date.now()) {
    return this.deadline - now;
  }
  /**
   * The part of the budget kept for writes (a fifth, at most 30 s): reading stops before it, so that
   * a GitHub that hangs on reads still leaves time to publish the failing check run.
   */
  get reserveMs() {
    return Math.min(3e4, this.seconds * 1e3 / 5);
  }
  get words() {
    return `the run's time for GitHub requests (${this.seconds} s; input api-time-budget, or MIGRATION_GATE_API_TIME_BUDGET) is spent`;
  }
};
function requestPolicy(env = process.env, budgetSeconds) {
  return {
    timeoutSeconds: requestTimeoutSeconds(env),
    retryAfterBaseMs: 1e3,
    budget: new Budget(budgetSeconds ?? budgetFromEnvironment(env))
  };
}
function budgetFromEnvironment(env) {
  const raw = env.MIGRATION_GATE_API_TIME_BUDGET?.trim();
  if (!raw) return DEFAULT_BUDGET_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`MIGRATION_GATE_API_TIME_BUDGET must be a number of seconds above 0, not '${raw}'.`);
  return seconds;
}
function requestTimeoutSeconds(env = process.env) {
  const raw = env.MIGRATION_GATE_REQUEST_TIMEOUT?.trim();
  if (!raw) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`MIGRATION_GATE_REQUEST_TIMEOUT must be a number of seconds above 0, not '${raw}'.`);
  return seconds;
}
var NoAnswer = class extends Error {
  constructor(message, timedOut) {
    super(message);
    this.timedOut = timedOut;
    this.name = "NoAnswer";
  }
  timedOut;
};
var NO_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
var notAsked = (message) => new Response(JSON.stringify({ message }), {
  status: BUDGET_SPENT_STATUS,
  headers: { "content-type": "application/json" }
});
function fetchWithTimeout(policy, fetch = globalThis.fetch) {
  const { timeoutSeconds: seconds, budget } = policy;
  const failures = /* @__PURE__ */ new Map();
  const retryFits = (key, reading) => {
    const failed = (failures.get(key) ?? 0) + 1;
    failures.set(key, failed);
    return !budget || failed ** 2 * policy.retryAfterBaseMs < budget.remainingMs() - (reading ? budget.reserveMs : 0);
  };
  return async (input, init = {}) => {
    const reading = (init.method ?? "GET") === "GET";
    const left = budget ? budget.remainingMs() - (reading ? budget.reserveMs : 0) : Infinity;
    if (left <= 0)
      return notAsked(
        `not asked: ${budget.words}${reading && budget.remainingMs() > 0 ? `, but for the ${Math.round(budget.reserveMs / 100) / 10} s kept to publish the result` : ""}`
      );
    const limit = AbortSignal.timeout(Math.min(seconds * 1e3, left));
    const signal = init.signal ? AbortSignal.any([init.signal, limit]) : limit;
    const url = String(input instanceof Request ? input.url : input);
    const key = `${init.method ?? "GET"} ${url}`;
    const target = () => `${init.method ?? "GET"} ${new URL(url).pathname}`;
    try {
      const response = await fetch(input, { ...init, signal });
      const body = NO_BODY.has(response.status) ? null : await response.arrayBuffer();
      if (response.status < 500) failures.delete(key);
      else if (!retryFits(key, reading))
        return notAsked(
          `GitHub answered ${response.status} to ${target()}, and retrying would wait past the run's time for GitHub requests (${budget.seconds} s)`
        );
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      const none = limit.aborted ? new NoAnswer(
        `GitHub did not answer ${target()} within ${Math.round(Math.min(seconds * 1e3, left) / 100) / 10} s`,
        true
      ) : new NoAnswer(
        `no answer from GitHub to ${target()} (${error?.cause?.message ?? error.message})`,
        false
      );
      if (!retryFits(key, reading))
        return notAsked(`${none.message}; no time is left in the run's budget for GitHub requests to retry`);
      throw none;
    }
  };
}
function throttleOptions(log, budget) {
  const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
    const where = `GitHub ${kind} reached on ${options.method} ${options.url}`;
    if (budget && retryAfter * 1e3 >= budget.remainingMs()) {
      log(`${where}; not waiting ${retryAfter} s for it: that is past the run's time for GitHub requests.`);
      return false;
    }
    const retrying = retryCount < RATE_LIMIT_RETRIES;
    log(`${where}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
    return retrying;
  };
  return { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") };
}
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451, BUDGET_SPENT_STATUS];
function octokitOptions(policy, log, fetch) {
  return {
    request: { fetch: fetchWithTimeout(policy, fetch) },
    retry: { retryAfterBaseValue: policy.retryAfterBaseMs, doNotRetry: DO_NOT_RETRY },
    throttle: throttleOptions(log, policy.budget),
    log: { debug: () => {
    }, info: () => {
    }, warn: log, error: log }
  };
}
function separateRetryCounts(octokit) {
  octokit.hook.before("request", (options) => {
    options.request = { ...options.request };
  });
}
function statusOf(error) {
  if (noAnswerIn(error)) return void 0;
  const status = error?.status;
  return typeof status === "number" && status !== BUDGET_SPENT_STATUS ? status : void 0;
}
var budgetSpent = (error) => error?.status === BUDGET_SPENT_STATUS;
function rateLimited(error) {
  const status = statusOf(error);
  if (status === 429) return true;
  if (status !== 403) return false;
  const headers = error?.response?.headers;
  return /rate limit/i.test(error?.message ?? "") || headers?.["x-ratelimit-remaining"] === "0" || headers?.["retry-after"] !== void 0;
}
function noAnswerIn(error) {
  const cause = error?.cause;
  return error instanceof NoAnswer ? error : cause instanceof NoAnswer ? cause : void 0;
}
function describeRequestError(error) {
  const none = noAnswerIn(error);
  if (none)
    return `${none.message}, retries included (${none.timedOut ? "GitHub may be having an outage; re-run the job later, or raise MIGRATION_GATE_REQUEST_TIMEOUT" : "GitHub may be unreachable from the runner or having an outage; re-run the job later"})`;
  if (budgetSpent(error)) return error.message;
  const status = statusOf(error);
  const message = error?.message ?? String(error);
  if (rateLimited(error))
    return `GitHub's rate limit (${status}): ${message}; re-run the job after it resets, or give the action a token with a higher limit`;
  return status ? `GitHub answered ${status}: ${message}` : message;
}
var UnexpectedAnswer = class extends Error {
  constructor(what) {
    super(`GitHub's answer to ${what} is not the JSON its API documents`);
    this.name = "UnexpectedAnswer";
  }
};

export {
  requestPolicy,
  octokitOptions,
  separateRetryCounts,
  statusOf,
  rateLimited,
  describeRequestError,
  UnexpectedAnswer
};
