// Options shared by the dependency kinds: package specs written as PEP 508 requirements, and the
// files that declare dependencies.
import type { DeclaredRequirement } from '../deps/collect.js';
import { parseRequirement, type Requirement } from '../parsers/pep508.js';
import { isValidSpecifier } from '../versions/specifiers.js';
import { OptionError, type Zod } from './kind.js';
import { fileTypeOf } from '../deps/file-types.js';

/** Files that install packages and may declare a Python: images and packaging metadata. */
export const PACKAGING_FILES = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/setup.py',
  '**/setup.cfg',
  '**/pyproject.toml',
  '**/Pipfile',
  '**/uv.lock',
  '**/environment*.yml',
  '**/environment*.yaml'
] as const;

export const DEPENDENCY_FILES = [
  '**/requirements*.txt',
  '**/requirements*.in',
  '**/*-requirements.txt',
  ...PACKAGING_FILES
] as const;

/**
 * The files a dependency check may read besides its selected ones: any dependency file, and any text a
 * `-r` line or a Dockerfile's `pip install -r` can name (`deps.txt`, `base.in`). A change to one of
 * them re-runs the rule under --changed-only.
 */
export function isDependencyInput(path: string): boolean {
  return fileTypeOf(path) !== undefined || /\.(txt|in|cfg|toml|lock|ya?ml)$/i.test(path);
}

export const packageSpec = (z: Zod) =>
  z
    .string()
    .describe(
      'A PEP 508 requirement: a name (compared per PEP 503), optional [extras] and an optional PEP 440 specifier, e.g. `uvicorn[standard]`, `fastapi>=0.100`, `pydantic<2`.'
    );

/** Parses a rule's package spec, or throws an OptionError naming the key. */
export function compilePackageSpec(spec: string, key: string): Requirement {
  const requirement = parseRequirement(spec);
  if (!requirement || requirement.url)
    throw new OptionError(key, `'${spec}' is not a requirement like \`name[extra]>=1.0\``);
  if (!isValidSpecifier(requirement.specifier))
    throw new OptionError(key, `'${spec}' has an invalid PEP 440 version specifier`);
  return requirement;
}

/** How a declared requirement reads in messages, e.g. `flask==2.2.5` or `uvicorn[standard]`. */
export function describeRequirement(r: Pick<DeclaredRequirement, 'name' | 'extras' | 'specifier'>): string {
  return `\`${r.name}${r.extras.length ? `[${r.extras.join(',')}]` : ''}${r.specifier}\``;
}

/** The same finding reached twice (a Dockerfile and the requirements file it installs may both be selected) is reported once. */
export function uniqueByLocation<
  T extends { path: string; region?: { line: number; column: number }; message: string }
>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.path}:${i.region?.line}:${i.region?.column}:${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
