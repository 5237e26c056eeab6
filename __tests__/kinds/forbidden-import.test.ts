import { findingsFor, where } from '../helpers.js';
import { importedNames, nameMatches } from '../../src/kinds/forbidden-import.js';

const RULE = `
id: no-flask
phase: 2
title: t
kind: forbidden-import
modules: [flask, werkzeug.serving, flask_extra.request]
message: m.
`;

// Each case: Python source, and the [line, column, endLine, endColumn] of every expected finding.
const INVALID: Array<[string, string, number[][]]> = [
  ['plain import', 'import flask\n', [[1, 1, 1, 13]]],
  ['aliased import', 'import os\nimport flask as f\n', [[2, 1, 2, 18]]],
  ['submodule import', 'import flask.json\n', [[1, 1, 1, 18]]],
  ['from import', 'from flask import request\n', [[1, 1, 1, 26]]],
  [
    'from submodule of a forbidden module',
    'from werkzeug.serving import WSGIRequestHandler\n',
    [[1, 1, 1, 48]]
  ],
  [
    'parenthesised multi-line from import',
    'from flask import (\n    Flask,\n    request,\n)\n',
    [[1, 1, 4, 2]]
  ],
  ['inside a function', 'def f():\n    import flask\n', [[2, 5, 2, 17]]],
  [
    'inside a try block',
    'try:\n    from flask import Flask\nexcept ImportError:\n    Flask = None\n',
    [[2, 5, 2, 28]]
  ],
  ['star import', 'from flask import *\n', [[1, 1, 1, 20]]],
  ['forbidden name imported from its module', 'from flask_extra import request, other\n', [[1, 1, 1, 39]]],
  ['two statements on one line', 'import os; import flask\n', [[1, 12, 1, 24]]],
  ['after non-ASCII text (columns in UTF-16 units)', 's = "é😀"; import flask\n', [[1, 12, 1, 24]]],
  ['in a file with a syntax error elsewhere', 'import flask\ndef broken(:\n    pass\n', [[1, 1, 1, 13]]],
  [
    'in a try block whose except comes after the import (the prefix alone does not parse)',
    'try:\n    import flask\nexcept ImportError:\n    flask = None\n',
    [[2, 5, 2, 17]]
  ],
  [
    'far down the file, after long docstrings mentioning flask',
    `${'"""flask flask\nimport flask is what we did\n"""\n'.repeat(50)}import flask\n`,
    [[151, 1, 151, 13]]
  ]
];

const VALID: Array<[string, string]> = [
  ['a comment', '# import flask\n'],
  ['a string', 'x = "from flask import request"\n'],
  ['a docstring', '"""Uses flask.request before the migration."""\n'],
  [
    'an import-looking line inside a docstring',
    'def f():\n    """Example:\n\nfrom flask import request\n    """\n    return 1\n'
  ],
  [
    'an import-looking line inside a string, after a real import of something else',
    'import os\nEXAMPLE = """\nimport flask\n"""\n'
  ],
  ['a module whose name starts with the forbidden one', 'import flask_cors\nimport flasky\n'],
  ['a sibling of a forbidden submodule', 'from werkzeug.exceptions import HTTPException\n'],
  ['another name from a module with one forbidden name', 'from flask_extra import other\n'],
  ['an attribute access, not an import', 'app = flask.Flask(__name__)\n'],
  ['a word in code', 'flask = 1\n']
];

describe('forbidden-import', () => {
  test.each(INVALID)('finds %s', async (_name, source, expected) => {
    const findings = await findingsFor(RULE, { 'pkg/mod.py': source });
    expect(where(findings)).toEqual(expected.map((r) => ['no-flask', 'pkg/mod.py', r]));
  });

  test.each(VALID)('ignores %s', async (_name, source) => {
    expect(await findingsFor(RULE, { 'pkg/mod.py': source })).toEqual([]);
  });

  test('names the imported names in the message', async () => {
    const [f] = await findingsFor(RULE, { 'a.py': 'from flask import (Flask, request as r)\n' });
    expect(f!.message).toBe('Imports `flask.Flask`, `flask.request`. m.');
  });

  test('resolves relative imports against the package given by __init__.py files', async () => {
    const rule = RULE.replace(
      '[flask, werkzeug.serving, flask_extra.request]',
      '[app.server.get_flask_app, app.gunicorn]'
    );
    const files = {
      'src/app/__init__.py': '',
      'src/app/server.py': '',
      'src/app/sub/__init__.py': '',
      'src/app/sub/x.py':
        'from ..server import get_flask_app\nfrom .. import gunicorn\nfrom ..gunicorn.conf import y\nfrom . import server\n',
      'loose/y.py': 'from . import gunicorn\n'
    };
    expect(where(await findingsFor(rule, files))).toEqual([
      ['no-flask', 'src/app/sub/x.py', [1, 1, 1, 35]],
      ['no-flask', 'src/app/sub/x.py', [2, 1, 2, 24]],
      ['no-flask', 'src/app/sub/x.py', [3, 1, 3, 30]]
    ]);
  });

  test('only looks at Python files by default', async () => {
    expect(
      await findingsFor(RULE, { 'notes.txt': 'import flask\n', 'a.pyi': 'import flask\n' })
    ).toHaveLength(1);
  });

  test('rejects a module list entry that is not a dotted name', async () => {
    await expect(findingsFor(RULE.replace('flask,', '"flask-cors",'), {})).rejects.toThrow(
      "rule 'no-flask': key 'modules.0': 'flask-cors' is not a dotted Python name"
    );
  });
});

describe('import name matching', () => {
  test.each([
    ['flask', 'flask', true],
    ['flask.request', 'flask', true],
    ['flask_cors', 'flask', false],
    ['flask.*', 'flask.request', true],
    ['flask.*', 'flask', true],
    ['flask.*', 'werkzeug', false],
    ['flask', 'flask.request', false]
  ])('%s against %s -> %s', (name, forbidden, expected) => {
    expect(nameMatches(name, forbidden)).toBe(expected);
  });

  test('a relative import that climbs above the top package resolves to nothing', () => {
    const imp = {
      region: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      module: 'x',
      level: 3,
      names: ['x.y'],
      isFrom: true
    };
    expect(importedNames(imp, 'a.b')).toEqual([]);
    expect(importedNames({ ...imp, level: 2 }, 'a.b')).toEqual(['a.x.y']);
  });
});
