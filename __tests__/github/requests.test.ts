// Every request to GitHub has a time limit per attempt and is retried; a GitHub that hangs, stalls
// half-way through a download or cuts the connection ends in a sentence that says so — never in an
// empty archive, never in a job that waits for its 6-hour limit. Against the fake GitHub on 127.0.0.1,
// through the CLI's real client (@octokit/rest with the retry and throttling plugins).
import { RequestError } from '@octokit/request-error';
import { restArchiveFetcher } from '../../src/audit/rest-client.js';
import { describeFetchFailure } from '../../src/audit/fetch-failure.js';
import {
  Budget,
  DEFAULT_TIMEOUT_SECONDS,
  describeRequestError,
  requestTimeoutSeconds,
  statusOf
} from '../../src/github/requests.js';
import { UsageError } from '../../src/errors.js';
import { useFakeGitHub, type DownloadAnswer } from './fake-github.js';

const TARGET = { owner: 'datarobot', repo: 'envs', ref: '', globs: [] };
/** Short enough for a test, with plugin-retry's three retries kept (waits of 10, 40, 90 ms). */
const FAST = { timeoutSeconds: 0.3, retryAfterBaseMs: 10, budget: new Budget(60) };
const ARCHIVE = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => i % 251));

const fake = useFakeGitHub();
beforeEach(() => fake().reset());

/** The error a promise rejects with (undefined when it resolves). */
const failureOf = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    (e: unknown) => e
  );
const fetchArchive = () => restArchiveFetcher('ghp_x', () => {}, FAST)(TARGET);
const attempts = (operationId: string) => fake().requests.filter((r) => r.operationId === operationId).length;
const redirectTo = (answer: (call: number) => DownloadAnswer) => {
  const location = fake().download('/_codeload/envs.tar.gz', ARCHIVE, answer);
  fake().on('repos/download-tarball-archive', () => ({ status: 302, headers: { location } }));
};

describe('MIGRATION_GATE_REQUEST_TIMEOUT', () => {
  test.each([
    [undefined, DEFAULT_TIMEOUT_SECONDS],
    ['', DEFAULT_TIMEOUT_SECONDS],
    ['90', 90],
    [' 2.5 ', 2.5]
  ])('%j gives %d s', (value, seconds) => {
    expect(requestTimeoutSeconds(value === undefined ? {} : { MIGRATION_GATE_REQUEST_TIMEOUT: value })).toBe(
      seconds
    );
  });

  test.each(['soon', '0', '-3', 'Infinity'])('%j is a usage error that names the variable', (value) => {
    const read = () => requestTimeoutSeconds({ MIGRATION_GATE_REQUEST_TIMEOUT: value });
    expect(read).toThrow(UsageError);
    expect(read).toThrow(
      `MIGRATION_GATE_REQUEST_TIMEOUT must be a number of seconds above 0, not '${value}'.`
    );
  });
});

describe('a GitHub that does not answer', () => {
  test('an attempt without an answer in time is cut and retried; the next answer is used', async () => {
    redirectTo(() => 'whole');
    fake().on('repos/download-tarball-archive', (_r, call) =>
      call === 1
        ? { status: 302, delayMs: 5000 }
        : { status: 302, headers: { location: `${fake().url}/_codeload/envs.tar.gz` } }
    );
    expect(Buffer.from(await fetchArchive())).toEqual(ARCHIVE);
    expect(attempts('repos/download-tarball-archive')).toBe(2);
    expect(fake().invalid()).toEqual([]);
  });

  test('never answering: four attempts, then a sentence with the request, the limit and what to do', async () => {
    fake().on('repos/download-tarball-archive', () => ({ status: 302, delayMs: 5000 }));
    const error = await failureOf(fetchArchive());
    expect(attempts('repos/download-tarball-archive')).toBe(4);
    expect(statusOf(error)).toBeUndefined();
    expect(describeFetchFailure(error)).toBe(
      'GitHub did not answer GET /repos/datarobot/envs/tarball/HEAD within 0.3 s, retries included (GitHub may be having an outage; re-run the job later, or raise MIGRATION_GATE_REQUEST_TIMEOUT)'
    );
  });

  test('a download that stalls half-way is cut at the limit and retried, never taken as a short archive', async () => {
    redirectTo((call) => (call === 1 ? 'stall' : 'whole'));
    expect(Buffer.from(await fetchArchive())).toEqual(ARCHIVE);
    expect(attempts('download')).toBe(2);
  });

  test('a download that always stalls ends in the time-out sentence naming the download', async () => {
    redirectTo(() => 'stall');
    const error = await failureOf(fetchArchive());
    expect(attempts('download')).toBe(4);
    expect(describeFetchFailure(error)).toMatch(
      /^GitHub did not answer GET \/repos\/datarobot\/envs\/tarball\/HEAD within 0\.3 s, retries included/
    );
  });

  test('a connection cut half-way is retried; a connection cut every time says so, not "GitHub answered 500"', async () => {
    redirectTo((call) => (call === 1 ? 'cut' : 'whole'));
    expect(Buffer.from(await fetchArchive())).toEqual(ARCHIVE);
    expect(attempts('download')).toBe(2);

    fake().reset();
    redirectTo(() => 'cut');
    const error = await failureOf(fetchArchive());
    expect(attempts('download')).toBe(4);
    expect(statusOf(error)).toBeUndefined();
    expect(describeFetchFailure(error)).toMatch(
      /^no answer from GitHub to GET \/repos\/datarobot\/envs\/tarball\/HEAD \(.+\), retries included \(GitHub may be unreachable from the runner or having an outage; re-run the job later\)$/
    );
  });
});

test('an answer from GitHub is described with its status and message', () => {
  const error = new RequestError('Bad Gateway', 502, {
    request: { method: 'GET', url: 'https://api.github.com/x', headers: {} }
  });
  expect(statusOf(error)).toBe(502);
  expect(describeRequestError(error)).toBe('GitHub answered 502: Bad Gateway');
  expect(describeRequestError(new Error('socket hang up'))).toBe('socket hang up');
});

describe("the run's time budget for GitHub requests", () => {
  const within = (budgetSeconds: number, log: (m: string) => void = () => {}) =>
    restArchiveFetcher('ghp_x', log, { ...FAST, retryAfterBaseMs: 100, budget: new Budget(budgetSeconds) })(
      TARGET
    );

  test('a 5xx whose retry would wait past the budget is not retried, and the sentence says why', async () => {
    fake().on('repos/download-tarball-archive', () => ({ status: 502, body: { message: 'Bad Gateway' } }));
    const started = Date.now();
    // Retries wait 100 ms, 400 ms, 900 ms: within 0.7 s the first two fit, the third does not.
    const error = await failureOf(within(0.7));
    expect(attempts('repos/download-tarball-archive')).toBe(3);
    expect(Date.now() - started).toBeLessThan(700);
    expect(statusOf(error)).toBeUndefined();
    expect(describeFetchFailure(error)).toBe(
      "GitHub answered 502 to GET /repos/datarobot/envs/tarball/HEAD, and retrying would wait past the run's time for GitHub requests (0.7 s)"
    );
  });

  test('once the budget is spent nothing more is sent', async () => {
    fake().on('repos/download-tarball-archive', () => ({ status: 302, delayMs: 5000 }));
    const fetcher = restArchiveFetcher('ghp_x', () => {}, { ...FAST, budget: new Budget(0.2) });
    const first = await failureOf(fetcher(TARGET));
    const asked = attempts('repos/download-tarball-archive');
    await new Promise((resolve) => setTimeout(resolve, 250)); // past the last fifth kept for writes
    const second = await failureOf(fetcher(TARGET));
    expect(attempts('repos/download-tarball-archive')).toBe(asked);
    // Reads stop a fifth before the end (0.16 s here): the rest is kept to publish the result.
    expect(describeFetchFailure(first)).toMatch(
      /^GitHub did not answer GET .+ within 0\.[12] s; no time is left in the run's budget for GitHub requests to retry$/
    );
    expect(describeFetchFailure(second)).toBe(
      "not asked: the run's time for GitHub requests (0.2 s; input api-time-budget, or MIGRATION_GATE_API_TIME_BUDGET) is spent"
    );
  });

  test('a body that trickles in is cut at the attempt limit like one that never comes', async () => {
    fake().on('repos/download-tarball-archive', () => ({
      status: 404,
      rawBody: JSON.stringify({ message: 'Not Found, slowly' }),
      trickleMs: 100
    }));
    const started = Date.now();
    const error = await failureOf(within(1));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(describeFetchFailure(error)).toMatch(/^GitHub did not answer GET .+ within 0\.3 s/);
  });

  test.each([
    [
      'a secondary rate limit (429, retry-after: 3600)',
      {
        status: 429,
        headers: { 'retry-after': '3600' },
        body: { message: 'You have exceeded a secondary rate limit.' }
      },
      /^GitHub secondary rate limit reached on GET \/repos\/\{owner\}\/\{repo\}\/tarball\/\{ref\}; not waiting 3600 s for it/,
      /^GitHub's rate limit \(429\): .*secondary rate limit.*; re-run the job after it resets/
    ],
    [
      'the primary rate limit (403, reset in an hour)',
      {
        status: 403,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600)
        },
        body: { message: 'API rate limit exceeded for installation.' }
      },
      // the reset is an hour from when the table was made: 3,5xx or 3,601 s from now
      /^GitHub rate limit reached on GET \/repos\/\{owner\}\/\{repo\}\/tarball\/\{ref\}; not waiting 3[56]\d\d s for it/,
      /^GitHub's rate limit \(403\): .*API rate limit exceeded.*; re-run the job after it resets/
    ]
  ])(
    '%s past the budget is not waited for; the log and the sentence say so',
    async (_name, reply, logged, told) => {
      const log: string[] = [];
      fake().on('repos/download-tarball-archive', () => reply);
      const started = Date.now();
      const error = await failureOf(within(60, (m) => log.push(m)));
      expect(Date.now() - started).toBeLessThan(5000);
      expect(attempts('repos/download-tarball-archive')).toBe(1);
      expect(log.filter((m) => m.startsWith('GitHub '))).toEqual([expect.stringMatching(logged)]);
      expect(log.find((m) => m.startsWith('GitHub '))).toMatch(
        /: that is past the run's time for GitHub requests\.$/
      );
      expect(describeRequestError(error)).toMatch(told);
    }
  );
});

test("one request's retries do not lengthen the next request's waits", async () => {
  // 502 four times (the first request's attempts), then 502 once and the archive.
  fake().on('repos/download-tarball-archive', (_r, call) =>
    call <= 5
      ? { status: 502, body: { message: 'Bad Gateway' } }
      : { status: 302, headers: { location: fake().download('/_codeload/envs.tar.gz', ARCHIVE) } }
  );
  const fetcher = restArchiveFetcher('ghp_x', () => {}, { ...FAST, retryAfterBaseMs: 50 });
  await failureOf(fetcher(TARGET));
  expect(Buffer.from(await fetcher(TARGET))).toEqual(ARCHIVE);
  const at = fake()
    .requests.filter((r) => r.operationId === 'repos/download-tarball-archive')
    .map((r) => r.at);
  expect(at).toHaveLength(6);
  // The second request's first retry waits 50 ms (1² × 50), not 800 ms (4² × 50) as the fifth wait.
  expect(at[5]! - at[4]!).toBeLessThan(400);
});
