// The rule index is a shortcut: it must give exactly the rules that select a path, in rule order.
import fc from 'fast-check';
import { RuleIndex } from '../../src/engine/rule-index.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { loadRules } from '../helpers.js';

const rule = (id: string, files: string) =>
  `id: ${id}\nphase: 1\ntitle: t\nkind: forbidden-pattern\nfiles: ${files}\npattern: x\nmessage: m.`;
const extra = loadRules(
  rule('anywhere', "['**/*.py']"),
  rule('top-file', "[Dockerfile, 'pkg/**']\nexclude: ['pkg/skip/**']"),
  rule('braces', "['{pkg,tests}/*.py']"),
  rule('dot-slash', "['./pkg/*.py']")
).rules;

test('gives the rules that select a path, in the order the rules were given', async () => {
  const rules = [...extra, ...(await loadRuleSet('drum')).rules];
  const index = new RuleIndex(rules);
  const segment = fc.constantFrom(
    'custom_model_runner',
    'datarobot_drum',
    'drum',
    'server.py',
    'pkg',
    'skip',
    'tests',
    'unit',
    'a.py',
    'Dockerfile',
    'requirements.txt',
    'public_dropin_environments',
    'env',
    'docker',
    'dropin_env_base',
    '.github',
    'workflows',
    'ci.yml',
    'fastapi',
    'conftest.py'
  );
  const path = fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => s.join('/'));
  fc.assert(
    fc.property(path, (p) => {
      expect([p, index.selecting(p).map((r) => r.id)]).toEqual([
        p,
        rules.filter((r) => r.selects(p)).map((r) => r.id)
      ]);
    }),
    { numRuns: 2000 }
  );
});

test('files a rule under each first folder its globs name, and a rule without one under every path', () => {
  const index = new RuleIndex(extra);
  expect(index.selecting('pkg/a.py').map((r) => r.id)).toEqual(['anywhere', 'top-file', 'braces']);
  expect(index.selecting('Dockerfile').map((r) => r.id)).toEqual(['top-file']);
  expect(index.selecting('pkg/skip/a.py').map((r) => r.id)).toEqual(['anywhere']);
  expect(index.selecting('other/a.py').map((r) => r.id)).toEqual(['anywhere']);
});

test('a path is never tested against a rule filed under another first folder', () => {
  const asked: string[] = [];
  const spied = extra.map((r) => ({
    ...r,
    selects: (p: string) => {
      asked.push(`${r.id} ${p}`);
      return r.selects(p);
    }
  }));
  const index = new RuleIndex(spied);
  index.selecting('other/a.py');
  index.selecting('Dockerfile');
  expect(asked).toEqual([
    'anywhere other/a.py',
    'dot-slash other/a.py',
    'anywhere Dockerfile',
    'top-file Dockerfile',
    'dot-slash Dockerfile'
  ]);
});

test('the same selection is the same array, with rules sharing globs or not, and past 31 candidates', () => {
  // r35 alone selects .py files (a bit mask of 31 bits would take it for r3), r36 alone .txt files.
  const globs = (i: number) =>
    i === 35 ? "['pkg/**/*.py']" : i === 36 ? "['pkg/**/*.txt']" : "['pkg/**/*.md']";
  const many = loadRules(...Array.from({ length: 40 }, (_, i) => rule(`r${i}`, globs(i)))).rules;
  for (const rules of [extra, many]) {
    const index = new RuleIndex(rules);
    const pairs: Array<[string, string]> = [
      ['pkg/x/a.py', 'pkg/y/b.py'],
      ['pkg/a.md', 'pkg/c/d.md'],
      ['pkg/a.txt', 'pkg/e/f.txt']
    ];
    for (const [a, b] of pairs) {
      expect(index.selecting(a)).toBe(index.selecting(b));
      expect(index.selecting(a).map((r) => r.id)).toEqual(rules.filter((r) => r.selects(a)).map((r) => r.id));
    }
  }
});
