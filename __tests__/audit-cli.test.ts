// `migration-gate audit` outside Actions: @octokit/rest against the fake GitHub on 127.0.0.1.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/command-line.js';
import { useFakeGitHub } from './github/fake-github.js';
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
  expect(stderr).toMatch(/datarobot\/datarobot-user-models@main: \d+ files, 1 environments, \d+ findings/);
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
      incomplete: 'the archive is damaged (unexpected end of file); what was read before is scanned'
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
