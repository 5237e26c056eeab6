// The strategy's pydantic audit: packages that cannot work together. `trigger` names what starts the
// check (a FastAPI that may be 0.126+, which needs pydantic v2); each `conflicts` entry is a pin that,
// when a declaration is entirely inside it, cannot coexist (pydantic<2, or libraries that only support
// pydantic v1). A file's declarations are compared with each other; in a rule with `root`, all the
// declarations of the root are (a Dockerfile's FastAPI and a requirements file's pydantic pin meet).
import { declaredRequirements } from '../deps/collect.js';
import type { RawFinding } from '../model.js';
import { overlaps, within } from '../versions/specifiers.js';
import {
  compilePackageSpec,
  DEPENDENCY_FILES,
  describeRequirement,
  packageSpec,
  uniqueByLocation,
  isDependencyInput
} from './dependency-options.js';
import { defineKind } from './kind.js';

export const dependencyConflict = defineKind({
  kind: 'dependency-conflict',
  description:
    'Combinations that cannot install together: when a file (in a rule with `root`: the root) installs a version range that can include one of `trigger`, any declaration entirely inside a `conflicts` range is a finding (an unpinned package is never a conflict).',
  defaultFiles: DEPENDENCY_FILES,
  readsInTree: true,
  options: (z) => ({
    trigger: z
      .union([packageSpec(z), z.array(packageSpec(z)).min(1)])
      .describe(
        'What starts the check: one or several PEP 508 specs, e.g. `fastapi>=0.100`. (`when` as a string is read as `trigger`, as rule files written before 0.2 did.)'
      ),
    conflicts: z
      .array(packageSpec(z))
      .min(1)
      .describe(
        'Pins that cannot coexist with it, e.g. `pydantic<2`, `langchain<0.1`, `mlflow<2.9`, `ray<2.8`.'
      )
  }),
  compile: (options) => ({
    triggers: (Array.isArray(options.trigger) ? options.trigger : [options.trigger]).map((t, i) =>
      compilePackageSpec(t, Array.isArray(options.trigger) ? `trigger.${i}` : 'trigger')
    ),
    conflicts: options.conflicts.map((c, i) => compilePackageSpec(c, `conflicts.${i}`))
  }),
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, compiled, rule, selected): Promise<RawFinding[]> {
    const findings: RawFinding[] = [];
    const groups = rule.root !== undefined ? [selected] : selected.map((path) => [path]);
    for (const group of groups) {
      const declared = (await Promise.all(group.map((path) => declaredRequirements(tree, path)))).flat();
      const trigger = declared.find((d) =>
        compiled.triggers.some((t) => t.normalized === d.normalized && overlaps(d.specifier, t.specifier))
      );
      if (!trigger) continue;
      for (const d of declared) {
        const conflict = compiled.conflicts.find(
          (c) => c.normalized === d.normalized && d.specifier !== '' && within(d.specifier, c.specifier)
        );
        if (!conflict) continue;
        findings.push({
          path: d.path,
          region: d.region,
          message: `Pins ${describeRequirement(d)} (inside ${describeRequirement(conflict)}) next to ${describeRequirement(trigger)} (${trigger.path}:${trigger.region.line}).`
        });
      }
    }
    return uniqueByLocation(findings);
  }
});
