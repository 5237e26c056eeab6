import { parseImportStatement, parsePython, parsePythonImports } from '../../src/parsers/python.js';

describe('parsePython', () => {
  test('imports: names, module, level', async () => {
    const m = await parsePython(
      'import a.b as c, d\nfrom ..x.y import (p,\n q as r)\nfrom . import z\nfrom e import *\n'
    );
    expect(m.imports.map((i) => [i.module, i.level, i.names, i.isFrom, i.region.line])).toEqual([
      ['a.b', 0, ['a.b', 'd'], false, 1],
      ['x.y', 2, ['x.y.p', 'x.y.q'], true, 2],
      ['', 1, ['z'], true, 4],
      ['e', 0, ['e.*'], true, 5]
    ]);
    expect(m.imports[1]!.region).toEqual({ line: 2, column: 1, endLine: 3, endColumn: 9 });
  });

  test('comments and outermost strings, as UTF-16 offsets', async () => {
    const text = 'x = f"a{"b"}c"  # note\n"""doc"""\n';
    const m = await parsePython(text);
    expect(m.comments.map(([s, e]) => text.slice(s, e))).toEqual(['# note']);
    expect(m.strings.map(([s, e]) => text.slice(s, e))).toEqual(['f"a{"b"}c"', '"""doc"""']);
  });

  test('scopes get qualified names from nesting', async () => {
    const m = await parsePython(
      'class A:\n    def f(self):\n        def g():\n            pass\n\ndef f():\n    pass\n'
    );
    expect(m.scopes.map((s) => s.qualifiedName)).toEqual(['A', 'A.f', 'A.f.g', 'f']);
  });

  test('syntax errors are recorded, not thrown', async () => {
    const m = await parsePython('def broken(:\n  pass\nimport ok\n');
    expect(m.hasSyntaxError).toBe(true);
    expect(m.imports.map((i) => i.names)).toEqual([['ok']]);
  });

  test('garbage input does not throw', async () => {
    for (const text of [
      '',
      '\0\0\0',
      '((((((((((',
      '"""unterminated',
      '\uFFFD'.repeat(100),
      'x = ' + '['.repeat(5000)
    ]) {
      await expect(parsePython(text)).resolves.toHaveProperty('imports');
    }
  });

  test('columns and offsets count UTF-16 code units, as editors and GitHub do', async () => {
    const text = 'café = "é😀"; import b  # ü\n';
    const m = await parsePython(text);
    expect(m.imports.map((i) => i.region)).toEqual([{ line: 1, column: 15, endLine: 1, endColumn: 23 }]);
    expect(m.strings.map(([s, e]) => text.slice(s, e))).toEqual(['"é😀"']);
    expect(m.comments.map(([s, e]) => text.slice(s, e))).toEqual(['# ü']);
    expect(m.hasSyntaxError).toBe(false);
  });

  test('scopes: decorated functions start at def; a sibling after a nested scope is not nested', async () => {
    const m = await parsePython('@dec\ndef f():\n    pass\nclass B:\n    def g(self): pass\n');
    expect(m.scopes).toEqual([
      { name: 'f', start: 5, end: 22, qualifiedName: 'f' },
      { name: 'B', start: 23, end: 53, qualifiedName: 'B' },
      { name: 'g', start: 36, end: 53, qualifiedName: 'B.g' }
    ]);
  });

  test('concatenated strings are each a string; a comment inside a string is not a comment', async () => {
    const text = 'x = "a" \'b\'  # real\ny = "# not a comment"\n';
    const m = await parsePython(text);
    expect(m.strings.map(([s, e]) => text.slice(s, e))).toEqual(['"a"', "'b'", '"# not a comment"']);
    expect(m.comments.map(([s, e]) => text.slice(s, e))).toEqual(['# real']);
  });
});

describe('the import-only parses', () => {
  test('parsePythonImports: spaces inside dotted names, aliases, parenthesised lists', async () => {
    expect(await parsePythonImports('from a . b import (c as d, e)\nimport x . y\n')).toEqual({
      imports: [
        {
          region: { line: 1, column: 1, endLine: 1, endColumn: 30 },
          module: 'a.b',
          level: 0,
          names: ['a.b.c', 'a.b.e'],
          isFrom: true
        },
        {
          region: { line: 2, column: 1, endLine: 2, endColumn: 13 },
          module: 'x.y',
          level: 0,
          names: ['x.y'],
          isFrom: false
        }
      ],
      hasSyntaxError: false
    });
  });

  // Statements recur across a repository: each text is parsed once, and the answer is shared.
  test('parseImportStatement: an equal statement gets the same answer, also after the memory of them is full', async () => {
    const file = `x = 1\nfrom flask import request, jsonify\n`;
    const statement = file.slice(6, file.length - 1);
    const first = await parseImportStatement(statement);
    expect(first.imports.map((i) => i.names)).toEqual([['flask.request', 'flask.jsonify']]);
    expect(await parseImportStatement('from flask import request, jsonify')).toBe(first);
    for (let i = 0; i < 4200; i++) await parseImportStatement(`import m${i}`);
    const again = await parseImportStatement(statement);
    expect(again).toEqual(first);
    expect((await parseImportStatement('import m4199')).imports[0]!.names).toEqual(['m4199']);
  });

  test('parseImportStatement: one statement, relative, and a cut statement says so', async () => {
    expect(await parseImportStatement('from .. import x')).toEqual({
      imports: [
        {
          region: { line: 1, column: 1, endLine: 1, endColumn: 17 },
          module: '',
          level: 2,
          names: ['x'],
          isFrom: true
        }
      ],
      hasSyntaxError: false
    });
    expect((await parseImportStatement('from a import (b,')).hasSyntaxError).toBe(true);
    expect((await parseImportStatement('x = 1')).imports).toEqual([]);
    expect((await parseImportStatement('import a . b as c, d')).imports).toEqual([
      {
        region: { line: 1, column: 1, endLine: 1, endColumn: 21 },
        module: 'a.b',
        level: 0,
        names: ['a.b', 'd'],
        isFrom: false
      }
    ]);
  });

  test('the three parses agree on the imports of a file', async () => {
    const text = 'import os, a.b as ab\nfrom .pkg import (x,\n  y as z)\nfrom m import *\n';
    const whole = (await parsePython(text)).imports;
    expect((await parsePythonImports(text)).imports).toEqual(whole);
    expect(whole.map((i) => i.names)).toEqual([['os', 'a.b'], ['pkg.x', 'pkg.y'], ['m.*']]);
  });
});
