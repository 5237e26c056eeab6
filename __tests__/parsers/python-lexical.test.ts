// The lexical pass stands in for a parse when it is sure: wherever it answers, it must answer as
// tree-sitter does (the comment and string nodes of a full parse).
import fc from 'fast-check';
import { generatedPython } from '../helpers.js';
import { lexicalPlaces } from '../../src/parsers/python-lexical.js';
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
