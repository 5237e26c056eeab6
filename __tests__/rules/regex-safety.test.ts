import { backtrackingRisk } from '../../src/rules/regex-safety.js';

const nestedQuantifier = (pattern: string, flags: string) => backtrackingRisk(pattern, flags)?.fragment;
import { parseRuleSet } from '../../src/rules/parse.js';

describe('nested unbounded quantifiers (exponential backtracking) are refused', () => {
  test.each([
    ['(a+)+$', '(a+)+'],
    ['^(\\w+\\s?)*$', '(\\w+\\s?)*'],
    ['([a-z]+)*x', '([a-z]+)*'],
    ['(?:a*)*', '(?:a*)*'],
    ['(?:(?:ab)+c)+', '(?:(?:ab)+c)+'],
    ['(x{2,})+', '(x{2,})+']
  ])('%s', (pattern, fragment) => {
    expect(nestedQuantifier(pattern, 'gm')).toBe(fragment);
  });

  test.each([
    '\\bBlueprint\\b',
    '(?<![.\\w])request\\.(?:json|data|args)\\b',
    'isinstance\\(\\s*self\\.app\\s*,\\s*(?:\\w+\\.)?Flask\\s*\\)',
    '\\s*\\w+\\s*=\\s*\\w+\\s*',
    '(?:ab){1,3}c+',
    'a/b'
  ])('%s is accepted', (pattern) => {
    expect(nestedQuantifier(pattern, 'gm')).toBeUndefined();
  });

  test.each([
    ['(a|a)*b', '(a|a)*', 'gm'],
    ['(?:\\w|\\d)*!', '(?:\\w|\\d)*', 'gm'],
    ['(ab|ac)+x', '(ab|ac)+', 'gm'],
    ['(?:x|)*y', '(?:x|)*', 'gm'],
    ['(?:[^"]|\\\\")*"', '(?:[^"]|\\\\")*', 'gm'],
    ['(A|a)*b', '(A|a)*', 'gmi'],
    ['(a|b){2,5}c', undefined, 'gm'],
    ['(?:\\s|#)*x', undefined, 'gm']
  ])('a repeated choice whose alternatives can match the same text: %s', (pattern, fragment, flags) => {
    expect(nestedQuantifier(pattern, flags)).toBe(fragment);
  });

  test.each([
    ['(a{1,10}){1,10}!', '(a{1,10}){1,10}'],
    ['(a?){20}a{20}', '(a?){20}'],
    ['(?:\\d{1,3}){2,4}', '(?:\\d{1,3}){2,4}'],
    ['(?:a{3}){1,10}', undefined],
    ['(?:ab?)+', undefined]
  ])('a repeat of a counted repeat of varying length: %s', (pattern, fragment) => {
    expect(nestedQuantifier(pattern, 'gm')).toBe(fragment);
  });

  test.each([
    ['(?:a?a?)*b', '(?:a?a?)*'],
    ['(?:\\s*)+x', '(?:\\s*)+'],
    ['(?:a?b)*', undefined]
  ])('an unbounded repeat of something that can match nothing: %s', (pattern, fragment) => {
    expect(nestedQuantifier(pattern, 'gm')).toBe(fragment);
  });

  test('each refusal says how to rewrite the pattern', () => {
    expect(backtrackingRisk('(\\w|\\d)*', 'gm')?.why).toBe(
      'repeats a choice whose alternatives can match the same text; make them exclusive (e.g. `(\\w|\\d)*` as `\\w*`, `(ab|ac)*` as `(a[bc])*`)'
    );
    expect(backtrackingRisk('(a{1,10}){1,10}', 'gm')?.why).toBe(
      'repeats a repeat of varying length, which can split the same text in many ways; use one count (e.g. `(a{1,10}){1,10}` as `a{1,100}`)'
    );
  });

  test('a rule with such a pattern is a configuration error naming the rule and position', () => {
    const text =
      'name: n\nrules:\n  - id: slow\n    phase: 1\n    title: t\n    kind: forbidden-pattern\n    files: ["**"]\n    pattern: "^(\\\\w+\\\\s?)*$"\n    message: m\n';
    expect(() => parseRuleSet(text, 'r.yml')).toThrow(
      "r.yml:8:14: rule 'slow': key 'pattern': can take exponential time on some inputs: `(\\w+\\s?)*` repeats something that itself repeats without bound; rewrite it (e.g. `(a+)+` as `a+`)"
    );
  });
});
