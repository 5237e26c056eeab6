import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-KNG67IWB.js";

// src/github/requests.ts
var DEFAULT_TIMEOUT_SECONDS = 30;
var RATE_LIMIT_RETRIES = 2;
function requestPolicy(env = process.env) {
  return { timeoutSeconds: requestTimeoutSeconds(env), retryAfterBaseMs: 1e3 };
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
function fetchWithTimeout(seconds, fetch = globalThis.fetch) {
  return async (input, init = {}) => {
    const limit = AbortSignal.timeout(seconds * 1e3);
    const signal = init.signal ? AbortSignal.any([init.signal, limit]) : limit;
    const target = () => `${init.method ?? "GET"} ${new URL(String(input instanceof Request ? input.url : input)).pathname}`;
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
      const cause = error?.cause?.message;
      throw new NoAnswer(
        `no answer from GitHub to ${target()} (${cause ?? error.message})`,
        false
      );
    }
  };
}
function throttleOptions(log) {
  const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
    const retrying = retryCount < RATE_LIMIT_RETRIES;
    log(
      `GitHub ${kind} reached on ${options.method} ${options.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`
    );
    return retrying;
  };
  return { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") };
}
function statusOf(error) {
  if (noAnswerIn(error)) return void 0;
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function noAnswerIn(error) {
  const cause = error?.cause;
  return error instanceof NoAnswer ? error : cause instanceof NoAnswer ? cause : void 0;
}
function describeRequestError(error) {
  const none = noAnswerIn(error);
  if (none)
    return `${none.message}, retries included (${none.timedOut ? "GitHub may be having an outage; re-run the job later, or raise MIGRATION_GATE_REQUEST_TIMEOUT" : "GitHub may be unreachable from the runner or having an outage; re-run the job later"})`;
  const status = statusOf(error);
  const message = error?.message ?? String(error);
  return status ? `GitHub answered ${status}: ${message}` : message;
}

export {
  requestPolicy,
  fetchWithTimeout,
  throttleOptions,
  statusOf,
  describeRequestError
};
