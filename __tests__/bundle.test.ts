// The committed bundles run the way users run them: `node dist/cli.js` from a checkout with no
// node_modules, and `node dist/index.js` as the runner starts an action (INPUT_* variables, summary
// and output files). CI rebuilds dist/ and fails on a diff, so this tests what ships.
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { temporaryDirectory } from './temporary.js';

const run = promisify(execFile);

async function exec(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  try {
    const { stdout, stderr } = await run(file, args, { ...options, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let checkout: string;

beforeAll(async () => {
  // A checkout without node_modules: just what the action's repository ships.
  checkout = await temporaryDirectory('mg-checkout-');
  for (const path of ['dist', 'rules', 'examples', 'action.yml', 'package.json'])
    await cp(path, join(checkout, path), { recursive: true });
});

describe('dist/cli.js with no node_modules', () => {
  test('scans the example, writes the v1 JSON report and exits 1', async () => {
    const { code, stderr } = await exec(
      process.execPath,
      ['dist/cli.js', 'scan', 'examples/drum-legacy', '--format', 'json', '--output', 'r.json'],
      { cwd: checkout }
    );
    expect(stderr).toMatch(
      /^Gate failed: \d+ errors, \d+ warnings, \d+ notices; report written to r\.json\n$/
    );
    expect(code).toBe(1);
    const report = JSON.parse(await readFile(join(checkout, 'r.json'), 'utf8'));
    expect(report.version).toBe(1);
    expect(report.findings.length).toBeGreaterThan(40);
    expect(report.findings.some((f: { kind: string }) => f.kind === 'forbidden-import')).toBe(true);
  });

  test("a reader that closes the pipe early ends the output quietly, with the gate's exit code", async () => {
    // `scan | head -c 1` in bash, which keeps the gate's own status (not head's) in PIPESTATUS. The
    // report (~100 kB) is more than a pipe holds, so the gate is still writing when head leaves.
    const { code, stdout, stderr } = await exec(
      'bash',
      [
        '--norc',
        '-c',
        'node dist/cli.js scan examples/drum-legacy --format json | head -c 1; echo "gate: ${PIPESTATUS[0]}" >&2'
      ],
      { cwd: checkout, env: { PATH: `${dirname(process.execPath)}:${process.env.PATH}` } }
    );
    expect([code, stdout, stderr]).toEqual([0, '{', 'gate: 1\n']);
  });

  test('--version answers', async () => {
    const { code, stdout } = await exec(process.execPath, ['dist/cli.js', '--version'], { cwd: checkout });
    expect([code, stdout]).toEqual([0, `${JSON.parse(await readFile('package.json', 'utf8')).version}\n`]);
  });
});

describe('dist/index.js with no GitHub around (no token, no event): annotations as workflow commands', () => {
  async function action(inputs: Record<string, string>) {
    const dir = await temporaryDirectory('mg-runner-');
    const summary = join(dir, 'summary.md');
    const output = join(dir, 'output.txt');
    await writeFile(summary, '');
    await writeFile(output, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = await exec(process.execPath, [join(checkout, 'dist/index.js')], { cwd: checkout, env });
    return { ...result, summary: await readFile(summary, 'utf8'), outputs: await readFile(output, 'utf8') };
  }

  test('annotates, writes the summary and outputs, and fails the step when the gate fails', async () => {
    const r = await action({
      path: 'examples/drum-legacy',
      stage: 'beta',
      mode: 'pr',
      'report-file': 'out/report.json'
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error title=fastapi-feature-flag-defined (phase 0),file=examples/drum-legacy/custom_model_runner/datarobot_drum/drum/enum.py,line=1::Does not contain /\\bDRUM_FASTAPI_ENABLED\\b/ in code or strings.'
    );
    expect(r.stdout).toMatch(/^::error::DRUM Flask removal: the migration gate failed \(\d+ errors\)\.$/m);
    expect(r.summary).toContain('## ❌ DRUM Flask removal: gate failed');
    expect(r.outputs).toMatch(/conclusion<<ghadelimiter_[\w-]+\nfailure\n/);
    expect(r.outputs).toMatch(/errors<<ghadelimiter_[\w-]+\n[1-9]\d*\n/);
    expect(JSON.parse(await readFile(join(checkout, 'out/report.json'), 'utf8')).conclusion).toBe('failure');
  });

  test('fail-on never keeps the step green but still reports the verdict', async () => {
    const r = await action({ path: 'examples/drum-legacy', mode: 'pr', 'fail-on': 'never' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatch(/conclusion<<ghadelimiter_[\w-]+\nfailure\n/);
  });

  test('a bad input fails with a message naming it', async () => {
    const r = await action({ path: 'examples/drum-legacy', stage: 'ga' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "::error::Invalid input 'stage': 'ga'. Expected one of: beta, rc, lts, decommission."
    );
  });
});

// Start-up (issue #8): what a run may not need is in chunks loaded on demand. Read from the bundle's
// own import graph, so that a change that pulls Octokit or tree-sitter back into every start fails here.
describe('what the bundles load before any work', () => {
  async function staticallyLoaded(entry: string): Promise<Map<string, string>> {
    const loaded = new Map<string, string>();
    const pending = [entry];
    while (pending.length) {
      const file = pending.pop()!;
      if (loaded.has(file)) continue;
      const text = await readFile(join('dist', file), 'utf8');
      loaded.set(file, text);
      for (const [, imported] of text.matchAll(/^(?:import|export)\b[^;]*?from\s*"\.\/([^"]+)"/gm))
        pending.push(imported!);
      for (const [, imported] of text.matchAll(/^import\s*"\.\/([^"]+)"/gm)) pending.push(imported!);
    }
    return loaded;
  }
  const packagesIn = (loaded: Map<string, string>) =>
    new Set(
      [...loaded.values()].flatMap((text) =>
        [...text.matchAll(/^\/\/ (?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]!)
      )
    );

  // Loaded when needed: the GitHub client (a token), tree-sitter (Python to parse), the audit's
  // archives (an audit), the Dockerfile and packaging parsers (such a file to read).
  const LAZY = [
    '@octokit/core',
    '@actions/http-client',
    'undici',
    'web-tree-sitter',
    'tar-stream',
    'dockerfile-ast',
    'smol-toml'
  ];

  test.each(['index.js', 'cli.js'])(
    'dist/%s starts without Octokit, its HTTP stack, tree-sitter, archives or the Dockerfile and TOML parsers',
    async (entry) => {
      const loaded = await staticallyLoaded(entry);
      expect(loaded.size).toBeGreaterThan(1); // the graph was followed
      const packages = packagesIn(loaded);
      for (const lazy of LAZY) expect([lazy, packages.has(lazy)]).toEqual([lazy, false]);
    }
  );

  test('a scan with the bundled profiles loads neither YAML nor zod (they come read ahead)', async () => {
    const pipeline = (await readdir('dist')).find((f) => /^pipeline-\w+\.js$/.test(f))!;
    const packages = packagesIn(await staticallyLoaded(pipeline));
    expect(packages.has('minimatch')).toBe(true); // the graph was followed
    for (const lazy of ['yaml', 'zod', ...LAZY]) expect([lazy, packages.has(lazy)]).toEqual([lazy, false]);
  });

  test('the lazily loaded chunks exist and hold them', async () => {
    const all = new Map<string, string>();
    for (const file of await readdir('dist'))
      if (file.endsWith('.js')) all.set(file, await readFile(join('dist', file), 'utf8'));
    const packages = packagesIn(all);
    for (const lazy of LAZY) expect([lazy, packages.has(lazy)]).toEqual([lazy, true]);
  });
});
