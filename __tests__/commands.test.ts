// The commands besides the gate: test (rule tests), explain, list-rules, init, help; and the text
// report's colour, progress line and --max-per-rule / --all.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main, type Io } from '../src/command-line.js';
import { COMMAND_NAMES, commandHelp } from '../src/commands/help.js';
import { PR_WORKFLOW } from '../src/commands/init.js';
import { progressReporter } from '../src/progress.js';
import { PROFILE_NAMES } from '../src/rules/bundled.js';
import { loadRuleSet } from '../src/rules/load.js';
import { bundledTestsFolder, readRuleTestFile, testFilesIn } from '../src/rules/rule-tests.js';
import { temporaryDirectory } from './temporary.js';

async function cli(argv: string[], io: Partial<Io> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env: {},
    ...io
  });
  return { code, stdout, stderr };
}

describe('migration-gate test', () => {
  test('the bundled profiles pass their rule tests', async () => {
    const { code, stdout } = await cli(['test']);
    expect(stdout).toMatch(/^\d+ cases of \d+ rules in 4 files: all passed\.\n$/);
    expect(code).toBe(0);
  });

  test('every bundled rule has at least one valid and one invalid case', async () => {
    const cases = new Map<string, Set<string>>();
    for (const file of await testFilesIn(bundledTestsFolder()))
      for (const c of (await readRuleTestFile(file)).cases)
        cases.set(c.rule, (cases.get(c.rule) ?? new Set()).add(c.kind));
    const lacking: string[] = [];
    for (const profile of PROFILE_NAMES)
      for (const rule of (await loadRuleSet(profile)).rules)
        if (!cases.get(rule.id)?.has('valid') || !cases.get(rule.id)?.has('invalid'))
          lacking.push(`${profile}: ${rule.id} (${[...(cases.get(rule.id) ?? [])].join(', ') || 'no case'})`);
    expect(lacking).toEqual([]);
  });

  test('a changed expectation fails, saying what was expected and what was reported', async () => {
    const dir = await temporaryDirectory('mg-rule-tests-');
    const text = await readFile(join(bundledTestsFolder(), 'environments.test.yml'), 'utf8');
    await writeFile(
      join(dir, 'envs.test.yml'),
      text.replace("expect: ['envs/py37/Dockerfile:1']", "expect: ['envs/py37/Dockerfile:2']")
    );
    const { code, stdout } = await cli(['test', dir, '--rule', 'python-3-8-in-environments']);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        [
          '^✗ python-3-8-in-environments › invalid #1 \\(.*envs\\.test\\.yml:12, Drop-in environments\\)',
          '    - expected, not reported  envs/py37/Dockerfile:2',
          '    \\+ reported, not expected  envs/py37/Dockerfile:1  FROM python:3\\.7-slim: Python 3\\.7 is below 3\\.8\\.',
          '',
          '3 cases of 1 rule in 1 file: 1 failed\\.',
          ''
        ].join('\\n')
      )
    );
  });

  test('a mistake in a test file is named at file:line:col, all at once', async () => {
    const dir = await temporaryDirectory('mg-rule-tests-');
    await writeFile(
      join(dir, 'bad.test.yml'),
      [
        'rules: models',
        'cases:',
        '  - rule: model-code-import-flask',
        '    valid: [{ files: { model/custom.py: "" } }]',
        '  - rule: model-custom-flask-extension',
        '    invalid: [{ files: { model/custom.py: "" } }]',
        ''
      ].join('\n')
    );
    const { code, stderr } = await cli(['test', join(dir, 'bad.test.yml')]);
    expect(code).toBe(2);
    expect(stderr.replaceAll(`${dir}/`, '')).toBe(
      [
        'migration-gate: 2 mistakes:',
        "  bad.test.yml:3:11: key 'cases.0.rule': models has no rule 'model-code-import-flask' (did you mean 'model-code-imports-flask'?)",
        "  bad.test.yml:6:15: an invalid case of 'model-custom-flask-extension' expects nothing: mark a line `expect: model-custom-flask-extension`, or list places under `expect`",
        ''
      ].join('\n')
    );
  });
});

describe('explain, list-rules, help', () => {
  test('explain: what the rule is, where it looks, per stage, when it applies, the fix, and an example from its tests', async () => {
    const { code, stdout } = await cli(['explain', 'model-requirements-flask-stack']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      "model-requirements-flask-stack: Remove `flask`, `gunicorn`, `gevent`, `werkzeug` from the model's `requirements.txt`",
      '',
      '  Phase      3 · Dependencies',
      expect.stringMatching(/^ {2}Kind {7}forbidden-dependency: /),
      '  From       models',
      '  Files      **/{requirements*.txt,requirements*.in,pyproject.toml,setup.py,setup.cfg,Pipfile}',
      '  Checked    in each model folder on its own',
      '  Enforced   notice (beta) → warning (rc) → new (lts) → error (decommission)',
      '  Applies    always',
      expect.stringMatching(/^ {2}Finds {6}\S/),
      expect.stringMatching(/^ {2}Fix {8}\S/),
      '',
      expect.stringMatching(/^ {2}Example {4}model\/requirements\.txt:2:1 {2}Installs `Flask==2\.2`\. /),
      expect.stringMatching(/^ {13}\(its first invalid test case, .*models\.test\.yml:\d+\)$/),
      ''
    ]);
  });

  test('every bundled rule is explained with an example finding from its tests', async () => {
    const { explanation } = await import('../src/commands/explain.js');
    const { rulesOf } = await import('../src/commands/rule-sets.js');
    const without: string[] = [];
    for (const { rule, set } of (await rulesOf(undefined)).rules)
      if (!(await explanation(rule, set)).some((l) => l.startsWith('  Example    '))) without.push(rule.id);
    expect(without).toEqual([]);
  });

  test('explain names a near miss', async () => {
    const { code, stderr } = await cli(['explain', 'model-custom-flask-extenson']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "no rule 'model-custom-flask-extenson' in the bundled profiles (did you mean 'model-custom-flask-extension'?)"
    );
  });

  test('list-rules --format json: each rule with its enforcement per stage', async () => {
    const { code, stdout } = await cli(['list-rules', '--rules', 'models', '--format', 'json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as Array<{ id: string; enforcement: Record<string, string> }>;
    expect(rules.map((r) => r.id)).toEqual([
      'model-code-imports-flask',
      'model-requirements-flask-stack',
      'model-custom-flask-extension'
    ]);
    expect(rules[2]!.enforcement).toEqual({
      beta: 'warning',
      rc: 'warning',
      lts: 'new',
      decommission: 'error'
    });
  });

  test('every command has its help: usage, options and two examples', async () => {
    for (const name of COMMAND_NAMES) {
      const help = commandHelp(name);
      expect(help).toMatch(new RegExp(`^Usage: migration-gate ${name}`));
      expect(help).toContain('\nOptions:\n');
      expect(help.split('\nExamples:\n')[1]!.trim().split('\n')).toHaveLength(2);
      expect((await cli([name, '--help'])).stdout).toBe(help);
      expect((await cli(['help', name])).stdout).toBe(help);
    }
  });
});

describe('init', () => {
  test('writes the configuration for the profiles that fit the tree, and the required-check workflow; never overwrites', async () => {
    const dir = await temporaryDirectory('mg-init-');
    await cp('examples/dropin-environments', dir, { recursive: true });
    const first = await cli(['init', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe(
      'Wrote .github/migration-gate.yml (extends environments) and .github/workflows/migration-gate.yml.'
    );
    const config = await readFile(join(dir, '.github/migration-gate.yml'), 'utf8');
    expect(config).toContain('\nextends: [environments]\n');
    expect(await readFile(join(dir, '.github/workflows/migration-gate.yml'), 'utf8')).toBe(PR_WORKFLOW);
    // The configuration it wrote is one the gate reads.
    expect((await cli(['scan', dir, '--format', 'json'])).stdout).toContain(
      '"extended by .github/migration-gate.yml"'
    );

    const again = await cli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      '.github/migration-gate.yml and .github/workflows/migration-gate.yml already exist'
    );
  });

  test('the configuration finds the roots rules: auto found, not more: a scan with it reports what auto does', async () => {
    const dir = await temporaryDirectory('mg-init-');
    const files: Record<string, string> = {
      // A folder of models with a requirements file: the environments profile's markers alone would
      // take it for an environment; auto does not (it shows no environment evidence).
      'models/requirements.txt': 'werkzeug==2.0.1\n',
      'models/churn/custom.py': 'def load_model(code_dir):\n    return None\n',
      'models/churn/requirements.txt': 'flask\n',
      'envs/py311/env_info.json': '{}\n',
      'envs/py311/Dockerfile': 'FROM python:3.11\nRUN pip install flask datarobot-drum\n',
      'envs/py39/env_info.json': '{}\n',
      'envs/py39/Dockerfile': 'FROM python:3.9\nRUN pip install gevent\n'
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const findings = async () =>
      (
        JSON.parse((await cli(['scan', dir, '--format', 'json'])).stdout) as {
          findings: Array<{ ruleId: string; path: string; line?: number }>;
        }
      ).findings
        .map((f) => `${f.ruleId} ${f.path}:${f.line ?? ''}`)
        .sort();
    const auto = await findings();
    expect((await cli(['init', dir])).code).toBe(0);
    const config = await readFile(join(dir, '.github/migration-gate.yml'), 'utf8');
    // Two sibling environments: their parent's folders, so that a new one next to them is checked too.
    expect(config).toContain('roots:\n  environment:\n    folders: ["envs/*"]\n');
    expect(await findings()).toEqual(auto);
  });

  test('the workflow it writes is the documented one', async () => {
    expect(PR_WORKFLOW).toBe(await readFile('examples/workflows/migration-gate-pr.yml', 'utf8'));
  });

  test('a tree no profile fits: no file written, and what to do', async () => {
    const dir = await temporaryDirectory('mg-init-');
    await mkdir(join(dir, 'docs'));
    await writeFile(join(dir, 'docs/readme.md'), 'hello\n');
    const { code, stderr } = await cli(['init', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('no profile fits');
  });
});

describe('the text report on a terminal', () => {
  const scan = (argv: string[], io: Partial<Io> = {}) =>
    cli(['scan', 'examples/drum-legacy', '--rules', 'drum', ...argv], io);

  test('colour on a terminal, never with NO_COLOR; FORCE_COLOR turns it on anywhere', async () => {
    const ansi = /\x1b\[\d+m/; // eslint-disable-line no-control-regex -- what is tested
    expect((await scan([], { stdoutIsTerminal: true, env: {} })).stdout).toMatch(ansi);
    expect((await scan([], { stdoutIsTerminal: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await scan([], { stdoutIsTerminal: false, env: {} })).stdout).not.toMatch(ansi);
    expect((await scan([], { stdoutIsTerminal: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await scan(['--format', 'json'], { stdoutIsTerminal: true, env: {} })).stdout).not.toMatch(ansi);
  });

  test('--max-per-rule and --all decide how many findings each rule lists', async () => {
    const lines = (out: string, id: string) => {
      const all = out.split('\n');
      const start = all.findIndex((l) => l.includes(`[${id}]`));
      const end = all.findIndex((l, i) => i > start && /^ {2}\S/.test(l));
      return all.slice(start + 2, end).filter((l) => !l.startsWith('      fix: '));
    };
    const id = 'flask-stack-import-in-runner';
    const one = lines((await scan(['--max-per-rule', '1'])).stdout, id);
    expect(one).toHaveLength(2);
    expect(one[1]).toMatch(/^ {6}… and \d+ more \(--all lists every one\)$/);
    const every = lines((await scan(['--all'])).stdout, id);
    expect(every.every((l) => /^ {6}(notice|warning|error)/.test(l))).toBe(true);
    expect(every.length).toBeGreaterThan(3);
    expect((await scan(['--max-per-rule', '0'])).stderr).toContain(
      "invalid --max-per-rule '0'; expected a positive number of findings"
    );
  });
});

describe('progress', () => {
  test('nothing for a scan within a second; then a line redrawn in place, cleared at the end', () => {
    let clock = 0;
    let written = '';
    const progress = progressReporter({
      write: (s) => void (written += s),
      interactive: true,
      now: () => clock
    });
    progress.tick(1, 100);
    clock = 900;
    progress.tick(50, 100);
    expect(written).toBe('');
    clock = 1_000;
    progress.tick(60, 100);
    clock = 1_050;
    progress.tick(61, 100); // within the redraw interval
    clock = 2_000;
    progress.tick(100, 100);
    progress.end();
    expect(written).toBe(
      '\r\x1b[2Kmigration-gate: 60/100 files (60 files/s)\r\x1b[2Kmigration-gate: 100/100 files (50 files/s)\r\x1b[2K'
    );
  });

  test('in a log (not a terminal): a line every five seconds', () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = progressReporter({
      write: (s) => void lines.push(s),
      interactive: false,
      now: () => clock
    });
    for (clock = 0; clock <= 12_000; clock += 500) progress.tick(clock, 20_000);
    progress.end();
    expect(lines).toEqual([
      'migration-gate: 1,000/20,000 files (1,000 files/s)\n',
      'migration-gate: 6,000/20,000 files (1,000 files/s)\n',
      'migration-gate: 11,000/20,000 files (1,000 files/s)\n'
    ]);
  });
});
