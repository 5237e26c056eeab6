import { nestedQuantifier } from '../../src/rules/regex-safety.js';
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

  test('a rule with such a pattern is a configuration error naming the rule and position', () => {
    const text =
      'name: n\nrules:\n  - id: slow\n    phase: 1\n    title: t\n    kind: forbidden-pattern\n    files: ["**"]\n    pattern: "^(\\\\w+\\\\s?)*$"\n    message: m\n';
    expect(() => parseRuleSet(text, 'r.yml')).toThrow(
      "r.yml:8:14: rule 'slow': key 'pattern': can take exponential time on some inputs: `(\\w+\\s?)*` repeats something that itself repeats without bound; rewrite it (e.g. `(a+)+` as `a+`)"
    );
  });
});
