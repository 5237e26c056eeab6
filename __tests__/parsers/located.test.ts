// TextLocator: where a value read by a parser that keeps no positions (TOML) sits in the text.
import { TextLocator } from '../../src/parsers/located.js';

const TEXT = [
  '[tool.poetry]', // 0
  'name = "demo"',
  '  [ tool.poetry.dependencies ]',
  'flask = "2.2.5"',
  '"fast.api" = ">=0.100"',
  'extra = ["flask", \'flask\']',
  ''
].join('\n');

describe('TextLocator', () => {
  const at = new TextLocator(TEXT);

  test('a section header is found with the spaces around it, its name taken literally', () => {
    expect(at.section('tool.poetry')).toBe(0);
    expect(at.section('tool.poetry.dependencies')).toBe(TEXT.indexOf('  [ tool'));
    // `.` is not a wildcard: an unescaped name would find `[aXb]` for `a.b`.
    expect(new TextLocator('x = 1\n[a.b]\n').section('a.b')).toBe(6);
    expect(new TextLocator('x = 1\n[aXb]\n').section('a.b')).toBe(0);
  });

  test('a quoted value is found at or after the starting point, in either quotes', () => {
    const first = at.find('flask', 0)!;
    expect(first).toEqual({ line: 6, column: 10, endLine: 6, endColumn: 17 });
    const second = at.find('flask', TEXT.indexOf('"flask"') + 1)!;
    expect(second).toEqual({ line: 6, column: 19, endLine: 6, endColumn: 26 });
    // Quotes must match: "flask' is not a quoted flask.
    expect(new TextLocator(`"flask'`).find('flask', 0)).toBeUndefined();
  });

  test('a key is found at the start of its line, indentation and quotes skipped', () => {
    // The region runs from the key through its `=`.
    expect(at.find('flask', 0, true)).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 8 });
    expect(at.find('fast.api', 0, true)).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 13 });
    expect(new TextLocator('x = 1\n    name = "a"\n').find('name', 0, true)).toEqual({
      line: 2,
      column: 5,
      endLine: 2,
      endColumn: 11
    });
    // A value that merely contains the key is not the key.
    expect(at.find('name', TEXT.indexOf('demo'), true)).toBeUndefined();
  });

  test('a value or key that is not there is undefined, not an error', () => {
    expect(at.find('django', 0)).toBeUndefined();
    expect(at.find('django', 0, true)).toBeUndefined();
    expect(at.find('flask', TEXT.length)).toBeUndefined();
  });
});
