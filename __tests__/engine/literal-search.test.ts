// textsIn is a shortcut for "which of these does the text include": it must answer exactly as
// `includes` does, whatever the texts (overlapping, one inside another, starting at the same place,
// regex syntax, repeated) and whatever order they come in.
import fc from 'fast-check';
import { textsIn as presentMask } from '../../src/engine/literal-search.js';
import { TextFile } from '../../src/engine/tree-view.js';

/** The texts present, from the bit mask. */
const textsIn = (text: string, texts: readonly string[]): Set<string> => {
  const mask = presentMask(text, texts);
  return new Set(texts.filter((_, i) => mask & (1 << i)));
};

const naive = (text: string, texts: readonly string[]): string[] =>
  [...new Set(texts.filter((t) => text.includes(t)))].sort();

test.each([
  ['app = Flask(__name__)\n', ['Flask', 'Flask(', 'errorhandler'], ['Flask', 'Flask(']],
  [
    'add_exception_handler(x)',
    ['exception_handler', 'add_exception_handler'],
    ['add_exception_handler', 'exception_handler']
  ],
  ['abc', ['ab', 'bc', 'c', 'abcd'], ['ab', 'bc', 'c']],
  ['a.b(c)', ['.b(', 'a.b', '(c)', 'x|y', '[a]'], ['(c)', '.b(', 'a.b']],
  ['aaaa', ['aa', 'aaa', 'aaaaa'], ['aa', 'aaa']],
  ['', ['', 'a'], ['']],
  ['Flask Flask Flask request.json', ['request.', 'Flask', 'Flask', 'json'], ['Flask', 'json', 'request.']]
])('in %j, of %j: %j', (text, texts, expected) => {
  expect([...textsIn(text, texts)].sort()).toEqual(expected);
});

test('answers as includes does', () => {
  const piece = fc.constantFrom('a', 'b', 'ab', 'ba', '.', '(', '|', '\\', 'Flask', 'request.', '\n', 'é');
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
  const needle = fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, fc.array(needle, { maxLength: 8 }), (t, texts) => {
      expect([...textsIn(t, texts)].sort()).toEqual(naive(t, texts));
    }),
    { numRuns: 3000 }
  );
});

test('an empty text is always present; 30 texts are looked for at once, more are refused', () => {
  expect([...textsIn('abc', ['', 'b', 'x'])].sort()).toEqual(['', 'b']);
  const thirty = Array.from({ length: 30 }, (_, i) => `t${i}_`);
  expect([...textsIn('t29_ t0_', thirty)].sort()).toEqual(['t0_', 't29_']);
  expect(() =>
    presentMask(
      't',
      Array.from({ length: 31 }, (_, i) => `t${i}`)
    )
  ).toThrow(new RangeError('at most 30 texts are looked for at once'));
});

test('a file answers contains alike whether the texts were looked for first, for any number of them', () => {
  const text = 'from flask import Flask\napp = Flask(__name__)\n';
  const asked = ['Flask(', 'errorhandler', 'import', 'fastapi', ''];
  const many = Array.from({ length: 40 }, (_, i) => (i % 2 ? `t${i}` : 'Flask'));
  for (const looked of [[], asked.slice(0, 3), asked, many]) {
    const file = new TextFile('a.py', text);
    file.lookFor(looked);
    expect([...asked, 't3', 'zzz'].map((t) => [t, file.contains(t)])).toEqual(
      [...asked, 't3', 'zzz'].map((t) => [t, text.includes(t)])
    );
  }
});

test("texts a tree-level check looks for afterwards join the file pass's answers; every answer stays includes'", () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('Flask', 'Flask(', 'app', 'fastapi', 'x', ''), { maxLength: 5 }),
      fc.array(fc.constantFrom('Flask', 'import', 'app =', 'lifespan', 'zz', ''), { maxLength: 6 }),
      (filePass, tree) => {
        const text = 'from flask import Flask\napp = Flask(__name__)\n';
        const file = new TextFile('a.py', text);
        file.lookFor(filePass);
        // Asked once before the tree's search (remembered), then the tree's texts, twice (the second does nothing).
        file.contains('import');
        file.lookAlso(tree);
        file.lookAlso(tree);
        const asked = [...filePass, ...tree, 'import', 'nowhere'];
        expect(asked.map((t) => [t, file.contains(t)])).toEqual(asked.map((t) => [t, text.includes(t)]));
      }
    )
  );
});
