// The text a pattern requires lets text-match skip files with a string search. It must be exact: a
// file the search rejects can never hold a match.
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { requiredLiterals } from '../../src/rules/regex-literals.js';
import { profilePath } from '../../src/rules/bundled.js';

describe('requiredLiterals', () => {
  test.each([
    ['\\bDRUM_FASTAPI_ENABLED\\b', '', ['DRUM_FASTAPI_ENABLED']],
    ['\\b(?:create_flask_app|get_flask_app)\\b', '', ['create_flask_app', 'get_flask_app']],
    ['\\.(?:errorhandler|register_error_handler)\\b', '', ['errorhandler', 'register_error_handler']],
    ['isinstance\\(\\s*self\\.app\\s*,\\s*(?:\\w+\\.)?Flask\\s*\\)', '', ['isinstance(']],
    ['(?<![.\\w])request\\.(?:json|data)\\b', '', ['request.']],
    ['\\bexcluded_urls\\b|OTEL_PYTHON_(?:FASTAPI_)?EXCLUDED_URLS', '', ['excluded_urls', 'EXCLUDED_URLS']],
    ['["\']flask["\']', '', ['flask']],
    ['(?:abc)+x', '', ['abc']],
    ['ab(?:cd)?ef', '', undefined], // 'ab' and 'ef' are too short; the optional part is not required
    ['flask', 'gim', undefined], // ignored case: letters are not literal
    ['(?:flask|\\w+)', '', undefined], // one branch requires nothing
    ['[fF]lask', '', ['lask']],
    ['x*', '', undefined],
    ['x(?:flask)?y', '', undefined],
    ['😀 smile', 'u', ['😀 smile']],
    ['(unclosed', '', undefined]
  ])('/%s/%s requires %j', (source, flags, expected) => {
    expect(requiredLiterals(source, flags)).toEqual(expected);
  });

  test('a group that changes case-sensitivity requires nothing of its letters', () => {
    expect(requiredLiterals('(?i:flask)', '')).toBeUndefined();
    expect(requiredLiterals('(?i:flask)_server', '')).toEqual(['_server']);
  });

  test('the shortcut applies to nearly every pattern of the bundled rule set', async () => {
    const rules = parse(await readFile(profilePath('drum'), 'utf8')).rules as Array<{ pattern?: string }>;
    const patterns = rules.flatMap((r) => (r.pattern ? [r.pattern] : []));
    expect(patterns.length).toBeGreaterThan(20);
    const withRequirement = patterns.filter((p) => requiredLiterals(p, 'gm'));
    expect(withRequirement.length).toBeGreaterThan(20);
  });

  test('property: a text without any of the required strings has no match', () => {
    const piece = fc.constantFrom(
      'abc',
      'flask',
      'x',
      '\\.',
      '[a-c]',
      '\\w+',
      '\\s*',
      '\\b',
      '^',
      '$',
      '(?:abc|flask)',
      '(?:x|yz)?',
      '(?:flask)?',
      '(abc)*',
      '(flask)+',
      'a{2,3}',
      '(?=ab)',
      '(?<!f)lask'
    );
    const pattern = fc
      .array(piece, { minLength: 1, maxLength: 5 })
      .chain((parts) =>
        fc.constantFrom(parts.join(''), `${parts.join('')}|${parts.slice(1).join('') || 'zz'}`)
      );
    const text = fc
      .array(
        fc.constantFrom('a', 'b', 'c', 'x', 'y', 'z', 'f', 'l', 's', 'k', '.', ' ', '\n', 'abc', 'flask'),
        {
          maxLength: 30
        }
      )
      .map((parts) => parts.join(''));
    let rejected = 0;
    fc.assert(
      fc.property(pattern, text, (source, subject) => {
        const required = requiredLiterals(source, 'gm');
        if (required && !required.some((s) => subject.includes(s))) {
          rejected++;
          expect([source, subject, new RegExp(source, 'gm').test(subject)]).toEqual([source, subject, false]);
        }
      }),
      { numRuns: 2000 }
    );
    // The property looked at the case it is about, not only at texts that hold the strings.
    expect(rejected).toBeGreaterThan(200);
  });
});
