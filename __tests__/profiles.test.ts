// The bundled profiles on the repository shapes they are for, through the default invocation (no
// rules given): the profiles chosen and why, every finding at its line, nothing about a path the tree
// does not have.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanDirectory, scanSource } from '../src/pipeline.js';
import type { Report } from '../src/report/report.js';
import { renderText } from '../src/report/text.js';
import { MemorySource } from './helpers.js';

const brief = (report: Report) =>
  report.findings.map((f) => [f.ruleId, f.path, f.line ?? null, f.column ?? null, f.severity]);

/** Every finding names a path the tree has, or carries an anchor that is a file of the tree. */
function expectRealPaths(directory: string, report: Report): void {
  for (const f of report.findings) {
    expect([f.ruleId, /[*?[\]{}]/.test(f.path)]).toEqual([f.ruleId, false]);
    const real = existsSync(join(directory, f.path));
    const anchored = f.anchor !== undefined && statSync(join(directory, f.anchor)).isFile();
    expect([
      f.ruleId,
      f.path,
      (real && (f.anchor === undefined || statSync(join(directory, f.path)).isDirectory())) || anchored
    ]).toEqual([f.ruleId, f.path, true]);
  }
}

describe('a customer repository of drop-in environments (examples/dropin-environments)', () => {
  let report: Report;
  beforeAll(async () => {
    report = await scanDirectory({ directory: 'examples/dropin-environments' });
  });

  test('the environments profile is chosen, with the evidence', () => {
    expect(report.ruleset.profiles).toEqual([
      {
        name: 'environments',
        reason:
          '5 drop-in environments: environments/genai-agent (env_info.json), environments/legacy-sklearn (env_info.json), environments/python311-gunicorn (requirements.txt:1 installs `datarobot-drum==1.17.18`), and 2 more'
      }
    ]);
  });

  test('every Flask-stack install, gunicorn setting, Python below 3.8 and custom Flask extension at its line', () => {
    expect(brief(report)).toEqual([
      ['gunicorn-serves-another-app', 'environments/genai-agent/requirements.txt', 3, 1, 'notice'],
      [
        'pydantic-v1-with-fastapi-in-environments',
        'environments/genai-agent/requirements.txt',
        4,
        1,
        'error'
      ],
      ['environment-installs-fastapi-stack', 'environments/legacy-sklearn', null, null, 'warning'],
      ['python-3-8-in-environments', 'environments/legacy-sklearn/Dockerfile', 1, 1, 'error'],
      ['dropin-environments-flask-stack', 'environments/legacy-sklearn/Dockerfile', 5, 32, 'notice'],
      ['dropin-environments-gunicorn', 'environments/legacy-sklearn/Dockerfile', 5, 45, 'notice'],
      ['dropin-environments-flask-stack', 'environments/legacy-sklearn/Dockerfile', 5, 54, 'notice'],
      ['custom-flask-extension', 'environments/legacy-sklearn/custom_flask.py', null, null, 'warning'],
      ['dropin-environments-flask-code', 'environments/legacy-sklearn/custom_flask.py', 2, 1, 'notice'],
      ['dropin-environments-flask-stack', 'environments/legacy-sklearn/requirements.txt', 3, 1, 'notice'],
      ['environment-installs-fastapi-stack', 'environments/python311-gunicorn', null, null, 'warning'],
      ['dropin-environments-server-type', 'environments/python311-gunicorn/Dockerfile', 7, 74, 'notice'],
      ['dropin-environments-flask-stack', 'environments/python311-gunicorn/requirements.txt', 2, 1, 'notice'],
      ['dropin-environments-gunicorn', 'environments/python311-gunicorn/requirements.txt', 3, 1, 'notice'],
      [
        'dropin-environments-flask-stack',
        'environments/python311-gunicorn/tools/requirements-dev.txt',
        3,
        1,
        'notice'
      ],
      ['environment-installs-fastapi-stack', 'environments/r-conda', null, null, 'warning'],
      ['python-3-8-in-environments', 'environments/r-conda/environment.yml', 5, 5, 'error'],
      ['dropin-environments-flask-stack', 'environments/r-conda/environment.yml', 7, 5, 'notice']
    ]);
    expect(report.conclusion).toBe('failure');
  });

  test('gunicorn that serves an app of its own is a notice that says why, never an instruction to remove it', () => {
    const notice = report.findings.find((f) => f.ruleId === 'gunicorn-serves-another-app')!;
    expect(notice.detail).toBe(
      'Installs `gunicorn==23.0.0`. (gunicorn is started by something other than DRUM: start.sh:3)'
    );
    expect(notice.remediation).toBe('Nothing to remove. Keep gunicorn while the app it starts needs it.');
  });

  test('nothing about a path the tree does not have; folders are anchored at their Dockerfile', () => {
    expectRealPaths('examples/dropin-environments', report);
    expect(report.findings.filter((f) => f.anchor).map((f) => [f.path, f.anchor])).toEqual([
      ['environments/legacy-sklearn', 'environments/legacy-sklearn/Dockerfile'],
      ['environments/python311-gunicorn', 'environments/python311-gunicorn/Dockerfile'],
      ['environments/r-conda', 'environments/r-conda/Dockerfile']
    ]);
  });

  test('the text report says what the stage means, and names the profile and why', () => {
    expect(renderText(report).split('\n').slice(1, 3)).toEqual([
      'beta: FastAPI is available via DRUM_SERVER_TYPE=fastapi; environments may run either server. Removals are notices.',
      `Profile environments: ${report.ruleset.profiles![0]!.reason}`
    ]);
  });
});

describe('a Flask service on its way to FastAPI (examples/flask-service)', () => {
  let report: Report;
  beforeAll(async () => {
    report = await scanDirectory({ directory: 'examples/flask-service' });
  });

  test('the flask-service profile is chosen, with the evidence', () => {
    expect(report.ruleset.profiles).toEqual([
      { name: 'flask-service', reason: 'requirements.txt:1 installs `flask==2.3.3`' }
    ]);
  });

  test('Python below 3.8, the Flask stack in code and manifests, and the endpoints FastAPI misses, at their lines', () => {
    expect(brief(report)).toEqual([
      ['python-3-8', 'Dockerfile', 1, 1, 'error'],
      ['python-3-8', 'pyproject.toml', 4, 19, 'error'],
      ['flask-stack-dependencies', 'pyproject.toml', 5, 17, 'notice'],
      ['gunicorn-for-flask', 'pyproject.toml', 5, 31, 'notice'],
      ['flask-stack-dependencies', 'requirements.txt', 1, 1, 'notice'],
      ['flask-stack-dependencies', 'requirements.txt', 2, 1, 'notice'],
      ['gunicorn-for-flask', 'requirements.txt', 3, 1, 'notice'],
      ['flask-stack-imports', 'service/app.py', 2, 1, 'notice'],
      ['flask-route-parity', 'service/app.py', 10, 1, 'warning'],
      ['flask-stack-imports', 'service/dual.py', 2, 1, 'notice'],
      ['flask-route-parity', 'service/dual.py', 19, 1, 'warning'],
      ['flask-stack-imports', 'service/items.py', 1, 1, 'notice']
    ]);
    expectRealPaths('examples/flask-service', report);
  });

  test('FastAPI serving only the other slash form is named as such', () => {
    expect(report.findings.find((f) => f.ruleId === 'flask-route-parity')!.detail).toBe(
      '`GET /ping/`: FastAPI serves `/ping` (service/api.py:7) but not `/ping/`, which it redirects; callers that do not follow redirects fail.'
    );
  });

  test('the route table pairs each Flask route with FastAPI, app by app; a blueprint registered in another module is part of its app', () => {
    const APP = 'app (service/app.py:6)';
    const ADMIN = 'admin (service/dual.py:5)';
    expect(report.routes[0]!.pairs.map((p) => [p.method, p.path, p.flask, p.fastapi, p.app])).toEqual([
      ['GET', '/ping/', 'service/app.py:10', [null], APP],
      ['POST', '/predict', 'service/app.py:15', ['service/api.py:12'], APP],
      ['GET', '/metrics/', 'service/app.py:20', ['service/api.py:22', 'service/api.py:23'], APP],
      ['GET', '/items/<int:item_id>', 'service/items.py:6', ['service/api.py:17'], APP],
      ['GET', '/admin/status', 'service/dual.py:9', ['service/dual.py:14'], ADMIN],
      ['POST', '/admin/reload', 'service/dual.py:19', [null], ADMIN]
    ]);
    // Two Flask apps, two FastAPI apps: each Flask app is compared with the nearest one; where none is
    // nearer than another (app.py against api.py and dual.py, all in one folder), with both.
    expect(report.routes[0]!.apps).toEqual([
      {
        app: APP,
        framework: 'flask',
        file: 'service/app.py',
        line: 6,
        counterparts: ['app (service/api.py:28)', 'admin_router (service/dual.py:6)'],
        pairing: 'unclear'
      },
      {
        app: ADMIN,
        framework: 'flask',
        file: 'service/dual.py',
        line: 5,
        counterparts: ['admin_router (service/dual.py:6)'],
        pairing: 'nearest'
      },
      { app: 'app (service/api.py:28)', framework: 'fastapi', file: 'service/api.py', line: 28 },
      { app: 'admin_router (service/dual.py:6)', framework: 'fastapi', file: 'service/dual.py', line: 6 }
    ]);
  });
});

describe("DRUM's monorepo (examples/drum-legacy)", () => {
  test('drum is chosen, and with it the environments profile for its environment folders', async () => {
    const report = await scanDirectory({ directory: 'examples/drum-legacy' });
    expect(report.ruleset.profiles).toEqual([
      {
        name: 'drum',
        reason:
          "custom_model_runner/datarobot_drum/ exists (DRUM's package); DRUM's drop-in environment folders are checked by the environments profile it extends"
      },
      { name: 'environments', reason: 'extended by drum' }
    ]);
    expectRealPaths('examples/drum-legacy', report);
    // No line is reported by both profiles: the environments profile alone looks at environment
    // folders. (Within one profile two checklist items may name the same line.)
    const origin = new Map(report.rules.map((r) => [r.id, r.origin]));
    const origins = new Map<string, Set<string | undefined>>();
    for (const f of report.findings.filter((f) => f.line !== undefined)) {
      const key = `${f.path}:${f.line}:${f.column}`;
      origins.set(key, new Set([...(origins.get(key) ?? []), origin.get(f.ruleId)]));
    }
    expect([...origins].filter(([, o]) => o.size > 1)).toEqual([]);
    expect(report.rules.filter((r) => r.origin === 'environments' && r.findings > 0).length).toBeGreaterThan(
      5
    );
  });
});

describe('rules: auto on other shapes', () => {
  const auto = async (files: Record<string, string>) =>
    (await scanSource(new MemorySource(files), {})).report;

  test('custom models: folders with DRUM hooks or model-metadata.yaml', async () => {
    const report = await auto({
      'fraud/custom.py':
        'def load_model(code_dir):\n    return None\n\ndef score(data, model, **kw):\n    return data\n',
      'fraud/requirements.txt': 'datarobot-drum==1.17.0\nflask==3.0.0\n',
      'churn/model-metadata.yaml': 'name: churn\ntype: inference\n',
      'churn/helpers.py': 'from werkzeug.datastructures import FileStorage\n'
    });
    expect(report.ruleset.profiles).toEqual([
      {
        name: 'models',
        reason:
          '2 custom models: churn (model-metadata.yaml), fraud (custom.py:1 defines the hook `load_model`)'
      }
    ]);
    expect(brief(report)).toEqual([
      ['model-code-imports-flask', 'churn/helpers.py', 1, 1, 'notice'],
      ['model-requirements-flask-stack', 'fraud/requirements.txt', 2, 1, 'notice']
    ]);
  });

  test("a FastAPI service whose lock holds werkzeug for another library is no Flask service; a Flask service's locked werkzeug is a note", async () => {
    const LOCK = (extra: string, flask: string[]) =>
      [
        '[[package]]',
        'name = "service"',
        'version = "0.1.0"',
        'source = { editable = "." }',
        `dependencies = [{ name = "fastapi" }, { name = "evaluator" }${extra}]`,
        '',
        '[[package]]',
        'name = "evaluator"',
        'version = "1.0"',
        'dependencies = [{ name = "werkzeug" }]',
        '',
        '[[package]]',
        'name = "fastapi"',
        'version = "0.115.0"',
        '',
        ...flask,
        '[[package]]',
        'name = "werkzeug"',
        'version = "3.1.8"',
        ''
      ].join('\n');
    const fastapiOnly = await auto({
      'pyproject.toml': '[project]\nname = "service"\ndependencies = ["fastapi", "evaluator"]\n',
      'uv.lock': LOCK('', []),
      'service/app.py': 'from fastapi import FastAPI\napp = FastAPI()\n'
    });
    expect(fastapiOnly.ruleset.profiles).toEqual([]);
    const withFlask = await auto({
      'pyproject.toml': '[project]\nname = "service"\ndependencies = ["fastapi", "evaluator", "flask"]\n',
      'uv.lock': LOCK(', { name = "flask" }', ['[[package]]', 'name = "flask"', 'version = "3.0.0"', '']),
      'service/app.py': 'from fastapi import FastAPI\napp = FastAPI()\n'
    });
    expect(withFlask.ruleset.profiles?.map((p) => p.name)).toEqual(['flask-service']);
    // flask is the project's own, in both files; werkzeug is evaluator's: a note, not a finding.
    expect(
      withFlask.findings.filter((f) => f.ruleId === 'flask-stack-dependencies').map((f) => [f.path, f.line])
    ).toEqual([
      ['pyproject.toml', 3],
      ['uv.lock', 17]
    ]);
    expect(withFlask.notes.filter((n) => n.path === 'uv.lock')).toEqual([
      {
        path: 'uv.lock',
        line: 21,
        message:
          '`werkzeug==3.1.8` is locked for evaluator, not declared by the project; it goes when evaluator no longer needs it'
      }
    ]);
  });

  test('gunicorn, gevent or Werkzeug alone is no Flask service (a Django app, a pip freeze of a model folder)', async () => {
    const report = await auto({
      'requirements.txt': 'Django==5.0\ngunicorn==22.0\ngevent\nWerkzeug==2.0.1\n',
      'site/wsgi.py':
        'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n'
    });
    expect(report.ruleset.profiles).toEqual([]);
  });

  test('a requirements file that installs DRUM is not a drop-in environment without an image', async () => {
    const report = await auto({ 'notebook/requirements.txt': 'datarobot-drum\npandas\n' });
    expect(report.ruleset.profiles).toEqual([]);
    expect(report.rules).toEqual([]);
    expect(renderText(report).split('\n')[1]).toBe(
      'No profile applies: no DRUM package, drop-in environment, custom model or Flask code was found, so nothing was checked (choose one with --rules).'
    );
  });

  test.each([
    [
      'a DataRobot base image',
      { 'env/Dockerfile': 'FROM datarobot/dropin-env-base:1.0\n' },
      'env (Dockerfile:1 FROM datarobot/dropin-env-base:1.0)'
    ],
    [
      'an image that installs DRUM',
      { 'env/Dockerfile': 'FROM python:3.11\nRUN pip install datarobot-drum\n' },
      'env (Dockerfile:2 installs `datarobot-drum`)'
    ],
    [
      'an image whose start script runs DRUM',
      { 'env/Dockerfile': 'FROM python:3.11\n', 'env/start_server.sh': '#!/bin/sh\nexec drum server "$@"\n' },
      'env (start_server.sh:2 runs `drum server`)'
    ],
    [
      'an image with a custom Flask extension',
      { 'env/Dockerfile': 'FROM python:3.11\n', 'env/custom_flask.py': 'def init_app(app):\n    pass\n' },
      'env (custom_flask.py, a DRUM Flask extension)'
    ]
  ])('a drop-in environment by %s', async (_name, files, evidence) => {
    const report = await auto(files);
    expect(report.ruleset.profiles).toEqual([
      { name: 'environments', reason: `1 drop-in environment: ${evidence}` }
    ]);
  });

  test("Flask code inside an environment is the environment profile's; outside it, a Flask service too", async () => {
    const env = {
      'env/Dockerfile': 'FROM datarobot/dropin-env-base:1.0\n',
      'env/custom_flask.py': 'from flask import request\n'
    };
    expect((await auto(env)).ruleset.profiles!.map((p) => p.name)).toEqual(['environments']);
    const both = await auto({ ...env, 'service/app.py': '\nfrom flask import Flask\n' });
    expect(both.ruleset.profiles).toEqual([
      expect.objectContaining({ name: 'environments' }),
      { name: 'flask-service', reason: 'service/app.py:2 imports flask' }
    ]);
    // The environment's Flask import is reported once, by the environments profile.
    expect(brief(both).filter(([, path]) => path === 'env/custom_flask.py')).toEqual([
      ['custom-flask-extension', 'env/custom_flask.py', null, null, 'warning'],
      ['dropin-environments-flask-code', 'env/custom_flask.py', 1, 1, 'notice']
    ]);
  });
});

describe("the repository's own configuration", () => {
  const CONFIG = [
    'extends: [environments]',
    'stage: rc',
    'rules:',
    '  - id: dropin-environments-flask-stack',
    "    exclude: ['legacy/**']",
    '  - id: dropin-environments-server-type',
    '    enforce: off',
    ''
  ].join('\n');
  const TREE = {
    'envs/a/Dockerfile': 'FROM python:3.11\nENV DRUM_SERVER_TYPE=gunicorn\n',
    'envs/a/requirements.txt': 'flask\n',
    'legacy/Dockerfile': 'FROM python:3.11\n',
    'legacy/requirements.txt': 'flask\n'
  };

  test('.github/migration-gate.yml is used when no rules are given: its stage, its changes', async () => {
    const { report } = await scanSource(
      new MemorySource({ ...TREE, '.github/migration-gate.yml': CONFIG }),
      {}
    );
    expect([report.ruleset.name, report.ruleset.file, report.ruleset.stage]).toEqual([
      'migration-gate',
      '.github/migration-gate.yml',
      'rc'
    ]);
    expect(report.ruleset.profiles).toEqual([
      { name: 'environments', reason: 'extended by .github/migration-gate.yml' }
    ]);
    expect(brief(report)).toEqual([
      ['dropin-environments-flask-stack', 'envs/a/requirements.txt', 1, 1, 'warning']
    ]);
  });

  test('migration-gate.yml at the top, extending a file of the tree; `rules: auto` ignores both', async () => {
    const files = {
      ...TREE,
      'migration-gate.yml': 'extends: ./ci/gate.yml\n',
      'ci/gate.yml': CONFIG
    };
    const configured = (await scanSource(new MemorySource(files), {})).report;
    expect(configured.ruleset.file).toBe('migration-gate.yml');
    expect(configured.ruleset.stage).toBe('rc');
    const auto = (await scanSource(new MemorySource(files), { rules: 'auto' })).report;
    expect(auto.ruleset.file).toBe('auto (flask-service)');
    expect(auto.ruleset.stage).toBe('beta');
  });
});
