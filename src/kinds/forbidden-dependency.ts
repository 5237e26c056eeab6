import { declaredRequirements } from '../deps/collect.js';
import type { RawFinding } from '../model.js';
import { overlaps } from '../versions/specifiers.js';
import {
  compilePackageSpec,
  DEPENDENCY_FILES,
  describeRequirement,
  packageSpec,
  uniqueByLocation,
  isDependencyInput
} from './dependency-options.js';
import { defineKind } from './kind.js';

export const forbiddenDependency = defineKind({
  kind: 'forbidden-dependency',
  description:
    'Packages that must not be installed: requirements files (with -r includes), Dockerfile pip/conda installs (with the files they install), setup.py, setup.cfg, pyproject.toml, Pipfile, uv.lock, conda environments. With a version specifier, only declarations that can install such a version count.',
  defaultFiles: DEPENDENCY_FILES,
  readsInTree: true,
  options: (z) => ({
    packages: z
      .array(packageSpec(z))
      .min(1)
      .describe('The forbidden packages, e.g. `flask`, `gunicorn`, `pydantic<2`.')
  }),
  compile: (options) => options.packages.map((p, i) => compilePackageSpec(p, `packages.${i}`)),
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, forbidden, _rule, selected): Promise<RawFinding[]> {
    const findings: Array<RawFinding & { region: NonNullable<RawFinding['region']> }> = [];
    for (const path of selected) {
      for (const declared of await declaredRequirements(tree, path)) {
        const hit = forbidden.find(
          (f) => f.normalized === declared.normalized && overlaps(declared.specifier, f.specifier)
        );
        // A lock's package the project does not declare is another dependency's: said, not the project's to remove.
        if (hit && declared.lockedFor !== undefined)
          tree.note({
            path: declared.path,
            line: declared.region.line,
            message: `${describeRequirement(declared)} is locked for ${declared.lockedFor}, not declared by the project; it goes when ${declared.lockedFor} no longer needs it`
          });
        else if (hit)
          findings.push({
            path: declared.path,
            region: declared.region,
            message: `Installs ${describeRequirement(declared)}.`
          });
      }
    }
    return uniqueByLocation(findings);
  }
});
