// npm run bench: speed and memory of the bundled CLI on a large DRUM-shaped tree, next to ripgrep
// searching the same tree for the rule set's keywords, in the same run. Prints figures; asserts
// nothing (targets are compared and marked, the exit code is always 0 unless the tools fail).
//
// The tree (cached in $BENCH_DIR, default /tmp/migration-gate-bench) is the legacy example plus
// generated runner modules and tests where the rules look, drop-in environments, and noise the gate
// must not read: notebooks, CSV data, model binaries, vendored code. BENCH_NODE runs the bundles on
// another Node (the action declares node24): BENCH_NODE=$(npx -p node@24 -- node -p process.execPath).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { drumShapedTree } from './bench/drum-shaped.mjs';
import { BANNED, ruffCommand } from './bench/ruff-tid251.mjs';
import { whereTimeGoes } from './bench/where-time-goes.mjs';

const ROOT = resolve(process.env.BENCH_DIR ?? join(tmpdir(), 'migration-gate-bench'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TREE_VERSION = '2';
const CLI = resolve('dist/cli.js');
/** The Node that runs the bundles: this one, or BENCH_NODE (e.g. Node 24, which the action declares). */
const NODE = process.env.BENCH_NODE ?? process.execPath;
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
const ACTION = resolve('dist/index.js');

// ------------------------------------------------------------------------------------ the tree
function seeded(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function pythonModule(i) {
  const flask = i % 10 === 0 ? 'from flask import request\n' : '';
  const body = Array.from(
    { length: 40 },
    (_, f) =>
      `\n\ndef handler_${i}_${f}(payload, settings=None):\n    """Formerly served by the Flask app; see migration notes (flask -> fastapi)."""\n    values = [v * ${f} for v in payload.get("values", [])]\n    # keep the numbers stable for the gunicorn-era clients\n    return {"count": len(values), "total": sum(values), "label": "handler-${f}"}\n`
  ).join('');
  return `import os\nimport json\n${flask}\nSETTINGS = {"name": "module-${i}", "workers": ${i % 8}}\n${body}`;
}

function testModule(i) {
  const assertion = i % 25 === 0 ? '    assert response_dict[ModelInfoKeys.DRUM_SERVER] == "flask"\n' : '';
  const cases = Array.from(
    { length: 30 },
    (_, c) =>
      `\n\ndef test_case_${i}_${c}(client):\n    response = client.post("/predict/", json={"x": ${c}})\n    assert response.status_code == 200\n`
  ).join('');
  return `from datarobot_drum.drum.enum import ModelInfoKeys\n\n\ndef test_info(response_dict):\n${assertion}    assert response_dict\n${cases}`;
}

function buildTree() {
  const marker = join(ROOT, '.bench-tree');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === TREE_VERSION) return false;
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  cpSync('examples/drum-legacy', ROOT, { recursive: true });
  const write = (path, content) => {
    mkdirSync(join(ROOT, path, '..'), { recursive: true });
    writeFileSync(join(ROOT, path), content);
  };
  for (let i = 0; i < 5500; i++)
    write(`custom_model_runner/datarobot_drum/drum/generated/pkg_${i % 55}/mod_${i}.py`, pythonModule(i));
  for (let i = 0; i < 2500; i++)
    write(`tests/unit/generated/group_${i % 20}/test_gen_${i}.py`, testModule(i));
  for (let e = 0; e < 200; e++) {
    const flask = e % 4 === 0 ? 'flask==2.2.5\ngunicorn\n' : '';
    write(
      `public_dropin_environments/env_${e}/Dockerfile`,
      `FROM python:3.${9 + (e % 4)}-slim\nCOPY requirements.txt requirements.txt\nRUN pip install -r requirements.txt\n`
    );
    write(
      `public_dropin_environments/env_${e}/requirements.txt`,
      `datarobot-drum\nscikit-learn==1.5.2\n${flask}fastapi\npydantic>=2\n`
    );
    write(`public_dropin_environments/env_${e}/custom.py`, pythonModule(100000 + e));
  }
  const random = seeded(42);
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
  const noiseCell = JSON.stringify({
    cell_type: 'code',
    source: ['import pandas as pd\n', 'df = pd.read_csv("data.csv")\n'],
    outputs: [{ data: { 'text/plain': ['x'.repeat(2000)] } }]
  });
  for (let i = 0; i < 300; i++)
    write(`notebooks/analysis_${i}.ipynb`, `{"cells": [${Array(100).fill(noiseCell).join(',')}]}`);
  const row = Array.from({ length: 20 }, (_, c) => (c * 1.5).toFixed(3)).join(',') + '\n';
  for (let i = 0; i < 100; i++)
    write(`data/training_${i}.csv`, row.repeat(Math.ceil(1_500_000 / row.length)));
  const blob = bytes(1_000_000);
  for (let i = 0; i < 50; i++) write(`models/model_${i}.pkl`, blob);
  for (let i = 0; i < 1000; i++)
    write(
      `third_party/flask_vendored/module_${i}.py`,
      `from flask import Flask\n${pythonModule(200000 + i)}`
    );
  writeFileSync(marker, TREE_VERSION);
  return true;
}

function treeSize() {
  const out = execFileSync('du', ['-sb', '--exclude=.git', ROOT], { encoding: 'utf8' });
  const files = Number(
    execFileSync('bash', ['-c', `find "${ROOT}" -path "${ROOT}/.git" -prune -o -type f -print | wc -l`], {
      encoding: 'utf8'
    })
  );
  return { files, bytes: Number(out.split('\t')[0]) };
}

// ------------------------------------------------------------------------------------ measuring
/** Wall seconds and peak RSS (KiB) of one run, from GNU time. */
// Every run gets PATH and nothing else from this shell, as a runner's step would: variables such as
// NODE_EXTRA_CA_CERTS (set on some machines; Node then parses a CA bundle at every start, ~50 ms)
// or NODE_OPTIONS would otherwise be measured as migration-gate's own time.
const RUN_ENV = { PATH: process.env.PATH };

function timed(command, args, options = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    ...options,
    env: { ...RUN_ENV, ...options.env }
  });
  const last = result.stderr.trim().split('\n').pop();
  const [seconds, kib] = last.split(' ').map(Number);
  return { seconds, kib, status: result.status, stdout: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function summary(label, runs) {
  return {
    label,
    seconds: median(runs.map((r) => r.seconds)),
    kib: Math.max(...runs.map((r) => r.kib)),
    status: runs[0].status,
    stdout: runs[0].stdout
  };
}

function repeat(label, command, args, options) {
  return summary(
    label,
    Array.from({ length: RUNS }, () => timed(command, args, options))
  );
}

/**
 * Two commands run in turns, and their ratio taken run by run: a shared machine gets faster or slower
 * over a minute (this one by ±15%), and runs in turns see the same machine, where two blocks of runs
 * one after the other may not.
 */
function paired(a, b) {
  const runsA = [];
  const runsB = [];
  for (let i = 0; i < RUNS; i++) {
    runsA.push(timed(a.command, a.args));
    runsB.push(timed(b.command, b.args));
  }
  return {
    a: summary(a.label, runsA),
    b: summary(b.label, runsB),
    ratio: median(runsA.map((r, i) => r.seconds / runsB[i].seconds))
  };
}

function startup(label, args, env = {}) {
  const times = [];
  for (let i = 0; i < 15; i++) {
    const start = process.hrtime.bigint();
    spawnSync(NODE, args, { env: { ...RUN_ENV, ...env }, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { label, ms: median(times) };
}

/**
 * Keywords a text search would need for the DRUM profile (and the environments profile it extends):
 * module names, package names, literals and pattern words.
 */
function keywords() {
  const rules = ['rules/drum-flask-removal.yml', 'rules/environments.yml'].flatMap(
    (file) => parse(readFileSync(file, 'utf8')).rules
  );
  const words = new Set();
  const strings = (value) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => typeof v === 'string');
  for (const r of rules) {
    for (const m of strings(r.modules)) words.add(m.split('.').pop());
    for (const p of [...strings(r.packages), ...strings(r.conflicts)]) {
      const name = /^[A-Za-z0-9_.-]+/.exec(p)?.[0];
      if (name) words.add(name);
    }
    for (const literal of strings(r.literal)) words.add(literal);
    for (const pattern of strings(r.pattern))
      for (const w of pattern.replace(/\\[bBsSdDwW]/g, ' ').match(/[A-Za-z_]{5,}/g) ?? []) words.add(w);
  }
  return [...words].sort();
}

// ------------------------------------------------------------------------------------ a larger tree
/**
 * The same tree with its generated runner modules and tests repeated (hard links: no disk, and the
 * files are read as separate files), for the peak RSS at another size: memory must not grow with it.
 */
function scaledTree(times) {
  const root = `${ROOT}-x${times}`;
  const marker = join(root, '.bench-scaled');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== TREE_VERSION) {
    rmSync(root, { recursive: true, force: true });
    execFileSync('cp', ['-al', ROOT, root]);
    for (let i = 1; i < times; i++)
      for (const folder of ['custom_model_runner/datarobot_drum/drum/generated', 'tests/unit/generated'])
        execFileSync('cp', ['-al', join(ROOT, folder), join(root, `${folder}_copy${i}`)]);
    writeFileSync(marker, TREE_VERSION);
  }
  return root;
}

// ------------------------------------------------------------------------------------ PR mode
function prRepository() {
  const repo = join(ROOT, '..', 'migration-gate-bench-pr');
  const marker = join(repo, '.bench-pr');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== TREE_VERSION) {
    rmSync(repo, { recursive: true, force: true });
    cpSync(ROOT, repo, { recursive: true });
    const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'bench@example.invalid');
    git('config', 'user.name', 'bench');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'change');
    for (let i = 0; i < 50; i++) {
      const path = join(
        repo,
        `custom_model_runner/datarobot_drum/drum/generated/pkg_${(i * 7) % 55}/mod_${i * 7}.py`
      );
      writeFileSync(path, `${readFileSync(path, 'utf8')}\nfrom flask import jsonify\n`);
    }
    git('commit', '-q', '-am', 'a 50-file change');
    writeFileSync(marker, TREE_VERSION);
  }
  return repo;
}

// ------------------------------------------------------------------------------------ real Python
/**
 * Up to 20,000 modules of real Python from this machine's installations (python3's sys.path, then
 * /usr/lib/python3*, then pyenv's versions), hard-linked (or copied) into one tree: the route-parity
 * rule with both sides `**\/*.py` must cost little there, since only modules that can declare routes
 * are parsed.
 */
const PYTHON_FILES = 20_000;
function pythonTree() {
  const root = `${ROOT}-python`;
  const marker = join(root, '.bench-python');
  if (existsSync(marker)) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const sources = [];
  const sysPath = spawnSync('python3', ['-c', 'import sys; print("\\n".join(p for p in sys.path if p))'], {
    encoding: 'utf8'
  });
  if (sysPath.status === 0) sources.push(...sysPath.stdout.trim().split('\n'));
  const listed = (pattern) =>
    spawnSync('bash', ['-c', `ls -d ${pattern} 2>/dev/null`], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
  sources.push(
    ...listed('/usr/lib/python3*'),
    ...listed(`${process.env.HOME}/.pyenv/versions/*/lib/python3*`)
  );
  let count = 0;
  for (const [i, source] of [...new Set(sources.filter((s) => s && existsSync(s)))].entries()) {
    if (count >= PYTHON_FILES) break;
    const found = spawnSync('find', [source, '-name', '*.py', '-type', 'f'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024
    })
      .stdout.trim()
      .split('\n')
      .filter(Boolean);
    for (const file of found.slice(0, PYTHON_FILES - count)) {
      const target = join(root, `source${i}`, file.slice(source.length));
      mkdirSync(join(target, '..'), { recursive: true });
      try {
        execFileSync('ln', [file, target]);
      } catch {
        cpSync(file, target);
      }
      count++;
    }
  }
  writeFileSync(marker, String(count));
  return root;
}

// ------------------------------------------------------------------------------------ report
const built = buildTree();
const { files, bytes } = treeSize();
const mb = bytes / 1e6;
const words = keywords();
console.log(
  `migration-gate benchmark · ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${NODE_VERSION}`
);
console.log(
  `tree: ${ROOT} (${built ? 'built now' : 'cached'}): ${files} files, ${mb.toFixed(0)} MB · ${RUNS} runs each (the scan and ripgrep in turns), median wall time, peak RSS`
);
const dropped = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'].filter((name) => process.env[name]);
if (dropped.length) console.log(`runs use PATH only; this shell's ${dropped.join(' and ')} is not passed on`);
const rgVersion = spawnSync('rg', ['--version'], { encoding: 'utf8' });
if (rgVersion.status !== 0) {
  console.error('The benchmark compares with ripgrep, which is not installed: apt-get install ripgrep');
  process.exit(1);
}
console.log(`ripgrep: ${rgVersion.stdout.split('\n')[0]}, ${words.length} keywords: ${words.join(' ')}\n`);

const rgArgs = [
  '--fixed-strings',
  '--count-matches',
  '--no-messages',
  ...words.flatMap((w) => ['-e', w]),
  ROOT
];
const fullScan = paired(
  {
    label: 'migration-gate scan (bundled CLI, default rules)',
    command: NODE,
    args: [CLI, 'scan', ROOT, '--format', 'json', '--output', '/dev/null']
  },
  { label: 'ripgrep, the same tree, the same keywords', command: 'rg', args: rgArgs }
);
const { a: gate, b: rg } = fullScan;
// For context only (the target is against ripgrep as it runs by default, on every core): the scan's
// file pass runs on one thread.
const rgOneThread = repeat('ripgrep on one thread (-j1), for context', 'rg', ['-j1', ...rgArgs]);
const repo = prRepository();
const prFull = repeat('PR mode: scan --base main (whole tree), 50-file change', NODE, [
  CLI,
  'scan',
  repo,
  '--base',
  'main',
  '--format',
  'json',
  '--output',
  '/dev/null'
]);
const pr = repeat('PR mode: scan --base main --changed-only, 50-file change', NODE, [
  CLI,
  'scan',
  repo,
  '--base',
  'main',
  '--changed-only',
  '--format',
  'json',
  '--output',
  '/dev/null'
]);
const SCALE = 8;
const scaledRoot = scaledTree(SCALE);
const scaledFiles = Number(
  execFileSync('bash', ['-c', `find "${scaledRoot}" -type f | wc -l`], { encoding: 'utf8' })
);
const scaled = repeat(`full scan of the tree with its generated code ${SCALE}x`, NODE, [
  CLI,
  'scan',
  scaledRoot,
  '--format',
  'json',
  '--output',
  '/dev/null'
]);
const pythonRoot = pythonTree();
const pythonFiles = Number(readFileSync(join(pythonRoot, '.bench-python'), 'utf8'));
const ruleFile = (withParity) => {
  const file = join(tmpdir(), `migration-gate-bench-rules${withParity ? '-parity' : ''}.yml`);
  writeFileSync(
    file,
    [
      'name: bench',
      'rules:',
      '  - { id: no-flask, phase: 2, title: t, kind: forbidden-import, modules: [flask], message: m. }',
      ...(withParity
        ? ["  - { id: parity, phase: 2, title: t, kind: route-parity, files: ['**/*.py'], message: m. }"]
        : [])
    ].join('\n')
  );
  return file;
};
const parity = paired(
  {
    label: `route parity over ${pythonFiles} Python modules (both sides **/*.py)`,
    command: NODE,
    args: [CLI, 'scan', pythonRoot, '--rules', ruleFile(true), '--format', 'json', '--output', '/dev/null']
  },
  {
    label: 'the same scan without the route-parity rule',
    command: NODE,
    args: [CLI, 'scan', pythonRoot, '--rules', ruleFile(false), '--format', 'json', '--output', '/dev/null']
  }
);
const version = startup('start-up: node dist/cli.js --version', [CLI, '--version']);
const empty = join(tmpdir(), 'migration-gate-bench-empty');
mkdirSync(empty, { recursive: true });
const action = startup('start-up: node dist/index.js (empty workspace, report mode)', [ACTION], {
  INPUT_PATH: empty,
  INPUT_SUMMARY: 'false',
  INPUT_MODE: 'report',
  GITHUB_WORKSPACE: empty
});
const nodeAlone = startup('node -e 0 (Node itself)', ['-e', '0']);

const row = (label, value, target) => console.log(`${label.padEnd(58)} ${value.padEnd(34)} ${target ?? ''}`);
/** A run's peak RSS, and its exit status when it failed. */
const peakOf = (r) => `peak RSS ${(r.kib / 1024).toFixed(0)} MB${r.status > 1 ? ` (exit ${r.status}!)` : ''}`;
const timeRow = (r) => row(r.label, `${r.seconds.toFixed(2)} s`, peakOf(r));
const check = (ok, text) => `${ok ? '✓' : '✗'} target ${text}`;
for (const r of [gate, rg, rgOneThread, prFull, pr]) {
  row(
    r.label,
    `${r.seconds.toFixed(2)} s · ${(files / r.seconds).toFixed(0)} files/s · ${(mb / r.seconds).toFixed(0)} MB/s`,
    peakOf(r)
  );
}
for (const r of [parity.a, parity.b]) timeRow(r);
const prAfterStartup = pr.seconds - version.ms / 1000;
console.log('');
row(
  'full scan / ripgrep (median of the paired runs)',
  `${fullScan.ratio.toFixed(2)}x`,
  check(fullScan.ratio <= 3, '<= 3x')
);
row(
  'peak RSS of the full scan',
  `${(gate.kib / 1024).toFixed(0)} MB`,
  check(gate.kib / 1024 < 300, '< 300 MB')
);
row(
  `peak RSS, ${scaledFiles} files (generated code ${SCALE}x)`,
  `${(scaled.kib / 1024).toFixed(0)} MB (${scaled.seconds.toFixed(2)} s)`,
  check(scaled.kib / 1024 < 300, '< 300 MB')
);
row(
  'route parity, added time (median of the paired runs)',
  `${(parity.a.seconds - parity.b.seconds).toFixed(2)} s`,
  check(parity.a.seconds - parity.b.seconds < 1, '< 1 s')
);
row(
  'route parity, peak RSS',
  `${(parity.a.kib / 1024).toFixed(0)} MB`,
  check(parity.a.kib / 1024 < 300, '< 300 MB')
);
row(
  version.label,
  `${version.ms.toFixed(0)} ms (Node alone ${nodeAlone.ms.toFixed(0)} ms)`,
  check(version.ms < 150, '< 150 ms')
);
row(action.label, `${action.ms.toFixed(0)} ms`, check(action.ms < 150, '< 150 ms'));
row(
  'PR mode --changed-only, 50-file change, after start-up',
  `${prAfterStartup.toFixed(2)} s`,
  check(prAfterStartup < 0.5, '< 0.5 s')
);

// ------------------------------------------------------------------------------------ the honest cases
// The tree above is mostly files the rules do not select (it shows the cost of passing them over).
// These are the cases users see: every rule selecting its files, and real Python with `**` globs.
console.log('\nThe cases users see (#22)');
const jsonOut = ['--format', 'json', '--output', '/dev/null'];
const drumShaped = drumShapedTree(`${ROOT}-drum10`, 'examples/drum-legacy');
const drumShapedFiles = Number(
  execFileSync('bash', ['-c', `find "${drumShaped}" -type f | wc -l`], { encoding: 'utf8' })
);
const coverage = JSON.parse(
  spawnSync(NODE, [CLI, 'scan', drumShaped, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024
  }).stdout
);
const idle = coverage.rules.filter((r) => r.status === 'not-applicable').map((r) => r.id);
console.log(
  `DRUM-shaped tree: ${drumShaped}: ${drumShapedFiles} files; profiles ${coverage.ruleset.profiles.map((p) => p.name).join(', ')}; ${coverage.rules.length - idle.length} of ${coverage.rules.length} rules select files${idle.length ? ` (not: ${idle.join(', ')})` : ''}`
);
const drumPair = paired(
  {
    label: 'DRUM-shaped 10x: full scan (auto: the drum profile)',
    command: NODE,
    args: [CLI, 'scan', drumShaped, ...jsonOut]
  },
  {
    label: 'DRUM-shaped 10x: ripgrep, the same keywords',
    command: 'rg',
    args: [
      '--fixed-strings',
      '--count-matches',
      '--no-messages',
      ...words.flatMap((w) => ['-e', w]),
      drumShaped
    ]
  }
);
const importRules = join(tmpdir(), 'migration-gate-bench-imports.yml');
writeFileSync(
  importRules,
  [
    'name: imports',
    'rules:',
    `  - { id: no-flask-stack, phase: 2, title: t, kind: forbidden-import, files: ['**/*.py'], modules: [${BANNED.join(', ')}], message: m. }`
  ].join('\n')
);
const ruff = ruffCommand(drumShaped);
const importPair = ruff
  ? paired(
      {
        label: 'DRUM-shaped 10x: the import rule alone',
        command: NODE,
        args: [CLI, 'scan', drumShaped, '--rules', importRules, ...jsonOut]
      },
      { label: `DRUM-shaped 10x: ${ruff.version} TID251`, command: ruff.command, args: ruff.args }
    )
  : {
      a: repeat('DRUM-shaped 10x: the import rule alone', NODE, [
        CLI,
        'scan',
        drumShaped,
        '--rules',
        importRules,
        ...jsonOut
      ])
    };

const everywhere = join(tmpdir(), 'migration-gate-bench-everywhere.yml');
writeFileSync(
  everywhere,
  [
    'name: everywhere',
    'rules:',
    `  - { id: no-flask-stack, phase: 2, title: t, kind: forbidden-import, files: ['**/*.py'], modules: [${BANNED.join(', ')}], message: m. }`,
    "  - { id: no-flask-calls, phase: 2, title: t, kind: forbidden-pattern, files: ['**/*.py'], pattern: 'stream_with_context|before_request|after_request', message: m. }",
    "  - { id: parity, phase: 2, title: t, kind: route-parity, files: ['**/*.py'], message: m. }"
  ].join('\n')
);
const pythonPair = paired(
  {
    label: `${pythonFiles} real Python modules, a ** profile with route parity`,
    command: NODE,
    args: [CLI, 'scan', pythonRoot, '--rules', everywhere, ...jsonOut]
  },
  {
    label: `${pythonFiles} real Python modules: ripgrep, the same keywords`,
    command: 'rg',
    args: [
      '--count-matches',
      '--no-messages',
      '-e',
      `(import|from) (${BANNED.join('|')})|stream_with_context|before_request|after_request|\\.(route|get|post|api_route)\\(`,
      pythonRoot
    ]
  }
);
const drumReal = process.env.BENCH_DRUM;
const drumItself =
  drumReal && existsSync(drumReal)
    ? repeat('DRUM itself (BENCH_DRUM)', NODE, [CLI, 'scan', drumReal, ...jsonOut])
    : undefined;

for (const r of [
  drumPair.a,
  drumPair.b,
  importPair.a,
  ...(importPair.b ? [importPair.b] : []),
  pythonPair.a,
  pythonPair.b,
  ...(drumItself ? [drumItself] : [])
])
  timeRow(r);
console.log('');
row(
  'DRUM-shaped 10x: full scan / ripgrep',
  `${drumPair.ratio.toFixed(2)}x`,
  check(drumPair.ratio <= 2.5, '<= 2.5x')
);
row(
  'DRUM-shaped 10x: import rule alone / ruff TID251',
  importPair.b ? `${importPair.ratio.toFixed(2)}x` : 'ruff is not installed',
  importPair.b ? check(importPair.ratio <= 1.5, '<= 1.5x') : '(pip install ruff to compare)'
);
row(
  'DRUM-shaped 10x: peak RSS',
  `${(drumPair.a.kib / 1024).toFixed(0)} MB`,
  check(drumPair.a.kib / 1024 < 100, '< 100 MB')
);
row(
  `${pythonFiles} Python modules, ** profile / ripgrep`,
  `${pythonPair.ratio.toFixed(2)}x`,
  check(pythonPair.ratio <= 3, '<= 3x')
);
row(
  `${pythonFiles} Python modules, peak RSS`,
  `${(pythonPair.a.kib / 1024).toFixed(0)} MB`,
  check(pythonPair.a.kib / 1024 < 150, '< 150 MB')
);
row(
  'DRUM itself, full scan',
  drumItself ? `${(drumItself.seconds * 1000).toFixed(0)} ms` : 'set BENCH_DRUM to a DRUM checkout',
  drumItself ? check(drumItself.seconds < 0.2, '< 200 ms') : ''
);

// Where the time goes: one profiled run of each (main-thread CPU, ms).
const profiles = [
  ['DRUM-shaped 10x', [CLI, 'scan', drumShaped, ...jsonOut]],
  ['Python, ** profile', [CLI, 'scan', pythonRoot, '--rules', everywhere, ...jsonOut]],
  ...(drumItself ? [['DRUM itself', [CLI, 'scan', drumReal, ...jsonOut]]] : [])
].map(([label, args]) => [label, whereTimeGoes(NODE, args)]);
console.log('\nWhere the time goes (main-thread CPU, ms; one profiled run each)');
const bucketNames = [...new Set(profiles.flatMap(([, p]) => (p ? p.buckets.map(([b]) => b) : [])))];
console.log(`${''.padEnd(46)} ${profiles.map(([label]) => label.padStart(20)).join('')}`);
for (const b of bucketNames)
  console.log(
    `${b.padEnd(46)} ${profiles
      .map(([, p]) => String(Math.round(p?.buckets.find(([x]) => x === b)?.[1] ?? 0)).padStart(20))
      .join('')}`
  );
console.log(
  `${'total'.padEnd(46)} ${profiles.map(([, p]) => String(Math.round(p?.total ?? 0)).padStart(20)).join('')}`
);
