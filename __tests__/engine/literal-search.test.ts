// textsIn is a shortcut for "which of these does the text include": it must answer exactly as
// `includes` does, whatever the texts (overlapping, one inside another, starting at the same place,
// regex syntax, repeated) and whatever order they come in.
import fc from 'fast-check';
import { textsIn } from '../../src/engine/literal-search.js';

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

test('more texts than an alternation takes, or an empty one, are still answered', () => {
  const many = Array.from({ length: 40 }, (_, i) => `t${i}_`);
  const text = 't3_ t39_ t17_';
  expect([...textsIn(text, many)].sort()).toEqual(['t17_', 't39_', 't3_']);
  expect([...textsIn('abc', ['', 'b', 'x'])].sort()).toEqual(['', 'b']);
});
