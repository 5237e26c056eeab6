// The strategy's pydantic audit: packages that cannot work together. `when` names what triggers the
// check (fastapi>=0.100 needs pydantic v2); each `conflicts` entry is a pin that, when a declaration is
// entirely inside it, cannot coexist (pydantic<2, or libraries that only support pydantic v1).
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
    'Combinations that cannot install together: when a file installs a version range that can include `when`, any declaration entirely inside a `conflicts` range is a finding (an unpinned package is never a conflict).',
  defaultFiles: DEPENDENCY_FILES,
  readsInTree: true,
  options: (z) => ({
    when: packageSpec(z).describe('What triggers the check, e.g. `fastapi>=0.100`.'),
    conflicts: z
      .array(packageSpec(z))
      .min(1)
      .describe(
        'Pins that cannot coexist with it, e.g. `pydantic<2`, `langchain<0.1`, `mlflow<2.9`, `ray<2.8`.'
      )
  }),
  compile: (options) => ({
    when: compilePackageSpec(options.when, 'when'),
    conflicts: options.conflicts.map((c, i) => compilePackageSpec(c, `conflicts.${i}`))
  }),
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, compiled, _rule, selected): Promise<RawFinding[]> {
    const findings: RawFinding[] = [];
    for (const path of selected) {
      const declared = await declaredRequirements(tree, path);
      const trigger = declared.find(
        (d) => d.normalized === compiled.when.normalized && overlaps(d.specifier, compiled.when.specifier)
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
          message: `Pins ${describeRequirement(d)} (inside ${describeRequirement(conflict)}) next to ${describeRequirement(trigger)} (${trigger.path}:${trigger.region.line}), which needs ${describeRequirement(compiled.when)}.`
        });
      }
    }
    return uniqueByLocation(findings);
  }
});
