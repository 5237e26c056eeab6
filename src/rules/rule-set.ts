// A loaded rule set: rules as written, compiled (globs and regexes built) and ready for the engine.
import type { AnyKindModule } from '../kinds/kind.js';
import type { KindName } from '../kinds/index.js';
import type { Enforcement, Stage } from '../model.js';

/** The phase titles of the migration strategy, used when a rule file does not name its phases. */
export const DEFAULT_PHASE_TITLES: Readonly<Record<number, string>> = {
  0: 'Prerequisites & Environment Audit',
  1: 'Cleanup',
  2: 'Refactoring',
  3: 'Dependencies',
  4: 'Test Cleanup',
  5: 'Environment & Docker Updates'
};

export interface CompiledRule {
  id: string;
  phase: number;
  title: string;
  kind: KindName;
  message: string;
  remediation?: string;
  enforcement: Record<Stage, Enforcement>;
  /** Effective `files` globs (the kind's default when the rule gives none). */
  files: readonly string[];
  exclude: readonly string[];
  selects(path: string): boolean;
  module: AnyKindModule;
  compiled: unknown;
  /** Line of the rule in its file, for messages. */
  line: number;
}

export interface RuleSet {
  /** The rule file as named to the user. */
  file: string;
  name: string;
  description?: string;
  /** The stage the rule set says the project is in now. */
  stage: Stage;
  phases: Record<number, string>;
  rules: CompiledRule[];
}
