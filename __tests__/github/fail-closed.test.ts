// The gate fails closed: whatever it cannot know (which lines changed, the base commit's rules, a file
// it cannot name) never turns a failing gate into a pass. One rule, a forbidden import of flask
// enforced as `new` (only new findings block); the pull request adds `new.py` with a Flask import.
// With a healthy GitHub it fails; every outage and odd case below must fail too, within its budget,
// saying why. The committed bundle runs against the fake GitHub on 127.0.0.1 (action-harness.ts).
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { FakeGitHub, type Handler, type Reply } from './fake-github.js';
import { BASE, HEAD, ofOperation, pullRequest, runActionWith, type ActionRun } from './action-harness.js';
import { temporaryDirectory } from '../temporary.js';

const RULES = [
  'name: Fail-closed gate',
  'stage: beta',
  'rules:',
  '  - { id: no-flask, phase: 2, title: No Flask, kind: forbidden-import, modules: [flask], message: Flask is going away., enforce: { beta: new } }'
].join('\n');
/** The same rule file with the rule turned off: what a pull request weakening its gate would commit. */
const WEAKENED = RULES.replace('enforce: { beta: new }', 'enforce: { beta: off }');

const NEW_FILE = { filename: 'new.py', status: 'added', patch: '@@ -0,0 +1 @@\n+from flask import request' };

let fake: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  // Not a git checkout: git cannot stand in for GitHub's file list (as on a default shallow checkout).
  workspace = await temporaryDirectory('mg-closed-');
  await writeFile(join(workspace, 'rules.yml'), RULES);
  await writeFile(join(workspace, 'old.py'), 'from flask import Flask\n');
  await writeFile(join(workspace, 'new.py'), 'from flask import request\n');
});
afterAll(() => fake.close());

const answer =
  (reply: Reply): Handler =>
  () =>
    reply;

/** Check runs work, the rule file at the base commit is the one in the workspace, new.py is added. */
function healthy(): void {
  fake.on('checks/create', answer({ status: 201, body: { id: 77 } }));
  fake.on('checks/update', answer({ status: 200, body: { id: 77 } }));
  fake.on(
    'repos/get-content',
    answer({
      status: 200,
      body: { type: 'file', encoding: 'base64', content: Buffer.from(RULES).toString('base64') }
    })
  );
  fake.on('pulls/list-files', answer({ status: 200, body: [NEW_FILE] }));
}

beforeEach(() => {
  fake.reset();
  healthy();
});

const run = (
  inputs: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {},
  event = 'pull_request',
  payload: object = pullRequest(),
  cwd = workspace
): Promise<ActionRun> => runActionWith(fake, event, payload, { rules: 'rules.yml', ...inputs }, cwd, env);

/** The completed check run's body (the last update). */
const completed = () =>
  ofOperation(fake.requests, 'checks/update').at(-1)?.body as
    { conclusion: string; output: { title: string; summary: string } } | undefined;

/** GitHub's pages of a long file list: 100 per page, a `link` header to the next one. */
const paged =
  (files: readonly object[]): Handler =>
  (request) => {
    const page = Number(request.query.page ?? 1);
    const last = Math.ceil(files.length / 100);
    const next = `${fake.url}${request.path}?per_page=100&page=${page + 1}`;
    return {
      status: 200,
      body: files.slice((page - 1) * 100, page * 100),
      ...(page < last ? { headers: { link: `<${next}>; rel="next"` } } : {})
    };
  };

const UNKNOWN_LINES =
  /Changed lines are unknown \(.+\)\. The gate fails closed: every finding counts as new, so rules enforced as `new` block\./;

test('healthy GitHub: the added import fails the gate, the old one does not count', async () => {
  const result = await run();
  expect(result.code).toBe(1);
  expect(result.outputs.errors).toBe('1');
  expect(completed()).toMatchObject({
    conclusion: 'failure',
    output: { title: 'Gate failed: 1 error, 1 warning, 0 notices' }
  });
  expect(result.summary).not.toMatch(UNKNOWN_LINES);
  expect(fake.invalid()).toEqual([]);
});

describe('changed lines unknown: every finding counts as new and blocks, and the check says why', () => {
  const expectFailsClosed = (result: ActionRun, because: RegExp): void => {
    expect(result.code).toBe(1);
    expect(result.outputs.errors).toBe('2');
    expect(result.summary).toMatch(UNKNOWN_LINES);
    expect(result.summary).toMatch(because);
    expect(result.summary).toContain('`fetch-depth: 0`');
    expect(fake.invalid()).toEqual([]);
  };

  test('a pull request of 3,000 files (past what GitHub lists) on a checkout without history', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({
      filename: `docs/page${i}.md`,
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+x'
    }));
    files[0] = NEW_FILE;
    fake.on('pulls/list-files', paged(files));
    const result = await run();
    expectFailsClosed(
      result,
      /GitHub lists at most 3000 files of a pull request; the workspace is not a git checkout/
    );
    expect(completed()?.conclusion).toBe('failure');
    expect(completed()?.output.summary).toMatch(UNKNOWN_LINES);
  });

  test('2,999 files are listed whole: the old import stays old', async () => {
    const files = [
      NEW_FILE,
      ...Array.from({ length: 2998 }, (_, i) => ({ filename: `d/${i}.md`, status: 'added' }))
    ];
    fake.on('pulls/list-files', paged(files));
    const result = await run();
    expect(result.code).toBe(1);
    expect(result.outputs.errors).toBe('1');
    expect(result.summary).not.toMatch(UNKNOWN_LINES);
  });

  test('a merge group on a shallow checkout', async () => {
    const result = await run({}, {}, 'merge_group', {
      merge_group: { head_sha: HEAD, base_sha: BASE, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' }
    });
    expectFailsClosed(result, /the workspace is not a git checkout/);
  });

  test.each<[string, Reply, RegExp]>([
    ['answers 500', { status: 500, body: { message: 'Server Error' } }, /GitHub answered 500/],
    [
      'answers 429 with retry-after: 3600',
      {
        status: 429,
        headers: { 'retry-after': '3600' },
        body: { message: 'You have exceeded a secondary rate limit.' }
      },
      /GitHub's rate limit \(429\)/
    ],
    [
      'answers a secondary rate limit 403',
      {
        status: 403,
        headers: { 'retry-after': '60' },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        }
      },
      /GitHub's rate limit \(403\)/
    ],
    [
      'answers with invalid JSON',
      { status: 200, rawBody: '[{"filename": "new.py", "sta' },
      /listing the pull request's files failed/
    ],
    [
      'answers JSON that is not a file list',
      { status: 200, body: { files: [NEW_FILE] } },
      /GitHub's answer is not the list of files it documents/
    ],
    [
      'never answers',
      { status: 200, body: [NEW_FILE], delayMs: 60_000 },
      /GitHub did not answer GET \/repos\/.+\/pulls\/7\/files/
    ]
  ])(
    'the file list %s',
    async (_name, reply, because) => {
      fake.on('pulls/list-files', answer(reply));
      const started = Date.now();
      // Short limits, so that the 500s' retries and the hang end soon: the run's budget still bounds it.
      const result = await run({ 'api-time-budget': '20' }, { MIGRATION_GATE_REQUEST_TIMEOUT: '1' });
      expectFailsClosed(result, because);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(completed()?.conclusion).toBe('failure');
    },
    30_000
  );
});

describe("the base commit's rule file cannot be read", () => {
  const contentsFail = (reply: Reply) => fake.on('repos/get-content', answer(reply));
  const weakenedHere = async (): Promise<string> => {
    const dir = await temporaryDirectory('mg-weakened-');
    await writeFile(join(dir, 'rules.yml'), WEAKENED);
    await writeFile(join(dir, 'new.py'), 'from flask import request\n');
    return dir;
  };
  /** Short limits, so that the retries of the 500s end soon. */
  const OUTAGE = [{ 'api-time-budget': '8' }, { MIGRATION_GATE_REQUEST_TIMEOUT: '1' }] as const;
  /** A run on a pull request whose rule file turns the rule off. */
  const runWeakened = async () => run(...OUTAGE, 'pull_request', pullRequest(), await weakenedHere());

  test.each<[string, Reply]>([
    ['answers 500', { status: 500, body: { message: 'Server Error' } }],
    ['answers invalid JSON', { status: 200, rawBody: '{"type": "fi' }],
    ['answers a directory', { status: 200, body: [{ type: 'file', name: 'x' }] }]
  ])(
    'the contents API %s while the pull request changes the rule file: the gate fails and says why',
    async (_name, reply) => {
      contentsFail(reply);
      fake.on(
        'pulls/list-files',
        answer({
          status: 200,
          body: [NEW_FILE, { filename: 'rules.yml', status: 'modified', patch: '@@ -4 +4 @@\n+x' }]
        })
      );
      const result = await runWeakened();
      expect(result.code).toBe(1);
      expect(result.outputs.conclusion).toBe('failure');
      expect(result.summary).toMatch(
        /The rule file `rules\.yml` could not be read at the base commit \(.+\), and this pull request changes it: the gate cannot know which rules to trust, so it fails\./
      );
      expect(completed()).toMatchObject({
        conclusion: 'failure',
        output: { title: 'Gate failed: no verdict could be trusted' }
      });
      expect(fake.invalid()).toEqual([]);
    },
    30_000
  );

  test('the same outage while the pull request does not touch the rule file: its copy is the base commit’s', async () => {
    contentsFail({ status: 500, body: { message: 'Server Error' } });
    const result = await run(...OUTAGE);
    expect(result.code).toBe(1);
    expect(result.outputs.errors).toBe('1');
    expect(result.summary).toMatch(
      /The rule file `rules\.yml` could not be read at the base commit \(.+\); this pull request does not change it, so its version here is the base commit's\./
    );
  }, 30_000);

  test('with changed files unknown too, the gate cannot tell whether the rule file changed: it fails', async () => {
    contentsFail({ status: 500, body: { message: 'Server Error' } });
    fake.on('pulls/list-files', answer({ status: 500, body: { message: 'Server Error' } }));
    const result = await runWeakened();
    expect(result.code).toBe(1);
    expect(result.summary).toMatch(
      /and which files this pull request changes is unknown: the gate cannot know which rules to trust/
    );
  }, 30_000);
});

describe('check runs and odd answers', () => {
  test('a check run created with an answer that is not JSON: no PATCH to check-runs/undefined, the verdict stands', async () => {
    fake.on('checks/create', answer({ status: 201, rawBody: '{"id": ' }));
    const result = await run();
    expect(result.code).toBe(1);
    expect(ofOperation(fake.requests, 'checks/update')).toEqual([]);
    expect(fake.requests.some((r) => r.path.includes('undefined'))).toBe(false);
    expect(result.stdout).not.toContain('Check run undefined');
    expect(result.stdout).toMatch(/No check run: .*not the JSON/i);
  });

  test('a 403 rate limit on creating the check run is named a rate limit, not a fork token', async () => {
    fake.on(
      'checks/create',
      answer({
        status: 403,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600)
        },
        body: { message: 'API rate limit exceeded for installation.' }
      })
    );
    const result = await run();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("GitHub's rate limit (403)");
    expect(result.stdout).not.toContain('pull requests from forks');
  });
});

describe('a file the scan cannot name or read blocks in pr mode', () => {
  test('a name that is not valid UTF-8 is read byte-exact and shown escaped; its import blocks', async () => {
    const dir = await temporaryDirectory('mg-names-');
    await writeFile(join(dir, 'rules.yml'), RULES);
    await mkdir(join(dir, 'pkg'));
    // 'caf\xE9.py' in Latin-1: not UTF-8.
    await writeFile(
      Buffer.concat([Buffer.from(join(dir, 'pkg/caf')), Buffer.from([0xe9]), Buffer.from('.py')]),
      'from flask import request\n'
    );
    // GitHub's file list names it its own way (decoded, with a replacement character).
    fake.on(
      'pulls/list-files',
      answer({
        status: 200,
        body: [
          {
            filename: 'pkg/caf\uFFFD.py',
            status: 'added',
            patch: '@@ -0,0 +1 @@\n+from flask import request'
          }
        ]
      })
    );
    const result = await run({}, {}, 'pull_request', pullRequest(), dir);
    expect(result.code).toBe(1);
    expect(result.outputs.errors).toBe('1');
    expect(result.summary).toContain('pkg/caf\\xE9.py');
  });

  test('a path that cannot be read (a FIFO where a module was) is an error finding of its own, and never hangs', async () => {
    const dir = await temporaryDirectory('mg-unreadable-');
    await writeFile(join(dir, 'rules.yml'), RULES);
    await promisify(execFile)('mkfifo', [join(dir, 'app.py')]);
    fake.on('pulls/list-files', answer({ status: 200, body: [{ filename: 'app.py', status: 'added' }] }));
    const result = await run({}, {}, 'pull_request', pullRequest(), dir);
    expect(result.code).toBe(1);
    expect(result.outputs.errors).toBe('1');
    expect(result.summary).toContain('unreadable-path');
    expect(result.summary).toMatch(/`app\.py`.*not a regular file/);
  });
});
