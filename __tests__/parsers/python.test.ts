import { parsePython } from '../../src/parsers/python.js';

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
});
