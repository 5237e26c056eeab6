// findTextMatches parses a Python file only when a match needs it. `within` is answered from the parse
// (which scopes hold a match), except when no scope it names can exist: then the file is not parsed.
import fc from 'fast-check';
import type { SourceFile } from '../../src/kinds/kind.js';
import { compileTextMatcher, findTextMatches, scopeRanges } from '../../src/kinds/text-match.js';
import { inRanges } from '../../src/parsers/line-index.js';
import { parsePython } from '../../src/parsers/python.js';
import { generatedPython } from '../helpers.js';

/** A file whose parse must not be asked for. */
const unparsed = (path: string, text: string): SourceFile =>
  ({
    path,
    text,
    contains: (t: string) => text.includes(t),
    python: () => {
      throw new Error(`${path} was parsed`);
    }
  }) as unknown as SourceFile;
const parsed = (path: string, text: string): SourceFile =>
  ({
    path,
    text,
    contains: (t: string) => text.includes(t),
    python: () => parsePython(text)
  }) as unknown as SourceFile;

describe('findTextMatches with within', () => {
  const matcher = compileTextMatcher({
    pattern: `["']flask["']`,
    in: ['code', 'strings'],
    within: ['DrumServerRun']
  });

  test('a file that names none of the scopes has no match there, without a parse', async () => {
    const text = 'def test_info(r):\n    assert r["server"] == "flask"\n';
    expect(await findTextMatches(unparsed('tests/test_gen.py', text), matcher)).toEqual([]);
  });

  test('a file that names one is parsed, and only matches inside the scope count', async () => {
    const text = 'x = "flask"\nclass DrumServerRun:\n    server = "flask"\n';
    const matches = await findTextMatches(parsed('tests/conftest.py', text), matcher);
    expect(matches.map((m) => [m.start, m.text])).toEqual([[text.lastIndexOf('"flask"'), '"flask"']]);
    await expect(findTextMatches(unparsed('tests/conftest.py', text), matcher)).rejects.toThrow('was parsed');
  });

  test('a qualified name is looked for by its last part', async () => {
    const qualified = compileTextMatcher({ literal: 'flask', within: ['Server.run'] });
    const text = 'class Server:\n    def run(self):\n        return "flask"\n';
    expect((await findTextMatches(parsed('a.py', text), qualified)).map((m) => m.start)).toEqual([
      text.indexOf('flask')
    ]);
    expect(await findTextMatches(unparsed('a.py', 'class Server:\n    x = "flask"\n'), qualified)).toEqual(
      []
    );
  });

  test('property: the same matches as scopes read from the parse', async () => {
    const names = ['f', 'Run', 'Server.run', 'Server'];
    const fragments = [
      'def f():\n    return "flask"',
      'def g():\n    return "flask"',
      'class Server:\n    def run(self):\n        return "flask"',
      'class Other:\n    def run(self):\n        "flask"',
      'class Run:\n    flask = 1',
      '"flask"',
      '# def f(): "flask"',
      'x = "def f(): flask"',
      'async def f():\n    flask = 2'
    ];
    await fc.assert(
      fc.asyncProperty(
        generatedPython(fragments),
        fc.subarray(names, { minLength: 1 }),
        async (text, within) => {
          const m = compileTextMatcher({ pattern: 'flask', within });
          const module = await parsePython(text);
          const scopes = scopeRanges(module, within);
          const expected = [...text.matchAll(/flask/g)]
            .map((x) => x.index)
            .filter((i) => inRanges(i, scopes));
          expect((await findTextMatches(parsed('m.py', text), m)).map((x) => x.start)).toEqual(expected);
        }
      ),
      { numRuns: 200 }
    );
  });
});
