import { judge } from '../../src/gate/verdict.js';
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
