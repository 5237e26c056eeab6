// `migration-gate fix`: each fixer's edits in the file formats it edits (CRLF, comments, continuations,
// extras, markers), the check that an edit worked before it is written, idempotence, and the CLI's
// in-place writes, unified diff and patch for git apply.
import { chmod, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { main } from '../src/command-line.js';
import { planFixes, type FixRequest } from '../src/fix/fix.js';
import { scanSource } from '../src/pipeline.js';
import { applyEdits } from '../src/fix/edits.js';
import { loadRules, MemorySource } from './helpers.js';
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
  test('an entry alone on its line: the line; inline: the entry and its comma; the only entry: the array is left empty', async () => {
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
          'old = [ "werkzeug" ]',
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
        'old = [  ]',
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

describe('the Python version', () => {
  test("raised to the rule's minimum where it is declared; the other bounds, names and line ends stay", async () => {
    const { after, plan } = await fixed({
      'a/Dockerfile': 'FROM docker.io/library/python:3.7.12-slim-buster AS base\r\nRUN echo\r\n',
      'a/.python-version': '3.7.4\n',
      'b/Dockerfile': 'FROM python:3.6\n',
      'b/pyproject.toml':
        '[project]\nname = "b"\nrequires-python = ">=3.6, <4"  # floor\n\n[tool.poetry.dependencies]\npython = "^3.7"\n',
      'b/setup.py': 'from setuptools import setup\nsetup(name="b", python_requires=\'>3.6\')\n',
      'b/environment.yml': 'name: b\ndependencies:\n  - python=3.7\n  - pip\n'
    });
    expect(after).toEqual({
      'a/Dockerfile': 'FROM docker.io/library/python:3.8-slim-buster AS base\r\nRUN echo\r\n',
      'a/.python-version': '3.8\n',
      'b/Dockerfile': 'FROM python:3.8\n',
      'b/pyproject.toml':
        '[project]\nname = "b"\nrequires-python = ">=3.8, <4"  # floor\n\n[tool.poetry.dependencies]\npython = "^3.8"\n',
      'b/setup.py': 'from setuptools import setup\nsetup(name="b", python_requires=\'>=3.8\')\n',
      'b/environment.yml': 'name: b\ndependencies:\n  - python=3.8\n  - pip\n'
    });
    expect(plan.fixed.map((f) => [f.path, f.line, f.description])).toEqual([
      ['a/.python-version', 1, 'Raise Python to 3.8: `3.7.4` becomes `3.8`'],
      ['a/Dockerfile', 1, 'Raise Python to 3.8: `python:3.7.12` becomes `python:3.8`'],
      ['b/Dockerfile', 1, 'Raise Python to 3.8: `python:3.6` becomes `python:3.8`'],
      ['b/environment.yml', 3, 'Raise Python to 3.8: `=3.7` becomes `=3.8`'],
      ['b/pyproject.toml', 3, 'Raise Python to 3.8: `>=3.6, <4` becomes `>=3.8, <4`'],
      ['b/pyproject.toml', 6, 'Raise Python to 3.8: `^3.7` becomes `^3.8`'],
      ['b/setup.py', 2, 'Raise Python to 3.8: `>3.6` becomes `>=3.8`']
    ]);
    expect((await fixed(after)).plan).toMatchObject({ files: [], fixed: [], notFixed: [] });
  });

  test('left to a person where the edit is a choice: other images, digests, exact releases, distributions, an upper bound', async () => {
    const { plan } = await fixed({
      'a/Dockerfile': 'FROM datarobot/base:debian10-py3.7\n',
      'b/Dockerfile': 'FROM python:3.7@sha256:0123\n',
      'c/Dockerfile': 'FROM debian:buster\nRUN apt-get install -y python3\n',
      'c/runtime.txt': 'python-3.7.9\n',
      'e/pyproject.toml': '[project]\nname = "e"\nrequires-python = "==3.7.4"\n',
      'f/pyproject.toml': '[project]\nname = "f"\nrequires-python = "<3.9"\n'
    });
    expect(plan.files).toEqual([]);
    expect(plan.notFixed.map((f) => [f.path, f.description])).toEqual([
      [
        'a/Dockerfile',
        'the base image is not the official python image named by a literal tag; change it by hand'
      ],
      ['b/Dockerfile', 'the image is pinned by digest; choose the new digest by hand'],
      [
        'c/Dockerfile',
        'the Python comes from an installed package; change the package or the base image by hand'
      ],
      ['c/runtime.txt', 'runtime.txt names a whole release; choose one of Python 3.8 by hand'],
      ['e/pyproject.toml', '`==3.7.4` has no lower bound to raise; edit it by hand'],
      ['f/pyproject.toml', '`<3.9` has no lower bound to raise; edit it by hand']
    ]);
  });
});

describe('a health route FastAPI serves one way only', () => {
  const rules = loadRules(`id: ping-both-ways
phase: 2
title: Health both ways
kind: route-parity
files: ['**/*.py']
health: [/ping]
message: Health checkers call both forms.
enforce: { beta: error }`);
  const FLASK =
    'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/ping")\ndef ping():\n    return "ok"\n';

  test('gets its twin stacked under it, with the same arguments; a route without a handler is left', async () => {
    const fastapi = [
      'from fastapi import APIRouter, FastAPI',
      'app = FastAPI()',
      'router = APIRouter(prefix="/ping")',
      '',
      'class Health:',
      '    @router.get("/", include_in_schema=False)',
      '    async def ping(self):',
      '        return "ok"',
      '',
      'app.include_router(router)',
      ''
    ].join('\r\n');
    const files = {
      'old.py': FLASK + '\n@app.route("/items", methods=["POST"])\ndef items():\n    return "ok"\n',
      'new.py': fastapi
    };
    const { after, plan } = await fixed(files, { rules: undefined, ruleSet: rules });
    expect(after['new.py']).toBe(
      fastapi.replace(
        '    @router.get("/", include_in_schema=False)\r\n',
        '    @router.get("/", include_in_schema=False)\r\n    @router.get("", include_in_schema=False)\r\n'
      )
    );
    expect(plan.fixed.map((f) => [f.path, f.line, f.description])).toEqual([
      ['new.py', 6, 'Serve `` too: add `@router.get("", include_in_schema=False)`']
    ]);
    expect(plan.notFixed.map((f) => [f.path, f.line, f.description])).toEqual([
      ['old.py', 8, 'a missing FastAPI route needs its handler written; add it by hand']
    ]);
    const again = await fixed(after, { rules: undefined, ruleSet: rules });
    expect(again.plan.files).toEqual([]);
  });

  test('a registration over several lines is left, with the reason', async () => {
    const { plan } = await fixed(
      {
        'old.py': FLASK,
        'new.py':
          'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get(\n    "/ping/"\n)\ndef ping():\n    return "ok"\n'
      },
      { rules: undefined, ruleSet: rules }
    );
    expect(plan.notFixed.map((f) => [f.path, f.line, f.description])).toEqual([
      ['new.py', 4, 'the route registration spans several lines; add its twin by hand']
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
  /** How many findings each rule has in each file. */
  const counts = async (files: Record<string, string>) => {
    const { report } = await scanSource(new MemorySource(files), {
      rules: 'environments',
      stage: 'decommission'
    });
    const out = new Map<string, number>();
    for (const f of report.findings)
      out.set(`${f.ruleId} ${f.path}`, (out.get(`${f.ruleId} ${f.path}`) ?? 0) + 1);
    return out;
  };
  await fc.assert(
    fc.asyncProperty(
      fc.array(packages, { minLength: 1, maxLength: 6 }),
      fc.array(packages, { minLength: 1, maxLength: 4 }),
      fc.constantFrom('3.6', '3.7.12', '3.11'),
      fc.constantFrom('\n', '\r\n'),
      async (requirements, installed, python, eol) => {
        const files = {
          'env/requirements.txt': requirements.join(eol) + eol,
          'env/Dockerfile': `FROM python:${python}-slim${eol}RUN pip install --no-cache-dir ${installed.join(' ')}${eol}`
        };
        const { plan, after } = await fixed(files);
        const again = await fixed(after);
        expect(again.plan.files).toEqual([]);
        // Each fixed finding is gone: its rule has that many fewer findings in its file.
        const [before, now] = [await counts(files), await counts(after)];
        for (const f of plan.fixed) {
          const key = `${f.ruleId} ${f.path}`;
          const gone = plan.fixed.filter((g) => `${g.ruleId} ${g.path}` === key).length;
          expect([key, now.get(key) ?? 0]).toEqual([key, (before.get(key) ?? 0) - gone]);
        }
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

test('a plan scans the tree twice when one round fixes all: as it is, then as edited (the next round reuses that)', async () => {
  const files = ENV({
    'env/requirements.txt': 'fastapi\nflask==2.3.3\n',
    'clean/Dockerfile': 'FROM python:3.11\nRUN pip install -r requirements.txt\n',
    'clean/requirements.txt': 'fastapi\n'
  });
  const source = new MemorySource(files);
  const reads: string[] = [];
  const read = source.read.bind(source);
  source.read = (path, max) => (reads.push(path), read(path, max));
  const plan = await planFixes(source, { rules: 'environments', stage: 'decommission' });
  expect(plan.files.map((f) => [f.path, f.after])).toEqual([['env/requirements.txt', 'fastapi\n']]);
  expect(reads.filter((p) => p === 'clean/requirements.txt')).toHaveLength(2);
});

describe('suggestions', () => {
  test('mayHaveSuggestions: a finding with a fixer in a changed file, or in a folder holding one', async () => {
    const { mayHaveSuggestions } = await import('../src/github/suggestions.js');
    const kinds = new Set(['forbidden-dependency']);
    const findings = [
      { kind: 'forbidden-dependency', path: 'envs/py/requirements.txt' },
      { kind: 'forbidden-import', path: 'app/server.py' }
    ];
    expect(mayHaveSuggestions(findings, ['envs/py/requirements.txt'], kinds)).toBe(true);
    expect(mayHaveSuggestions(findings, ['envs/py/Dockerfile'], kinds)).toBe(true); // its folder
    expect(mayHaveSuggestions(findings, ['app/server.py', 'docs/x.md'], kinds)).toBe(false); // no fixer there
    expect(mayHaveSuggestions(findings, ['envs/pyx/Dockerfile'], kinds)).toBe(false); // not a folder of it
    expect(mayHaveSuggestions(findings, ['sub/envs/py/Dockerfile'], kinds, 'sub')).toBe(true);
    expect(mayHaveSuggestions(findings, ['envs/py/Dockerfile'], kinds, 'sub')).toBe(false);
    // A finding on a folder (`envs/py`) or at the top holds what is under it.
    expect(
      mayHaveSuggestions([{ kind: 'forbidden-dependency', path: 'envs/py' }], ['envs/py/a'], kinds)
    ).toBe(true);
    expect(mayHaveSuggestions([{ kind: 'forbidden-dependency', path: 'setup.py' }], ['x/y'], kinds)).toBe(
      true
    );
  });

  test('property: whenever the plan has a suggestion on the changed lines, mayHaveSuggestions says so', async () => {
    const { mayHaveSuggestions, suggestionComments } = await import('../src/github/suggestions.js');
    const { FIXERS } = await import('../src/fix/fixers.js');
    const files = ENV({
      'env/Dockerfile': 'FROM python:3.8\nRUN pip install flask fastapi\n',
      'env/requirements.txt': 'gevent\nhttpx\n',
      'other/Dockerfile': 'FROM python:3.11\nRUN pip install -r requirements.txt\n',
      'other/requirements.txt': 'werkzeug\n'
    });
    const { plan } = await fixed(files);
    const { report } = await scanSource(new MemorySource(files), {
      rules: 'environments',
      stage: 'decommission'
    });
    const paths = Object.keys(files);
    // Not vacuous: with every line of every file changed, there are suggestions in both folders.
    const all = suggestionComments(plan.files, plan.fixed, () => 'all');
    expect(new Set(all.map((c) => c.path.split('/')[0]))).toEqual(new Set(['env', 'other']));
    await fc.assert(
      fc.asyncProperty(fc.subarray(paths), fc.subarray([1, 2, 3]), async (changed, lines) => {
        const suggested = suggestionComments(plan.files, plan.fixed, (p) =>
          changed.includes(p) ? new Set(lines) : undefined
        );
        if (suggested.length > 0)
          expect(mayHaveSuggestions(report.findings, changed, new Set(Object.keys(FIXERS)))).toBe(true);
      }),
      { numRuns: 100 }
    );
  });

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
