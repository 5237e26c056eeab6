// End-to-end through the CLI's main() on fixture trees: exit codes, the JSON contract, --output.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/command-line.js';
import { TOOL_VERSION } from '../src/version.js';
import { temporaryDirectory } from './temporary.js';

const TINY = '__tests__/fixtures/tiny';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

describe('migration-gate scan', () => {
  test('writes the version-1 JSON report and exits 1 when the gate fails', async () => {
    const { code, stdout } = await cli(
      'scan',
      `${TINY}/repo`,
      '--rules',
      `${TINY}/rules.yml`,
      '--format',
      'json'
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.stats.durationMs).toEqual(expect.any(Number));
    report.stats.durationMs = 0;
    expect(report).toEqual({
      version: 1,
      tool: { name: 'migration-gate', version: TOOL_VERSION },
      ruleset: { name: 'Tiny', stage: 'rc', file: `${TINY}/rules.yml`, profiles: [] },
      target: `${TINY}/repo`,
      conclusion: 'failure',
      counts: { error: 1, warning: 1, notice: 0 },
      findings: [
        {
          ruleId: 'uvicorn-launcher',
          kind: 'required-path',
          phase: 1,
          severity: 'warning',
          path: 'app/run_uvicorn.py',
          message: 'Does not exist. uvicorn starts the server.',
          anchor: 'app/server.py'
        },
        {
          ruleId: 'no-flask-import',
          kind: 'forbidden-import',
          phase: 2,
          severity: 'error',
          path: 'app/server.py',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 24,
          message: 'Imports `flask.Flask`. Flask is going away.',
          remediation: 'Use FastAPI.'
        }
      ],
      rules: [
        {
          id: 'no-flask-import',
          phase: 2,
          title: 'Make FastAPI the only supported app type',
          kind: 'forbidden-import',
          status: 'fail',
          findings: 1,
          enforcement: 'error',
          origin: `${TINY}/rules.yml`
        },
        {
          id: 'uvicorn-launcher',
          phase: 1,
          title: 'Create the server launcher',
          kind: 'required-path',
          status: 'fail',
          findings: 1,
          enforcement: 'warning',
          origin: `${TINY}/rules.yml`
        },
        {
          id: 'docs-flask',
          phase: 4,
          title: 'Update docs',
          kind: 'forbidden-pattern',
          status: 'off',
          findings: 0,
          enforcement: 'off',
          origin: `${TINY}/rules.yml`
        }
      ],
      phases: [
        { phase: 1, title: 'Cleanup', rules: 1, passing: 0, notApplicable: 0 },
        { phase: 2, title: 'Refactoring', rules: 1, passing: 0, notApplicable: 0 },
        { phase: 4, title: 'Test Cleanup', rules: 0, passing: 0, notApplicable: 0 }
      ],
      stats: { files: 1, bytes: 34, durationMs: 0 },
      skipped: [],
      notes: [],
      routes: [],
      suppressions: { used: [], problems: [] },
      forecast: {
        stage: 'lts',
        conclusion: 'failure',
        counts: { error: 1, warning: 1, notice: 0 },
        blocking: 0,
        changing: 0,
        rules: [],
        phases: [],
        findings: []
      }
    });
  });

  test('the stage flag changes what blocks: beta makes the import a notice and the gate passes', async () => {
    const { code, stdout } = await cli(
      'scan',
      `${TINY}/repo`,
      '--rules',
      `${TINY}/rules.yml`,
      '--format',
      'json',
      '--stage',
      'beta'
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.counts).toEqual({ error: 0, warning: 1, notice: 1 });
    // The notice is an error in rc: the forecast lists it, and today's finding says when it will block.
    expect(
      report.findings.map((f: { ruleId: string; blocksFrom?: string }) => [f.ruleId, f.blocksFrom])
    ).toEqual([
      ['uvicorn-launcher', undefined],
      ['no-flask-import', 'rc']
    ]);
    expect(report.forecast).toEqual({
      stage: 'rc',
      conclusion: 'failure',
      counts: { error: 1, warning: 1, notice: 0 },
      blocking: 1,
      changing: 1,
      rules: [
        {
          id: 'no-flask-import',
          phase: 2,
          title: 'Make FastAPI the only supported app type',
          now: 'notice',
          then: 'error',
          blocking: 1
        }
      ],
      phases: [{ phase: 2, title: 'Refactoring', blocking: 1 }],
      findings: [
        {
          ruleId: 'no-flask-import',
          phase: 2,
          path: 'app/server.py',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 24,
          message: 'Imports `flask.Flask`. Flask is going away.',
          severity: 'notice'
        }
      ]
    });
  });

  test('binary files are skipped with a note, and read only when a rule selects them', async () => {
    const { stdout } = await cli(
      'scan',
      `${TINY}/repo`,
      '--rules',
      `${TINY}/rules.yml`,
      '--format',
      'json',
      '--stage',
      'decommission'
    );
    const report = JSON.parse(stdout);
    expect(report.skipped).toEqual([{ path: 'docs/logo.png', reason: 'binary file' }]);
    expect(
      report.findings.map((f: { ruleId: string; path: string; line?: number }) => [f.ruleId, f.path, f.line])
    ).toEqual([
      ['uvicorn-launcher', 'app/run_uvicorn.py', undefined],
      ['no-flask-import', 'app/server.py', 2],
      ['docs-flask', 'docs/guide.md', 1]
    ]);
  });

  test('the text report reads as the checklist, phase by phase', async () => {
    const { code, stdout } = await cli('scan', `${TINY}/repo`, '--rules', `${TINY}/rules.yml`);
    expect(code).toBe(1);
    expect(stdout.replace(/in \d+ ms/, 'in N ms')).toBe(
      [
        `migration-gate ${TOOL_VERSION} · Tiny · stage rc · ${TINY}/repo`,
        '',
        'Phase 1 · Cleanup (0/1 done)',
        '  ✗ Create the server launcher [uvicorn-launcher] 1 warning',
        '      uvicorn starts the server.',
        '      warning app/run_uvicorn.py  Does not exist.',
        '',
        'Phase 2 · Refactoring (0/1 done)',
        '  ✗ Make FastAPI the only supported app type [no-flask-import] 1 error',
        '      Flask is going away.',
        '      error   app/server.py:2:1  Imports `flask.Flask`.',
        '      fix: Use FastAPI.',
        '',
        'Phase 4 · Test Cleanup (0/0 done)',
        '  - Update docs [docs-flask] (not enforced in rc)',
        '',
        'Next: lts has no date yet: nothing more will block then (what blocks now still will).',
        '',
        'Gate failed: 1 error, 1 warning, 0 notices · 1 file scanned in N ms',
        ''
      ].join('\n')
    );
  });

  test('--output writes the report to a file (creating folders) and prints the verdict on stderr', async () => {
    const dir = await temporaryDirectory('mg-out-');
    const out = join(dir, 'reports', 'r.json');
    const { code, stdout, stderr } = await cli(
      'scan',
      `${TINY}/repo`,
      '--rules',
      `${TINY}/rules.yml`,
      '--format',
      'json',
      '--output',
      out
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Gate failed: 1 error, 1 warning, 0 notices; report written to ${out}\n`);
    expect(JSON.parse(await readFile(out, 'utf8')).version).toBe(1);
  });

  test('--format markdown renders the checklist', async () => {
    const { stdout } = await cli(
      'scan',
      `${TINY}/repo`,
      '--rules',
      `${TINY}/rules.yml`,
      '--format',
      'markdown'
    );
    expect(stdout).toContain('## ❌ Tiny: gate failed');
    expect(stdout).toContain('| 2 · Refactoring | 0/1 | ░░░░░░░░░░ |');
    expect(stdout).toContain(
      '- ❌ Make FastAPI the only supported app type — 1 × error `no-flask-import`\n  - `app/server.py:2:1` Imports `flask.Flask`.'
    );
  });
});

describe('--today: the calendar decides the stage', () => {
  test('the day before rc the gate passes and forecasts the error; on the day it fails on it', async () => {
    const dir = await temporaryDirectory('mg-today-');
    await writeFile(
      join(dir, 'rules.yml'),
      [
        'name: dated',
        'stages: { beta: 2026-11-01, rc: 2026-12-15 }',
        'rules:',
        '  - { id: no-flask, phase: 2, title: Remove Flask, kind: forbidden-import, modules: [flask], message: m., enforce: { beta: warning, rc: error } }',
        ''
      ].join('\n')
    );
    await writeFile(join(dir, 'app.py'), 'import flask\n');
    const run = (today: string) => cli('scan', dir, '--rules', join(dir, 'rules.yml'), '--today', today);
    const before = await run('2026-12-14');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(' · dated · stage beta (since 2026-11-01) · ');
    expect(before.stdout).toContain(
      '      warning app.py:1:1  Imports `flask`. (blocks from rc (2026-12-15))\n'
    );
    expect(before.stdout).toContain(
      '\nNext: rc begins tomorrow, 2026-12-15: 1 finding that does not block now will block then.\n  Phase 2 · Refactoring: 1 finding will block\n    Remove Flask [no-flask] 1, warning -> error\n'
    );
    const on = await run('2026-12-15');
    expect(on.code).toBe(1);
    expect(on.stdout).toContain(' · dated · stage rc (since 2026-12-15) · ');
    expect(on.stdout).toContain('      error   app.py:1:1  Imports `flask`.\n');
  });
});

describe('--rules names a profile, a file or auto; without it the tree chooses', () => {
  test.each([
    ['drum', 'examples/flask-service', 'DRUM Flask removal', 'drum,environments'],
    ['flask-service', 'examples/drum-legacy', 'Flask service', 'flask-service'],
    ['auto', 'examples/flask-service', 'Flask service', 'flask-service']
  ])('--rules %s on %s', async (rules, directory, name, profiles) => {
    const { stdout } = await cli('scan', directory, '--rules', rules, '--format', 'json');
    const report = JSON.parse(stdout);
    expect([
      report.ruleset.name,
      report.ruleset.profiles.map((p: { name: string }) => p.name).join(',')
    ]).toEqual([name, profiles]);
  });

  test("DRUM's profile on another tree: every DRUM rule is not applicable, and the gate has nothing to say", async () => {
    const { code, stdout } = await cli(
      'scan',
      'examples/flask-service',
      '--rules',
      'drum',
      '--format',
      'json'
    );
    const report = JSON.parse(stdout);
    // (Rules the stage does not enforce are `off`, wherever they are.)
    const drumRules = report.rules.filter(
      (r: { origin: string; status: string }) => r.origin === 'drum' && r.status !== 'off'
    );
    expect(drumRules.length).toBeGreaterThan(30);
    expect(
      new Set(drumRules.map((r: { status: string; reason: string }) => `${r.status}: ${r.reason}`))
    ).toEqual(new Set(['not-applicable: nothing matches `custom_model_runner/datarobot_drum`']));
    expect([code, report.findings]).toEqual([0, []]);
  });
});

describe('usage and configuration errors exit 2 with a message and no stack trace', () => {
  test.each([
    [
      ['scan', '--stage', 'ga'],
      "migration-gate: invalid --stage 'ga'; expected one of: beta, rc, lts, decommission\nRun 'migration-gate scan --help' for usage.\n"
    ],
    [
      ['scan', '--format', 'xml'],
      "migration-gate: invalid --format 'xml'; expected one of: text, json, sarif, markdown\nRun 'migration-gate scan --help' for usage.\n"
    ],
    [
      ['scan', '--today', '2026-12-32'],
      "migration-gate: invalid --today '2026-12-32'; expected a day, YYYY-MM-DD (UTC)\nRun 'migration-gate scan --help' for usage.\n"
    ],
    [['lint'], "migration-gate: unknown command 'lint'\nRun 'migration-gate --help' for usage.\n"],
    [
      ['scna'],
      "migration-gate: unknown command 'scna' (did you mean 'scan'?)\nRun 'migration-gate --help' for usage.\n"
    ],
    [
      ['explain', 'x', '--base', 'main'],
      "migration-gate: explain does not take --base\nRun 'migration-gate explain --help' for usage.\n"
    ],
    [[], "migration-gate: missing command\nRun 'migration-gate --help' for usage.\n"],
    [
      ['scan', 'a', 'b'],
      "migration-gate: scan takes one directory, got: a b\nRun 'migration-gate scan --help' for usage.\n"
    ],
    [
      ['scan', '/nonexistent-dir'],
      "migration-gate: not a directory: /nonexistent-dir\nRun 'migration-gate scan --help' for usage.\n"
    ],
    [
      ['scan', '.', '--max-file-size', '2k'],
      "migration-gate: invalid --max-file-size '2k'; expected a positive number of bytes\nRun 'migration-gate scan --help' for usage.\n"
    ],
    [['scan', '.', '--rules', '/nonexistent.yml'], 'migration-gate: rule file not found: /nonexistent.yml\n']
  ])('%j', async (argv, stderr) => {
    const result = await cli(...argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });

  test('an unknown option is named (the wording after it is from Node)', async () => {
    const result = await cli('scan', '--bogus');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^migration-gate: Unknown option '--bogus'\..*\nRun 'migration-gate --help' for usage\.\n$/s
    );
  });

  test('a broken rule file names file:line:col', async () => {
    const dir = await temporaryDirectory('mg-bad-');
    await writeFile(
      join(dir, 'bad.yml'),
      'name: x\nrules:\n  - id: a\n    phase: 1\n    title: t\n    kind: forbidden-pattern\n    files: ["**"]\n    pattern: "([a-z]+"\n    message: m\n'
    );
    const result = await cli('scan', TINY, '--rules', join(dir, 'bad.yml'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `migration-gate: ${join(dir, 'bad.yml')}:8:14: rule 'a': key 'pattern': is not a valid regular expression: Invalid regular expression: /([a-z]+/gm: Unterminated group\n`
    );
  });

  test('--help and --version exit 0', async () => {
    expect((await cli('--help')).stdout).toContain('Usage: migration-gate COMMAND [options]');
    expect((await cli('scan', '--help')).stdout).toContain('Usage: migration-gate scan [DIR] [options]');
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
  });
});
