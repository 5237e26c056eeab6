// Fixes as a patch: each edited file's change in the unified format `git apply` reads.
import { createTwoFilesPatch } from 'diff';
import type { FileFix } from './fix.js';

/** One file's change as `git apply` reads it. */
export function unifiedDiff(file: Pick<FileFix, 'path' | 'before' | 'after'>): string {
  const patch = createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.before, file.after, '', '', {
    context: 3
  });
  // jsdiff starts with a separator line of its own; git's header names both sides.
  return `diff --git a/${file.path} b/${file.path}\n${patch.replace(/^=+\n/, '').replace(/^(---|\+\+\+) (\S+)\t\n/gm, '$1 $2\n')}`;
}

/** Files' changes as one patch, paths under `prefix` when the tree is a folder of the repository. */
export const patchOf = (
  files: ReadonlyArray<Pick<FileFix, 'path' | 'before' | 'after'>>,
  prefix = ''
): string => files.map((f) => unifiedDiff(prefix ? { ...f, path: `${prefix}/${f.path}` } : f)).join('');
