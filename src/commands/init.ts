// `migration-gate init [DIR]`: the two files a repository needs for the required check — its
// configuration (.github/migration-gate.yml, extending the profiles that fit the tree, each with the
// evidence that chose it) and the workflow (.github/workflows/migration-gate.yml). Never overwrites.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Io } from '../command-line.js';
import { UsageError } from '../errors.js';
import { listedOnce } from '../sources/listed.js';
import { LocalDirectory } from '../sources/local-directory.js';
import { profilesFor } from '../rules/choose.js';
import { escape } from 'minimatch';
import { Roots } from '../engine/roots.js';
import type { ProfileChoice, RootKind } from '../rules/rule-set.js';

export const CONFIG_PATH = '.github/migration-gate.yml';
export const WORKFLOW_PATH = '.github/workflows/migration-gate.yml';

/** The required-check workflow: examples/workflows/migration-gate-pr.yml (a test keeps them equal). */
export const PR_WORKFLOW =
  '# Required PR status check, the same for every repository the migration touches: DRUM, drop-in\n# environment repositories, custom-model repositories, Flask services. The rules come from the\n# repository\'s .github/migration-gate.yml (read at the base commit), else from the profiles that fit\n# the tree (`rules: auto`). In branch protection, require the check named "migration-gate".\nname: migration-gate\non:\n  pull_request:\n  merge_group:\npermissions:\n  contents: read\n  checks: write # the check run and its annotations (fork PRs fall back to workflow annotations)\n  pull-requests: write # suggested changes (the fixes for the lines a pull request changed)\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n        with:\n          fetch-depth: 0 # changed lines from git when GitHub\'s pull request file list is capped\n      - uses: datarobot/migration-gate@v0\n        with:\n          check-name: migration-gate\n          # rules: environments   # to pin a profile: drum | environments | models | flask-service | a file\n          # stage: rc             # to override the stage the configuration declares\n';

/**
 * The `folders` a configuration must give a kind of root so that it finds the folders `rules: auto`
 * chose (those that showed evidence), and not the others the kind's markers alone would find (a
 * folder of models with a requirements file is not an environment); undefined when the markers alone
 * find exactly those. Siblings are written as `parent/*` when that finds nothing more, so that a new
 * environment next to them is checked too; else each folder by its (escaped) path.
 */
export function rootFolders(
  kind: RootKind,
  chosen: readonly string[],
  files: readonly string[]
): string[] | undefined {
  const unrestricted: RootKind = { ...kind };
  delete unrestricted.onlyFolders;
  const finds = (folders: readonly string[]) => new Roots({ ...unrestricted, folders }, files).folders;
  const same = (found: readonly string[]) =>
    found.length === chosen.length && found.every((f) => chosen.includes(f));
  if (same(new Roots(unrestricted, files).folders)) return undefined;
  const exact = chosen.map((f) => (f === '' ? '.' : escape(f)));
  const byParent = new Map<string, string[]>();
  for (const folder of chosen) {
    const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), folder]);
  }
  const grouped = [...byParent].flatMap(([parent, folders]) =>
    folders.length > 1 && !folders.includes('')
      ? [parent ? `${escape(parent)}/*` : '*']
      : folders.map((f) => (f === '' ? '.' : escape(f)))
  );
  return same(finds(grouped)) ? grouped : exact;
}

/** The configuration for the chosen profiles, with why each was chosen and the keys to change next. */
export function configText(
  profiles: readonly ProfileChoice[],
  roots: Readonly<Record<string, readonly string[]>> = {}
): string {
  const names = profiles.map((p) => p.name);
  const rootLines = Object.entries(roots).flatMap(([kind, folders]) => [
    `  ${kind}:`,
    `    folders: [${folders.map((f) => JSON.stringify(f)).join(', ')}]`
  ]);
  return [
    "# migration-gate configuration: the rules of this repository's required check.",
    '# Written by `migration-gate init`; see the README\'s "Rule files" for every key.',
    '# The profiles were chosen from what the tree holds:',
    ...profiles.map((p) => `#   ${p.name}: ${p.reason.replace(/\n/g, ' ')}`),
    `extends: [${names.join(', ')}]`,
    ...(rootLines.length
      ? [
          '# Where the rules look for these roots: the folders that showed evidence (add new ones here).',
          'roots:',
          ...rootLines
        ]
      : []),
    '# stage: beta          # the stage of the timeline this repository is in (beta, rc, lts, decommission)',
    '# stages:              # or a calendar: each stage begins on its day (UTC)',
    '#   rc: 2027-01-15',
    '# rules:               # change a rule by its id (`migration-gate list-rules` lists them)',
    '#   - id: RULE-ID',
    '#     enforce: off',
    ''
  ].join('\n');
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false
  );

export async function init(rest: readonly string[], io: Io): Promise<number> {
  if (rest.length > 1) throw new UsageError(`init takes one directory, got: ${rest.join(' ')}`);
  const directory = rest[0] ?? '.';
  if (!(await stat(directory).catch(() => undefined))?.isDirectory())
    throw new UsageError(`not a directory: ${directory}`);
  const present = [];
  for (const file of [CONFIG_PATH, WORKFLOW_PATH])
    if (await exists(join(directory, file))) present.push(file);
  if (present.length)
    throw new UsageError(
      `${present.join(' and ')} already ${present.length === 1 ? 'exists' : 'exist'} in ${directory}; init never overwrites (edit ${present.length === 1 ? 'it' : 'them'}, or remove ${present.length === 1 ? 'it' : 'them'} first)`
    );
  const source = listedOnce(new LocalDirectory(directory));
  const listing = await source.listing();
  const { chosen, roots: kinds } = await profilesFor(source, listing);
  if (chosen.length === 0)
    throw new UsageError(
      `no profile fits ${directory}: it holds no DRUM package, drop-in environment, custom model or Flask code. Write ${CONFIG_PATH} yourself (extends: [drum | environments | models | flask-service], or rules of your own)`
    );
  const roots: Record<string, string[]> = {};
  for (const profile of chosen)
    for (const [kind, folders] of Object.entries(profile.rootFolders ?? {})) {
      const written = kinds[kind] && rootFolders(kinds[kind], folders, listing.files);
      if (written) roots[kind] = written;
    }
  await mkdir(join(directory, '.github/workflows'), { recursive: true });
  await writeFile(join(directory, CONFIG_PATH), configText(chosen, roots), { flag: 'wx' });
  await writeFile(join(directory, WORKFLOW_PATH), PR_WORKFLOW, { flag: 'wx' });
  io.stdout(
    [
      `Wrote ${CONFIG_PATH} (extends ${chosen.map((p) => p.name).join(', ')}) and ${WORKFLOW_PATH}.`,
      ...chosen.map((p) => `  ${p.name}: ${p.reason}`),
      'Next: commit both, then require the check named "migration-gate" in branch protection.',
      ''
    ].join('\n')
  );
  return 0;
}
