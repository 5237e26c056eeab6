// The audit's patches: for each repository, the fixes `migration-gate fix` would make there, as one
// patch for `git apply` on a clean checkout of it — the migration pull request its owners would open —
// written into one folder as `owner+repo[@ref].patch`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { FixesHook } from './audit.js';
import { patchOf } from '../fix/patch.js';
import { plural } from '../words.js';

/**
 * The file name of a repository's patch: `/` becomes `+`, anything else a file name should not hold
 * becomes `_` (the name comes from a repository list or a directory, never a path to follow).
 */
export function patchFileName(repository: string): string {
  const name = repository
    .replace(/[/\\]/g, '+')
    .replace(/[^A-Za-z0-9._@+-]/g, '_')
    .replace(/^[.+]+/, '');
  return `${name || 'repository'}.patch`;
}

/**
 * Writes each repository's patch into `folder` (made first, so that a folder that cannot be made is a
 * usage error) and says what it wrote, for the repository's log.
 */
export async function patchWriter(folder: string): Promise<FixesHook> {
  await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot make the patch folder ${folder}: ${error.code ?? error.message}`);
  });
  const used = new Set<string>();
  return async (repository, plan) => {
    const notFixed = plan.notFixed.length ? `; ${plural(plan.notFixed.length, 'finding')} not fixed` : '';
    if (plan.files.length === 0) return `nothing to fix, no patch${notFixed}`;
    // Two directories of the same name (audit --local a/env b/env) get two patches.
    let name = patchFileName(repository);
    for (let n = 2; used.has(name); n++) name = patchFileName(`${repository}-${n}`);
    used.add(name);
    const path = join(folder, name);
    await writeFile(path, patchOf(plan.files));
    return `patch ${path}: ${plural(plan.fixed.length, 'fix', 'fixes')} in ${plural(plan.files.length, 'file')}${notFixed}`;
  };
}
