// `migration-gate fix`: each fixer's edits in the file formats it edits (CRLF, comments, continuations,
// extras, markers), the check that an edit worked before it is written, idempotence, and the CLI's
// in-place writes, unified diff and patch for git apply.
import { chmod, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { main } from '../src/command-line.js';
import { planFixes, type FixRequest } from '../src/fix/fix.js';
import { applyEdits } from '../src/fix/edits.js';
import { MemorySource } from './helpers.js';
import { GitRepo } from './git-repo.js';

/** The trees after the fixes, the fixed and the not fixed, on an in-memory tree (decommission: every removal asked for). */
async function fixed(files: Record<string, string>, request: FixRequest = {}) {
  const plan = await planFixes(new MemorySource(files), {
    rules: 'environments',
    stage: 'decommission',
    ...request
  });
  const after = { ...files };
  for (const f of plan.files) after[f.path] = f.after;
  return { plan, after };
}

const ENV = (extra: Record<string, string>) => ({ 'env/Dockerfile': 'FROM python:3.11\n', ...extra });

describe('requirements files', () => {
  test('the line goes, with its continuation lines; CRLF, comments, extras and markers of the others stay', async () => {
    const text = [
      '# serving',
      'fastapi[all]>=0.110 ; python_version >= "3.8"  # the new server',
      'Flask[async]==2.3.3 \\',
      '    --hash=sha256:0123',
      'gunicorn>=20; sys_platform != "win32"',
      'uvicorn[standard]',
      ''
    ].join('\r\n');
    const { plan, after } = await fixed(ENV({ 'env/requirements.txt': text }));
    expect(after['env/requirements.txt']).toBe(
      [
        '# serving',
        'fastapi[all]>=0.110 ; python_version >= "3.8"  # the new server',
        'uvicorn[standard]',
        ''
      ].join('\r\n')
    );
    expect(plan.fixed.map((f) => [f.ruleId, f.line, f.description])).toEqual([
      ['dropin-environments-flask-stack', 3, 'Remove `Flask[async]==2.3.3`'],
      ['dropin-environments-gunicorn', 5, 'Remove `gunicorn>=20; sys_platform != "win32"`']
    ]);
  });
});

describe('pyproject.toml', () => {
  test('an entry alone on its line: the line; inline: the entry and its comma', async () => {
    const { after, plan } = await fixed(
      ENV({
        'env/pyproject.toml': [
          '[project]',
          'name = "env"',
          'dependencies = [',
          '  "fastapi>=0.110",',
          '  "flask>=2",  # legacy',
          '  "uvicorn[standard]"',
          ']',
          '[project.optional-dependencies]',
          'legacy = ["gevent", "httpx"]',
          ''
        ].join('\n')
      })
    );
    expect(after['env/pyproject.toml']).toBe(
      [
        '[project]',
        'name = "env"',
        'dependencies = [',
        '  "fastapi>=0.110",',
        '  "uvicorn[standard]"',
        ']',
        '[project.optional-dependencies]',
        'legacy = ["httpx"]',
        ''
      ].join('\n')
    );
    expect(plan.notFixed).toEqual([]);
  });
});

describe('setup.py, setup.cfg, Pipfile, conda', () => {
  test('a requirement with its line to itself: the line; inline in setup.py: the entry and its comma', async () => {
    const { after, plan } = await fixed(
      ENV({
        'env/setup.py':
          'from setuptools import setup\nsetup(\n    name="x",\n    install_requires=[\n        "fastapi",\n        "flask>=2",\n    ],\n    extras_require={"legacy": ["gevent", "httpx"]},\n)\n',
        'env/setup.cfg': '[options]\ninstall_requires =\n    fastapi\n    werkzeug>=2\n',
        'env/Pipfile': '[packages]\nfastapi = "*"\nflask = {version = ">=2", extras = ["async"]}\n',
        'env/environment.yml':
          'name: x\ndependencies:\n  - python=3.11\n  - flask=2.3\n  - pip:\n    - httpx\n    - gunicorn==21\n'
      })
    );
    expect(after['env/setup.py']).toBe(
      'from setuptools import setup\nsetup(\n    name="x",\n    install_requires=[\n        "fastapi",\n    ],\n    extras_require={"legacy": ["httpx"]},\n)\n'
    );
    expect(after['env/setup.cfg']).toBe('[options]\ninstall_requires =\n    fastapi\n');
    expect(after['env/Pipfile']).toBe('[packages]\nfastapi = "*"\n');
    expect(after['env/environment.yml']).toBe(
      'name: x\ndependencies:\n  - python=3.11\n  - pip:\n    - httpx\n'
    );
    expect(plan.notFixed).toEqual([]);
  });

  test("conda's only pip package is left: `pip:` would be empty", async () => {
    const { plan } = await fixed(ENV({ 'env/environment.yml': 'dependencies:\n  - pip:\n    - flask\n' }));
    expect(plan.notFixed.map((f) => f.description)).toEqual([
      'it is the only pip package of the environment: `pip:` would be left empty; edit the file by hand'
    ]);
  });
});

describe('Dockerfiles', () => {
  test('one word of an install command; the command when all its packages go; the chain stays right', async () => {
    const { after } = await fixed(
      ENV({
        'env/Dockerfile': [
          'FROM python:3.11',
          'RUN pip install --no-cache-dir flask fastapi',
          'RUN apt-get update && pip install gunicorn gevent && rm -rf /var/lib/apt/lists/*',
          'RUN pip install -r requirements.txt && \\',
          '    pip install --no-cache-dir werkzeug==2.3 gevent',
          'RUN pip install \\',
          '    gunicorn \\',
          '    httpx',
          ''
        ].join('\n')
      })
    );
    expect(after['env/Dockerfile']).toBe(
      [
        'FROM python:3.11',
        'RUN pip install --no-cache-dir fastapi',
        'RUN apt-get update && rm -rf /var/lib/apt/lists/*',
        'RUN pip install -r requirements.txt',
        'RUN pip install \\',
        '    httpx',
        ''
      ].join('\n')
    );
  });

  test('the last word of a package list: its line goes, and the line before ends the instruction', async () => {
    const { after } = await fixed(
      ENV({
        'env/Dockerfile':
          'FROM python:3.11\r\nRUN pip install \\\r\n    fastapi \\\r\n    flask\r\nCMD drum server\r\n'
      })
    );
    expect(after['env/Dockerfile']).toBe(
      'FROM python:3.11\r\nRUN pip install \\\r\n    fastapi\r\nCMD drum server\r\n'
    );
  });

  test('an install command among other shell operators is not rewritten: the file stays, with the reason', async () => {
    const { plan } = await fixed(
      ENV({ 'env/Dockerfile': 'FROM python:3.11\nRUN pip install flask; echo done\n' })
    );
    expect(plan.files).toEqual([]);
    expect(plan.notFixed.map((f) => [f.line, f.description])).toEqual([
      [2, 'removing `flask` leaves an install command without a package; edit the RUN instruction by hand']
    ]);
  });
});

describe('the server type', () => {
  const SERVER =
    'FROM python:3.11\nENV MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE=\'{"type": "string", "payload": "gunicorn"}\'\n';

  test('becomes fastapi once the environment installs the FastAPI stack', async () => {
    const { after, plan } = await fixed({
      'env/Dockerfile': SERVER,
      'env/requirements.txt': 'datarobot-drum\nfastapi\nuvicorn[standard]\nhttpx\n'
    });
    expect(after['env/Dockerfile']).toBe(SERVER.replace('"gunicorn"', '"fastapi"'));
    expect(plan.fixed.map((f) => f.description)).toEqual([
      'Set the server type to `fastapi` (was `gunicorn`)'
    ]);
  });

  test('is left while the stack is missing: selecting it would break the image', async () => {
    const { plan } = await fixed({ 'env/Dockerfile': SERVER, 'env/requirements.txt': 'fastapi\n' });
    expect(plan.files).toEqual([]);
    expect(plan.notFixed.map((f) => f.description)).toEqual([
      'the environment does not install uvicorn, httpx yet; install the FastAPI stack first, then select fastapi'
    ]);
  });
});

describe('an environment on its way: the FastAPI stack added, then the server type follows', () => {
  const DOCKERFILE =
    'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nENV DRUM_SERVER_TYPE=gunicorn\n';

  test("in one run: Flask out, the stack in (in the file's line ends), the server type fastapi; a second run changes nothing", async () => {
    const { after, plan } = await fixed({
      'env/Dockerfile': DOCKERFILE,
      'env/requirements.txt': 'datarobot-drum\r\nflask==2.3.3\r\npandas'
    });
    expect(after['env/requirements.txt']).toBe(
      'datarobot-drum\r\npandas\r\nfastapi\r\nuvicorn[standard]\r\nhttpx\r\n'
    );
    expect(after['env/Dockerfile']).toBe(DOCKERFILE.replace('=gunicorn', '=fastapi'));
    expect(plan.fixed.map((f) => f.ruleId).sort()).toEqual([
      'dropin-environments-flask-stack',
      'dropin-environments-server-type',
      'environment-installs-fastapi-stack'
    ]);
    expect((await fixed(after)).plan.files).toEqual([]);
  });

  test('an edit that would bring another finding is not made: fastapi beside a pydantic 1 pin', async () => {
    const { plan } = await fixed({
      'env/Dockerfile': DOCKERFILE,
      'env/requirements.txt': 'datarobot-drum\npydantic==1.10.13\n'
    });
    expect(plan.files).toEqual([]);
    expect(plan.notFixed.map((f) => [f.ruleId, f.description]).sort()).toEqual([
      [
        'dropin-environments-server-type',
        'the environment does not install fastapi, uvicorn, httpx yet; install the FastAPI stack first, then select fastapi'
      ],
      [
        'environment-installs-fastapi-stack',
        'the edit would bring pydantic-v1-with-fastapi-in-environments findings; the file is left as it was'
      ]
    ]);
  });
});

describe('what fix may touch', () => {
  test("notices are left alone: in beta DRUM's images still need Flask", async () => {
    const plan = await planFixes(new MemorySource(ENV({ 'env/requirements.txt': 'flask\n' })), {
      rules: 'environments',
      stage: 'beta'
    });
    expect([plan.files.length, plan.notices]).toEqual([0, 1]);
  });

  test('gunicorn that serves an app of its own is never removed (the rule says fix: false)', async () => {
    const { plan } = await fixed({
      'env/Dockerfile': 'FROM python:3.11\nCMD gunicorn -k uvicorn.workers.UvicornWorker app:app\n',
      'env/requirements.txt': 'gunicorn\n'
    });
    expect([plan.files, plan.fixed, plan.notFixed]).toEqual([[], [], []]);
  });

  test('--rule narrows the fixes to one rule', async () => {
    const { plan } = await fixed(ENV({ 'env/requirements.txt': 'flask\ngunicorn\n' }), {
      only: ['dropin-environments-gunicorn']
    });
    expect(plan.fixed.map((f) => f.ruleId)).toEqual(['dropin-environments-gunicorn']);
  });
});

test('property: after fix, a scan reports none of the fixed findings, and a second fix changes nothing', async () => {
  const packages = fc.constantFrom(
    'flask',
    'Flask==2.3.3',
    'werkzeug>=2',
    'gevent',
    'fastapi',
    'httpx',
    'pandas==2.1'
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(packages, { minLength: 1, maxLength: 6 }),
      fc.array(packages, { minLength: 1, maxLength: 4 }),
      fc.constantFrom('\n', '\r\n'),
      async (requirements, installed, eol) => {
        const files = ENV({
          'env/requirements.txt': requirements.join(eol) + eol,
          'env/Dockerfile': `FROM python:3.11${eol}RUN pip install --no-cache-dir ${installed.join(' ')}${eol}`
        });
        const { plan, after } = await fixed(files);
        const again = await fixed(after);
        expect(again.plan.files).toEqual([]);
        const stillThere = new Set(again.plan.notFixed.map((f) => `${f.ruleId} ${f.path}`));
        for (const f of plan.fixed) expect(stillThere.has(`${f.ruleId} ${f.path}:${f.line}`)).toBe(false);
        // Nothing but the forbidden packages went.
        for (const p of [...requirements, ...installed].filter((x) => /^(fastapi|httpx|pandas)/.test(x)))
          expect(Object.values(after).join('\n')).toContain(p);
      }
    ),
    { numRuns: 60 }
  );
});

test('edits that overlap: the second is left out', () => {
  const edit = (column: number, endColumn: number, text: string) => ({
    line: 1,
    column,
    endLine: 1,
    endColumn,
    text
  });
  expect(applyEdits('abcdef', [edit(2, 4, 'X'), edit(3, 5, 'Y')])).toEqual({
    text: 'abYef',
    overlapping: [edit(2, 4, 'X')]
  });
});

describe('the command', () => {
  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      env: {}
    });
    return { code, stdout, stderr };
  };
  const tree = {
    'envs/py/Dockerfile': 'FROM python:3.11\nRUN pip install -r requirements.txt\n',
    'envs/py/requirements.txt': 'fastapi\nflask==2.3.3\nuvicorn[standard]\n',
    'envs/py/start.sh': '#!/bin/sh\nexec drum server\n'
  };

  test('--dry-run prints the diff and writes nothing; --patch writes a patch git apply takes; in place keeps the mode', async () => {
    const repo = await GitRepo.create(tree);
    await chmod(join(repo.dir, 'envs/py/requirements.txt'), 0o640);
    const dry = await cli('fix', repo.dir, '--rules', 'environments', '--stage', 'decommission', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      [
        'diff --git a/envs/py/requirements.txt b/envs/py/requirements.txt',
        '--- a/envs/py/requirements.txt',
        '+++ b/envs/py/requirements.txt',
        '@@ -1,3 +1,2 @@',
        ' fastapi',
        '-flask==2.3.3',
        ' uvicorn[standard]',
        ''
      ].join('\n')
    );
    expect(dry.stderr).toContain(
      'dropin-environments-flask-stack: 1 would be fixed\n  ✓ envs/py/requirements.txt:2  Remove `flask==2.3.3`\n'
    );
    expect(repo.git('status', '--porcelain')).toBe('');

    const patch = join(repo.dir, '..', `${repo.dir.split('/').pop()}.patch`);
    expect(
      (await cli('fix', repo.dir, '--rules', 'environments', '--stage', 'decommission', '--patch', patch))
        .code
    ).toBe(0);
    expect(repo.git('status', '--porcelain')).toBe('');
    repo.git('apply', '--check', patch);

    const inPlace = await cli('fix', repo.dir, '--rules', 'environments', '--stage', 'decommission');
    expect(inPlace.stdout).toContain('1 finding fixed in 1 file; 0 not fixed.');
    expect(repo.git('diff', '--numstat')).toBe('0\t1\tenvs/py/requirements.txt\n');
    expect((await stat(join(repo.dir, 'envs/py/requirements.txt'))).mode & 0o777).toBe(0o640);
    expect(await readFile(join(repo.dir, 'envs/py/requirements.txt'), 'utf8')).toBe(
      'fastapi\nuvicorn[standard]\n'
    );
    expect(
      (await cli('fix', repo.dir, '--rules', 'environments', '--stage', 'decommission')).stdout
    ).toContain('Nothing to fix: no finding has a fix.');
  });
});

describe('suggestions', () => {
  test('one per changed block on the pull request lines: a removed word leaves the new line; fences outgrow backticks', async () => {
    const { suggestionComments } = await import('../src/github/suggestions.js');
    const files = ENV({
      'env/Dockerfile': 'FROM python:3.11\nRUN pip install flask fastapi # ```x```\n',
      'env/requirements.txt': 'gevent\nhttpx\n'
    });
    const { plan } = await fixed(files);
    const comments = suggestionComments(
      plan.files,
      plan.fixed,
      (path) => (path === 'sub/env/Dockerfile' ? new Set([2]) : undefined),
      'sub'
    );
    expect(comments).toEqual([
      {
        path: 'sub/env/Dockerfile',
        startLine: 2,
        line: 2,
        body: '**migration-gate** Remove `flask` from the install command (`dropin-environments-flask-stack`)\n\n````suggestion\nRUN pip install fastapi # ```x```\n````'
      }
    ]);
  });
});
