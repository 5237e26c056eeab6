import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RuleText } from './rule-text.js';

export const DEFAULT_RULES_NAME = 'rules/drum-flask-removal.yml';

/**
 * The bundled DRUM rule set. It is read from the repository's rules/ folder, next to dist/ (the action
 * runs from its own checkout, and the CLI from a clone or the npm package, which both ship rules/).
 */
export function defaultRulesPath(): string {
  for (const up of ['../', '../../']) {
    const candidate = fileURLToPath(new URL(`${up}${DEFAULT_RULES_NAME}`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL(`../${DEFAULT_RULES_NAME}`, import.meta.url));
}

/** The bundled rule set as read when dist/ was built (scripts/bundle.mjs). */
export interface RuleTextSnapshot extends RuleText {
  text: string;
}
/** JSON of a RuleTextSnapshot, put in by the bundler; undefined when run from src/. */
declare const __MIGRATION_GATE_BUNDLED_RULES__: string | undefined;

/**
 * The already-read form of `text` when it is, byte for byte, the rule set dist/ was built with: the
 * bundled rules then cost no YAML parsing at start-up (about a third of the action's start-up time).
 * The snapshot is JSON parsed at each call, so no caller can change another's data.
 */
export function bundledRuleText(
  text: string,
  snapshotJson: string | undefined = typeof __MIGRATION_GATE_BUNDLED_RULES__ === 'undefined'
    ? undefined
    : __MIGRATION_GATE_BUNDLED_RULES__
): RuleText | undefined {
  if (snapshotJson === undefined) return undefined;
  const snapshot = JSON.parse(snapshotJson) as RuleTextSnapshot;
  return snapshot.text === text ? { data: snapshot.data, ruleLines: snapshot.ruleLines } : undefined;
}
