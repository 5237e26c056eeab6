// The prefilter decides which part of a file forbidden-import parses: it must never cut an import of a
// forbidden name off (a missed finding), and should skip files that only mention the name in prose.
import fc from 'fast-check';
import { importCandidates, namePatterns, naming } from '../../src/kinds/import-prefilter.js';
import { parsePython, parsePythonImports, type PythonImport } from '../../src/parsers/python.js';
import { statementPlaces as placesOf } from '../../src/parsers/python-lexical.js';
import { importedNames, nameMatches } from '../../src/kinds/forbidden-import.js';
import { findingsFor, generatedPython, where } from '../helpers.js';

const NAMES = ['flask', 'request'];
/** Where the last statement naming flask or request ends: the most the kind may need to parse. */
const regionEnd = (text: string): number | undefined => {
  const candidates = naming(importCandidates(text), namePatterns(NAMES));
  return candidates.length ? Math.max(...candidates.map((c) => c.end)) : undefined;
};
const mentions = (imports: PythonImport[]) =>
  imports
    .filter((i) => [i.module, ...i.names].some((n) => NAMES.some((k) => new RegExp(`\\b${k}\\b`).test(n))))
    .map((i) => [i.names, i.region]);

/** The imports of the names that the whole file has must all be in the prefix the prefilter gives. */
async function expectNothingCutOff(text: string): Promise<void> {
  const whole = mentions((await parsePython(text)).imports);
  const end = regionEnd(text);
  if (whole.length === 0) return;
  expect(end).toBeDefined();
  const prefix = await parsePythonImports(text.slice(0, end));
  // A cut that leaves a syntax error makes the kind parse the whole file instead.
  if (!prefix.hasSyntaxError) expect(mentions(prefix.imports)).toEqual(whole);
}

describe('importCandidates and naming', () => {
  test.each([
    ['import flask\n', 'import flask'],
    ['import os\nimport flask\nx = 1\n', 'import os\nimport flask'],
    ['import os, \\\n    flask\n', 'import os, \\\n    flask'],
    ['import os, \\\r\n    flask\r\n', 'import os, \\\r\n    flask'],
    ['from flask \\\n    import jsonify\n', 'from flask \\\n    import jsonify'],
    ['from x import (\n    a,\n    request,\n)\ny = 2\n', 'from x import (\n    a,\n    request,\n)'],
    ['def f():\n    try: import flask\n    except ImportError: pass\n', 'def f():\n    try: import flask'],
    ['x = 1; from flask import g\n', 'x = 1; from flask import g'],
    ['import os\rimport flask\r', 'import os\rimport flask']
  ])('%j: parsing stops after the last import naming flask or request', (text, prefix) => {
    expect(text.slice(0, regionEnd(text))).toBe(prefix);
  });

  test.each([
    'x = 1\n',
    '"""Formerly the Flask app (flask -> fastapi); see the notes."""\n',
    '# we used to import flask here\nimport os\n',
    'def handler(request):\n    return request.json\n'
  ])('%j: no import statement names them, so nothing is parsed', (text) => {
    expect(regionEnd(text)).toBeUndefined();
  });

  test('never cuts off an import of the names (against the parser, on generated files)', async () => {
    const fragments = [
      'import flask',
      'import os, flask as f',
      'from flask import (\n    jsonify,\n    request,\n)',
      'from flask \\\n    import g',
      'from . import request',
      '"""doc: import flask\nfrom flask import x"""',
      "'''import flask'''",
      '# import flask',
      'try: import flask\nexcept ImportError: pass',
      'x = 1; import flask',
      'def f():\n    from flask import request',
      'class A:\n    import request',
      'important = "flask"',
      'y = (\n  1)',
      's = "\\\nimport flask"',
      'pass'
    ];
    await fc.assert(
      fc.asyncProperty(generatedPython(fragments), async (text) => {
        await expectNothingCutOff(text);
      }),
      { numRuns: 300 }
    );
  });
});

describe('the forbidden-import kind finds exactly what a parse of the whole file finds', () => {
  const RULE = `id: no-flask
phase: 2
title: t
kind: forbidden-import
modules: [flask, werkzeug.serving]
message: m.`;

  async function expected(text: string): Promise<Array<[string, string, number[] | null]>> {
    const imports = (await parsePython(text)).imports.filter((i) =>
      importedNames(i, '').some((n) => nameMatches(n, 'flask') || nameMatches(n, 'werkzeug.serving'))
    );
    return imports.map((i) => [
      'no-flask',
      'pkg/m.py',
      [i.region.line, i.region.column, i.region.endLine, i.region.endColumn]
    ]);
  }

  test.each([
    'import os\n\n\ndef f():\n    from flask import (\n        jsonify,\n        request,\n    )\n',
    'x = 1; import flask as f\n',
    'é = "ü"; from werkzeug.serving import run_simple\n',
    's = f"{x}"\nimport flask\n',
    's = "import flask"\n"""\nimport flask\n"""\n',
    "r'\\\\'\nimport flask\n",
    '# import flask\nif True:\n    import flask.json\n'
  ])('%j', async (text) => {
    expect(where(await findingsFor(RULE, { 'pkg/m.py': text }))).toEqual(await expected(text));
  });

  test('on generated files with strings, comments, f-strings, brackets and non-ASCII text', async () => {
    const fragments = [
      'import flask',
      'import os, flask as f',
      'from flask import (\n    jsonify,\n    request,\n)',
      'from flask \\\n    import g',
      'from werkzeug.serving import run_simple',
      'from werkzeug import serving',
      '"""doc: import flask\nfrom flask import x"""',
      "'''import flask'''",
      "r'\\\\'", // a raw string ending in an escaped backslash (valid Python: r'\\')
      'b"\\"" + "x"',
      'f"{a}" + f\'{{import flask}}\'',
      '# import flask',
      'try: import flask\nexcept ImportError: pass',
      'x = 1; import flask',
      'import flask; from flask import g',
      'def f():\n    from flask import request',
      'class A:\n    import flask',
      'y = (\n  1,\n  "import flask")',
      'z = [1,\nimport_flask]',
      'héllo = "wörld"',
      'x = \\\n  1',
      'pass'
    ];
    await fc.assert(
      fc.asyncProperty(generatedPython(fragments), async (text) => {
        expect(where(await findingsFor(RULE, { 'pkg/m.py': text }))).toEqual(await expected(text));
      }),
      { numRuns: 300 }
    );
  });
});

describe('placesOf', () => {
  const at = (text: string, ...marks: string[]) =>
    placesOf(
      text,
      marks.map((m) => text.indexOf(m))
    );

  test.each([
    ['import a\n', ['import'], ['code']],
    ['"import a"\nimport b\n', ['import a', 'import b'], ['string-or-comment', 'code']],
    ['# import a\nimport b\n', ['import a', 'import b'], ['string-or-comment', 'code']],
    ["x = r'\\\\'\nimport b\n", ['import b'], ['code']],
    ["x = r'\\'\nimport b\n", ['import b'], ['unknown']],
    ['x = (\nimport b)\n', ['import b'], ['unknown']],
    ['x = f"{y}"\nimport b\n', ['import b'], ['unknown']],
    ['x = f"{{y}}"\nimport b\n', ['import b'], ['code']],
    ['x = 1 \\\nimport b\n', ['import b'], ['unknown']],
    ['x = "open\nimport b\n', ['import b'], ['unknown']],
    ['"""\nimport a\n"""\nimport b\n', ['import a', 'import b'], ['string-or-comment', 'code']]
  ])('%j', (text, marks, places) => {
    expect(at(text, ...marks)).toEqual(places);
  });
});
