// The bundled profiles: rule files shipped in rules/, one per shape of repository the migration
// touches. A rule file (or `--rules`, or the action's `rules` input) names them by profile name.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RuleText } from './rule-text.js';

export const PROFILES = {
  drum: {
    file: 'rules/drum-flask-removal.yml',
    summary: "DRUM's monorepo: the strategy's checklist item by item, with DRUM's paths"
  },
  environments: {
    file: 'rules/environments.yml',
    summary:
      'drop-in environments wherever they sit: every folder with a Dockerfile, requirements, env_info.json, conda or pyproject file'
  },
  models: {
    file: 'rules/models.yml',
    summary:
      'custom-model folders (custom.py hooks, model-metadata.yaml): Flask in model code and requirements'
  },
  'flask-service': {
    file: 'rules/flask-service.yml',
    summary: 'any Flask application on its way to FastAPI: imports, manifests, Python, route parity'
  }
} as const;

export type ProfileName = keyof typeof PROFILES;
export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];

export const isProfileName = (name: string): name is ProfileName => Object.hasOwn(PROFILES, name);

/**
 * Where a profile's file is: the repository's rules/ folder, next to dist/ (the action runs from its
 * own checkout, and the CLI from a clone or the npm package, which both ship rules/).
 */
export function profilePath(name: ProfileName): string {
  const file = PROFILES[name].file;
  for (const up of ['../', '../../']) {
    const candidate = fileURLToPath(new URL(`${up}${file}`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL(`../${file}`, import.meta.url));
}

/** A bundled profile as read when dist/ was built (scripts/bundle.mjs). */
export interface RuleTextSnapshot extends RuleText {
  text: string;
}
/** JSON of a Record<ProfileName, RuleTextSnapshot>, put in by the bundler; undefined when run from src/. */
declare const __MIGRATION_GATE_BUNDLED_RULES__: string | undefined;

/**
 * The already-read form of `text` when it is, byte for byte, the profile dist/ was built with: the
 * bundled rules then cost no YAML parsing or validation at start-up (about a third of the action's
 * start-up time). The snapshot is JSON parsed at each call, so no caller can change another's data.
 */
export function bundledRuleText(
  profile: string,
  text: string,
  snapshotJson: string | undefined = typeof __MIGRATION_GATE_BUNDLED_RULES__ === 'undefined'
    ? undefined
    : __MIGRATION_GATE_BUNDLED_RULES__
): RuleText | undefined {
  if (snapshotJson === undefined) return undefined;
  const snapshot = (JSON.parse(snapshotJson) as Record<string, RuleTextSnapshot>)[profile];
  return snapshot?.text === text ? { data: snapshot.data, ruleLines: snapshot.ruleLines } : undefined;
}
