import { judge } from '../../src/gate/verdict.js';
import { addOmittedLine, omittedLineCount, tallyOmitted } from '../../src/gate/omitted.js';
import type { RawFinding } from '../../src/model.js';
import { loadRules } from '../helpers.js';

const rule = (id: string, phase: number, enforce: string) =>
  `id: ${id}\nphase: ${phase}\ntitle: T ${id}\nkind: forbidden-pattern\nfiles: ["**"]\nliteral: x\nmessage: M ${id}.\nremediation: R ${id}.\nenforce: ${enforce}`;

const at = (path: string, line?: number): RawFinding => ({
  path,
  message: 'D.',
  ...(line ? { region: { line, column: 1, endLine: line, endColumn: 2 } } : {})
});

describe('judge', () => {
  const rules = loadRules(
    rule('b-rule', 1, 'error'),
    rule('a-rule', 1, '{ beta: notice, lts: new }'),
    rule('off-rule', 4, '{ rc: error }')
  );

  test('severity per stage, sorted by path, line, column, rule; statuses per rule and phase', () => {
    const raw = new Map([
      ['b-rule', [at('z.py', 3), at('a.py', 9)]],
      ['a-rule', [at('a.py', 9), at('a.py')]],
      ['off-rule', [at('a.py', 1)]]
    ]);
    const v = judge(rules, 'beta', raw);
    expect(v.findings.map((f) => [f.path, f.line, f.ruleId, f.severity])).toEqual([
      ['a.py', undefined, 'a-rule', 'notice'],
      ['a.py', 9, 'a-rule', 'notice'],
      ['a.py', 9, 'b-rule', 'error'],
      ['z.py', 3, 'b-rule', 'error']
    ]);
    expect(v.findings[0]).toEqual({
      ruleId: 'a-rule',
      kind: 'forbidden-pattern',
      phase: 1,
      severity: 'notice',
      path: 'a.py',
      message: 'D. M a-rule.',
      detail: 'D.',
      remediation: 'R a-rule.'
    });
    expect(v.rules.map((r) => [r.id, r.status, r.findings, r.enforcement])).toEqual([
      ['b-rule', 'fail', 2, 'error'],
      ['a-rule', 'fail', 2, 'notice'],
      ['off-rule', 'off', 0, 'off']
    ]);
    expect(v.phases).toEqual([
      { phase: 1, title: 'Cleanup', rules: 2, passing: 0, notApplicable: 0 },
      { phase: 4, title: 'Test Cleanup', rules: 0, passing: 0, notApplicable: 0 }
    ]);
    expect(v.counts).toEqual({ error: 2, warning: 0, notice: 2 });
    expect(v.conclusion).toBe('failure');
  });

  test('new enforcement: with change information new findings block, old ones warn', () => {
    const raw = new Map([['a-rule', [at('a.py', 1), at('a.py', 2)]]]);
    const v = judge(rules, 'lts', raw, { isNew: (f) => f.region?.line === 2 });
    expect(v.findings.map((f) => [f.line, f.severity, f.new])).toEqual([
      [1, 'warning', false],
      [2, 'error', true]
    ]);
  });

  test('no findings at error severity is success', () => {
    const v = judge(rules, 'beta', new Map([['a-rule', [at('a.py', 1)]]]));
    expect(v.conclusion).toBe('success');
  });
});

describe('findings past the scan’s caps are judged like the kept ones', () => {
  const rules = loadRules(rule('imports', 2, '{ beta: new }'));
  /** 3 kept findings on lines 1–3 and 4 omitted on lines 4–7 of big.py. */
  const raw = new Map([['imports', [at('big.py', 1), at('big.py', 2), at('big.py', 3)]]]);
  const omitted = new Map([['imports', new Map([['big.py', [4, 7]]])]]); // one run: lines 4 to 7

  test('full scan: every one counts, none is new, the rule says how many were not kept', () => {
    const v = judge(rules, 'beta', raw, { omitted });
    expect(v.counts).toEqual({ error: 0, warning: 7, notice: 0 });
    expect(v.findings).toHaveLength(3);
    expect(v.rules[0]).toMatchObject({ id: 'imports', status: 'fail', findings: 7, omitted: 4 });
  });

  test('with the change known, an omitted finding on a changed line blocks; the others warn', () => {
    const v = judge(rules, 'beta', raw, { omitted, isNew: (f) => f.region?.line === 6 });
    expect(v.counts).toEqual({ error: 1, warning: 6, notice: 0 });
    expect(v.conclusion).toBe('failure');
  });

  test('a baseline counts them: 7 recorded covers all, 5 recorded leaves the two last ones (new first)', () => {
    const isNew = (f: RawFinding) => f.region?.line === 2 || f.region?.line === 6;
    const at7 = judge(rules, 'beta', raw, {
      omitted,
      isNew,
      baseline: { ruleset: 'R', entries: [{ rule: 'imports', path: 'big.py', count: 7 }] }
    });
    expect(at7.counts).toEqual({ error: 0, warning: 7, notice: 0 });
    expect(at7.baseline).toEqual({ grown: [], improved: [] });

    const at5 = judge(rules, 'beta', raw, {
      omitted,
      isNew,
      baseline: { ruleset: 'R', entries: [{ rule: 'imports', path: 'big.py', count: 5 }] }
    });
    // Beyond the baseline: the omitted new one (line 6), then the kept new one (line 2).
    expect(at5.counts).toEqual({ error: 2, warning: 5, notice: 0 });
    expect(at5.findings.map((f) => [f.line, f.baselined, f.severity])).toEqual([
      [1, true, 'warning'],
      [2, false, 'error'],
      [3, true, 'warning']
    ]);
    expect(at5.baseline?.grown).toEqual([{ rule: 'imports', path: 'big.py', count: 7, baseline: 5 }]);
  });

  test('a file whose findings were all past the caps still has its bucket', () => {
    const v = judge(rules, 'beta', new Map([['imports', []]]), {
      omitted: new Map([['imports', new Map([['late.py', [1, 2]]])]]), // lines 1 and 2
      baseline: { ruleset: 'R', entries: [{ rule: 'imports', path: 'late.py', count: 3 }] }
    });
    expect(v.counts).toEqual({ error: 0, warning: 2, notice: 0 });
    expect(v.baseline?.improved).toEqual([{ rule: 'imports', path: 'late.py', count: 2, baseline: 3 }]);
  });
});

test('omitted lines are kept as runs: consecutive lines extend one, a repeated or earlier line starts another', () => {
  const runs: number[] = [];
  for (const line of [5, 6, 7, 7, 8, 2, 0, 0]) addOmittedLine(runs, line);
  expect(runs).toEqual([5, 7, 7, 8, 2, 2, 0, 0, 0, 0]);
  expect(omittedLineCount(runs)).toBe(8);
  expect(tallyOmitted('a.py', runs, (f) => (f.region?.line ?? 0) >= 7)).toEqual({ fresh: 3, old: 5 });
});
