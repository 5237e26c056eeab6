// A loaded rule set: rules as written, compiled (globs and regexes built) and ready for the engine.
import type { AnyKindModule } from '../kinds/kind.js';
import type { KindName } from '../kinds/index.js';
import type { Enforcement, Stage } from '../model.js';
import type { CompiledCondition } from './conditions.js';
import type { Calendar } from './calendar.js';

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
  /** Rules with the same key select the same paths (the engine tests them once); default: files + exclude. */
  selectionKey?: string;
  module: AnyKindModule;
  compiled: unknown;
  /** Line of the rule in its file, for messages. */
  line: number;
  /** Where the rule is defined: a bundled profile's name, or a rule file as named to the user. */
  origin: string;
  /** The kind of root (one of RuleSet.roots) the rule is checked in, each root on its own. */
  root?: RootKind;
  /** `false` when the rule file switched the fixer of its kind off (`fix: false`). */
  fix?: false;
  /** When the rule applies at all (in the tree, or per root). */
  when?: CompiledCondition;
  /** Kinds of roots whose folders the rule does not look into (combined profiles: see `extends`). */
  skipRoots: readonly RootKind[];
}

/** Folders in which rooted rules are checked, each on its own (environments, models). */
export interface RootKind {
  name: string;
  /** Globs on a file's name that make its folder a root. */
  markers: readonly string[];
  /** Globs on a file's name that make its folder a root unless it lies inside a root `markers` make. */
  secondaryMarkers?: readonly string[];
  /** Globs on a file's name that keep the folder holding one from being such a root. */
  notWith?: readonly string[];
  /** Globs of the folders that may be roots ('.' is the top of the tree). */
  folders: readonly string[];
  /** Set by `rules: auto`: the very folders (tree paths, '' for the top) that may be roots. */
  onlyFolders?: readonly string[];
  description?: string;
}

/** A bundled profile in the rule set, and why it is there. */
export interface ProfileChoice {
  name: string;
  reason: string;
  /** For `rules: auto`: per kind of root, the folders that showed the evidence (the profile's roots). */
  rootFolders?: Record<string, string[]>;
}

export interface RuleSet {
  /** The rule file as named to the user. */
  file: string;
  name: string;
  description?: string;
  /** The stage the rule set declares (`stage`, default beta); the calendar may say otherwise on a day. */
  stage: Stage;
  /** The day each stage begins, where the rule files say (`stages:`). */
  calendar?: Calendar;
  phases: Record<number, string>;
  /** What each stage of the timeline means, in the rule set's words. */
  stages?: Partial<Record<Stage, string>>;
  rules: CompiledRule[];
  roots: Record<string, RootKind>;
  /** The bundled profiles the rules come from, each with the reason it was chosen. */
  profiles: ProfileChoice[];
}
