// The last step of loading: rule entries (inherited, changed, added) become compiled rules — each
// validated when it needs it, its globs matched, its kind's options and its `when` compiled, its root
// checked — in order, so the first mistake is the one reported. No zod here: the bundled profiles,
// validated when dist/ was built, come straight to this step; only other entries pay for validation.
import { combineMistakes, ConfigError, type SourcePosition } from '../errors.js';
import { KINDS } from '../kinds/index.js';
import { OptionError } from '../kinds/kind.js';
import { resolveEnforcement } from '../gate/policy.js';
import type { Stage } from '../model.js';
import type { Calendar } from './calendar.js';
import { compileCondition, type CompiledCondition, type Condition } from './conditions.js';
import { compileGlobs, globProblem } from './globs.js';
import type { RawRule } from './schema.js';
import type { YamlPath } from './yaml-position.js';
import {
  DEFAULT_PHASE_TITLES,
  type CompiledRule,
  type ProfileChoice,
  type RootKind,
  type RuleSet
} from './rule-set.js';
import type { RootDefinition } from './load.js';

/** One rule of a rule set before compilation, and where it (or the change to it) is written. */
export interface RuleEntry {
  id: string;
  raw: Record<string, unknown>;
  /** Whether `raw` is known to be valid (a bundled profile's rule, unchanged). */
  validated: boolean;
  /** The position of a key of this rule (a path relative to the rule). */
  at: (path: YamlPath, key?: boolean) => SourcePosition;
  line: number;
  origin: string;
  skipRoots: string[];
}

/** Turns one raw rule into a valid one, or throws a ConfigError at its position. */
export type RuleValidator = (raw: unknown, at: RuleEntry['at']) => RawRule;

export interface RuleSetParts {
  file: string;
  name: string;
  description?: string;
  stage: Stage;
  phases: Record<string, string>;
  stages?: Partial<Record<Stage, string>>;
  calendar?: Calendar;
  roots: Record<string, RootDefinition>;
  profiles: ProfileChoice[];
  /** Mistakes found while the files were read: reported with those of the rules, all at once. */
  mistakes?: readonly ConfigError[];
}

export function compileRuleSet(
  parts: RuleSetParts,
  entries: readonly RuleEntry[],
  validate?: RuleValidator
): RuleSet {
  const roots = compileRoots(parts.roots);
  const mistakes: ConfigError[] = [...(parts.mistakes ?? [])];
  const rules = entries.flatMap((entry) => {
    if (!entry.validated && !validate) throw new Error(`rule '${entry.id}' was not validated`);
    try {
      const rule = entry.validated ? (entry.raw as unknown as RawRule) : validate!(entry.raw, entry.at);
      return [compileRule(rule, entry, roots)];
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      mistakes.push(error);
      return [];
    }
  });
  const mistake = combineMistakes(mistakes);
  if (mistake) throw mistake;
  const phases: Record<number, string> = { ...DEFAULT_PHASE_TITLES };
  for (const [k, v] of Object.entries(parts.phases)) phases[Number(k)] = v;
  return {
    file: parts.file,
    name: parts.name,
    ...(parts.description ? { description: parts.description } : {}),
    stage: parts.stage,
    phases,
    ...(parts.stages && Object.keys(parts.stages).length ? { stages: parts.stages } : {}),
    ...(parts.calendar && Object.keys(parts.calendar).length ? { calendar: parts.calendar } : {}),
    rules,
    roots,
    profiles: parts.profiles
  };
}

export function compileRoots(definitions: Record<string, RootDefinition>): Record<string, RootKind> {
  const out: Record<string, RootKind> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    if (!definition.markers?.length)
      throw new ConfigError(`root '${name}' has no markers (the file names that make a folder such a root)`);
    for (const glob of definition.folders ?? []) {
      const problem = glob === '.' ? undefined : globProblem(glob);
      if (problem) throw new ConfigError(`root '${name}': folder glob '${glob}' ${problem}`);
    }
    out[name] = {
      name,
      markers: definition.markers,
      ...(definition.secondaryMarkers ? { secondaryMarkers: definition.secondaryMarkers } : {}),
      ...(definition.notWith ? { notWith: definition.notWith } : {}),
      ...(definition.onlyFolders ? { onlyFolders: definition.onlyFolders } : {}),
      folders: definition.folders ?? ['**'],
      ...(definition.description ? { description: definition.description } : {})
    };
  }
  return out;
}

/** A mistake in `key.sub.2` of a rule, as a ConfigError at that key. */
function optionError(error: OptionError, prefix: string, at: RuleEntry['at']): ConfigError {
  const keyPath = error.key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return new ConfigError(`${prefix}key '${error.key}': ${error.message}`, at(keyPath));
}

function compileRule(rule: RawRule, entry: RuleEntry, roots: Record<string, RootKind>): CompiledRule {
  const module = KINDS[rule.kind];
  const prefix = `rule '${rule.id}': `;
  const files = rule.files ?? (module as { defaultFiles?: readonly string[] }).defaultFiles;
  if (!files)
    throw new ConfigError(
      `${prefix}missing required key 'files' (kind ${rule.kind} has no default)`,
      entry.at([])
    );
  for (const key of ['files', 'exclude'] as const) {
    (rule[key] ?? []).forEach((g, i) => {
      const problem = globProblem(g);
      if (problem)
        throw new ConfigError(`${prefix}key '${key}.${i}': glob '${g}' ${problem}`, entry.at([key, i]));
    });
  }
  const root = (rule as { root?: string }).root;
  if (root !== undefined && !roots[root]) {
    const known = Object.keys(roots);
    throw new ConfigError(
      `${prefix}key 'root': no root named '${root}' (${known.length ? `defined: ${known.join(', ')}` : 'the rule set defines no `roots`'})`,
      entry.at(['root'])
    );
  }
  let compiled: unknown;
  let when: CompiledCondition | undefined;
  try {
    compiled = (module.compile as (o: unknown, r: unknown) => unknown)(rule, { id: rule.id, files });
    const condition = (rule as { when?: Condition }).when;
    if (condition !== undefined) when = compileCondition(condition);
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    throw optionError(error, prefix, entry.at);
  }
  const include = compileGlobs(files);
  const exclude = compileGlobs(rule.exclude ?? []);
  return {
    id: rule.id,
    phase: rule.phase,
    title: rule.title,
    kind: rule.kind,
    message: rule.message,
    ...(rule.remediation ? { remediation: rule.remediation } : {}),
    enforcement: resolveEnforcement(rule.enforce),
    files,
    exclude: rule.exclude ?? [],
    selects: (p) => include(p) && !exclude(p),
    module,
    compiled,
    line: entry.line,
    origin: entry.origin,
    ...(root !== undefined ? { root: roots[root]! } : {}),
    ...(when ? { when } : {}),
    ...(rule.fix === false ? { fix: false } : {}),
    skipRoots: entry.skipRoots.flatMap((name) => (roots[name] ? [roots[name]] : []))
  };
}
