// A rule file that extends bundled profiles or other files: inherited rules, changes by id, added
// rules, roots and stage; and every mistake at file:line:col with the key.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { temporaryDirectory } from '../temporary.js';

async function ruleFiles(files: Record<string, string>): Promise<string> {
  const dir = await temporaryDirectory('mg-extends-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

async function errorOf(files: Record<string, string>, entry = 'config.yml'): Promise<string> {
  const dir = await ruleFiles(files);
  try {
    await loadRuleSet(join(dir, entry), { displayName: entry });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.replace(`${dir}/`, '');
  }
  throw new Error('expected a ConfigError');
}

const OWN_RULE = `  - id: no-requests
    phase: 2
    title: No requests
    kind: forbidden-import
    modules: [requests]
    message: m.`;

describe('extends', () => {
  test('a profile by name: its rules, roots and stage, then the file own keys; own rules first', async () => {
    const dir = await ruleFiles({
      'config.yml': [
        'extends: [environments]',
        'stage: rc',
        'rules:',
        OWN_RULE,
        '  - id: dropin-environments-server-type',
        '    enforce: off',
        '  - id: python-3-8-in-environments',
        "    min: '3.9'",
        '    exclude: [legacy/**]',
        ''
      ].join('\n')
    });
    const set = await loadRuleSet(join(dir, 'config.yml'), { displayName: 'config.yml' });
    expect([set.name, set.stage, set.file]).toEqual(['config', 'rc', 'config.yml']);
    expect(set.profiles).toEqual([{ name: 'environments', reason: 'extended by config.yml' }]);
    expect(set.rules.map((r) => r.id).slice(0, 3)).toEqual([
      'no-requests',
      'python-3-8-in-environments',
      'pydantic-v1-with-fastapi-in-environments'
    ]);
    const byId = new Map(set.rules.map((r) => [r.id, r]));
    expect(byId.get('no-requests')!.origin).toBe('config.yml');
    expect(byId.get('dropin-environments-server-type')!.enforcement.rc).toBe('off');
    const python = byId.get('python-3-8-in-environments')!;
    expect([python.origin, python.compiled, python.exclude, python.root?.name]).toEqual([
      'environments',
      { min: '3.9' },
      ['legacy/**'],
      'environment'
    ]);
    expect(set.roots.environment!.markers).toContain('Dockerfile');
  });

  test('a relative rule file, and what it extends in turn; roots changed key by key', async () => {
    const dir = await ruleFiles({
      '.github/migration-gate.yml': 'extends: ../shared/team.yml\n',
      'shared/team.yml': [
        'name: Team rules',
        'extends: [environments]',
        'roots:',
        '  environment:',
        "    folders: ['envs/*']",
        'rules:',
        OWN_RULE,
        ''
      ].join('\n')
    });
    const set = await loadRuleSet(join(dir, '.github/migration-gate.yml'));
    // `name` is the file's own, or its file name: never inherited.
    expect(set.name).toBe('migration-gate');
    expect(set.roots.environment!.folders).toEqual(['envs/*']);
    expect(set.roots.environment!.markers).toContain('env_info.json');
    expect(set.rules.find((r) => r.id === 'no-requests')!.origin).toBe(join(dir, 'shared/team.yml'));
  });

  test('several profiles: the rules of each keep out of the roots of the ones before it', async () => {
    const dir = await ruleFiles({ 'config.yml': 'extends: [models, environments, flask-service]\n' });
    const set = await loadRuleSet(join(dir, 'config.yml'));
    const skip = (id: string) => set.rules.find((r) => r.id === id)!.skipRoots.map((k) => k.name);
    expect(skip('model-code-imports-flask')).toEqual([]);
    expect(skip('dropin-environments-flask-code')).toEqual(['model']);
    expect(skip('flask-stack-imports')).toEqual(['model', 'environment']);
    expect(set.profiles.map((p) => p.name)).toEqual(['models', 'environments', 'flask-service']);
  });

  test("a file's own `when` applies to the rules it defines, not to inherited ones", async () => {
    const dir = await ruleFiles({
      'config.yml': `extends: [environments]\nwhen: { exists: src/app }\nrules:\n${OWN_RULE}\n`
    });
    const set = await loadRuleSet(join(dir, 'config.yml'));
    expect(set.rules.find((r) => r.id === 'no-requests')!.when).toMatchObject({
      type: 'exists',
      globs: ['src/app']
    });
    expect(set.rules.find((r) => r.id === 'python-3-8-in-environments')!.when).toBeUndefined();
  });

  test("a dependency-conflict's `when` written as a package (before 0.2) is its trigger", async () => {
    const dir = await ruleFiles({
      'config.yml': [
        'rules:',
        '  - id: pins',
        '    phase: 0',
        '    title: t',
        '    kind: dependency-conflict',
        '    when: fastapi>=0.100',
        "    conflicts: ['pydantic<2']",
        '    message: m.',
        ''
      ].join('\n')
    });
    const [rule] = (await loadRuleSet(join(dir, 'config.yml'))).rules;
    expect(rule!.when).toBeUndefined();
    expect((rule!.compiled as { triggers: Array<{ normalized: string }> }).triggers[0]!.normalized).toBe(
      'fastapi'
    );
  });

  test.each<[string, Record<string, string>, string]>([
    [
      'a change to a rule no profile has, with the near miss',
      {
        'config.yml': 'extends: [environments]\nrules:\n  - id: python-3-8-in-environment\n    enforce: off\n'
      },
      "config.yml:3:9: rule 'python-3-8-in-environment': no inherited rule has this id (did you mean 'python-3-8-in-environments'?); to add a rule, give it a kind, phase, title and message"
    ],
    [
      "a change to an inherited rule's kind",
      {
        'config.yml':
          'extends: [environments]\nrules:\n  - id: dropin-environments-flask-stack\n    kind: forbidden-import\n'
      },
      "config.yml:4:11: rule 'dropin-environments-flask-stack': key 'kind': an inherited rule's kind cannot change (it is forbidden-dependency); give the new rule its own id"
    ],
    [
      'a changed option that the kind refuses, at the change',
      {
        'config.yml':
          "extends: [environments]\nrules:\n  - id: python-3-8-in-environments\n    min: 'three'\n"
      },
      "config.yml:4:10: rule 'python-3-8-in-environments': key 'min': 'three' is not a major.minor version like 3.8"
    ],
    [
      'an unknown profile, with the near miss',
      { 'config.yml': 'extends: [enviroments]\n' },
      "config.yml:1:11: 'enviroments' is neither a bundled profile (drum, environments, models, flask-service) nor a rule file path (did you mean 'environments'?)"
    ],
    [
      'an extended file that is not there',
      { 'config.yml': 'extends: [./team.yml]\n' },
      "config.yml:1:11: extends './team.yml': no rule file at"
    ],
    [
      'files that extend each other',
      { 'config.yml': 'extends: ./b.yml\n', 'b.yml': 'extends: ./config.yml\n' },
      "b.yml:1:10: './config.yml' extends itself"
    ],
    [
      'two profiles that define the same rule',
      { 'config.yml': 'extends: [environments, ./copy.yml]\n', 'copy.yml': 'extends: [environments]\n' },
      "config.yml:1:25: rule 'python-3-8-in-environments' is defined both by environments and by ./copy.yml"
    ],
    [
      'a root a rule names but nobody defines',
      {
        'config.yml': `rules:\n${OWN_RULE}\n    root: service\n`
      },
      "config.yml:8:11: rule 'no-requests': key 'root': no root named 'service' (the rule set defines no `roots`)"
    ],
    [
      'an empty `when`',
      { 'config.yml': `rules:\n${OWN_RULE}\n    when: {}\n` },
      "config.yml:8:11: rule 'no-requests': key 'when': give at least one of exists, installs, contains, any, not"
    ],
    [
      'a `when` regex that can hang the scan',
      {
        'config.yml': `rules:\n${OWN_RULE}\n    when: { contains: { files: ['*.sh'], pattern: '(a+)+b' } }\n`
      },
      "rule 'no-requests': key 'when.contains.pattern': can take exponential time on some inputs: `(a+)+`"
    ]
  ])('%s', async (_name, files, message) => {
    expect(await errorOf(files)).toContain(message);
  });
});
