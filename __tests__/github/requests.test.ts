// Every request to GitHub has a time limit per attempt and is retried; a GitHub that hangs, stalls
// half-way through a download or cuts the connection ends in a sentence that says so — never in an
// empty archive, never in a job that waits for its 6-hour limit. Against the fake GitHub on 127.0.0.1,
// through the CLI's real client (@octokit/rest with the retry and throttling plugins).
import { RequestError } from '@octokit/request-error';
import { restArchiveFetcher } from '../../src/audit/rest-client.js';
import { describeFetchFailure } from '../../src/audit/fetch-failure.js';
import {
  DEFAULT_TIMEOUT_SECONDS,
  describeRequestError,
  requestTimeoutSeconds,
  statusOf
} from '../../src/github/requests.js';
import { UsageError } from '../../src/errors.js';
import { useFakeGitHub, type DownloadAnswer } from './fake-github.js';

const TARGET = { owner: 'datarobot', repo: 'envs', ref: '', globs: [] };
/** Short enough for a test, with plugin-retry's three retries kept (waits of 10, 40, 90 ms). */
const FAST = { timeoutSeconds: 0.3, retryAfterBaseMs: 10 };
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
