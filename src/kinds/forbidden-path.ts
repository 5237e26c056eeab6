import type { RawFinding } from '../model.js';
import { defineKind } from './kind.js';

/** Drops paths inside a directory that is itself in the list: a forbidden directory is one finding. */
export function topmost(paths: readonly string[]): string[] {
  const sorted = [...paths].sort();
  const out: string[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && p.startsWith(`${last}/`)) continue;
    out.push(p);
  }
  return out;
}

export const forbiddenPath = defineKind({
  kind: 'forbidden-path',
  description:
    'Files or directories that must not exist; `files` names them (globs). A matching directory is one finding, not one per file inside it.',
  matchesDirectories: true,
  // Selecting nothing is the item done: the path is gone.
  whenNothingSelected: 'checked',
  options: () => ({}),
  compile: () => undefined,
  checkTree(tree, _compiled, _rule, selected): RawFinding[] {
    const directories = new Set(tree.directories);
    return topmost(selected).map((path) => ({
      path,
      message: directories.has(path) ? 'Directory still exists.' : 'File still exists.'
    }));
  }
});
