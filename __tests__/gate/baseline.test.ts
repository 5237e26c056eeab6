import {
  compareWithBaseline,
  countFindings,
  parseBaseline,
  renderBaseline
} from '../../src/gate/baseline.js';
import type { Finding } from '../../src/model.js';

const f = (ruleId: string, path: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  kind: 'forbidden-import',
  phase: 2,
  severity: 'error',
  path,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  message: 'm',
  detail: 'd',
  ...extra
});

describe('baseline', () => {
  test('counts per rule and file, sorted, one entry per line, and reads back', () => {
    const entries = countFindings([
      f('b', 'x.py', 1),
      f('a', 'y.py', 1),
      f('a', 'x.py', 4),
      f('a', 'x.py', 2)
    ]);
    const text = renderBaseline({ ruleset: 'R', entries });
    expect(text).toBe(
      '{\n  "version": 1,\n  "tool": "migration-gate",\n  "ruleset": "R",\n  "entries": [\n' +
        '    {"rule":"a","path":"x.py","count":2},\n    {"rule":"a","path":"y.py","count":1},\n    {"rule":"b","path":"x.py","count":1}\n  ]\n}\n'
    );
    expect(parseBaseline(text, 'b.json')).toEqual({ ruleset: 'R', entries });
  });

  test.each([
    ['not JSON', '{', 'b.json:1:1: baseline is not valid JSON'],
    [
      'another version',
      '{"version": 2, "entries": []}',
      'b.json:1:1: not a migration-gate baseline (version 1)'
    ],
    [
      'a malformed entry',
      '{"version": 1, "entries": [{"rule": "a"}]}',
      'b.json:1:1: baseline has malformed entries'
    ]
  ])('%s is a configuration error', (_name, text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(message);
  });

  test('what the baseline counts is baselined; growth is not, new findings first; shrinking is reported', () => {
    const baseline = {
      ruleset: 'R',
      entries: [
        { rule: 'a', path: 'x.py', count: 2 },
        { rule: 'a', path: 'gone.py', count: 3 }
      ]
    };
    const findings = [
      f('a', 'x.py', 1),
      f('a', 'x.py', 5, { new: true }),
      f('a', 'x.py', 9),
      f('b', 'z.py', 1)
    ];
    const result = compareWithBaseline(findings, baseline);
    expect(result.baselined).toEqual([true, false, true, false]);
    expect(result.grown).toEqual([
      { rule: 'a', path: 'x.py', count: 3, baseline: 2 },
      { rule: 'b', path: 'z.py', count: 1, baseline: 0 }
    ]);
    expect(result.improved).toEqual([{ rule: 'a', path: 'gone.py', count: 0, baseline: 3 }]);
  });

  test('lines moving (a reformat) change nothing', () => {
    const baseline = { ruleset: 'R', entries: countFindings([f('a', 'x.py', 1), f('a', 'x.py', 2)]) };
    const shifted = compareWithBaseline([f('a', 'x.py', 40), f('a', 'x.py', 80)], baseline);
    expect(shifted).toEqual({ baselined: [true, true], omittedBeyond: new Map(), grown: [], improved: [] });
  });
});
