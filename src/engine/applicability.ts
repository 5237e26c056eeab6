// Whether a rule's `when` holds in the tree or in one root, and why (the evidence, or what is
// missing), so that the report can say why a rule is not applicable and what made it apply.
import { declaredRequirements } from '../deps/collect.js';
import { fileTypeOf } from '../deps/file-types.js';
import type { TreeView } from '../kinds/kind.js';
import { describeRequirement } from '../kinds/dependency-options.js';
import type { CompiledCondition } from '../rules/conditions.js';
import { overlaps } from '../versions/specifiers.js';
import { Roots } from './roots.js';

/** Where a condition is evaluated: the whole tree, or one root and the paths that belong to it. */
export interface Scope {
  /** The root folder ('' is the top), or undefined for the whole tree. */
  root?: string;
  /** The files that belong to the scope (tree paths). */
  files: readonly string[];
  /** Files, folders and links that belong to the scope. */
  paths: readonly string[];
}

export interface Outcome {
  holds: boolean;
  /** The evidence when it holds, what is missing when it does not. */
  because: string;
  /** Evidence not worth repeating next to other evidence (a path that exists). */
  plain?: boolean;
}

const DEPENDENCY_TYPES = new Set([
  'requirements',
  'dockerfile',
  'pyproject',
  'setup.py',
  'setup.cfg',
  'pipfile',
  'uv.lock',
  'conda'
]);

export async function evaluate(condition: CompiledCondition, tree: TreeView, scope: Scope): Promise<Outcome> {
  const relative = (path: string) => (scope.root === undefined ? path : Roots.relative(scope.root, path));
  switch (condition.type) {
    case 'exists': {
      const found = scope.paths.find((p) => condition.match(relative(p)));
      const globs = condition.globs.map((g) => `\`${g}\``).join(' or ');
      return found !== undefined
        ? { holds: true, because: `${found} exists`, plain: true }
        : { holds: false, because: `nothing matches ${globs}` };
    }
    case 'installs': {
      const names = condition.packages.map((p) => describeRequirement(p)).join(' or ');
      for (const path of scope.files) {
        if (!DEPENDENCY_TYPES.has(fileTypeOf(path) ?? '')) continue;
        for (const d of await declaredRequirements(tree, path)) {
          if (
            condition.packages.some(
              (p) => p.normalized === d.normalized && overlaps(d.specifier, p.specifier)
            )
          )
            return { holds: true, because: `${d.path}:${d.region.line} installs ${describeRequirement(d)}` };
        }
      }
      return { holds: false, because: `nothing installs ${names}` };
    }
    case 'contains': {
      for (const path of scope.files) {
        if (!condition.match(relative(path))) continue;
        const file = await tree.read(path);
        if (!file) continue;
        condition.regex.lastIndex = 0;
        const m = condition.regex.exec(file.text);
        if (m)
          return { holds: true, because: `${condition.label}: ${path}:${file.lines.position(m.index).line}` };
      }
      return { holds: false, because: `no file shows that ${condition.label}` };
    }
    case 'not': {
      const inner = await evaluate(condition.of, tree, scope);
      return { holds: !inner.holds, because: inner.because, plain: true };
    }
    case 'any': {
      const misses: string[] = [];
      for (const c of condition.of) {
        const outcome = await evaluate(c, tree, scope);
        if (outcome.holds) return outcome;
        misses.push(outcome.because);
      }
      return { holds: false, because: misses.join('; ') };
    }
    case 'all': {
      const outcomes: Outcome[] = [];
      for (const c of condition.of) {
        const outcome = await evaluate(c, tree, scope);
        if (!outcome.holds) return outcome;
        outcomes.push(outcome);
      }
      const telling = outcomes.filter((o) => !o.plain);
      return { holds: true, because: (telling.length ? telling : outcomes).map((o) => o.because).join('; ') };
    }
  }
}
