// The committed action bundle, run as the runner runs it (event payload file, INPUT_* variables,
// GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_API_URL -> the fake GitHub on 127.0.0.1).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FakeGitHub, type RecordedRequest } from './fake-github.js';
import {
  BASE,
  HEAD,
  ofOperation as ofOperationIn,
  pullRequest,
  REPO,
  runActionWith,
  TOKEN,
  type ActionRun
} from './action-harness.js';
import { validateSarif } from '../sarif-validator.js';
import { GitRepo } from '../git-repo.js';
import { folderEntries, makeTarball } from '../tarballs.js';
import { readHistory } from '../../src/github/tracking-issue.js';
import { audit, fromArchives } from '../../src/audit/audit.js';
import { renderJson } from '../../src/report/json.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { temporaryDirectory } from '../temporary.js';

const FILES = 60;
const IMPORTS_PER_FILE = 5;

let fake: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  // A tree with 300 forbidden imports, a directory that must go, and a file that must exist.
  workspace = await temporaryDirectory('mg-workspace-');
  await mkdir(join(workspace, 'pkg/legacy'), { recursive: true });
  for (let i = 0; i < FILES; i++) {
    await writeFile(
      join(workspace, `pkg/mod${String(i).padStart(2, '0')}.py`),
      Array.from({ length: IMPORTS_PER_FILE }, (_, k) => `from flask import name${k}\n`).join('')
    );
  }
  await writeFile(join(workspace, 'pkg/legacy/old.py'), 'x = 1\n');
  await writeFile(join(workspace, 'rules.yml'), RULES);
});

const RULES = [
  'name: Test gate',
  'rules:',
  '  - { id: no-flask, phase: 2, title: No Flask, kind: forbidden-import, modules: [flask], message: Flask is going away., remediation: Use FastAPI. }',
  '  - { id: legacy-dir, phase: 1, title: Remove legacy, kind: forbidden-path, files: [pkg/legacy], message: Legacy code., enforce: warning }',
  '  - { id: launcher, phase: 1, title: Add the launcher, kind: required-path, files: [pkg/run_uvicorn.py], message: uvicorn starts the server., enforce: notice }'
].join('\n');
afterAll(() => fake.close());
/** The usual answers: check runs work, the rule file is the same at the base commit, one line changed. */
function standardHandlers(): void {
  fake.on('checks/create', () => ({ status: 201, body: { id: 4242 } }));
  fake.on('checks/update', () => ({ status: 200, body: { id: 4242 } }));
  fake.on('repos/get-content', () => ({
    status: 200,
    body: { type: 'file', encoding: 'base64', content: Buffer.from(RULES).toString('base64') }
  }));
  fake.on('pulls/list-files', () => ({
    status: 200,
    body: [
      { filename: 'pkg/mod01.py', status: 'modified', patch: '@@ -3,0 +3,1 @@\n+from flask import name2' }
    ]
  }));
}

beforeEach(() => {
  fake.reset();
  standardHandlers();
});

/** The action with the usual rule file input, in the shared workspace unless told otherwise. */
const runAction = (
  event: string,
  payload: object,
  inputs: Record<string, string> = {},
  cwd = workspace,
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<ActionRun> =>
  runActionWith(fake, event, payload, { rules: 'rules.yml', ...inputs }, cwd, extraEnv);

const ofOperation = (id: string, requests: RecordedRequest[] = fake.requests): RecordedRequest[] =>
  ofOperationIn(requests, id);
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- request bodies as recorded
const body = (r: RecordedRequest): Body => r.body as Body;

function expectNoTokenIn(run: ActionRun): void {
  for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)])
    expect(text).not.toContain(TOKEN);
}

describe('pull_request from a branch of the repository', () => {
  let run: ActionRun;
  let requests: RecordedRequest[];
  beforeAll(async () => {
    fake.reset();
    standardHandlers();
    run = await runAction('pull_request', pullRequest());
    requests = [...fake.requests]; // the top-level beforeEach resets the fake before each test
  });

  test('every request matches GitHub’s OpenAPI description and carries the token', () => {
    expect(requests.filter((r) => r.problems.length)).toEqual([]);
    expect(requests.every((r) => r.authorization?.endsWith(TOKEN))).toBe(true);
  });

  test('one check run, created in progress on the PR head, not the merge commit', () => {
    const creates = ofOperation('checks/create', requests);
    expect(creates).toHaveLength(1);
    expect(body(creates[0]!)).toMatchObject({
      name: 'migration-gate',
      head_sha: HEAD,
      status: 'in_progress'
    });
    expect(creates[0]!.path).toBe(`/repos/${REPO}/check-runs`);
  });

  test('annotations in batches of at most 50, within the budget, errors first; columns only on single lines', () => {
    const updates = ofOperation('checks/update', requests);
    // Three updates of 50, and the last 50 with the completion.
    const batches = updates.map((u) => body(u).output.annotations as Body[]);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 50, 50]);
    expect(body(updates.at(-1)!).status).toBe('completed');
    const all = batches.flat();
    // The finding on the line the PR changed comes first.
    expect(all[0]).toEqual({
      path: 'pkg/mod01.py',
      start_line: 3,
      end_line: 3,
      start_column: 1,
      end_column: 24,
      annotation_level: 'failure',
      message: 'Imports `flask.name2`. Flask is going away.\n\nFix: Use FastAPI.',
      title: 'no-flask (phase 2)'
    });
    expect(all[1]!.path).toBe('pkg/mod00.py');
    expect(all.every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(all.every((a) => a.start_column === undefined || a.start_line === a.end_line)).toBe(true);
    expect(updates.every((u) => u.path === `/repos/${REPO}/check-runs/4242`)).toBe(true);
  });

  test('the check run completes as failure, with title, summary and text inside their limits', () => {
    const last = body(ofOperation('checks/update', requests).at(-1)!);
    expect(last).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Gate failed: 300 errors, 1 warning, 1 notice' }
    });
    expect(last.output.summary.length).toBeLessThanOrEqual(65535);
    expect(last.output.summary).toContain(
      '102 of 302 findings are not annotated (annotation budget 200, or no file to annotate)'
    );
    expect(last.output.text).toContain('### Phase 2 · Refactoring');
  });

  test('job summary, outputs and exit code', () => {
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({
      conclusion: 'failure',
      errors: '300',
      warnings: '1',
      notices: '1',
      'report-file': '',
      'sarif-file': '',
      'check-run-id': '4242'
    });
    expect(run.summary).toContain('## ❌ Test gate: gate failed');
    expect(run.summary).toContain(
      `[\`pkg/mod00.py:1:1\`](https://github.com/${REPO}/blob/${HEAD}/pkg/mod00.py#L1)`
    );
    expect(run.summary).toContain('### For reviewers');
    expect(run.stdout).toContain(`Check run 4242 'migration-gate' on ${HEAD}: 200 annotations.`);
    expect(run.stdout).toMatch(/^::error::Test gate: the migration gate failed \(300 errors\)\.$/m);
    expectNoTokenIn(run);
  });
});

test('a fork’s read-only token: workflow-command annotations instead, same verdict and exit code', async () => {
  fake.on('checks/create', () => ({
    status: 403,
    body: { message: 'Resource not accessible by integration' }
  }));
  const run = await runAction('pull_request', pullRequest('someone/datarobot-user-models'));
  expect(run.code).toBe(1);
  // The change first: whether the pull request changes its rule file decides what an unreadable base
  // commit means.
  expect(fake.requests.map((r) => r.operationId)).toEqual([
    'pulls/list-files',
    'repos/get-content',
    'checks/create'
  ]);
  expect(run.stdout).toContain(
    'No check run: the token cannot create check runs (403; pull requests from forks get a read-only token).'
  );
  const commands = run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
  expect(commands.filter((l) => l.startsWith('::error ')).length).toBe(10);
  expect(commands[0]).toBe(
    '::error title=no-flask (phase 2),file=pkg/mod01.py,line=3,endLine=3,col=1,endColumn=24::Imports `flask.name2`. Flask is going away.%0AFix: Use FastAPI.'
  );
  expect(commands.filter((l) => l.startsWith('::warning '))).toEqual([
    // The folder is not a file: the annotation goes on its first file and names the folder.
    '::warning title=legacy-dir (phase 1),file=pkg/legacy/old.py,line=1::pkg/legacy: Directory still exists. Legacy code.'
  ]);
  expect(run.summary).toContain(
    'findings are not annotated (GitHub shows 10 workflow annotations per level per step).'
  );
  expect(run.outputs['check-run-id']).toBe('');
  expectNoTokenIn(run);
});

test('a calendar: the check run says at the top that rc begins in 5 days and what it will block in this pull request', async () => {
  const calendar = RULES.replace('rules:', 'stages: { beta: 2026-12-01, rc: 2026-12-15 }\nrules:').replace(
    'remediation: Use FastAPI. }',
    'remediation: Use FastAPI., enforce: { beta: warning, rc: error } }'
  );
  fake.on('repos/get-content', () => ({
    status: 200,
    body: { type: 'file', encoding: 'base64', content: Buffer.from(calendar).toString('base64') }
  }));
  const run = await runAction('pull_request', pullRequest(), { today: '2026-12-10' });
  expect(run.code).toBe(0);
  const last = body(ofOperation('checks/update').at(-1)!);
  expect(last).toMatchObject({ conclusion: 'success' });
  expect(last.output.summary.split('\n').slice(0, 3)).toEqual([
    '## ✅ Test gate: gate passed',
    '',
    '> ⏰ **rc begins on 2026-12-15 (in 5 days)**: 300 findings that do not block now will block then, 5 of them in files this change touches.'
  ]);
  expect(last.output.summary).toContain(
    '| 2 · Refactoring | 300 | No Flask `no-flask` | warning → error | 5 |'
  );
  const first = (body(ofOperation('checks/update')[0]!).output.annotations as Body[])[0]!;
  expect(first).toMatchObject({
    path: 'pkg/mod01.py',
    annotation_level: 'warning',
    message:
      'Imports `flask.name2`. Flask is going away. It will block from rc (2026-12-15).\n\nFix: Use FastAPI.'
  });
  expect(run.summary).toContain('> ⏰ **rc begins on 2026-12-15 (in 5 days)**');
});

test('push: the check run is on the pushed commit', async () => {
  const run = await runAction('push', { before: BASE, after: HEAD });
  expect(run.code).toBe(1);
  expect(body(ofOperation('checks/create')[0]!).head_sha).toBe(HEAD);
  expect(fake.invalid()).toEqual([]);
});

test('schedule: audit mode reports without failing; the check run is neutral', async () => {
  const run = await runAction('schedule', { schedule: '0 3 * * *' });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('audit mode (schedule)');
  expect(body(ofOperation('checks/update').at(-1)!)).toMatchObject({
    status: 'completed',
    conclusion: 'neutral'
  });
  expect(run.outputs.conclusion).toBe('failure');
});

test('workflow_dispatch: report mode writes the JSON report and SARIF that GitHub accepts', async () => {
  const out = await temporaryDirectory('mg-reports-');
  const run = await runAction(
    'workflow_dispatch',
    { inputs: {} },
    { 'report-file': join(out, 'r.json'), 'sarif-file': join(out, 'r.sarif') }
  );
  expect(run.code).toBe(0);
  expect(JSON.parse(await readFile(join(out, 'r.json'), 'utf8')).findings).toHaveLength(302);
  expect(await validateSarif(join(out, 'r.sarif'))).toEqual([]);
  expect(run.outputs['sarif-file']).toBe(join(out, 'r.sarif'));
});

test('a 422 on an annotation batch: the rest goes to the summary, the check run still completes', async () => {
  fake.on('checks/update', (_r, call) =>
    call === 2 ? { status: 422, body: { message: 'Validation Failed' } } : { status: 200, body: { id: 4242 } }
  );
  const run = await runAction('pull_request', pullRequest());
  expect(run.code).toBe(1);
  expect(
    ofOperation('checks/update').map((u) =>
      body(u).status === 'completed' ? 'complete' : body(u).output.annotations.length
    )
  ).toEqual([50, 50, 'complete']);
  expect(run.stdout).toContain(
    '::warning::migration-gate: annotations 51-100 were not accepted (GitHub answered 422: Validation Failed'
  );
});

test('a 500 is retried, then the check run is created once', async () => {
  fake.on('checks/create', (_r, call) =>
    call === 1 ? { status: 500, body: { message: 'Server Error' } } : { status: 201, body: { id: 4242 } }
  );
  const run = await runAction('pull_request', pullRequest());
  expect(run.code).toBe(1);
  expect(ofOperation('checks/create')).toHaveLength(2);
  expect(run.outputs['check-run-id']).toBe('4242');
});

test('GitHub not answering in time: the attempt is cut at MIGRATION_GATE_REQUEST_TIMEOUT and retried', async () => {
  fake.on('checks/create', (_r, call) =>
    call === 1 ? { status: 201, body: { id: 1 }, delayMs: 10_000 } : { status: 201, body: { id: 4242 } }
  );
  const run = await runAction('pull_request', pullRequest(), {}, workspace, {
    MIGRATION_GATE_REQUEST_TIMEOUT: '0.5'
  });
  expect(run.code).toBe(1);
  expect(ofOperation('checks/create')).toHaveLength(2);
  expect(run.outputs['check-run-id']).toBe('4242');
  expect(ofOperation('checks/update').map((u) => u.path)).toContain(`/repos/${REPO}/check-runs/4242`);
});

test('a malformed MIGRATION_GATE_REQUEST_TIMEOUT fails the step with the variable named', async () => {
  const run = await runAction('pull_request', pullRequest(), {}, workspace, {
    MIGRATION_GATE_REQUEST_TIMEOUT: 'soon'
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    "::error::MIGRATION_GATE_REQUEST_TIMEOUT must be a number of seconds above 0, not 'soon'."
  );
  expect(fake.requests).toEqual([]);
});

test('the rule file unreadable at the base commit (403), unchanged by the PR: its copy is used and reviewers are told', async () => {
  fake.on('repos/get-content', () => ({
    status: 403,
    body: { message: 'Resource not accessible by integration' }
  }));
  const run = await runAction('pull_request', pullRequest());
  expect(run.code).toBe(1);
  expect(run.outputs.errors).toBe('300');
  expect(run.summary).toContain(
    "The rule file `rules.yml` could not be read at the base commit (GitHub answered 403: Resource not accessible by integration); this pull request does not change it, so its version here is the base commit's."
  );
  expect(run.stdout).not.toContain('Internal error');
});

test('a rate limit waits for the reset, then goes on', async () => {
  const reset = String(Math.ceil(Date.now() / 1000) + 1);
  fake.on('checks/create', (_r, call) =>
    call === 1
      ? {
          status: 403,
          body: { message: 'API rate limit exceeded' },
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
        }
      : { status: 201, body: { id: 4242 } }
  );
  const run = await runAction('pull_request', pullRequest());
  expect(ofOperation('checks/create')).toHaveLength(2);
  expect(run.stdout).toContain(
    '::warning::GitHub rate limit reached on POST /repos/{owner}/{repo}/check-runs; retrying in'
  );
  expect(run.outputs['check-run-id']).toBe('4242');
});

test('a bad input fails the step with the input named, and no request is made', async () => {
  const run = await runAction('pull_request', pullRequest(), { annotations: 'lots' });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    "::error::Invalid input 'annotations': 'lots'. Expected a whole number (0 turns annotations off)."
  );
  expect(fake.requests).toEqual([]);
});

test('pr mode reads the rules at the base commit and tells reviewers when the pull request changes them', async () => {
  const weaker = RULES.replace(
    'kind: forbidden-import, modules: [flask]',
    'kind: forbidden-import, modules: [nothing_at_all]'
  );
  fake.on('repos/get-content', (r) => {
    expect(r.query).toEqual({ ref: BASE });
    return {
      status: 200,
      body: { type: 'file', encoding: 'base64', content: Buffer.from(RULES).toString('base64') }
    };
  });
  await writeFile(join(workspace, 'rules.yml'), weaker);
  try {
    const run = await runAction('pull_request', pullRequest());
    expect(ofOperation('repos/get-content')[0]!.path).toBe(`/repos/${REPO}/contents/rules.yml`);
    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe('300');
    expect(run.summary).toContain(
      "This pull request changes the rule file `rules.yml`. It was checked with the base commit's version; the new one takes effect after merge."
    );
  } finally {
    await writeFile(join(workspace, 'rules.yml'), RULES);
  }
});

describe("the repository's own configuration in pr mode (no `rules` input)", () => {
  const CONFIG = [
    'extends: [flask-service]',
    'rules:',
    '  - id: flask-stack-imports',
    '    enforce: error',
    ''
  ].join('\n');

  async function pullRequestOf(base: Record<string, string>, head: Record<string, string>) {
    const repo = await GitRepo.create(base);
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    repo.branch('change');
    await repo.write(head);
    const headSha = repo.commit('the change');
    fake.on('pulls/list-files', () => ({ status: 200, body: [] }));
    const payload = {
      pull_request: {
        number: 3,
        head: { sha: headSha, repo: { full_name: REPO } },
        base: { sha: baseSha, repo: { full_name: REPO } }
      }
    };
    return runAction('pull_request', payload, { rules: '' }, repo.dir);
  }

  test("the base commit's configuration is used, not the pull request's change to it", async () => {
    const run = await pullRequestOf(
      { '.github/migration-gate.yml': CONFIG, 'app.py': 'import os\n' },
      {
        '.github/migration-gate.yml': CONFIG.replace('enforce: error', 'enforce: off'),
        'app.py': 'from flask import Flask\n'
      }
    );
    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe('1');
    expect(run.summary).toContain(
      "This pull request changes the configuration `.github/migration-gate.yml`. It was checked with the base commit's version; the new one takes effect after merge."
    );
    expect(run.summary).toContain('- Profile **flask-service**: extended by .github/migration-gate.yml');
  });

  test('a configuration the pull request adds takes effect after merge: this run chooses its rules automatically', async () => {
    const run = await pullRequestOf(
      { 'app.py': 'import os\n', 'requirements.txt': 'flask\n' },
      {
        '.github/migration-gate.yml':
          'extends: [flask-service]\nrules:\n  - id: python-3-8\n    enforce: off\n',
        Dockerfile: 'FROM python:3.7-slim\n'
      }
    );
    expect(run.code).toBe(1);
    expect(run.summary).toContain(
      'This pull request adds the configuration `.github/migration-gate.yml`; it takes effect after merge. This run chose its rules automatically (`rules: auto`), as the base commit does.'
    );
    expect(run.summary).toContain('- Profile **flask-service**: requirements.txt:1 installs `flask`');
  });
});

test('a pull request of 3,000+ files: the PR file list is capped, so changed lines come from git', async () => {
  const repo = await GitRepo.create({ 'rules.yml': RULES, 'pkg/a.py': 'import os\nfrom flask import old\n' });
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.branch('big-change');
  await writeFile(join(repo.dir, 'pkg/a.py'), 'import os\nfrom flask import old\nfrom flask import added\n');
  const head = repo.commit('add a Flask import among 3,000 other changes');
  fake.on('pulls/list-files', (r) => {
    const page = Number(r.query.page ?? 1);
    const files = Array.from({ length: 100 }, (_, i) => ({
      filename: `gen/f${page}-${i}.txt`,
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+x'
    }));
    const next: Record<string, string> =
      page < 30 ? { link: `<${fake.url}${r.path}?per_page=100&page=${page + 1}>; rel="next"` } : {};
    return { status: 200, body: files, headers: next };
  });
  const payload = {
    pull_request: {
      number: 9,
      head: { sha: head, repo: { full_name: REPO } },
      base: { sha: base, repo: { full_name: REPO } }
    }
  };
  const run = await runAction('pull_request', payload, {}, repo.dir);
  expect(ofOperation('pulls/list-files')).toHaveLength(30);
  expect(fake.invalid()).toEqual([]);
  expect(run.stdout).toContain(
    `Changed lines from git diff ${base.slice(0, 7)}...${head.slice(0, 7)} (GitHub lists at most 3000 files of a pull request).`
  );
  const annotations = ofOperation('checks/update').flatMap(
    (u) => (body(u).output.annotations ?? []) as Body[]
  );
  expect(annotations.map((a) => [a.path, a.start_line, a.message.split(':')[0]])).toEqual([
    ['pkg/a.py', 3, 'Imports `flask.added`. Flask is going away.\n\nFix'],
    ['pkg/a.py', 2, 'Imports `flask.old`. Flask is going away.\n\nFix'],
    // The missing launcher is shown on a file of the folder where it belongs, and named.
    ['pkg/a.py', 1, 'pkg/run_uvicorn.py']
  ]);
  expect(ofOperation('repos/get-content')).toEqual([]);
});

test('a rejected token (401): an actionable message, fallback annotations, the verdict unchanged', async () => {
  fake.on('checks/create', () => ({ status: 401, body: { message: 'Bad credentials' } }));
  const run = await runAction('pull_request', pullRequest());
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('No check run: the token was rejected (401); check the `token` input.');
  expect(run.stdout).toMatch(/^::error title=no-flask/m);
  expectNoTokenIn(run);
});

test('the PR file list answering 404: changed lines unknown, said for reviewers; nothing counts as new', async () => {
  fake.on('pulls/list-files', () => ({ status: 404, body: { message: 'Not Found' } }));
  const run = await runAction('pull_request', pullRequest());
  expect(run.code).toBe(1);
  expect(run.summary).toContain(
    "Changed lines are unknown (listing the pull request's files failed (GitHub answered 404: Not Found); the workspace is not a git checkout)"
  );
  const annotations = ofOperation('checks/update').flatMap(
    (u) => (body(u).output.annotations ?? []) as Body[]
  );
  expect(annotations[0]!.path).toBe('pkg/mod00.py');
});

describe('schedule with repositories: the audit of drop-in environments', () => {
  const REPOSITORIES = [
    'datarobot/datarobot-user-models:public_dropin_environments/*',
    'datarobot/datarobot-user-models:docker/*',
    'datarobot/private-envs'
  ].join('\n');
  let created: string | undefined;

  function auditHandlers(openIssues: () => object[]) {
    fake.on('repos/download-tarball-archive', (r) => {
      if (r.path.startsWith('/repos/datarobot/private-envs/'))
        return { status: 404, body: { message: 'Not Found' } };
      return { status: 302, headers: { location: tarballUrl } };
    });
    fake.on('issues/list-for-repo', () => ({ status: 200, body: openIssues() }));
    fake.on('issues/create', (r) => {
      created = body(r).body;
      return { status: 201, body: { number: 12, body: created } };
    });
    fake.on('issues/update', () => ({ status: 200, body: { number: 12 } }));
  }

  let tarballUrl = '';
  beforeEach(async () => {
    tarballUrl = fake.download(
      '/_codeload/datarobot-user-models.tar.gz',
      await makeTarball(folderEntries('examples/drum-legacy', 'datarobot-datarobot-user-models-0123abc'))
    );
  });

  test('first run: one tarball per repository, the matrix, and one tracking issue opened; never fails', async () => {
    auditHandlers(() => [{ number: 3, title: 'unrelated', body: 'hello' }]);
    const run = await runAction(
      'schedule',
      { schedule: '0 3 * * *' },
      { rules: '', repositories: REPOSITORIES }
    );
    expect(run.code).toBe(0);
    expect(fake.invalid()).toEqual([]);
    const downloads = ofOperation('repos/download-tarball-archive');
    expect(downloads.map((r) => r.path)).toEqual([
      '/repos/datarobot/datarobot-user-models/tarball/HEAD',
      '/repos/datarobot/private-envs/tarball/HEAD'
    ]);
    expect(fake.requests.filter((r) => r.operationId === 'download')).toHaveLength(1);
    expect(ofOperation('issues/create')).toHaveLength(1);
    expect(created).toContain('<!-- migration-gate:tracking-issue -->');
    expect(created).toContain(
      '| ❌ | `datarobot/datarobot-user-models` | `public_dropin_environments/python3_sklearn` | 3.7 | flask, gunicorn + custom_flask.py | fastapi |'
    );
    expect(readHistory(created)).toHaveLength(1);
    expect(run.summary).toContain('### Drop-in environments');
    expect(run.summary).toContain(
      '`datarobot/private-envs`: GitHub answered 404: the repository or ref does not exist, or the token cannot read it'
    );
    expect(run.stdout).toContain('Tracking issue #12 opened.');
    expect(run.stdout).toMatch(
      /::group::audit: datarobot\/datarobot-user-models\nfetching\n\d+ files, 4 environments, \d+ findings\n::endgroup::/
    );
    expect(run.stdout).toMatch(
      /::group::audit: datarobot\/private-envs\nfetching\nnot audited: GitHub answered 404/
    );
    expect(run.outputs.conclusion).toBe('failure');
    expect(ofOperation('checks/create')).toEqual([]);
  });

  test('with patch-file: a folder with one patch per audited repository, each applicable to a checkout of it', async () => {
    auditHandlers(() => []);
    const patches = join(await temporaryDirectory('mg-patches-'), 'patches');
    const run = await runAction(
      'schedule',
      { schedule: '0 3 * * *' },
      { rules: 'environments', stage: 'decommission', repositories: REPOSITORIES, 'patch-file': patches }
    );
    expect(run.code).toBe(0);
    expect(run.outputs['patch-file']).toBe(patches);
    // The unreadable repository has no patch; the other's patch is said in its log group.
    expect(await readdir(patches)).toEqual(['datarobot+datarobot-user-models.patch']);
    const file = join(patches, 'datarobot+datarobot-user-models.patch');
    expect(run.stdout).toContain(`patch ${file}: `);
    const patch = await readFile(file, 'utf8');
    expect(patch).toContain(
      'diff --git a/public_dropin_environments/python3_sklearn/requirements.txt b/public_dropin_environments/python3_sklearn/requirements.txt'
    );
    const checkout = await GitRepo.create({}, 'examples/drum-legacy');
    checkout.git('apply', '--check', file);
  });

  test('second run: the same issue is edited in place, its history grows; no duplicate', async () => {
    auditHandlers(() => [{ number: 12, title: 'Flask → FastAPI migration', body: created }]);
    const run = await runAction(
      'schedule',
      { schedule: '0 3 * * *' },
      { rules: '', repositories: REPOSITORIES }
    );
    expect(run.code).toBe(0);
    expect(ofOperation('issues/create')).toEqual([]);
    const update = ofOperation('issues/update');
    expect(update.map((u) => u.path)).toEqual([`/repos/${REPO}/issues/12`]);
    expect(readHistory(body(update[0]!).body)).toHaveLength(2);
    expect(run.stdout).toContain('Tracking issue #12 updated.');
  });
});

test('merge mode: the JSON reports of audit shards become one summary and one tracking-issue update', async () => {
  const shards = await temporaryDirectory('mg-shards-');
  const ruleSet = await loadRuleSet('drum');
  const archive = await makeTarball(
    folderEntries('examples/drum-legacy', 'datarobot-datarobot-user-models-0123abc')
  );
  for (const [n, glob] of [
    [1, 'public_dropin_environments/*'],
    [2, 'docker/*']
  ] as const) {
    const report = await audit(
      [{ owner: 'datarobot', repo: `shard-${n}`, ref: '', globs: [glob] }],
      fromArchives(async () => archive),
      { ruleSet },
      () => {}
    );
    await mkdir(join(shards, `shard-${n}`));
    await writeFile(join(shards, `shard-${n}`, 'report.json'), renderJson(report!));
  }
  let issueBody = '';
  fake.on('issues/list-for-repo', () => ({ status: 200, body: [] }));
  fake.on('issues/create', (r) => {
    issueBody = body(r).body;
    return { status: 201, body: { number: 21 } };
  });
  const run = await runAction(
    'workflow_dispatch',
    { inputs: {} },
    { rules: '', mode: 'merge', reports: '*/report.json' },
    shards
  );
  expect(run.code).toBe(0);
  expect(fake.invalid()).toEqual([]);
  expect(issueBody).toContain('**4** environments');
  expect(issueBody).toContain('`datarobot/shard-1` | `public_dropin_environments/python3_sklearn`');
  expect(issueBody).toContain('`datarobot/shard-2` | `docker/dropin_env_base`');
  expect(run.summary).toContain('`datarobot/shard-2` | `docker/dropin_env_base_r`');
});

describe('suggested changes in pr mode', () => {
  const ENV = {
    'envs/py/Dockerfile': 'FROM python:3.11\nRUN pip install -r requirements.txt\n',
    'envs/py/requirements.txt': 'fastapi\nuvicorn[standard]\nhttpx\n'
  };
  async function pullRequestAdding(line: string) {
    const repo = await GitRepo.create(ENV);
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    repo.branch('change');
    await repo.write({ 'envs/py/requirements.txt': `fastapi\n${line}\nuvicorn[standard]\nhttpx\n` });
    const headSha = repo.commit('the change');
    fake.on('pulls/list-files', () => ({
      status: 200,
      body: [{ filename: 'envs/py/requirements.txt', status: 'modified', patch: `@@ -1,0 +2,1 @@\n+${line}` }]
    }));
    const payload = {
      pull_request: {
        number: 5,
        head: { sha: headSha, repo: { full_name: REPO } },
        base: { sha: baseSha, repo: { full_name: REPO } }
      }
    };
    return { repo, headSha, payload };
  }

  test('a pull request that adds flask==2.3.3 gets one review whose suggestion removes exactly that line', async () => {
    const { repo, headSha, payload } = await pullRequestAdding('flask==2.3.3');
    fake.on('pulls/list-reviews', () => ({ status: 200, body: [] }));
    fake.on('pulls/create-review', () => ({ status: 200, body: { id: 77 } }));
    const run = await runAction(
      'pull_request',
      payload,
      { rules: 'environments', stage: 'decommission' },
      repo.dir
    );
    expect(run.code).toBe(1);
    expect(fake.invalid()).toEqual([]);
    const reviews = ofOperation('pulls/create-review');
    expect(reviews).toHaveLength(1);
    const review = body(reviews[0]!);
    expect(reviews[0]!.path).toBe(`/repos/${REPO}/pulls/5/reviews`);
    expect(review).toMatchObject({ commit_id: headSha, event: 'COMMENT' });
    expect(review.body).toContain('<!-- migration-gate:suggestions -->');
    expect(review.comments).toEqual([
      {
        path: 'envs/py/requirements.txt',
        line: 2,
        side: 'RIGHT',
        body: '**migration-gate** Remove `flask==2.3.3` (`dropin-environments-flask-stack`)\n\n```suggestion\n```'
      }
    ]);
    expect(run.stdout).toContain('Suggested changes: 1 suggestion(s) in one review.');
  });

  test('a change outside every folder with a fixable finding: no fixes planned, earlier suggestions tidied', async () => {
    const repo = await GitRepo.create({
      ...ENV,
      'envs/py/requirements.txt': 'flask==2.3.3\n',
      'docs/a.md': 'a\n'
    });
    const baseSha = repo.git('rev-parse', 'HEAD').trim();
    repo.branch('change');
    await repo.write({ 'docs/a.md': 'a\nb\n' });
    const headSha = repo.commit('docs');
    fake.on('pulls/list-files', () => ({
      status: 200,
      body: [{ filename: 'docs/a.md', status: 'modified', patch: '@@ -1,0 +2,1 @@\n+b' }]
    }));
    fake.on('pulls/list-reviews', () => ({ status: 200, body: [] }));
    const run = await runAction(
      'pull_request',
      {
        pull_request: {
          number: 5,
          head: { sha: headSha, repo: { full_name: REPO } },
          base: { sha: baseSha, repo: { full_name: REPO } }
        }
      },
      { rules: 'environments', stage: 'decommission' },
      repo.dir
    );
    expect(run.code).toBe(1);
    expect(fake.invalid()).toEqual([]);
    expect(run.stdout).toContain(
      'No suggested changes to plan: no finding with a fix is in the folders the change touches.'
    );
    expect(ofOperation('pulls/list-reviews')).toHaveLength(1);
    expect(ofOperation('pulls/create-review')).toEqual([]);
  });

  test('a token that may not write pull requests: the gate is unchanged, reviewers are told why', async () => {
    const { repo, payload } = await pullRequestAdding('flask==2.3.3');
    fake.on('pulls/list-reviews', () => ({ status: 200, body: [] }));
    fake.on('pulls/create-review', () => ({
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    }));
    const run = await runAction(
      'pull_request',
      payload,
      { rules: 'environments', stage: 'decommission' },
      repo.dir
    );
    expect(run.code).toBe(1);
    expect(run.outputs.conclusion).toBe('failure');
    expect(run.summary).toContain(
      'The suggested changes were not posted (403: the token needs `pull-requests: write`).'
    );
  });

  test("an earlier review of the action is emptied and marked superseded; a fork's run suggests nothing", async () => {
    const { repo, headSha, payload } = await pullRequestAdding('gevent');
    fake.on('pulls/list-reviews', () => ({
      status: 200,
      body: [
        { id: 11, body: 'Looks good', state: 'COMMENTED' },
        {
          id: 12,
          body: '<!-- migration-gate:suggestions -->\n\nmigration-gate suggests one change',
          state: 'COMMENTED'
        }
      ]
    }));
    fake.on('pulls/list-comments-for-review', () => ({ status: 200, body: [{ id: 901 }, { id: 902 }] }));
    fake.on('pulls/delete-review-comment', () => ({ status: 204 }));
    fake.on('pulls/update-review', () => ({ status: 200, body: { id: 12 } }));
    fake.on('pulls/create-review', () => ({ status: 200, body: { id: 78 } }));
    await runAction('pull_request', payload, { rules: 'environments', stage: 'decommission' }, repo.dir);
    expect(fake.invalid()).toEqual([]);
    expect(ofOperation('pulls/list-comments-for-review').map((r) => r.path)).toEqual([
      `/repos/${REPO}/pulls/5/reviews/12/comments`
    ]);
    expect(ofOperation('pulls/delete-review-comment').map((r) => r.path)).toEqual([
      `/repos/${REPO}/pulls/comments/901`,
      `/repos/${REPO}/pulls/comments/902`
    ]);
    expect(body(ofOperation('pulls/update-review')[0]!).body).toBe(
      `<!-- migration-gate:suggestions -->\n\nSuperseded by migration-gate's review of commit ${headSha.slice(0, 7)}.`
    );
    expect(body(ofOperation('pulls/create-review')[0]!).comments).toEqual([
      expect.objectContaining({
        path: 'envs/py/requirements.txt',
        line: 2,
        body: expect.stringContaining('```suggestion\n```')
      })
    ]);

    fake.reset();
    standardHandlers();
    fake.on('pulls/list-files', () => ({ status: 200, body: [] }));
    const fork = {
      pull_request: { ...payload.pull_request, head: { sha: headSha, repo: { full_name: 'someone/fork' } } }
    };
    const forkRun = await runAction(
      'pull_request',
      fork,
      { rules: 'environments', stage: 'decommission' },
      repo.dir
    );
    expect(ofOperation('pulls/create-review')).toEqual([]);
    expect(ofOperation('pulls/list-reviews')).toEqual([]);
    expect(forkRun.stdout).toContain(
      'No suggested changes: a pull request from a fork gets a read-only token.'
    );
  });
});

test('report mode with patch-file: the fixes for the whole tree as one patch that git apply takes', async () => {
  const repo = await GitRepo.create({
    'envs/py/Dockerfile': 'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
    'envs/py/requirements.txt': 'datarobot-drum\nflask==2.3.3\n'
  });
  const run = await runAction(
    'workflow_dispatch',
    { inputs: {} },
    { rules: 'environments', stage: 'decommission', 'patch-file': 'out/migration.patch' },
    repo.dir
  );
  expect(run.code).toBe(0);
  expect(run.outputs['patch-file']).toBe('out/migration.patch');
  const patch = await readFile(join(repo.dir, 'out/migration.patch'), 'utf8');
  expect(patch).toBe(
    [
      'diff --git a/envs/py/requirements.txt b/envs/py/requirements.txt',
      '--- a/envs/py/requirements.txt',
      '+++ b/envs/py/requirements.txt',
      '@@ -1,2 +1,4 @@',
      ' datarobot-drum',
      '-flask==2.3.3',
      '+fastapi',
      '+uvicorn[standard]',
      '+httpx',
      ''
    ].join('\n')
  );
  repo.git('apply', '--check', join(repo.dir, 'out/migration.patch'));
});
