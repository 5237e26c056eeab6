import { Minimatch } from 'minimatch';
import { posix } from 'node:path';

// Paths in the engine are always relative with forward slashes; globs are minimatch globs over them.
// Dotfiles match like any other file: `.github/**` and `**/.python-version` must work.
const OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

/** Why a glob cannot be used, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'is empty';
  if (glob.includes('\\')) return 'uses a backslash; write paths with forward slashes';
  if (glob.startsWith('/')) return 'is absolute; globs are relative to the scanned directory';
  if (glob.split('/').includes('..')) return "leaves the scanned directory with '..'";
  if (glob.startsWith('!')) return "is negated; use the rule's `exclude` list instead";
  if (/[\0\n\r]/.test(glob)) return 'contains a control character';
  return undefined;
}

export type PathMatcher = (path: string) => boolean;

/** One matcher for a list of globs (true when any matches). */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  const matchers = globs.map((g) => new Minimatch(g.replace(/\/+$/, ''), OPTIONS));
  return (path) => matchers.some((m) => m.match(path));
}

/** A glob with no wildcard is a plain path (used to say "file missing" rather than "nothing matched"). */
export function isLiteralPath(glob: string): boolean {
  return !new Minimatch(glob, OPTIONS).hasMagic();
}

/** The deepest directory containing all the paths ('.' when they share none), for findings about a group of files. */
export function commonDirectory(paths: readonly string[]): string {
  let common = posix.dirname(paths[0] ?? '.');
  for (const p of paths) while (common !== '.' && !p.startsWith(`${common}/`)) common = posix.dirname(common);
  return common;
}
