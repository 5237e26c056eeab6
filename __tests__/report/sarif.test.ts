import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scanDirectory } from '../../src/pipeline.js';
import { renderSarif } from '../../src/report/sarif.js';
import { validateSarif } from '../sarif-validator.js';
import { loadRules } from '../helpers.js';
import { judge } from '../../src/gate/verdict.js';
import { buildReport } from '../../src/report/report.js';
import { scan } from '../../src/engine/scan.js';
import { MemorySource } from '../helpers.js';
import { temporaryDirectory } from '../temporary.js';

interface SarifResult {
  ruleId: string;
  level: string;
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: Record<string, number>;
    };
  }>;
  partialFingerprints: Record<string, string>;
  properties?: { blocksFrom?: string };
}
interface Sarif {
  runs: Array<{ tool: { driver: { rules: Array<{ help: { text: string } }> } }; results: SarifResult[] }>;
}

test('the legacy example gives SARIF that Microsoft’s validator accepts with GitHub’s rules, without a warning', async () => {
  const report = await scanDirectory({ directory: 'examples/drum-legacy', stage: 'decommission' });
  const file = join(await temporaryDirectory('mg-sarif-'), 'legacy.sarif');
  await writeFile(file, renderSarif(report));
  expect(await validateSarif(file)).toEqual([]);
});

test('in beta, results that will block in rc say so in their properties, and the validator accepts them', async () => {
  const report = await scanDirectory({ directory: 'examples/drum-legacy', stage: 'beta' });
  const sarif = JSON.parse(renderSarif(report)) as Sarif;
  const later = sarif.runs[0]!.results.filter((r) => r.properties?.blocksFrom === 'rc');
  expect(later.length).toBe(report.findings.filter((f) => f.blocksFrom === 'rc').length);
  expect(later.length).toBeGreaterThan(0);
  const file = join(await temporaryDirectory('mg-sarif-'), 'beta.sarif');
  await writeFile(file, renderSarif(report));
  expect(await validateSarif(file)).toEqual([]);
});

test('every rule in force has help; results have repo-relative locations and regions', async () => {
  const report = await scanDirectory({ directory: 'examples/drum-legacy' });
  const sarif = JSON.parse(renderSarif(report)) as Sarif;
  const run = sarif.runs[0]!;
  expect(run.tool.driver.rules.length).toBe(
    report.rules.filter((r) => r.status !== 'off' && r.status !== 'not-applicable').length
  );
  expect(run.tool.driver.rules.every((r) => r.help.text.length > 20)).toBe(true);
  const blueprint = run.results.find((r) => r.ruleId === 'flask-blueprint-in-server')!;
  expect(blueprint.locations[0]!.physicalLocation).toEqual({
    artifactLocation: { uri: 'custom_model_runner/datarobot_drum/drum/server.py', uriBaseId: '%SRCROOT%' },
    region: { startLine: 6, startColumn: 26, endLine: 6, endColumn: 35 }
  });
  const fileLevel = run.results.find((r) => r.ruleId === 'gunicorn-directory')!;
  expect(fileLevel.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
  expect(blueprint.level).toBe('note');
});

test('partialFingerprints survive lines moving, and tell repeated findings apart', async () => {
  const rules = loadRules(
    'id: no-flask\nphase: 2\ntitle: t\nkind: forbidden-import\nmodules: [flask]\nmessage: m.'
  );
  const sarifOf = async (text: string) => {
    const scanned = await scan(new MemorySource({ 'a.py': text }), rules.rules);
    const report = buildReport(rules, 'beta', 'memory', judge(rules, 'beta', scanned.findings), scanned);
    return (JSON.parse(renderSarif(report)) as Sarif).runs[0]!.results.map((r) => [
      r.locations[0]!.physicalLocation.region.startLine,
      r.partialFingerprints['migrationGate/v1']
    ]);
  };
  const before = await sarifOf('import flask\nimport flask\n');
  const after = await sarifOf('"""A docstring added above."""\n\nimport flask\nimport flask\n');
  expect(before.map(([line]) => line)).toEqual([1, 2]);
  expect(after.map(([line]) => line)).toEqual([3, 4]);
  expect(after.map(([, print]) => print)).toEqual(before.map(([, print]) => print));
  expect(new Set(before.map(([, print]) => print)).size).toBe(2);
});

test('results with a fix carry it as SARIF fixes (the lines replaced), and the validator accepts them', async () => {
  const { main } = await import('../../src/command-line.js');
  const file = join(await temporaryDirectory('mg-sarif-'), 'fixes.sarif');
  await main(
    ['scan', 'examples/drum-legacy', '--stage', 'decommission', '--format', 'sarif', '--output', file],
    { stdout: () => {}, stderr: () => {}, env: {} }
  );
  const sarif = JSON.parse(await readFile(file, 'utf8')) as {
    runs: Array<{
      results: Array<{ ruleId: string; locations: SarifResult['locations']; fixes?: unknown[] }>;
    }>;
  };
  const withFixes = sarif.runs[0]!.results.filter((r) => r.fixes);
  expect(withFixes.length).toBeGreaterThan(5);
  const sklearn = withFixes.find(
    (r) =>
      r.locations[0]!.physicalLocation.artifactLocation.uri ===
        'public_dropin_environments/python3_sklearn/requirements.txt' &&
      r.locations[0]!.physicalLocation.region.startLine === 2
  )!;
  expect(sklearn.fixes).toEqual([
    {
      description: { text: 'Remove flask==2.2.5.' },
      artifactChanges: [
        {
          artifactLocation: {
            uri: 'public_dropin_environments/python3_sklearn/requirements.txt',
            uriBaseId: '%SRCROOT%'
          },
          replacements: [{ deletedRegion: { startLine: 2, startColumn: 1, endLine: 3, endColumn: 1 } }]
        }
      ]
    }
  ]);
  expect(await validateSarif(file)).toEqual([]);
});
