// findTextMatches parses a Python file only when a match needs it. `within` is answered from the parse
// (which scopes hold a match), except when no scope it names can exist: then the file is not parsed.
import fc from 'fast-check';
import type { SourceFile } from '../../src/kinds/kind.js';
import {
  compileTextMatcher,
  findTextMatches,
  mayDefineScope,
  scopeRanges
} from '../../src/kinds/text-match.js';
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

  test('a file that uses a scope without defining it (a test calling DrumServerRun) is not parsed', async () => {
    const text =
      'from datarobot_drum.testing import DrumServerRun\n\ndef test_x():\n    with DrumServerRun("flask") as run:\n        pass\n';
    expect(await findTextMatches(unparsed('tests/functional/test_x.py', text), matcher)).toEqual([]);
    // `DrumServerRunner` and `MyDrumServerRun` are other names.
    const others = 'class DrumServerRunner:\n    s = "flask"\nclass MyDrumServerRun:\n    s = "flask"\n';
    expect(await findTextMatches(unparsed('tests/a.py', others), matcher)).toEqual([]);
  });

  test.each([
    [
      'a line continuation between the keyword and the name',
      'class \\\n    DrumServerRun:\n    s = "flask"\n'
    ],
    ['a function of that name', 'async def DrumServerRun():\n    return "flask"\n'],
    [
      'a non-ASCII neighbour is not a word boundary',
      'class DrumServerRun:\n    s = "flask"\nclass éDrumServerRun: pass\n'
    ]
  ])('a definition is found with %s', async (_, text) => {
    expect((await findTextMatches(parsed('tests/conftest.py', text), matcher)).map((m) => m.text)).toEqual([
      '"flask"'
    ]);
  });

  test.each([
    ['class DrumServerRun(object):\n    pass\n', 'tests/conftest.py', true],
    ['    def DrumServerRun(self): pass\n', 'tests/conftest.py', true],
    ['with DrumServerRun(server_type="flask"):\n    pass\n', 'tests/functional/test_x.py', false],
    ['# class DrumServerRun is gone\n', 'tests/conftest.py', true], // a comment may say it: the parse decides
    ['class DrumServerRun:\n    pass\n', 'tests/conftest.txt', false]
  ])('mayDefineScope(%j in %s): %s', (text, path, expected) => {
    expect(mayDefineScope(unparsed(path, text), matcher)).toBe(expected);
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
