// Gating what a change introduces, end to end through the CLI on real git repositories.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/command-line.js';
import { GitRepo } from './git-repo.js';
import { temporaryDirectory } from './temporary.js';

interface JsonFinding {
  ruleId: string;
  path: string;
  line?: number;
  severity: string;
  new?: boolean;
  baselined?: boolean;
}
interface JsonReport {
  conclusion: string;
  counts: Record<string, number>;
  findings: JsonFinding[];
  suppressions: { used: Array<{ line: number }>; problems: Array<{ line: number; message: string }> };
  baseline?: { grown: unknown[]; improved: unknown[] };
  notes: Array<{ path: string; message: string }>;
}

async function scan(...argv: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--format', 'json'], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s)
  });
  return { code, report: stdout ? JSON.parse(stdout) : (undefined as never), stderr };
}

const COMMON = 'custom_model_runner/datarobot_drum/drum/common.py';

describe('on a copy of the DRUM-shaped example', () => {
  let repo: GitRepo;
  let baseline: string;

  beforeAll(async () => {
    repo = await GitRepo.create({}, 'examples/drum-legacy');
    baseline = join(await temporaryDirectory('mg-baseline-'), 'baseline.json');
    let stderr = '';
    expect(
      await main(['baseline', repo.dir, '--output', baseline], {
        stdout: () => {},
        stderr: (s) => void (stderr += s)
      })
    ).toBe(0);
    expect(stderr).toBe(`Baseline written to ${baseline}.\n`);
  });
  afterEach(() => {
    repo.git('checkout', '-q', '-f', 'main');
  });

  test('at stage lts a change adding a Flask import is blocked, exactly that line new; old imports only warn', async () => {
    repo.branch('add-flask');
    await appendFile(join(repo.dir, COMMON), '\nfrom flask import current_app\n');
    repo.commit('use Flask in common.py');
    const { code, report } = await scan('scan', repo.dir, '--base', 'main', '--stage', 'lts');
    expect(code).toBe(1);
    const fresh = report.findings.filter((f) => f.new);
    expect(fresh.map((f) => [f.ruleId, f.path, f.line, f.severity])).toEqual([
      ['flask-stack-import-in-runner', COMMON, 13, 'error']
    ]);
    const oldImports = report.findings.filter((f) => f.ruleId === 'flask-stack-import-in-runner' && !f.new);
    expect(oldImports.length).toBeGreaterThan(3);
    expect(new Set(oldImports.map((f) => f.severity))).toEqual(new Set(['warning']));
  });

  test('at stage rc an environment the change adds that selects gunicorn blocks; the one already there warns', async () => {
    repo.branch('add-environment');
    const env = 'public_dropin_environments/python3_new';
    await mkdir(join(repo.dir, env), { recursive: true });
    await writeFile(
      join(repo.dir, env, 'Dockerfile'),
      [
        'FROM python:3.11-slim',
        'COPY requirements.txt requirements.txt',
        'RUN pip install -r requirements.txt',
        `ENV MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE='{"type": "string", "payload": "gunicorn"}'`,
        ''
      ].join('\n')
    );
    await writeFile(join(repo.dir, env, 'requirements.txt'), 'datarobot-drum==1.16.0\n');
    repo.commit('a new environment on gunicorn');
    const { code, report } = await scan('scan', repo.dir, '--base', 'main', '--stage', 'rc');
    expect(code).toBe(1);
    const byRule = (id: string) =>
      report.findings.filter((f) => f.ruleId === id).map((f) => [f.path, f.line, f.severity, f.new]);
    expect(byRule('dropin-environments-server-type')).toEqual([
      ['public_dropin_environments/python3_new/Dockerfile', 4, 'error', true],
      ['public_dropin_environments/python3_sklearn/Dockerfile', 4, 'warning', false]
    ]);
    // The new environment installs no FastAPI: blocked as new (its Dockerfile is new).
    expect(
      byRule('environment-installs-fastapi-stack').filter(([path]) => String(path).startsWith(env))
    ).toEqual([[env, undefined, 'error', true]]);
  });

  test('with a baseline taken at the base commit, an unrelated change passes even at decommission', async () => {
    repo.branch('docs');
    await appendFile(join(repo.dir, 'README.md'), '\nMore words.\n');
    repo.commit('docs');
    const { code, report } = await scan('scan', repo.dir, '--baseline', baseline, '--stage', 'decommission');
    expect(code).toBe(0);
    expect(report.counts.error).toBe(0);
    expect(report.findings.every((f) => f.baselined)).toBe(true);
    expect(report.baseline).toEqual({ file: baseline, grown: [], improved: [] });
  });

  test('… while the Flask-adding change still fails, on exactly the grown bucket', async () => {
    repo.branch('add-flask-2');
    await appendFile(join(repo.dir, COMMON), '\nfrom flask import current_app\n');
    repo.commit('use Flask');
    const { code, report } = await scan('scan', repo.dir, '--baseline', baseline, '--stage', 'decommission');
    expect(code).toBe(1);
    expect(
      report.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.path, f.line])
    ).toEqual([['flask-stack-import-in-runner', COMMON, 13]]);
    expect(report.baseline!.grown).toEqual([
      { rule: 'flask-stack-import-in-runner', path: COMMON, count: 1, baseline: 0 }
    ]);
  });

  test('a reformat that shifts every line does not fail against the baseline', async () => {
    repo.branch('reformat');
    for (const path of repo.git('ls-files', '*.py').split('\n').filter(Boolean)) {
      const text = await readFile(join(repo.dir, path), 'utf8');
      await writeFile(join(repo.dir, path), `# -*- coding: utf-8 -*-\n\n\n${text}`);
    }
    repo.commit('reformat');
    const { code, report } = await scan('scan', repo.dir, '--baseline', baseline, '--stage', 'decommission');
    expect(code).toBe(0);
    expect(report.baseline!.grown).toEqual([]);
  });

  test('removing findings says the baseline can shrink', async () => {
    repo.branch('cleanup');
    repo.git('rm', '-q', '-r', 'custom_model_runner/datarobot_drum/drum/gunicorn');
    repo.commit('remove gunicorn');
    const { code, report } = await scan('scan', repo.dir, '--baseline', baseline, '--stage', 'decommission');
    expect(code).toBe(0);
    expect(report.baseline!.improved).toContainEqual({
      rule: 'gunicorn-directory',
      path: 'custom_model_runner/datarobot_drum/drum/gunicorn',
      count: 0,
      baseline: 1
    });
  });

  test('in CI an existing baseline is not rewritten without --force', async () => {
    const previous = process.env.CI;
    process.env.CI = 'true';
    try {
      let stderr = '';
      expect(
        await main(['baseline', repo.dir, '--output', baseline], {
          stdout: () => {},
          stderr: (s) => void (stderr += s)
        })
      ).toBe(2);
      expect(stderr).toContain(`refusing to rewrite the baseline ${baseline} in CI (CI is set)`);
    } finally {
      if (previous === undefined) delete process.env.CI;
      else process.env.CI = previous;
    }
  });
});

const RULES =
  'name: t\nrules:\n  - { id: no-flask, phase: 2, title: t, kind: forbidden-import, modules: [flask], message: m., enforce: new }\n';

describe('changed lines from git', () => {
  let rules: string;
  beforeAll(async () => {
    rules = join(await temporaryDirectory('mg-rules-'), 'rules.yml');
    await writeFile(rules, RULES);
  });

  const newness = (report: JsonReport) => report.findings.map((f) => [f.path, f.line, f.new]);

  test('edited lines, renames, deletions, CRLF and untracked files', async () => {
    const repo = await GitRepo.create({
      'a.py': 'import os\nimport flask\n',
      'moved.py': 'import flask\nx = 1\n',
      'crlf.py': 'import os\r\nx = 1\r\n',
      'gone.py': 'import flask\n'
    });
    repo.branch('change');
    await writeFile(join(repo.dir, 'a.py'), 'import os\nimport flask\nimport flask.json\n');
    repo.git('mv', 'moved.py', 'renamed.py');
    await writeFile(join(repo.dir, 'crlf.py'), 'import os\r\nimport flask\r\nx = 1\r\n');
    repo.git('rm', '-q', 'gone.py');
    repo.commit('change');
    await writeFile(join(repo.dir, 'untracked.py'), 'import flask\n');
    const { code, report } = await scan('scan', repo.dir, '--rules', rules, '--base', 'main');
    expect(code).toBe(1);
    expect(newness(report)).toEqual([
      ['a.py', 2, false],
      ['a.py', 3, true],
      ['crlf.py', 2, true],
      ['renamed.py', 1, false],
      ['untracked.py', 1, true]
    ]);
    expect(report.findings.filter((f) => f.severity === 'error').length).toBe(3);
  });

  test('--changed-only looks only at changed files with per-file rules', async () => {
    const repo = await GitRepo.create({ 'old.py': 'import flask\n', 'touched.py': 'import os\n' });
    repo.branch('change');
    await writeFile(join(repo.dir, 'touched.py'), 'import os\nimport flask\n');
    repo.commit('change');
    const { report } = await scan('scan', repo.dir, '--rules', rules, '--base', 'main', '--changed-only');
    expect(newness(report)).toEqual([['touched.py', 2, true]]);
    let stderr = '';
    expect(
      await main(['scan', repo.dir, '--changed-only'], {
        stdout: () => {},
        stderr: (s) => void (stderr += s)
      })
    ).toBe(2);
    expect(stderr).toContain(
      'only changed files can be scanned when the change is known (--base, or pr/push mode)'
    );
  });

  test('--changed-only runs a tree-level rule only when the change touches its files, and says which did not run', async () => {
    const treeRules = join(await temporaryDirectory('mg-rules-'), 'rules.yml');
    await writeFile(
      treeRules,
      [
        'name: t',
        'rules:',
        '  - { id: no-flask-dep, phase: 3, title: t, kind: forbidden-dependency, packages: [flask], message: m. }',
        '  - { id: legacy-dir, phase: 1, title: t, kind: forbidden-path, files: [pkg/legacy], message: m. }',
        '  - { id: launcher, phase: 1, title: t, kind: required-path, files: [pkg/run.py], message: m. }',
        '  - { id: parity, phase: 2, title: t, kind: route-parity, files: [pkg/flask_app.py], fastapi: [pkg/api/*.py], message: m. }'
      ].join('\n')
    );
    const repo = await GitRepo.create({
      'requirements.txt': 'flask==2.2.5\n',
      'docker/Dockerfile': 'FROM python:3.11\nCOPY deps.txt .\nRUN pip install -r deps.txt\n',
      'docker/deps.txt': 'requests\n',
      'pkg/legacy/old.py': 'x = 1\n',
      'pkg/run.py': '',
      'pkg/flask_app.py': '@app.route("/ping")\ndef ping():\n    return "ok"\n',
      'pkg/api/routes.py': '',
      'pkg/other.py': 'x = 1\n'
    });
    const run = async () =>
      (await scan('scan', repo.dir, '--rules', treeRules, '--base', 'main', '--changed-only')).report;
    const ran = (report: JsonReport) =>
      ['no-flask-dep', 'legacy-dir', 'launcher', 'parity'].filter(
        (id) =>
          !report.notes.some(
            (n) => n.message === `rule '${id}' was not run: the change touches none of its files`
          )
      );

    repo.branch('unrelated');
    await writeFile(join(repo.dir, 'pkg/other.py'), 'x = 2\n');
    repo.commit('unrelated');
    const unrelated = await run();
    expect(ran(unrelated)).toEqual([]);
    expect(unrelated.findings).toEqual([]);

    repo.git('checkout', '-q', 'main');
    repo.branch('touching');
    await writeFile(join(repo.dir, 'docker/deps.txt'), 'requests\nflask\n'); // read through the Dockerfile
    await writeFile(join(repo.dir, 'pkg/legacy/new.py'), ''); // inside the forbidden folder
    repo.git('rm', '-q', 'pkg/run.py'); // a required file removed
    await writeFile(join(repo.dir, 'pkg/api/routes.py'), '# the FastAPI side\n'); // watched by route-parity
    repo.git('add', '-A');
    repo.commit('touching');
    const touching = await run();
    expect(ran(touching)).toEqual(['no-flask-dep', 'legacy-dir', 'launcher', 'parity']);
    expect(touching.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['no-flask-dep', 'docker/deps.txt'],
      ['legacy-dir', 'pkg/legacy'],
      ['launcher', 'pkg/run.py'],
      ['no-flask-dep', 'requirements.txt']
    ]);
  });

  test('a base that is not a commit is a usage error', async () => {
    const repo = await GitRepo.create({ 'a.py': '' });
    let stderr = '';
    expect(
      await main(['scan', repo.dir, '--base', 'no-such-branch'], {
        stdout: () => {},
        stderr: (s) => void (stderr += s)
      })
    ).toBe(2);
    expect(stderr).toContain(`git: 'no-such-branch' is not a commit in ${repo.dir}`);
  });

  test('suppressions with past and future dates, through the CLI', async () => {
    const repo = await GitRepo.create({
      'a.py': [
        'import flask  # migration-gate: ignore[no-flask] fallback server, until 2099-12-31',
        'import flask  # migration-gate: ignore[no-flask] old excuse, until 2020-01-01',
        '# migration-gate: ignore[no-flask] nothing below',
        'x = 1',
        ''
      ].join('\n')
    });
    const { report } = await scan('scan', repo.dir, '--rules', rules);
    expect(report.findings.map((f) => f.line)).toEqual([2]);
    expect(report.suppressions.used.map((u) => u.line)).toEqual([1]);
    expect(report.suppressions.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'This suppression of no-flask expired on 2020-01-01; its findings are reported again.'],
      [3, 'This suppression of no-flask matches no finding; remove it.']
    ]);
  });
});
