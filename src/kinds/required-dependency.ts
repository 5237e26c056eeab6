import { declaredRequirements, type DeclaredRequirement } from '../deps/collect.js';
import type { RawFinding } from '../model.js';
import type { Requirement } from '../parsers/pep508.js';
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
import { commonDirectory } from '../rules/globs.js';
import { plural } from '../words.js';

/** What is wrong with how `declared` satisfies `required`, or undefined when it does. */
function shortfall(
  declared: DeclaredRequirement[],
  required: Requirement
): RawFinding | 'missing' | undefined {
  const same = declared.filter((d) => d.normalized === required.normalized);
  if (same.length === 0) return 'missing';
  const missingExtras = (d: DeclaredRequirement) => required.extras.filter((e) => !d.extras.includes(e));
  // Satisfied when one declaration has the extras and a version range that can meet the requirement.
  if (same.some((d) => missingExtras(d).length === 0 && overlaps(d.specifier, required.specifier)))
    return undefined;
  const d = same[0]!;
  const extras = missingExtras(d);
  const message = extras.length
    ? `Installs ${describeRequirement(d)} without the ${extras.map((e) => `\`${e}\``).join(', ')} extra${extras.length > 1 ? 's' : ''}.`
    : `Pins ${describeRequirement(d)}, which cannot satisfy ${describeRequirement(required)}.`;
  return { path: d.path, region: d.region, message };
}

/** The required packages that are missing (as words), and the findings about those declared wrong. */
function shortfalls(
  declared: DeclaredRequirement[],
  packages: readonly Requirement[]
): { missing: string[]; problems: RawFinding[] } {
  const missing: string[] = [];
  const problems: RawFinding[] = [];
  for (const required of packages) {
    const result = shortfall(declared, required);
    if (result === 'missing') missing.push(describeRequirement(required));
    else if (result) problems.push(result);
  }
  return { missing, problems };
}

export const requiredDependency = defineKind({
  kind: 'required-dependency',
  description:
    'Packages that must be installed, with their extras; a declared version range must be able to meet the required one (an unpinned package installs the latest and passes). `scope: any` asks for one selected file to install them instead of each; `together`, for the selected files together (per root, in a rule with `root`).',
  defaultFiles: DEPENDENCY_FILES,
  readsInTree: true,
  whenNothingSelected: 'checked',
  options: (z) => ({
    packages: z
      .array(packageSpec(z))
      .min(1)
      .describe('The required packages, e.g. `fastapi>=0.100`, `uvicorn[standard]`, `httpx`.'),
    scope: z
      .enum(['each', 'any', 'together'])
      .optional()
      .describe(
        '`each` (default): every selected file installs them; `any`: at least one file installs them all; `together`: each package is installed by one of the files.'
      )
  }),
  compile: (options) => ({
    packages: options.packages.map((p, i) => compilePackageSpec(p, `packages.${i}`)),
    scope: options.scope ?? 'each'
  }),
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, compiled, rule, selected): Promise<RawFinding[]> {
    const missingGlobs = rule
      .unmatched(selected)
      .map(({ glob, path }) => ({ path, message: `No file matches \`${glob}\`.` }));
    if (compiled.scope === 'together') {
      if (selected.length === 0) return missingGlobs;
      const declared = (await Promise.all(selected.map((path) => declaredRequirements(tree, path)))).flat();
      const { missing, problems } = shortfalls(declared, compiled.packages);
      const where = rule.root ?? commonDirectory(selected);
      if (missing.length)
        problems.unshift({
          path: where === '' ? '.' : where,
          message: `Installs none of ${missing.join(', ')} (looked in ${plural(selected.length, 'file')}).`
        });
      return uniqueByLocation(problems);
    }
    const perFile = new Map<string, RawFinding[]>();
    for (const path of selected) {
      const { missing, problems } = shortfalls(await declaredRequirements(tree, path), compiled.packages);
      // Missing packages are one finding per file, not one per package.
      if (missing.length) problems.unshift({ path, message: `Does not install ${missing.join(', ')}.` });
      perFile.set(path, problems);
    }
    if (compiled.scope === 'any') {
      if (selected.length === 0) return missingGlobs;
      if ([...perFile.values()].some((problems) => problems.length === 0)) return [];
      const names = compiled.packages.map(describeRequirement).join(', ');
      return [
        {
          path: commonDirectory(selected),
          message: `None of the ${selected.length} selected files installs ${names}.`
        }
      ];
    }
    return [...missingGlobs, ...uniqueByLocation([...perFile.values()].flat())];
  }
});
