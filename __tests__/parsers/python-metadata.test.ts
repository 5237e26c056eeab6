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

  test("uv.lock: a package the project does not depend on itself is locked for the project's dependency that leads to it", () => {
    const lock = (...packages: string[][]) =>
      parseUvLock(packages.map((p) => ['[[package]]', ...p].join('\n')).join('\n\n'));
    const m = lock(
      [
        'name = "service"',
        'version = "0.1.0"',
        'source = { editable = "." }',
        'dependencies = [',
        '    { name = "evaluator" },',
        '    { name = "fastapi" },',
        ']',
        '[package.optional-dependencies]',
        'legacy = [{ name = "Flask" }]',
        '[package.dev-dependencies]',
        'dev = [{ name = "pytest" }]'
      ],
      ['name = "evaluator"', 'version = "1.0"', 'dependencies = [{ name = "web-kit" }]'],
      ['name = "web-kit"', 'version = "2.0"', 'dependencies = [{ name = "werkzeug" }]'],
      ['name = "werkzeug"', 'version = "3.1.8"'],
      ['name = "fastapi"', 'version = "0.115.0"', 'dependencies = [{ name = "werkzeug" }]'],
      ['name = "flask"', 'version = "3.0.0"', 'dependencies = [{ name = "werkzeug" }]'],
      ['name = "pytest"', 'version = "8.0"'],
      ['name = "orphan"', 'version = "1.0"']
    );
    expect(m.requirements.map((r) => [r.name, r.lockedFor])).toEqual([
      ['service', undefined],
      ['evaluator', undefined],
      ['web-kit', 'evaluator'],
      // The nearest of the project's dependencies, in their order: evaluator's web-kit is one step further.
      ['werkzeug', 'fastapi'],
      ['fastapi', undefined],
      ['flask', undefined],
      ['pytest', undefined],
      ['orphan', undefined]
    ]);
    // A lock without the project in it: every package counts as the project's.
    expect(lock(['name = "werkzeug"', 'version = "3.1.8"']).requirements[0]!.lockedFor).toBeUndefined();
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

// Cases beyond the common layouts, each pinning one reading rule.
describe('poetry constraints, every shape', () => {
  test.each([
    ['^1', '>=1,<2'],
    ['^0', '>=0,<1'],
    ['^0.0', '>=0.0,<0.1'],
    ['^1.2.3', '>=1.2.3,<2'],
    ['^0.2.3', '>=0.2.3,<0.3'],
    ['~1', '>=1,<2'],
    ['~1.2.3', '>=1.2.3,<1.3'],
    ['1.2.*', '==1.2.*'],
    ['>= 2 ,< 3', '>=2,<3'],
    ['', ''],
    ['^1.2, !=1.5', '>=1.2,<2,!=1.5'],
    ['^10.2', '>=10.2,<11'],
    ['^0.10', '>=0.10,<0.11'],
    ['~10', '>=10,<11'],
    ['~1.23', '>=1.23,<1.24'],
    [' * , ^2 ', '>=2,<3']
  ])('%j -> %j', (poetry, pep440) => {
    expect(poetryToPep440(poetry)).toBe(pep440);
  });
});

describe('pyproject.toml, the less common tables', () => {
  test('Poetry dev-dependencies, table specs with extras, a python table spec, and regions', () => {
    const m = parsePyproject(
      [
        '[tool.poetry.dependencies]',
        'python = {version = "^3.7"}',
        'Uvicorn = {version = "^0.20", extras = ["Standard"]}',
        'local = {path = "../local"}',
        '[tool.poetry.dev-dependencies]',
        'pytest = "^7"'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['uvicorn', '>=0.20,<0.21', ['standard'], 3],
      ['local', '', [], 4],
      ['pytest', '>=7,<8', [], 6]
    ]);
    expect(m.python).toEqual([
      {
        specifier: '>=3.7,<4',
        // A key's region runs from the key to its `=`.
        region: { line: 2, column: 1, endLine: 2, endColumn: 9 },
        source: 'tool.poetry.dependencies.python'
      }
    ]);
  });

  test('Poetry dependency groups are read, each at its own section', () => {
    const m = parsePyproject(
      [
        '[tool.poetry.dependencies]',
        'flask = "^2.0"',
        '[tool.poetry.group.dev.dependencies]',
        'flask = "^3.0"',
        '[tool.poetry.group.serve]',
        'optional = true',
        '[tool.poetry.group.serve.dependencies]',
        'gunicorn = "*"',
        '[tool.poetry.group.empty]'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '>=2.0,<3', [], 2],
      ['flask', '>=3.0,<4', [], 4],
      ['gunicorn', '', [], 8]
    ]);
  });

  test('requires-python is located in [project]; dependency groups are read', () => {
    const m = parsePyproject(
      ['[project]', 'requires-python = ">=3.8"', '[dependency-groups]', 'test = ["pytest>=7", "httpx"]'].join(
        '\n'
      )
    );
    expect(m.python).toEqual([
      {
        specifier: '>=3.8',
        // A value's region is the string as written, quotes included.
        region: { line: 2, column: 19, endLine: 2, endColumn: 26 },
        source: 'requires-python'
      }
    ]);
    expect(brief(m)).toEqual([
      ['pytest', '>=7', [], 4],
      ['httpx', '', [], 4]
    ]);
  });
});

describe('Pipfile, uv.lock and setup.cfg details', () => {
  test('python_full_version wins over python_version; specs lose their spaces; a table without version is any', () => {
    const m = parsePipfile(
      [
        '[packages]',
        'flask = ">= 2.0, < 3"',
        'local = {path = "."}',
        '[requires]',
        'python_version = "3.7"',
        'python_full_version = "3.7.9"'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['flask', '>=2.0,<3', [], 2],
      ['local', '', [], 3]
    ]);
    expect(m.python).toEqual([
      {
        version: '3.7.9',
        region: { line: 6, column: 23, endLine: 6, endColumn: 30 },
        source: 'Pipfile [requires]'
      }
    ]);
  });

  test('uv.lock: requires-python, a package without a version, a package without a name', () => {
    const m = parseUvLock(
      [
        'requires-python = ">=3.8"',
        '[[package]]',
        'name = "editable"',
        '[[package]]',
        'version = "1.0"'
      ].join('\n')
    );
    expect(brief(m)).toEqual([['editable', '', [], 3]]);
    expect(m.python).toEqual([
      {
        specifier: '>=3.8',
        region: { line: 1, column: 19, endLine: 1, endColumn: 26 },
        source: 'uv.lock requires-python'
      }
    ]);
  });

  test('setup.cfg: comments, a BOM, colons, spaced headers, values on the key line, exact regions', () => {
    const m = parseSetupCfg(
      [
        '\uFEFF  orphan continuation',
        '[ options ]',
        '; a comment',
        '# another',
        'python_requires: >=3.8',
        'install_requires = flask',
        '    gunicorn  ',
        '[options.extras_require]',
        'a =',
        '    uvicorn[standard]',
        '[other]',
        'install_requires = ignored'
      ].join('\n')
    );
    expect(m.requirements.map((r) => [r.normalized, r.region])).toEqual([
      ['flask', { line: 6, column: 20, endLine: 6, endColumn: 25 }],
      ['gunicorn', { line: 7, column: 5, endLine: 7, endColumn: 13 }],
      ['uvicorn', { line: 10, column: 5, endLine: 10, endColumn: 22 }]
    ]);
    expect(m.python).toEqual([
      {
        specifier: '>=3.8',
        region: { line: 5, column: 18, endLine: 5, endColumn: 23 },
        source: 'python_requires'
      }
    ]);
  });

  test('setup.cfg: python_requires without a value declares nothing', () => {
    expect(parseSetupCfg('[options]\npython_requires =\n').python).toEqual([]);
  });
});

describe('setup.py details', () => {
  test('tests_require, tuples, comments in lists, setuptools.setup inside a guard, extras that are not lists', async () => {
    const m = await parseSetupPy(
      [
        'import setuptools',
        'if __name__ == "__main__":',
        '    setuptools.setup(',
        '        tests_require=("pytest",  # the runner',
        '                       "httpx"),',
        '        extras_require={"a": ["x"], "b": computed()},',
        '    )'
      ].join('\n')
    );
    expect(brief(m)).toEqual([
      ['pytest', '', [], 4],
      ['httpx', '', [], 5],
      ['x', '', [], 6]
    ]);
    expect(m.problems).toEqual([
      'extras_require is computed at run time (line 6); only literal lists are read'
    ]);
  });

  test('a call that only looks like setup is not setup', async () => {
    const m = await parseSetupPy(
      'setup_tools(install_requires=["flask"])\nmy.setup(install_requires=["x"])\n'
    );
    expect(m.requirements).toEqual([]);
  });
});

describe('conda details', () => {
  test('a Python range, a capitalised Python, items that are not text, a pip entry that is not a list', () => {
    const m = parseCondaEnvironment(
      ['dependencies:', '  - Python>=3.8', '  - 3', '  - pip: gunicorn', '  - numpy'].join('\n')
    );
    expect(m.python).toEqual([
      {
        specifier: '>=3.8',
        region: { line: 2, column: 5, endLine: 2, endColumn: 16 },
        source: 'conda dependencies'
      }
    ]);
    expect(brief(m)).toEqual([['numpy', '', [], 5]]);
  });

  test('invalid YAML is a problem', () => {
    expect(parseCondaEnvironment('dependencies: [\n').problems[0]).toMatch(/^not valid YAML: /);
  });

  test.each([
    ['flask=2', { name: 'flask', specifier: '==2.*' }],
    ['flask=2.0.*', { name: 'flask', specifier: '==2.0.*' }],
    ['flask==2.0', { name: 'flask', specifier: '==2.0' }],
    ['flask 2.0', { name: 'flask', specifier: '==2.0' }],
    ['conda-forge::numpy', { name: 'numpy', specifier: '' }],
    ['a=1=2=3', { name: 'a', specifier: '' }],
    ['-bad', undefined]
  ])('conda spec %s', (spec, expected) => {
    expect(parseCondaSpec(spec)).toEqual(expected);
  });
});

describe('conda environments: which Python', () => {
  test('a pinned Python gives its version, two-digit minors included; a range stays a specifier', () => {
    const m = parseCondaEnvironment(
      [
        'dependencies:',
        '  - python=3.10',
        '  - conda-forge::python 3.11.*',
        '  - python>=3.8',
        '  - flask'
      ].join('\n')
    );
    expect(m.python.map((p) => [p.version ?? p.specifier, p.region?.line])).toEqual([
      ['3.10', 2],
      ['3.11', 3],
      ['>=3.8', 4]
    ]);
    expect(m.requirements.map((r) => r.normalized)).toEqual(['flask']);
  });

  test('only string entries of a pip list are requirements', () => {
    const m = parseCondaEnvironment(
      ['dependencies:', '  - pip:', '    - gunicorn', '    - 3', '    - {a: b}'].join('\n')
    );
    expect(m.requirements.map((r) => [r.normalized, r.region.line])).toEqual([['gunicorn', 3]]);
  });
});

describe('TOML values that are not what they should be', () => {
  test('non-string list entries and non-table tables are skipped', () => {
    const m = parsePyproject(
      [
        '[project]',
        'dependencies = ["flask", 3, ["x"]]',
        'optional-dependencies = ["not", "a", "table"]',
        '[tool.poetry]',
        'dependencies = "flask"'
      ].join('\n')
    );
    expect(m.requirements.map((r) => r.normalized)).toEqual(['flask']);
  });

  test("a TOML error is reported by its message's first line", () => {
    const m = parsePyproject('[project\ndependencies = []\n');
    expect(m.problems).toHaveLength(1);
    expect(m.problems[0]).toMatch(/^not valid TOML: \S/);
    expect(m.problems[0]).not.toContain('\n');
  });
});

describe('long and odd lines are read in one pass', () => {
  test('setup.cfg: a line of spaces without a separator, a lone CR, keys and values around = or :', () => {
    const m = parseSetupCfg(
      [
        '[options]',
        `a${' '.repeat(100_000)}b`,
        'install_requires = flask\rjunk',
        'python_requires =\r',
        'tests_require: x',
        ' = nameless',
        '[options.extras_require]',
        'b:uvicorn'
      ].join('\n')
    );
    expect(m.requirements.map((r) => [r.normalized, r.region.line])).toEqual([['uvicorn', 8]]);
    expect(m.python).toEqual([]);
  });

  test('a pyproject whose sections follow 100,000 blank lines', () => {
    const m = parsePyproject(`${'\n'.repeat(100_000)}[project]\ndependencies = ["flask"]\n`);
    expect(brief(m)).toEqual([['flask', '', [], 100_002]]);
  });
});

// Positions come from searching the text (TextLocator): each search must start in the right section,
// treat names literally, and point at the key itself.
describe('where TOML values are found', () => {
  test('a value is found in its own section, not where the same text came earlier', () => {
    const m = parsePyproject('[tool.other]\nnames = ["flask"]\n[project]\ndependencies = ["flask"]\n');
    expect(brief(m)).toEqual([['flask', '', [], 4]]);
  });

  test('section names and values are literal text: dots match dots only', () => {
    const poetry = parsePyproject(
      '[tool_poetry_dependencies]\nflask = "*"\n[tool.poetry.dependencies]\nflask = "^2"\n'
    );
    expect(brief(poetry)).toEqual([['flask', '>=2,<3', [], 4]]);
    const dotted = parsePyproject('[project]\ndependencies = ["axb", "a.b"]\n');
    expect(dotted.requirements.map((r) => [r.name, r.region.column])).toEqual([
      ['axb', 17],
      ['a.b', 24]
    ]);
  });

  test('a key indented under its section is found where its name starts', () => {
    const m = parsePipfile('[packages]\n  flask = "*"\n');
    expect(m.requirements[0]!.region).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 10 });
  });
});
