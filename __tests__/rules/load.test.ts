import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { bundledRuleText, profilePath } from '../../src/rules/bundled.js';
import { loadRuleSet, readRuleSet } from '../../src/rules/load.js';
import { PROFILE_NAMES } from '../../src/rules/bundled.js';
import { parseRuleSet, ruleTextSnapshot } from '../../src/rules/parse.js';
import { readRuleText, type RuleText } from '../../src/rules/rule-text.js';
import type { RuleSet } from '../../src/rules/rule-set.js';
import { temporaryDirectory } from '../temporary.js';

const GOOD_RULE = `  - id: no-flask
    phase: 2
    title: Remove Flask
    kind: forbidden-import
    modules: [flask]
    message: m.`;

/** Rule files with one mistake each, and the start of the message that must point at it. */
const MISTAKES: Array<[string, string, string]> = [
  ['YAML syntax', 'name: n\nrules:\n  - id: [unclosed\n', 'r.yml:4:1: YAML syntax error:'],
  [
    'a duplicated key',
    'name: n\nname: m\nrules: []\n',
    'r.yml:2:1: YAML syntax error: Map keys must be unique'
  ],
  ['an empty file', '', 'r.yml:1:1: rule file is empty'],
  [
    'a file that is not a mapping',
    '- a\n',
    'r.yml:1:1: the rule file must be a mapping with `rules` (or `extends`)'
  ],
  [
    'no rules and nothing extended',
    'name: n\nrules: []\n',
    'r.yml:2:8: the rule file has no rules; list some under `rules`, or extend a profile (`extends: [environments]`)'
  ],
  [
    'an unknown top-level key',
    'name: n\nrulez: []\nrules: []\n',
    "r.yml:2:1: unknown key 'rulez' (did you mean 'rules'?) (expected one of: $schema, name, extends, description, stage, phases, stages, roots, when, rules)"
  ],
  [
    'an unknown stage',
    'name: n\nstage: ga\nrules: []\n',
    "r.yml:2:8: key 'stage': expected one of beta, rc, lts, decommission"
  ],
  ['an unknown phase key', 'name: n\nphases: {7: x}\nrules: []\n', "r.yml:2:10: unknown key 'phases.7'"],
  [
    'a rule that is not a mapping',
    'name: n\nrules:\n  - just a string\n',
    'r.yml:3:5: each rule must be a mapping'
  ],
  [
    'a rule without kind',
    'name: n\nrules:\n  - id: x\n    phase: 1\n',
    "r.yml:3:5: rule 'x': missing required key 'kind'"
  ],
  [
    'an unknown kind',
    `name: n\nrules:\n${GOOD_RULE.replace('forbidden-import', 'forbidden-imports')}\n`,
    "r.yml:6:11: rule 'no-flask': key 'kind': unknown kind 'forbidden-imports' (did you mean 'forbidden-import'?) (known: forbidden-import, forbidden-pattern, required-pattern, forbidden-path, required-path, forbidden-dependency, required-dependency, dependency-conflict, python-version, route-parity, server-type)"
  ],
  [
    'an unknown key in a rule',
    `name: n\nrules:\n${GOOD_RULE}\n    pattren: x\n`,
    "r.yml:9:5: rule 'no-flask': unknown key 'pattren'"
  ],
  [
    "another kind's option",
    `name: n\nrules:\n${GOOD_RULE}\n    pattern: x\n`,
    "r.yml:9:5: rule 'no-flask': unknown key 'pattern'"
  ],
  [
    'a missing message',
    `name: n\nrules:\n${GOOD_RULE.replace('    message: m.', '')}\n`,
    "r.yml:3:5: rule 'no-flask': missing required key 'message'"
  ],
  [
    'a phase out of range',
    `name: n\nrules:\n${GOOD_RULE.replace('phase: 2', 'phase: 6')}\n`,
    "r.yml:4:12: rule 'no-flask': key 'phase': Too big: expected number to be <=5"
  ],
  [
    'a phase that is not a number',
    `name: n\nrules:\n${GOOD_RULE.replace('phase: 2', 'phase: two')}\n`,
    "r.yml:4:12: rule 'no-flask': key 'phase': expected number, received string"
  ],
  [
    'an id that is not kebab-case',
    `name: n\nrules:\n${GOOD_RULE.replace('no-flask', 'No_Flask')}\n`,
    "r.yml:3:9: rule 'No_Flask': key 'id': must be kebab-case"
  ],
  [
    'a duplicate id',
    `name: n\nrules:\n${GOOD_RULE}\n${GOOD_RULE}\n`,
    "r.yml:9:9: duplicate rule id 'no-flask' (first defined at line 3)"
  ],
  [
    'an unknown enforcement',
    `name: n\nrules:\n${GOOD_RULE}\n    enforce: { beta: block }\n`,
    "r.yml:9:22: rule 'no-flask': key 'enforce.beta': expected one of off, notice, warning, error, new"
  ],
  [
    'an unknown stage in enforcement',
    `name: n\nrules:\n${GOOD_RULE}\n    enforce: { ga: error }\n`,
    "r.yml:9:16: rule 'no-flask': unknown key 'enforce.ga'"
  ],
  [
    'an absolute glob',
    `name: n\nrules:\n${GOOD_RULE}\n    files: [/etc/*.py]\n`,
    "r.yml:9:13: rule 'no-flask': key 'files.0': glob '/etc/*.py' is absolute; globs are relative to the scanned directory"
  ],
  [
    'a glob leaving the tree',
    `name: n\nrules:\n${GOOD_RULE}\n    exclude: [a/../../b]\n`,
    "r.yml:9:15: rule 'no-flask': key 'exclude.0': glob 'a/../../b' leaves the scanned directory with '..'"
  ],
  [
    'a backslash glob',
    `name: n\nrules:\n${GOOD_RULE}\n    files: ['src\\\\*.py']\n`,
    "r.yml:9:13: rule 'no-flask': key 'files.0': glob 'src\\\\*.py' uses a backslash; write paths with forward slashes"
  ],
  [
    'an enforcement that is not one of the values, as one word',
    `name: n\nrules:\n${GOOD_RULE}\n    enforce: blocking\n`,
    "r.yml:9:14: rule 'no-flask': key 'enforce': expected one of off, notice, warning, error, new"
  ],
  [
    'an empty files list',
    `name: n\nrules:\n${GOOD_RULE}\n    files: []\n`,
    "r.yml:9:12: rule 'no-flask': key 'files': Too small: expected array to have >=1 items"
  ]
];

describe('every mistake of a file in one run', () => {
  test('six different mistakes: six messages in position order, a typo with "did you mean"', () => {
    const text = [
      'name: n',
      'stage: ga',
      'rulez: []',
      'rules:',
      '  - id: no-flask',
      '    phase: 2',
      '    title: Remove Flask',
      '    kind: forbidden-import',
      '    modules: [flask]',
      '    mesage: m.',
      '  - id: no-gevent',
      '    phase: 9',
      '    title: Remove gevent',
      '    kind: forbidden-import',
      '    modules: [gevent]',
      '    message: m.',
      '    enforce: { beta: warn }',
      ''
    ].join('\n');
    expect(errorOf(text)).toBe(
      [
        '6 mistakes:',
        "  r.yml:2:8: key 'stage': expected one of beta, rc, lts, decommission",
        "  r.yml:3:1: unknown key 'rulez' (did you mean 'rules'?) (expected one of: $schema, name, extends, description, stage, phases, stages, roots, when, rules)",
        "  r.yml:5:5: rule 'no-flask': missing required key 'message'",
        "  r.yml:10:5: rule 'no-flask': unknown key 'mesage' (did you mean 'message'?)",
        "  r.yml:12:12: rule 'no-gevent': key 'phase': Too big: expected number to be <=5",
        "  r.yml:17:22: rule 'no-gevent': key 'enforce.beta': expected one of off, notice, warning, error, new"
      ].join('\n')
    );
  });

  test('more than 50 are counted, and the first 50 listed', () => {
    const rules = Array.from(
      { length: 60 },
      (_, i) => `  - { id: r${i}, phase: 2, title: t, kind: forbidden-import, message: m. }`
    );
    const message = errorOf(`name: n\nrules:\n${rules.join('\n')}\n`);
    expect(message.split('\n')[0]).toBe('60 mistakes:');
    expect(message.split('\n')).toHaveLength(52);
    expect(message.split('\n').at(-1)).toBe('  … and 10 more');
  });
});

function errorOf(text: string): string {
  try {
    parseRuleSet(text, 'r.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loading rule files', () => {
  test('a valid file gives compiled rules with defaults and resolved enforcement', () => {
    const set = parseRuleSet(
      `name: n\nstage: rc\nrules:\n${GOOD_RULE}\n    enforce: { beta: notice, lts: new }\n`,
      'r.yml'
    );
    expect(set.name).toBe('n');
    expect(set.stage).toBe('rc');
    expect(set.phases[2]).toBe('Refactoring');
    const [rule] = set.rules;
    expect(rule!.files).toEqual(['**/*.py', '**/*.pyi']);
    expect(rule!.enforcement).toEqual({ beta: 'notice', rc: 'notice', lts: 'new', decommission: 'new' });
    expect(rule!.line).toBe(4);
    expect(rule!.selects('a/b.py')).toBe(true);
    expect(rule!.selects('a/b.txt')).toBe(false);
  });

  test('the stage defaults to beta, and a BOM is ignored', () => {
    expect(parseRuleSet(`\uFEFFname: n\nrules:\n${GOOD_RULE}\n`, 'r.yml').stage).toBe('beta');
  });

  test('the name is optional: the file name is used', () => {
    expect(parseRuleSet(`rules:\n${GOOD_RULE}\n`, 'config/migration-gate.yml').name).toBe('migration-gate');
  });

  test.each(MISTAKES)('%s is an error at file:line:col naming the key', (_name, text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  test('an alias bomb is refused with a position, not expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(',')}]`
      );
    const message = errorOf(`name: n\nrules: []\n${levels.join('\n')}\n`);
    expect(message).toMatch(/^r\.yml:4:\d+: YAML aliases expand too much \(limit 100\)/);
  });

  test('a missing file is a clear error', async () => {
    await expect(loadRuleSet('/nonexistent/rules.yml')).rejects.toThrow(
      'rule file not found: /nonexistent/rules.yml'
    );
  });

  test('a file on disk is read and named as given', async () => {
    const dir = await temporaryDirectory('mg-rules-');
    await writeFile(join(dir, 'r.yml'), `name: n\nrules:\n${GOOD_RULE}\n`);
    expect((await loadRuleSet(join(dir, 'r.yml'), { displayName: 'shown.yml' })).file).toBe('shown.yml');
  });
});

// dist/ carries the bundled rule set already read and validated (scripts/bundle.mjs); it must load
// exactly as the text parsed now, and nothing else may take that shortcut.
describe('rule text read ahead of time', () => {
  const withoutPositions = (text: string): RuleText => {
    const { data, ruleLines } = readRuleText(text, 'r.yml');
    return { data, ruleLines };
  };
  // Compiled options hold regexes, sets and closures: compare what they print as.
  const summary = (set: RuleSet) =>
    JSON.stringify(
      [
        set.name,
        set.stage,
        set.phases,
        set.file,
        ...set.rules.map((r) => [r.id, r.line, r.kind, r.files, r.exclude, r.enforcement, r.compiled])
      ],
      (_key, value: unknown) =>
        value instanceof RegExp ? String(value) : value instanceof Set ? [...value] : value
    );

  test('every bundled profile loads the same from its snapshot as from its YAML', async () => {
    for (const profile of PROFILE_NAMES) {
      const text = await readFile(profilePath(profile), 'utf8');
      const snapshot = JSON.stringify({ [profile]: ruleTextSnapshot(text, profile) });
      const prepared = bundledRuleText(profile, text, snapshot);
      expect(prepared).toBeDefined();
      expect(bundledRuleText(profile === 'drum' ? 'models' : 'drum', text, snapshot)).toBeUndefined();
    }
    const drum = await loadRuleSet('drum');
    expect(drum.rules.length).toBeGreaterThan(40);
    expect(drum.profiles.map((p) => p.name)).toEqual(['drum', 'environments']);
  });

  test('a snapshot is only made of a rule file whose rules load without a mistake', () => {
    const text = `name: n\nrules:\n${GOOD_RULE}\n`;
    expect(ruleTextSnapshot(text, 'r.yml')).toEqual({ text, ...withoutPositions(text) });
    for (const [name, bad, message] of MISTAKES) {
      if (name === 'no rules and nothing extended') continue;
      expect(() => ruleTextSnapshot(bad, 'r.yml')).toThrow(message.replace(/^r\.yml:\d+:\d+: /, ''));
    }
  });

  test('a snapshot is only used for the very text it was made from', () => {
    const text = `name: n\nrules:\n${GOOD_RULE}\n`;
    const snapshot = JSON.stringify({ drum: { text, ...withoutPositions(text) } });
    expect(bundledRuleText('drum', text, snapshot)).toEqual(withoutPositions(text));
    expect(bundledRuleText('drum', `${text}# edited\n`, snapshot)).toBeUndefined();
    expect(bundledRuleText('drum', text, undefined)).toBeUndefined();
    // Run from src/, no bundler has put a snapshot in.
    expect(bundledRuleText('drum', text)).toBeUndefined();
  });

  test('text without a snapshot is parsed and validated the full way', async () => {
    const [, bad, message] = MISTAKES.find(([name]) => name === 'an empty files list')!;
    await expect(readRuleSet(bad, 'r.yml')).rejects.toThrow(message);
    const good = `name: n\nstage: rc\nrules:\n${GOOD_RULE}\n`;
    expect(summary(await readRuleSet(good, 'r.yml'))).toEqual(summary(parseRuleSet(good, 'r.yml')));
  });
});
