// The last step of loading: rules that passed validation become compiled rules (globs matched, the
// kind's options compiled). No zod here: the bundled rule set, validated when dist/ was built, comes
// straight to this step (load.ts), and only other rule files pay for validation (parse.ts).
import { ConfigError } from '../errors.js';
import { KINDS } from '../kinds/index.js';
import { OptionError } from '../kinds/kind.js';
import { resolveEnforcement } from '../gate/policy.js';
import type { Stage } from '../model.js';
import { compileGlobs, globProblem } from './globs.js';
import type { At } from './rule-text.js';
import type { RawRule } from './schema.js';
import type { YamlPath } from './yaml-position.js';
import { DEFAULT_PHASE_TITLES, type CompiledRule, type RuleSet } from './rule-set.js';

/** A rule file's keys other than `rules`, as validation leaves them. */
export interface RuleSetHeader {
  name: string;
  description?: string | undefined;
  stage?: Stage | undefined;
  phases?: Partial<Record<string, string>> | undefined;
}

/** Turns one raw rule (at `path` in the file) into a valid one, or throws a ConfigError. */
export type RuleValidator = (raw: unknown, path: YamlPath) => RawRule;

/**
 * Compiles `rules` in file order: each is validated (when a validator is given), checked for a
 * duplicate id, then compiled, so the first mistake in the file is the one reported.
 */
export function compileRuleSet(
  file: string,
  header: RuleSetHeader,
  rules: readonly unknown[],
  at: At,
  ruleLines: readonly number[],
  validate: RuleValidator = (raw) => raw as RawRule
): RuleSet {
  const seen = new Map<string, number>();
  const compiled = rules.map((raw, index) => {
    const path = ['rules', index];
    const rule = validate(raw, path);
    const first = seen.get(rule.id);
    if (first !== undefined) {
      throw new ConfigError(
        `duplicate rule id '${rule.id}' (first defined at line ${at(['rules', first]).line})`,
        at([...path, 'id'])
      );
    }
    seen.set(rule.id, index);
    return compileRule(rule, path, at, ruleLines[index]!);
  });
  const phases: Record<number, string> = { ...DEFAULT_PHASE_TITLES };
  for (const [k, v] of Object.entries(header.phases ?? {})) if (v !== undefined) phases[Number(k)] = v;
  return {
    file,
    name: header.name,
    ...(header.description ? { description: header.description } : {}),
    stage: header.stage ?? 'beta',
    phases,
    rules: compiled
  };
}

function compileRule(rule: RawRule, path: YamlPath, at: At, line: number): CompiledRule {
  const module = KINDS[rule.kind];
  const prefix = `rule '${rule.id}': `;
  const files = rule.files ?? (module as { defaultFiles?: readonly string[] }).defaultFiles;
  if (!files)
    throw new ConfigError(
      `${prefix}missing required key 'files' (kind ${rule.kind} has no default)`,
      at(path)
    );
  for (const key of ['files', 'exclude'] as const) {
    (rule[key] ?? []).forEach((g, i) => {
      const problem = globProblem(g);
      if (problem)
        throw new ConfigError(`${prefix}key '${key}.${i}': glob '${g}' ${problem}`, at([...path, key, i]));
    });
  }
  let compiled: unknown;
  try {
    compiled = (module.compile as (o: unknown, r: unknown) => unknown)(rule, { id: rule.id, files });
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    const keyPath = error.key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    throw new ConfigError(`${prefix}key '${error.key}': ${error.message}`, at([...path, ...keyPath]));
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
    line
  };
}
