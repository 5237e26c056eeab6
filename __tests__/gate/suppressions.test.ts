import fc from 'fast-check';
import {
  applySuppressions,
  findSuppressions,
  firstCovering,
  type Suppression
} from '../../src/gate/suppressions.js';
import type { RawFinding } from '../../src/model.js';

const at = (path: string, line?: number): RawFinding => ({
  path,
  message: 'm',
  ...(line ? { region: { line, column: 1, endLine: line, endColumn: 2 } } : {})
});

describe('findSuppressions', () => {
  test('in any comment syntax, with rules, reason and an optional until date', () => {
    const text = [
      'import flask  # migration-gate: ignore[no-flask] the Flask fallback stays until decommission, until 2027-03-31',
      '// migration-gate: ignore[a, b] -- shared reason',
      '<!-- migration-gate: ignore-file[readme-flask] historical notes -->',
      '# migration-gate: ignore[no-flask]',
      '# migration-gate: ignore[] reason',
      '# migration-gate: ignore[x] reason until tomorrow',
      '# migration-gate: please ignore this'
    ].join('\n');
    expect(
      findSuppressions('f.py', text).map((s) => [s.line, s.scope, s.rules, s.reason, s.until, s.problem])
    ).toEqual([
      [1, 'line', ['no-flask'], 'the Flask fallback stays until decommission', '2027-03-31', undefined],
      [2, 'line', ['a', 'b'], 'shared reason', undefined, undefined],
      [3, 'file', ['readme-flask'], 'historical notes', undefined, undefined],
      [4, 'line', ['no-flask'], '', undefined, 'gives no reason'],
      [5, 'line', [], 'reason', undefined, 'names no rule'],
      [6, 'line', ['x'], 'reason', 'tomorrow', "has an 'until' date that is not YYYY-MM-DD ('tomorrow')"],
      [7, 'line', [], '', undefined, 'not understood; write `migration-gate: ignore[rule-id] reason`']
    ]);
  });
});

describe('applySuppressions', () => {
  const suppressions = findSuppressions(
    'f.py',
    [
      '# migration-gate: ignore[no-flask] kept for the fallback path, until 2030-01-01',
      'import flask',
      'import flask  # migration-gate: ignore[no-flask] expired one, until 2020-01-01',
      '# migration-gate: ignore[other] nothing to suppress here'
    ].join('\n')
  );

  test('a suppression covers its line and the next; an expired one stops suppressing; unused ones are reported', () => {
    const raw = new Map([['no-flask', [at('f.py', 2), at('f.py', 3)]]]);
    const outcome = applySuppressions(raw, suppressions, '2026-11-27');
    expect(outcome.kept.get('no-flask')).toEqual([at('f.py', 3)]);
    expect(outcome.used.map((u) => [u.suppression.line, u.suppressed])).toEqual([[1, 1]]);
    expect(outcome.problems.map((p) => [p.suppression.line, p.message])).toEqual([
      [3, 'This suppression of no-flask expired on 2020-01-01; its findings are reported again.'],
      [4, 'This suppression of other matches no finding; remove it.']
    ]);
  });

  test('a suppression naming a rule the rule set does not have says which, and what was meant', () => {
    const raw = new Map([['no-flask', [at('f.py', 2), at('f.py', 3)]]]);
    const typo = findSuppressions('g.py', 'import flask  # migration-gate: ignore[no-flsk, other] typo\n');
    const outcome = applySuppressions(raw, [...suppressions, ...typo], '2026-11-27', [
      'no-flask',
      'no-gevent'
    ]);
    expect(outcome.problems.map((p) => [p.suppression.path, p.suppression.line, p.message])).toEqual([
      ['f.py', 3, 'This suppression of no-flask expired on 2020-01-01; its findings are reported again.'],
      [
        'f.py',
        4,
        "This suppression names a rule this rule set does not have: 'other'; it suppresses nothing."
      ],
      [
        'g.py',
        1,
        "This suppression names rules this rule set does not have: 'no-flsk' (did you mean 'no-flask'?), 'other'; it suppresses nothing."
      ]
    ]);
  });

  test('after its date, the future one expires too', () => {
    const outcome = applySuppressions(new Map([['no-flask', [at('f.py', 2)]]]), suppressions, '2030-01-02');
    expect(outcome.kept.get('no-flask')).toEqual([at('f.py', 2)]);
  });

  test('ignore-file covers file-level findings; another rule or file is not covered', () => {
    const file = findSuppressions('r.md', '<!-- migration-gate: ignore-file[readme] old docs -->');
    const raw = new Map([
      ['readme', [at('r.md'), at('r.md', 9), at('s.md', 1)]],
      ['other', [at('r.md', 2)]]
    ]);
    const outcome = applySuppressions(raw, file, '2026-11-27');
    expect(outcome.kept.get('readme')).toEqual([at('s.md', 1)]);
    expect(outcome.kept.get('other')).toEqual([at('r.md', 2)]);
  });
});

// The directive was once one regex; it backtracked quadratically on long runs of spaces. The pieces
// that replace it must read every line as it did (the old regex is the oracle here) and in one pass.
describe('reading a directive, against the regex it replaced', () => {
  const OLD_DIRECTIVE = /migration-gate:\s*(ignore|ignore-file)\[([^\]]*)\]\s*(.*?)\s*(?:-->|\*\/)?\s*$/;
  const OLD_UNTIL = /,?\s*\buntil\s+(\S+)\s*$/i;
  const OLD_STANDALONE = /^\s*(#|\/\/|<!--|\/\*|--|;|\*)*\s*$/;
  const oracle = (path: string, line: string) => {
    const at = line.indexOf('migration-gate:');
    if (at === -1) return [];
    const m = OLD_DIRECTIVE.exec(line.slice(at));
    const standalone = OLD_STANDALONE.test(line.slice(0, at));
    if (!m) return [{ standalone, scope: 'line', rules: [], reason: '', until: undefined }];
    let reason = m[3]!.replace(/^[-–—:\s]+/, '');
    const until = OLD_UNTIL.exec(reason);
    if (until) reason = reason.slice(0, until.index).trim();
    return [
      {
        standalone,
        scope: m[1] === 'ignore-file' ? 'file' : 'line',
        rules: m[2]!
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
        reason,
        until: until?.[1]
      }
    ];
  };
  const read = (line: string) =>
    findSuppressions('f.py', line).map((s) => ({
      standalone: s.standalone,
      scope: s.scope,
      rules: s.rules,
      reason: s.reason,
      until: s.until
    }));

  test('property: the same reading as the old regex, line by line', () => {
    const piece = fc.constantFrom(
      'migration-gate:',
      ' ignore',
      'ignore-file',
      '[',
      ']',
      'a',
      'b-c',
      ',',
      ' ',
      '  ',
      '\t',
      '\r',
      '#',
      '//',
      '<!--',
      '-->',
      '/*',
      '*/',
      '--',
      ';',
      '*',
      ':',
      '—',
      'until',
      ' until ',
      '2027-01-01',
      'tomorrow',
      'x',
      '\u2028'
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const line = parts.join('');
        expect(read(line)).toEqual(oracle('f.py', line));
      }),
      { numRuns: 3000 }
    );
  });

  test.each([
    'migration-gate: ignore[x] a\rb',
    'migration-gate: ignore[x] a\r',
    'migration-gate: ignore[x] a\u2028 ',
    '# migration-gate: please ignore this migration-gate: ignore[x] later marker',
    '  # # migration-gate: ignore[x] r',
    'x = 1 ,  until 2030-01-01 # migration-gate: ignore[x] r ,  until 2030-01-01 */'
  ])('%j reads as before', (line) => {
    expect(read(line)).toEqual(oracle('f.py', line));
  });

  test.each([
    ['a line of spaces before the end', `# migration-gate: ignore[x] r${' '.repeat(200_000)}x`],
    ['spaces before the marker', `${' '.repeat(200_000)}x # migration-gate: ignore[x] r`],
    ['spaces before until', `# migration-gate: ignore[x] r${' '.repeat(200_000)}until 2030-01-01`]
  ])('%s (200,000 characters) is read in one pass', (_name, line) => {
    const [s] = findSuppressions('f.py', line);
    expect(s!.rules).toEqual(['x']);
  });
});

describe('firstCovering', () => {
  // What "covers" means, written out: the index must give the first suppression this says covers.
  const covers = (s: Suppression, ruleId: string, f: RawFinding): boolean =>
    s.path === f.path &&
    s.rules.includes(ruleId) &&
    (s.scope === 'file' ||
      (f.region !== undefined &&
        (f.region.line === s.line || (s.standalone && f.region.line === s.line + 1))));

  test('property: the same suppression as searching the list in order', () => {
    const path = fc.constantFrom('a.py', 'b.py');
    const rule = fc.constantFrom('r1', 'r2', 'r3');
    const suppression = fc.record({
      path,
      line: fc.integer({ min: 1, max: 5 }),
      column: fc.constant(1),
      scope: fc.constantFrom('line' as const, 'file' as const),
      standalone: fc.boolean(),
      rules: fc.array(rule, { maxLength: 3 }),
      reason: fc.constant('r')
    });
    const finding = fc.record({
      ruleId: rule,
      path,
      line: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined })
    });
    fc.assert(
      fc.property(
        fc.array(suppression, { maxLength: 8 }),
        fc.array(finding, { maxLength: 10 }),
        (list, found) => {
          const lookup = firstCovering(list);
          for (const { ruleId, path: p, line } of found) {
            const f = at(p, line);
            expect(lookup(ruleId, f)).toBe(list.find((s) => covers(s, ruleId, f)));
          }
        }
      ),
      { numRuns: 2000 }
    );
  });

  test('100,000 findings under 100,000 suppressions in one file are matched in one pass', () => {
    const text = Array.from(
      { length: 100_000 },
      () => 'import flask  # migration-gate: ignore[no-flask] kept'
    ).join('\n');
    const suppressions = findSuppressions('big.py', text);
    const findings = new Map([['no-flask', suppressions.map((s) => at('big.py', s.line))]]);
    const outcome = applySuppressions(findings, suppressions, '2026-01-01');
    expect([outcome.kept.get('no-flask')!.length, outcome.used.length, outcome.problems.length]).toEqual([
      0, 100_000, 0
    ]);
  });
});
