// Roots and applicability: which folders are environments (or models), which root owns a file, where
// a rooted rule looks, when a rule is not applicable and why, and where findings about paths that are
// not files are shown.
import { Roots } from '../../src/engine/roots.js';
import { Anchors } from '../../src/engine/anchors.js';
import { scan } from '../../src/engine/scan.js';
import { judge } from '../../src/gate/verdict.js';
import { parseRuleSet } from '../../src/rules/parse.js';
import type { RootKind } from '../../src/rules/rule-set.js';
import { MemorySource } from '../helpers.js';

const ENVIRONMENT: RootKind = {
  name: 'environment',
  markers: ['Dockerfile', 'env_info.json'],
  secondaryMarkers: ['requirements*.txt', 'pyproject.toml'],
  folders: ['**']
};

describe('Roots', () => {
  const files = [
    'pyproject.toml',
    'envs/a/Dockerfile',
    'envs/a/requirements.txt',
    'envs/a/tools/requirements-dev.txt',
    'envs/a/nested/Dockerfile',
    'envs/b/requirements.txt',
    'envs/b/src/app.py',
    'models/m/custom.py',
    'models/m/Dockerfile',
    'docs/readme.md'
  ];

  test('a marker makes its folder a root; a secondary one only outside a primary root', () => {
    const roots = new Roots(ENVIRONMENT, files);
    expect(roots.folders).toEqual(['', 'envs/a', 'envs/a/nested', 'envs/b', 'models/m']);
    expect(roots.markersOf.get('envs/a')).toEqual(['envs/a/Dockerfile', 'envs/a/requirements.txt']);
  });

  test('a file belongs to the deepest root above it', () => {
    const roots = new Roots(ENVIRONMENT, files);
    expect(
      [
        'envs/a/tools/requirements-dev.txt',
        'envs/a/nested/Dockerfile',
        'envs/b/src/app.py',
        'docs/readme.md',
        'envs/a'
      ].map((p) => roots.rootOf(p))
    ).toEqual(['envs/a', 'envs/a/nested', 'envs/b', '', '']);
  });

  test('folders limit where roots may be; notWith keeps a folder from being one', () => {
    expect(new Roots({ ...ENVIRONMENT, folders: ['envs/*'] }, files).folders).toEqual(['envs/a', 'envs/b']);
    expect(new Roots({ ...ENVIRONMENT, folders: ['.'] }, files).folders).toEqual(['']);
    const model: RootKind = {
      name: 'model',
      markers: ['custom.py'],
      notWith: ['Dockerfile'],
      folders: ['**']
    };
    expect(new Roots(model, [...files, 'models/n/custom.py']).folders).toEqual(['models/n']);
  });

  test('relative and joined paths', () => {
    expect([
      Roots.relative('', 'a/b'),
      Roots.relative('a', 'a/b'),
      Roots.join('', 'x'),
      Roots.join('a', '.')
    ]).toEqual(['a/b', 'b', 'x', 'a']);
  });
});

describe('anchors', () => {
  const anchors = new Anchors(
    ['pkg/__init__.py', 'pkg/zeta.py', 'envs/a/requirements.txt', 'envs/a/Dockerfile', 'deep/x/y/z.txt'],
    ['pkg', 'envs', 'envs/a', 'deep', 'deep/x', 'deep/x/y']
  );

  test.each([
    ['a file needs none', 'pkg/zeta.py', undefined],
    ['a missing file: the telling file of the nearest folder', 'pkg/fastapi/server.py', 'pkg/__init__.py'],
    ['a folder: its Dockerfile before its requirements', 'envs/a', 'envs/a/Dockerfile'],
    ['a folder with only folders inside: its first file below', 'deep', 'deep/x/y/z.txt'],
    ['the top of the tree', '.', 'deep/x/y/z.txt']
  ])('%s', (_name, path, anchor) => {
    expect(anchors.anchorFor(path)).toBe(anchor);
  });
});

const ROOTED = `name: r
roots:
  environment:
    markers: [Dockerfile]
    secondaryMarkers: [requirements*.txt]
rules:
  - id: flask-pins
    phase: 5
    title: t
    kind: forbidden-dependency
    root: environment
    files: ['**/requirements*.txt']
    packages: [flask]
    message: m.
  - id: fastapi-where-drum
    phase: 5
    title: t
    kind: required-dependency
    root: environment
    files: ['**/requirements*.txt', '**/Dockerfile']
    packages: [fastapi]
    scope: together
    when: { installs: datarobot-drum }
    message: m.
  - id: launcher
    phase: 1
    title: t
    kind: required-path
    root: environment
    files: [start_server.sh]
    message: m.
  - id: drum-only
    phase: 1
    title: t
    kind: forbidden-pattern
    files: ['**/*.py']
    pattern: flask
    when: { exists: custom_model_runner/datarobot_drum }
    message: m.
  - id: no-python
    phase: 2
    title: t
    kind: forbidden-import
    files: ['**/*.py']
    modules: [flask]
    message: m.
`;

async function run(files: Record<string, string>) {
  const set = parseRuleSet(ROOTED, 'r.yml');
  const result = await scan(new MemorySource(files), set.rules);
  const verdict = judge(set, 'beta', result.findings, { notApplicable: result.notApplicable });
  return { result, verdict };
}

describe('rooted rules and `when`', () => {
  test('each root on its own, globs relative to it; the evidence of `when` in its findings; anchors for folders', async () => {
    const { verdict } = await run({
      'a/Dockerfile': 'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      'a/requirements.txt': 'datarobot-drum==1.17.0\nflask==3.0\n',
      'a/start_server.sh': 'exec drum server\n',
      'b/requirements.txt': 'flask\n',
      'b/sub/requirements.txt': 'requests\n'
    });
    expect(
      verdict.findings.map((f) => [f.ruleId, f.path, f.line ?? null, f.detail, f.anchor ?? null])
    ).toEqual([
      [
        'fastapi-where-drum',
        'a',
        null,
        'Installs none of `fastapi` (looked in 2 files). (requirements.txt:1 installs `datarobot-drum==1.17.0`)',
        'a/Dockerfile'
      ],
      ['flask-pins', 'a/requirements.txt', 2, 'Installs `flask==3.0`.', null],
      ['flask-pins', 'b/requirements.txt', 1, 'Installs `flask`.', null],
      ['launcher', 'b/start_server.sh', null, 'Does not exist.', 'b/requirements.txt'],
      // b/sub is a root of its own: a requirements file outside any Dockerfile's folder.
      ['launcher', 'b/sub/start_server.sh', null, 'Does not exist.', 'b/sub/requirements.txt']
    ]);
  });

  test('not applicable, with the reason: a false `when`, no root, nothing selected', async () => {
    const { verdict } = await run({ 'app.py': 'import os\n' });
    expect(verdict.rules.map((r) => [r.id, r.status, r.reason ?? null])).toEqual([
      [
        'flask-pins',
        'not-applicable',
        'no environment folder in this tree (a folder holding `Dockerfile`, `requirements*.txt`)'
      ],
      [
        'fastapi-where-drum',
        'not-applicable',
        'no environment folder in this tree (a folder holding `Dockerfile`, `requirements*.txt`)'
      ],
      [
        'launcher',
        'not-applicable',
        'no environment folder in this tree (a folder holding `Dockerfile`, `requirements*.txt`)'
      ],
      ['drum-only', 'not-applicable', 'nothing matches `custom_model_runner/datarobot_drum`'],
      ['no-python', 'pass', null]
    ]);
    expect(verdict.phases.map((p) => [p.phase, p.rules, p.passing, p.notApplicable])).toEqual([
      [1, 0, 0, 2],
      [2, 1, 1, 0],
      [5, 0, 0, 2]
    ]);
  });

  test('a `when` that does not hold in the only root names that root', async () => {
    const { verdict } = await run({
      'envs/a/Dockerfile': 'FROM python:3.11\n',
      'envs/a/start_server.sh': ''
    });
    expect(verdict.rules.find((r) => r.id === 'fastapi-where-drum')).toMatchObject({
      status: 'not-applicable',
      reason: 'in the only environment folder (envs/a): nothing installs `datarobot-drum`'
    });
  });

  test('a `when` that holds in no root says so, once per distinct reason', async () => {
    const { verdict } = await run({
      'a/Dockerfile': 'FROM python:3.11\n',
      'a/start_server.sh': '',
      'b/Dockerfile': 'FROM python:3.11\n',
      'b/start_server.sh': ''
    });
    expect(verdict.rules.find((r) => r.id === 'fastapi-where-drum')).toMatchObject({
      status: 'not-applicable',
      reason: 'in none of the 2 environment folders: nothing installs `datarobot-drum`'
    });
    expect(verdict.rules.find((r) => r.id === 'flask-pins')).toMatchObject({
      status: 'not-applicable',
      reason: 'no file of an environment folder matches `**/requirements*.txt`'
    });
    expect(verdict.rules.find((r) => r.id === 'launcher')!.status).toBe('pass');
  });
});
