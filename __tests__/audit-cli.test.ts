// `migration-gate audit` outside Actions: @octokit/rest against the fake GitHub on 127.0.0.1.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/command-line.js';
import { useFakeGitHub } from './github/fake-github.js';
import { GitRepo } from './git-repo.js';
import { folderEntries, makeTarball } from './tarballs.js';
import { temporaryDirectory } from './temporary.js';

const TOKEN = 'ghp_cliTokenThatMustNotBePrinted0000';
const fake = useFakeGitHub();

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

test('audits the listed repositories, reports environments as JSON, shows progress, never prints the token', async () => {
  const url = fake().download(
    '/_codeload/drum.tar.gz',
    await makeTarball(folderEntries('examples/drum-legacy', 'datarobot-datarobot-user-models-0123abc'))
  );
  fake().on('repos/download-tarball-archive', (r) =>
    r.path.includes('/gone/')
      ? { status: 404, body: { message: 'Not Found' } }
      : { status: 302, headers: { location: url } }
  );
  const list = join(await temporaryDirectory('mg-audit-'), 'repositories.txt');
  await writeFile(
    list,
    'datarobot/datarobot-user-models@main:public_dropin_environments/*\ndatarobot/gone\n'
  );
  const { code, stdout, stderr } = await cli('audit', list, '--token', TOKEN, '--format', 'json');
  expect(code).toBe(0);
  expect(fake().invalid()).toEqual([]);
  expect(
    fake()
      .requests.filter((r) => r.operationId === 'repos/download-tarball-archive')
      .map((r) => [r.path, r.authorization])
  ).toEqual([
    ['/repos/datarobot/datarobot-user-models/tarball/main', `token ${TOKEN}`],
    ['/repos/datarobot/gone/tarball/HEAD', `token ${TOKEN}`]
  ]);
  const report = JSON.parse(stdout);
  expect(report.environments.map((e: { path: string; python: string }) => [e.path, e.python])).toEqual([
    ['public_dropin_environments/python3_sklearn', '3.7']
  ]);
  expect(
    report.repositories.map((r: { repository: string; problem?: string }) => [
      r.repository,
      r.problem?.slice(0, 20)
    ])
  ).toEqual([
    ['datarobot/datarobot-user-models@main', undefined],
    ['datarobot/gone', 'GitHub answered 404:']
  ]);
  expect(stderr).toContain('datarobot/datarobot-user-models@main: fetching');
  expect(stderr).toMatch(/datarobot\/datarobot-user-models@main: \d+ files, 1 environment, \d+ findings/);
  expect(stderr + stdout).not.toContain(TOKEN);
});

test('without a token or a list, a usage error', async () => {
  const previous = process.env.GITHUB_TOKEN;
  delete process.env.GITHUB_TOKEN;
  try {
    expect((await cli('audit', 'list.txt')).stderr).toContain(
      'audit needs a token that can read the repositories: --token, or GITHUB_TOKEN'
    );
    expect((await cli('audit')).code).toBe(2);
  } finally {
    if (previous !== undefined) process.env.GITHUB_TOKEN = previous;
  }
});

test('a truncated archive: what was read is scanned, and the repository is marked as audited in part', async () => {
  const whole = await makeTarball(
    folderEntries('examples/drum-legacy', 'datarobot-datarobot-user-models-0123abc')
  );
  const url = fake().download('/_codeload/cut.tar.gz', whole.subarray(0, Math.floor(whole.length * 0.6)));
  fake().on('repos/download-tarball-archive', () => ({ status: 302, headers: { location: url } }));
  const list = join(await temporaryDirectory('mg-audit-'), 'repositories.txt');
  await writeFile(list, 'datarobot/datarobot-user-models\n');
  const { code, stdout, stderr } = await cli('audit', list, '--token', TOKEN, '--format', 'json');
  expect(code).toBe(0);
  const report = JSON.parse(stdout);
  expect(report.repositories).toEqual([
    {
      repository: 'datarobot/datarobot-user-models',
      conclusion: expect.any(String),
      findings: expect.any(Number),
      incomplete: 'the archive is damaged (unexpected end of file); what was read before is scanned',
      next: { blocking: expect.any(Number), changing: expect.any(Number), counts: expect.any(Object) }
    }
  ]);
  expect(report.stats.files).toBeGreaterThan(0);
  expect(report.stats.files).toBeLessThan(
    folderEntries('examples/drum-legacy', 'top').filter((e) => (e.type ?? 'file') === 'file').length
  );
  expect(stderr).toContain(
    'datarobot/datarobot-user-models: audited in part: the archive is damaged (unexpected end of file); what was read before is scanned'
  );
});

test('audit --local: checkouts on disk, each with its own profiles; the matrix counts what the findings say', async () => {
  const { code, stdout, stderr } = await cli(
    'audit',
    '--local',
    'examples/dropin-environments',
    'examples/flask-service',
    '--format',
    'json'
  );
  // Repositories are audited three at a time: their lines interleave.
  expect([code, stderr.split('\n').filter(Boolean).sort()]).toEqual([
    0,
    [
      'examples/dropin-environments: 24 files, 5 environments, 18 findings',
      'examples/dropin-environments: reading',
      'examples/flask-service: 8 files, 0 environments, 12 findings',
      'examples/flask-service: reading'
    ]
  ]);
  const report = JSON.parse(stdout);
  expect(
    report.environments.map((e: Record<string, unknown>) => [
      e.path,
      e.python,
      e.flaskStack,
      e.fastapiStack,
      e.customFlaskExtension,
      [e.errors, e.warnings, e.notices],
      e.phases
    ])
  ).toEqual([
    ['environments/genai-agent', '3.12', [], ['fastapi', 'uvicorn'], false, [1, 0, 1], { 0: 1, 5: 1 }],
    [
      'environments/legacy-sklearn',
      '3.7',
      ['flask', 'werkzeug', 'gunicorn', 'gevent'],
      [],
      true,
      [1, 2, 5],
      { 0: 1, 5: 7 }
    ],
    [
      'environments/python311-gunicorn',
      '3.11',
      ['flask', 'gunicorn', 'gevent'],
      [],
      false,
      [0, 1, 4],
      { 5: 5 }
    ],
    ['environments/python312-fastapi', '3.12', [], ['fastapi', 'uvicorn', 'httpx'], false, [0, 0, 0], {}],
    ['environments/r-conda', '3.7', ['gevent'], [], false, [1, 1, 1], { 0: 1, 5: 2 }]
  ]);
  // The matrix's numbers are the findings' own: every finding of an environment counted once.
  for (const env of report.environments) {
    const inside = report.findings.filter((f: { path: string }) =>
      f.path.startsWith(`examples/dropin-environments/${env.path}`)
    );
    expect([env.path, env.errors + env.warnings + env.notices]).toEqual([env.path, inside.length]);
  }
  expect(report.ruleset.profiles.map((p: { name: string }) => p.name)).toEqual([
    'environments',
    'flask-service'
  ]);
  expect(
    report.repositories.map((r: { repository: string; conclusion: string }) => [r.repository, r.conclusion])
  ).toEqual([
    ['examples/dropin-environments', 'failure'],
    ['examples/flask-service', 'failure']
  ]);
});

test('audit --local refuses what is not a directory', async () => {
  const { code, stderr } = await cli('audit', '--local', 'examples/nope');
  expect([code, stderr.split('\n')[0]]).toEqual([2, 'migration-gate: not a directory: examples/nope']);
});

test('audit --local --patch: one patch per checkout, named after it, that git apply takes there', async () => {
  const folder = join(await temporaryDirectory('mg-audit-patches-'), 'patches');
  const { code, stderr } = await cli(
    'audit',
    '--local',
    'examples/dropin-environments',
    'examples/flask-service',
    '--stage',
    'decommission',
    '--patch',
    folder
  );
  expect(code).toBe(0);
  expect(await readdir(folder)).toEqual([
    'examples+dropin-environments.patch',
    'examples+flask-service.patch'
  ]);
  const lines = stderr.split('\n');
  expect(lines).toContain(
    `examples/dropin-environments: patch ${join(folder, 'examples+dropin-environments.patch')}: 13 fixes in 6 files; 1 finding not fixed`
  );
  expect(lines).toContain(
    `examples/flask-service: patch ${join(folder, 'examples+flask-service.patch')}: 7 fixes in 3 files; 2 findings not fixed`
  );
  for (const example of ['dropin-environments', 'flask-service']) {
    const checkout = await GitRepo.create({}, `examples/${example}`);
    checkout.git('apply', join(folder, `examples+${example}.patch`));
    // Applied, the checkout has nothing left to fix.
    const again = await cli('fix', checkout.dir, '--stage', 'decommission', '--dry-run');
    expect([example, again.stdout]).toEqual([example, '']);
  }
});
