// Generated and duplicated things stay in step (STYLE.md §12).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { TOOL_VERSION } from '../src/version.js';

test('the tool version is the package version', async () => {
  expect(TOOL_VERSION).toBe(JSON.parse(await readFile('package.json', 'utf8')).version);
});

test('rules/schema.json is generated from the code', async () => {
  await expect(
    promisify(execFile)('npx', ['tsx', 'scripts/generate-schema.ts', '--check'])
  ).resolves.toBeDefined();
});

test("the README's inputs table lists exactly action.yml's inputs, with their defaults", async () => {
  const action = parse(await readFile('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const readme = await readFile('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('<!-- inputs -->'), readme.indexOf('<!-- /inputs -->'));
  // Rows read `| \`name\` | \`default\` | …`, with — for an empty default.
  const rows = [...table.matchAll(/^\|\s*`([\w-]+)`\s*\|\s*(?:`([^`]+)`|—)\s*\|/gm)].map((m) => [
    m[1],
    m[2] ?? ''
  ]);
  expect(rows).toEqual(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
});

test('the README keeps its sections and documents every rule kind', async () => {
  const readme = await readFile('README.md', 'utf8');
  const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  expect(sections).toEqual([
    'Contents',
    'Quick start',
    'Use it on your repository',
    'The action',
    'The CLI',
    'Rule files',
    'Auditing the drop-in environments',
    'Gating what a change introduces',
    'The bundled profiles',
    'How it works',
    'Dependencies, and why',
    'Development'
  ]);
  const { KIND_NAMES } = await import('../src/kinds/index.js');
  const documented = [...readme.matchAll(/^\|\s*`([a-z-]+)`\s*\|/gm)].map((m) => m[1]);
  for (const kind of KIND_NAMES) expect(documented).toContain(kind);
  const { PROFILE_NAMES, PROFILES } = await import('../src/rules/bundled.js');
  const profiles = readme.slice(readme.indexOf('## The bundled profiles'), readme.indexOf('## How it works'));
  for (const name of PROFILE_NAMES)
    expect(profiles).toContain(`[\`${PROFILES[name].file}\`](${PROFILES[name].file}) (\`${name}\`)`);
});
