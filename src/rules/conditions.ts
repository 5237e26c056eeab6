// `when`: the condition under which a rule applies at all. A rule whose condition does not hold is
// "not applicable" — listed as such, never a ✓ and never a failure — so a rule about DRUM's package
// says nothing on a repository that has no such package. Compiled here (no zod: the bundled rules
// load without it); evaluated by the engine (engine/applicability.ts) against the tree or a root.
import { compilePackageSpec } from '../kinds/dependency-options.js';
import { OptionError } from '../kinds/kind.js';
import type { Requirement } from '../parsers/pep508.js';
import { compileGlobs, globProblem, type PathMatcher } from './globs.js';
import { backtrackingRisk } from './regex-safety.js';

/** A condition as written in a rule file. Every key given must hold. */
export interface Condition {
  /** A path (file, folder or link) matching one of these globs exists. */
  exists?: string | string[];
  /** A dependency file declares one of these packages (PEP 508; a version range must overlap). */
  installs?: string | string[];
  /** A file matching `files` has a match of `pattern` (multiline regex); `label` says what a match means. */
  contains?: { files: string[]; pattern: string; ignoreCase?: boolean; label?: string };
  /** At least one of these conditions holds. */
  any?: Condition[];
  /** This condition does not hold. */
  not?: Condition;
}

export type CompiledCondition =
  | { type: 'exists'; globs: readonly string[]; match: PathMatcher }
  | { type: 'installs'; packages: readonly Requirement[] }
  | {
      type: 'contains';
      files: readonly string[];
      match: PathMatcher;
      regex: RegExp;
      label: string;
    }
  | { type: 'all' | 'any'; of: readonly CompiledCondition[] }
  | { type: 'not'; of: CompiledCondition };

export const CONDITION_KEYS = ['exists', 'installs', 'contains', 'any', 'not'] as const;

const asList = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

/** Compiles a condition; mistakes are OptionErrors whose key is the path below `key` (e.g. `when.contains.pattern`). */
export function compileCondition(condition: Condition, key = 'when'): CompiledCondition {
  const parts: CompiledCondition[] = [];
  if (condition.exists !== undefined) {
    const globs = asList(condition.exists);
    globs.forEach((g, i) => {
      const problem = globProblem(g);
      if (problem)
        throw new OptionError(
          Array.isArray(condition.exists) ? `${key}.exists.${i}` : `${key}.exists`,
          `glob '${g}' ${problem}`
        );
    });
    parts.push({ type: 'exists', globs, match: compileGlobs(globs) });
  }
  if (condition.installs !== undefined) {
    const specs = asList(condition.installs);
    parts.push({
      type: 'installs',
      packages: specs.map((s, i) =>
        compilePackageSpec(s, Array.isArray(condition.installs) ? `${key}.installs.${i}` : `${key}.installs`)
      )
    });
  }
  if (condition.contains !== undefined) {
    const { files, pattern, ignoreCase, label } = condition.contains;
    files.forEach((g, i) => {
      const problem = globProblem(g);
      if (problem) throw new OptionError(`${key}.contains.files.${i}`, `glob '${g}' ${problem}`);
    });
    const flags = `m${ignoreCase ? 'i' : ''}`;
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, flags);
    } catch (error) {
      throw new OptionError(
        `${key}.contains.pattern`,
        `is not a valid regular expression: ${(error as Error).message}`
      );
    }
    const risk = backtrackingRisk(pattern, flags);
    if (risk)
      throw new OptionError(
        `${key}.contains.pattern`,
        `can take exponential time on some inputs: \`${risk.fragment}\` ${risk.why}`
      );
    parts.push({
      type: 'contains',
      files,
      match: compileGlobs(files),
      regex,
      label: label ?? `/${pattern}/`
    });
  }
  if (condition.any !== undefined)
    parts.push({ type: 'any', of: condition.any.map((c, i) => compileCondition(c, `${key}.any.${i}`)) });
  if (condition.not !== undefined)
    parts.push({ type: 'not', of: compileCondition(condition.not, `${key}.not`) });
  if (parts.length === 0) throw new OptionError(key, `give at least one of ${CONDITION_KEYS.join(', ')}`);
  return parts.length === 1 ? parts[0]! : { type: 'all', of: parts };
}
