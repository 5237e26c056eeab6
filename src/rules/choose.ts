// Which rules a run uses. `rules` (the flag or the input) names a bundled profile, a rule file or
// `auto`; without it, the tree's own configuration file is used when it has one
// (.github/migration-gate.yml or migration-gate.yml), else `auto`: the profiles that fit the tree.
import { ConfigError } from '../errors.js';
import { FileLoader, treeView } from '../engine/tree-view.js';
import type { Note } from '../kinds/kind.js';
import { decodeText } from '../sources/decode.js';
import type { FileSource, TreeListing } from '../sources/source.js';
import { detectProfiles } from './auto.js';
import { compileRoots } from './compile.js';
import { combineProfiles, loadRuleSet, profileDocument, readRuleSet, type RuleSource } from './load.js';
import { DEFAULT_PHASE_TITLES, type ProfileChoice, type RootKind, type RuleSet } from './rule-set.js';

/** Where a repository keeps its configuration, in the order they are looked for. */
export const CONFIG_FILES = [
  '.github/migration-gate.yml',
  '.github/migration-gate.yaml',
  'migration-gate.yml',
  'migration-gate.yaml'
] as const;

export const AUTO = 'auto';

/** A rule file larger than this is not a rule file. */
const MAX_RULE_FILE_BYTES = 1024 * 1024;

/** Rule files read from the scanned tree itself (a configuration file and what it extends). */
export function treeRuleSource(source: FileSource): RuleSource {
  return {
    async readText(path) {
      const result = await source.read(path, MAX_RULE_FILE_BYTES);
      if (!result.ok) return undefined;
      const decoded = decodeText(result.data);
      if (!decoded.ok) throw new ConfigError(`cannot read rule file ${path}: ${decoded.reason}`);
      return decoded.text;
    }
  };
}

/**
 * The rule set for a tree: `spec` when given (a profile, a rule file, `auto`); else the tree's
 * configuration file; else the profiles that fit the tree.
 */
export async function chooseRuleSet(
  spec: string | undefined,
  source: FileSource,
  listing: TreeListing
): Promise<RuleSet> {
  if (spec !== undefined && spec !== AUTO) return loadRuleSet(spec);
  if (spec === undefined) {
    const config = CONFIG_FILES.find((name) => listing.files.includes(name));
    if (config) {
      const rules = treeRuleSource(source);
      const text = await rules.readText(config);
      if (text !== undefined) return readRuleSet(text, config, { path: config, source: rules });
    }
  }
  return autoRuleSet(source, listing);
}

/**
 * The bundled profiles that fit the tree, each with its reason and the root folders that showed the
 * evidence; with the root kinds of the environments and models profiles.
 */
export async function profilesFor(
  source: FileSource,
  listing: TreeListing
): Promise<{ chosen: ProfileChoice[]; roots: Record<string, RootKind> }> {
  const notes = new Map<string, Note>();
  const tree = treeView(listing, new FileLoader(source, MAX_RULE_FILE_BYTES * 2), notes, {});
  const [environments, models] = await Promise.all([
    profileDocument('environments'),
    profileDocument('models')
  ]);
  const roots = compileRoots({ ...environments.header.roots, ...models.header.roots });
  const chosen = await detectProfiles({
    listing,
    tree,
    roots: { environment: roots.environment!, model: roots.model! }
  });
  return { chosen, roots };
}

/** The bundled profiles that fit the tree, combined; an empty rule set (saying so) when none does. */
export async function autoRuleSet(source: FileSource, listing: TreeListing): Promise<RuleSet> {
  const { chosen } = await profilesFor(source, listing);
  if (chosen.length > 0) return combineProfiles(chosen);
  return {
    file: AUTO,
    name: 'No profile applies',
    description:
      'rules: auto found no DRUM package, drop-in environment, custom model or Flask code in this tree; nothing was checked.',
    stage: 'beta',
    phases: { ...DEFAULT_PHASE_TITLES },
    rules: [],
    roots: {},
    profiles: []
  };
}
