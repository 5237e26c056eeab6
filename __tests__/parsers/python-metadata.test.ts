import {
  parseCondaEnvironment,
  parseCondaSpec,
  parsePipfile,
  parsePyproject,
  parseSetupCfg,
  parseSetupPy,
  parseUvLock,
  poetryToPep440
} from '../../src/parsers/python-metadata.js';

const brief = (m: {
  requirements: Array<{ normalized: string; specifier: string; extras: string[]; region: { line: number } }>;
}) => m.requirements.map((r) => [r.normalized, r.specifier, r.extras, r.region.line]);

describe('pyproject.toml', () => {
  test('PEP 621 dependencies, optional dependencies and requires-python', () => {
    const m = parsePyproject(
      [
        '[project]',
        'name = "x"',
        'requires-python = ">=3.7"',
        'dependencies = [',
        '  "Flask>=2",',
        "  'uvicorn[standard]',",
        ']',
        '',
        '[project.optional-dependencies]',
        'server = ["gunicorn"]'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '>=2', [], 5],
      ['uvicorn', '', ['standard'], 6],
      ['gunicorn', '', [], 10]
    ]);
    expect(m.python).toEqual([
      {
        specifier: '>=3.7',
        region: { line: 3, column: 19, endLine: 3, endColumn: 26 },
        source: 'requires-python'
      }
    ]);
  });

  test('Poetry dependencies, with caret constraints and the python entry', () => {
    const m = parsePyproject(
      [
        '[tool.poetry.dependencies]',
        'python = "^3.7"',
        'flask = "^2.0"',
        'uvicorn = { version = "^0.20", extras = ["standard"] }'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '>=2.0,<3', [], 3],
      ['uvicorn', '>=0.20,<0.21', ['standard'], 4]
    ]);
    expect(m.python[0]).toMatchObject({ specifier: '>=3.7,<4', source: 'tool.poetry.dependencies.python' });
  });

  test('uv dependency groups and dev-dependencies', () => {
    const m = parsePyproject(
      ['[dependency-groups]', 'dev = ["pytest", "flask"]', '[tool.uv]', 'dev-dependencies = ["gevent"]'].join(
        '\n'
      )
    );
    expect(brief(m).map((r) => [r[0], r[3]])).toEqual([
      ['pytest', 2],
      ['flask', 2],
      ['gevent', 4]
    ]);
  });

  test('invalid TOML is a problem, not an exception', () => {
    expect(parsePyproject('[project\n').problems[0]).toMatch(/^not valid TOML/);
  });

  test.each([
    ['^2.1', '>=2.1,<3'],
    ['^0.20', '>=0.20,<0.21'],
    ['^0.0.3', '>=0.0.3,<0.0.4'],
    ['~2.1', '>=2.1,<2.2'],
    ['*', ''],
    ['2.0.1', '==2.0.1'],
    ['>=2, <3', '>=2,<3']
  ])('poetry %s -> %s', (poetry, pep440) => {
    expect(poetryToPep440(poetry)).toBe(pep440);
  });
});

describe('setup.py, read statically', () => {
  test('literal install_requires, extras_require and python_requires, at their lines', async () => {
    const m = await parseSetupPy(
      [
        'from setuptools import setup',
        '',
        'setup(',
        '    name="datarobot-drum",',
        '    python_requires=">=3.7",',
        '    install_requires=[',
        '        "flask",',
        '        "gunicorn>=20",',
        '    ],',
        '    extras_require={"uwsgi": ["uwsgi"]},',
        ')'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '', [], 7],
      ['gunicorn', '>=20', [], 8],
      ['uwsgi', '', [], 10]
    ]);
    expect(m.python).toEqual([
      {
        specifier: '>=3.7',
        region: { line: 5, column: 21, endLine: 5, endColumn: 28 },
        source: 'python_requires'
      }
    ]);
    expect(m.problems).toEqual([]);
  });

  test('computed values are reported, never executed', async () => {
    const m = await parseSetupPy(
      'import setuptools\nreqs = open("r.txt").read().split()\nsetuptools.setup(install_requires=reqs, python_requires=MIN, extras_require={"a": [f"x{y}"]})\n'
    );
    expect(m.problems).toEqual([
      'install_requires is computed at run time (line 3); only literal lists are read',
      'python_requires is computed at run time (line 3)',
      'extras_require has an entry computed at run time (line 3)'
    ]);
  });
});

describe('setup.cfg, Pipfile, uv.lock, conda', () => {
  test('setup.cfg dangling lists and python_requires', () => {
    const m = parseSetupCfg(
      [
        '[metadata]',
        'name = x',
        '[options]',
        'python_requires = >=3.6',
        'install_requires =',
        '    flask',
        '    werkzeug<3',
        '[options.extras_require]',
        'gunicorn = gunicorn'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '', [], 6],
      ['werkzeug', '<3', [], 7],
      ['gunicorn', '', [], 9]
    ]);
    expect(m.python[0]).toMatchObject({ specifier: '>=3.6', region: { line: 4 } });
  });

  test('Pipfile packages and the required python_version', () => {
    const m = parsePipfile(
      [
        '[packages]',
        'flask = "*"',
        'uvicorn = {extras = ["standard"], version = ">=0.20"}',
        '[dev-packages]',
        'gevent = "==22.10"',
        '[requires]',
        'python_version = "3.7"'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '', [], 2],
      ['uvicorn', '>=0.20', ['standard'], 3],
      ['gevent', '==22.10', [], 5]
    ]);
    expect(m.python[0]).toMatchObject({ version: '3.7', region: { line: 7 } });
  });

  test('uv.lock packages with their locked versions', () => {
    const m = parseUvLock(
      [
        'version = 1',
        'requires-python = ">=3.9"',
        '',
        '[[package]]',
        'name = "flask"',
        'version = "3.0.0"',
        '',
        '[[package]]',
        'name = "fastapi"',
        'version = "0.110.0"'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '==3.0.0', [], 5],
      ['fastapi', '==0.110.0', [], 9]
    ]);
  });

  test('conda environment with a pip section and python=', () => {
    const m = parseCondaEnvironment(
      [
        'name: env',
        'channels: [conda-forge]',
        'dependencies:',
        '  - python=3.7',
        '  - conda-forge::flask=2.0',
        '  - pip',
        '  - pip:',
        '    - gunicorn==20.1',
        '    - uvicorn[standard]'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '==2.0.*', [], 5],
      ['pip', '', [], 6],
      ['gunicorn', '==20.1', [], 8],
      ['uvicorn', '', ['standard'], 9]
    ]);
    expect(m.python[0]).toMatchObject({ version: '3.7', region: { line: 4 } });
  });

  test.each([
    ['flask', { name: 'flask', specifier: '' }],
    ['flask=2.0', { name: 'flask', specifier: '==2.0.*' }],
    ['python 3.9.*', { name: 'python', specifier: '==3.9.*' }],
    ['numpy>=1.20', { name: 'numpy', specifier: '>=1.20' }]
  ])('conda spec %s', (spec, expected) => {
    expect(parseCondaSpec(spec)).toEqual(expected);
  });

  test.each([
    '',
    '\0',
    '[[package]]\nname = 3',
    'dependencies: 3',
    '{{{',
    'setup(install_requires=[',
    '[options]\ninstall_requires'
  ])('readers survive %j', async (text) => {
    for (const read of [parsePyproject, parsePipfile, parseUvLock, parseSetupCfg, parseCondaEnvironment])
      expect(() => read(text)).not.toThrow();
    await expect(parseSetupPy(text)).resolves.toBeDefined();
  });
});
