// The lexical pass stands in for a parse when it is sure: wherever it answers, it must answer as
// tree-sitter does (the comment and string nodes of a full parse).
import fc from 'fast-check';
import { generatedPython } from '../helpers.js';
import { lexicalPlaces, type LexicalPlace } from '../../src/parsers/python-lexical.js';
import { parsePython } from '../../src/parsers/python.js';
import { inRanges } from '../../src/parsers/line-index.js';

async function parsedKinds(text: string): Promise<string[]> {
  const module = await parsePython(text);
  return [...text].map((_, i) =>
    inRanges(i, module.comments) ? 'comment' : inRanges(i, module.strings) ? 'string' : 'code'
  );
}

test.each([
  ['x = 1  # note', 'code', 'comment'],
  ['s = "a # b"', 'code', 'string'],
  ["s = r'\\\\'  # c", 'code', 'string', 'comment'],
  ['d = """\nFlask\n"""', 'code', 'string'],
  ['b\'x\' b"y"', 'string', 'code']
])('%j has kinds %j', async (text, ...kinds) => {
  const places = lexicalPlaces(
    text,
    [...text].map((_, i) => i)
  ).map((p) => p.kind);
  expect([...new Set(places)]).toEqual(kinds);
  expect(places).toEqual(await parsedKinds(text));
});

test.each([
  ['f"{x}"', 'an f-string with a replacement field'],
  ['s = "open', 'an unterminated string'],
  ["'''never closed", 'an unterminated triple-quoted string']
])('%j: unknown from %s on', (text) => {
  expect(lexicalPlaces(text, [text.length - 1])[0]!.kind).toBe('unknown');
});

test('wherever it answers, it answers as the parser does (generated source)', async () => {
  const fragments = [
    'import flask',
    'x = "Flask(app)"',
    "y = 'it''s'",
    '# Flask( in a comment',
    '"""doc\nFlask(\n"""',
    "r'\\\\'",
    'b"\\\\"" + "x"',
    'f"{{a}}" + rb"q"',
    'call(Flask(__name__),\n     "s")',
    'héllo = "wörld"  # ünïcode',
    'x = \\\n  1',
    'u"\\u00e9"',
    "'#not a comment'",
    '"a" "b" \'c\'',
    'pass'
  ];
  await fc.assert(
    fc.asyncProperty(generatedPython(fragments), async (text) => {
      const offsets = [...text].map((_, i) => i);
      const lexical = lexicalPlaces(text, offsets).map((p) => p.kind);
      const parsed = await parsedKinds(text);
      const answered = offsets.filter((i) => lexical[i] !== 'unknown');
      expect(answered.map((i) => [i, lexical[i]])).toEqual(answered.map((i) => [i, parsed[i]]));
    }),
    { numRuns: 300 }
  );
});

// Where it must answer, not just agree with the parser: the exact place at a position found by the
// text after it. An answer of 'unknown' here would be a loss (a parse where none was needed).
const CODE: LexicalPlace = { kind: 'code', depth: 0, continued: false };
const STRING: LexicalPlace = { kind: 'string', depth: 0, continued: false };
const COMMENT: LexicalPlace = { kind: 'comment', depth: 0, continued: false };

describe('places it is sure of', () => {
  const at = (text: string, needle: string, nth = 0) => {
    let offset = -1;
    for (let n = 0; n <= nth; n++) offset = text.indexOf(needle, offset + 1);
    expect(offset).toBeGreaterThanOrEqual(0);
    return offset;
  };
  const place = (text: string, offset: number) => lexicalPlaces(text, [offset])[0];

  test.each<[string, string, string, LexicalPlace]>([
    ['an f-string whose braces are doubled', 'f"{{a}}" + rb"q"', 'a', STRING],
    ['code after it', 'f"{{a}}" + rb"q"', '+', CODE],
    ['a t-string, and prefixes in either case and order', 't"a" Rb"b" bR"c" Br\'d\'', 'd', STRING],
    ['an escaped quote', '"a\\"b" + c', 'b', STRING],
    // The string goes on; the physical line after the backslash counts as continued.
    ['an escaped line end (CRLF) inside a string', '"a\\\r\nb" + c', 'b', { ...STRING, continued: true }],
    ['a quote inside a triple-quoted string', "'''a\n'b'\n''' + c", 'b', STRING],
    ['a carriage return before the line feed, in a comment', 'x  # a\r\ny', '\r', COMMENT],
    ['a word that is not a prefix, then a string', 'é"x" + ur"y"', 'x', STRING],
    ['code before a string that a non-prefix word precedes', 'é"x" + ur"y"', 'u', CODE],
    ['the string after it', 'é"x" + ur"y"', 'y', STRING]
  ])('%s', (_name, text, needle, expected) => {
    expect(place(text, at(text, needle))).toEqual(expected);
  });

  test('bracket depth counts (, [ and { in code only, never below zero', () => {
    const text = ') x = f(a, [b, {c: "(["}], d)\ny';
    expect(place(text, at(text, 'x'))).toEqual({ kind: 'code', depth: 0, continued: false });
    expect(place(text, at(text, 'a'))).toEqual({ kind: 'code', depth: 1, continued: false });
    expect(place(text, at(text, 'b'))).toEqual({ kind: 'code', depth: 2, continued: false });
    expect(place(text, at(text, 'c'))).toEqual({ kind: 'code', depth: 3, continued: false });
    expect(place(text, at(text, '(['))).toEqual({ kind: 'string', depth: 0, continued: false });
    expect(place(text, at(text, 'd'))).toEqual({ kind: 'code', depth: 1, continued: false });
    expect(place(text, at(text, 'y'))).toEqual({ kind: 'code', depth: 0, continued: false });
  });

  test('a line is continued after a backslash at the end of the previous one (LF, CRLF or CR)', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `x = \\${eol}  1${eol}y = 2`;
      expect(place(text, at(text, '1'))).toEqual({ kind: 'code', depth: 0, continued: true });
      expect(place(text, at(text, 'y'))).toEqual({ kind: 'code', depth: 0, continued: false });
    }
    // A backslash that is the first character of the text continues nothing before it.
    expect(place('\\\nx', 2)).toEqual({ kind: 'code', depth: 0, continued: true });
    expect(place('x', 0)).toEqual({ kind: 'code', depth: 0, continued: false });
  });

  test('several offsets at once, in order, with unknown after what cannot be read', () => {
    const text = 'a = "s"  # c\nf"{x}" b';
    expect(lexicalPlaces(text, [0, 4, 9, at(text, 'f"'), text.length - 1]).map((p) => p.kind)).toEqual([
      'code',
      'string',
      'comment',
      'unknown',
      'unknown'
    ]);
  });
});
