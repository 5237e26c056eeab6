// Git, read-only: what changed since a base commit, and a file's content at a commit. Arguments are
// passed to git directly (no shell), and refs are checked so that nothing is taken as an option.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UsageError } from '../errors.js';
import { parseGitDiff, type FileChange } from '../gate/changes.js';
import { displayName } from './names.js';

const run = promisify(execFile);
const MAX_BUFFER = 512 * 1024 * 1024;

const options = (cwd: string) => ({
  cwd,
  maxBuffer: MAX_BUFFER,
  env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
});

/**
 * Git's output as text. Paths in it are quoted C-style with every byte past ASCII in octal
 * (core.quotePath, git's default, set in case the user's configuration turns it off): the output is
 * ASCII, and changes.ts rebuilds each name's bytes exactly.
 */
async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'core.quotePath=true', ...args], options(cwd));
  return stdout;
}

/** NUL-separated names (`-z`), which git prints unquoted: read as bytes, shown as the scan shows them. */
async function gitNames(cwd: string, args: string[]): Promise<string[]> {
  const { stdout } = await run('git', args, { ...options(cwd), encoding: 'buffer' });
  const names: string[] = [];
  for (let start = 0; start < stdout.length;) {
    const end = stdout.indexOf(0, start);
    const stop = end === -1 ? stdout.length : end;
    if (stop > start) names.push(displayName(stdout.subarray(start, stop)));
    start = stop + 1;
  }
  return names;
}

const safeRef = (ref: string): boolean => /^[\w./@^~{}-]+$/.test(ref) && !ref.startsWith('-');

/** Whether `ref` names a commit in the repository at `cwd` (a shallow checkout may not have the base). */
export async function hasCommit(cwd: string, ref: string): Promise<boolean> {
  if (!safeRef(ref)) return false;
  try {
    await git(cwd, ['cat-file', '-e', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The repository root containing `cwd`, or undefined outside a git work tree. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
}

/**
 * Changes from the merge base of `base` and `head` to `head` (the PR's view), or to the working tree
 * when `head` is omitted (the CLI's view, untracked files included as added).
 */
export async function gitChanges(cwd: string, base: string, head?: string): Promise<Map<string, FileChange>> {
  // Untracked files are listed while the merge base and the diff are worked out (a tree walk each).
  const untracked = head
    ? Promise.resolve([])
    : gitNames(cwd, ['ls-files', '--others', '--exclude-standard', '-z']);
  untracked.catch(() => {}); // awaited below, unless the refs are refused first
  let mergeBase: string;
  try {
    mergeBase = (await git(cwd, ['merge-base', base, head ?? 'HEAD'])).trim();
  } catch (error) {
    for (const ref of [base, head].filter((r): r is string => r !== undefined)) {
      if (!(await hasCommit(cwd, ref))) throw new UsageError(`git: '${ref}' is not a commit in ${cwd}`);
    }
    throw error;
  }
  const diff = await git(cwd, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--unified=0',
    '--find-renames',
    mergeBase,
    ...(head ? [head] : []),
    '--'
  ]);
  const changes = parseGitDiff(diff);
  for (const path of await untracked) changes.set(path, { status: 'added', lines: 'all' });
  return changes;
}

/** A file's content at a commit, or undefined when it does not exist there. */
export async function showFile(cwd: string, ref: string, path: string): Promise<string | undefined> {
  if (!safeRef(ref)) return undefined;
  try {
    return await git(cwd, ['show', `${ref}:${path}`]);
  } catch {
    return undefined;
  }
}
