// Where a scan's time goes: one run of the bundled CLI under V8's sampling profiler (--cpu-prof), each
// sample put in one bucket by the frames on its stack (the bundle keeps function names). Main-thread
// CPU time; V8's compiler and GC helper threads and the kernel's reads are not in it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Buckets, first match wins: [name, test on a frame (function name, script url)]. */
const BUCKETS = [
  ['GC', (f) => f.functionName === '(garbage collector)'],
  ['waiting (I/O, idle)', (f) => f.functionName === '(idle)'],
  [
    'start-up (loading modules)',
    (f) =>
      f.url.startsWith('node:internal/modules') ||
      /^compile(SourceTextModule|ForInternalLoader)$/.test(f.functionName)
  ],
  [
    'parsing Python (tree-sitter)',
    (f) =>
      /web-tree-sitter/.test(f.url) ||
      /^(wasm-function|GenericJSToWasmWrapper|withPythonTree|parsePython|parseImportStatement|routeFactsOf)/.test(
        f.functionName
      )
  ],
  ['parsing Dockerfiles', (f) => f.functionName === 'parseDockerfile'],
  [
    'parsing manifests (TOML, YAML, requirements)',
    (f) =>
      /^(readToml|parseUvLock|parseSetupPy|parseSetupCfg|parsePipfile|parseConda|parseRequirementsFile|workflowClaims|parseDocument)$/.test(
        f.functionName
      )
  ],
  ['prefilter (looked-for texts)', (f) => /^(textsIn|lookFor)$/.test(f.functionName)],
  [
    'reading files',
    (f) =>
      /^(readSync|openSync|closeSync|fstatSync|read|open|close|fstat|decodeText)$/.test(f.functionName) &&
      (f.url === '' || f.url.startsWith('node:') || f.functionName === 'decodeText')
  ],
  [
    'listing the tree',
    (f) =>
      /^(readdir|readdirSync|lstat|lstatSync|opendir|list)$/.test(f.functionName) &&
      (f.url === '' || f.url.startsWith('node:') || f.functionName === 'list')
  ],
  ['report', (f) => /^render/.test(f.functionName)]
];
const OTHER = 'rules, gate and the rest';

export function whereTimeGoes(node, args) {
  const dir = mkdtempSync(join(tmpdir(), 'mg-prof-'));
  try {
    spawnSync(node, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], { env: { PATH: process.env.PATH } });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) return undefined;
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const bucketOf = new Map();
    const bucket = (id) => {
      if (bucketOf.has(id)) return bucketOf.get(id);
      const frames = [];
      for (let at = id; at !== undefined; at = parent.get(at)) frames.push(nodes.get(at).callFrame);
      const found = BUCKETS.find(([, test]) => frames.some(test))?.[0] ?? OTHER;
      bucketOf.set(id, found);
      return found;
    };
    const ms = new Map();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i] / 1000;
      total += delta;
      const b = bucket(id);
      ms.set(b, (ms.get(b) ?? 0) + delta);
    });
    return { total, buckets: [...ms].sort((a, b) => b[1] - a[1]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
