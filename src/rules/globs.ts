import { braceExpand, Minimatch } from 'minimatch';
import { posix } from 'node:path';

// Paths in the engine are always relative with forward slashes; globs are minimatch globs over them.
// Dotfiles match like any other file: `.github/**` and `**/.python-version` must work.
const OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

/** minimatch expands at most this many brace alternatives and silently drops the rest. */
export const MAX_BRACE_EXPANSION = 100_000;

/** Why a glob cannot be used, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'is empty';
  if (
    glob.includes('{') &&
    braceExpand(glob, { ...OPTIONS, braceExpandMax: MAX_BRACE_EXPANSION + 1 }).length > MAX_BRACE_EXPANSION
  )
    return `expands to more than ${MAX_BRACE_EXPANSION.toLocaleString('en-US')} alternatives, past which minimatch would drop paths silently; split it into several globs`;
  if (glob.includes('\\')) return 'uses a backslash; write paths with forward slashes';
  if (glob.startsWith('/')) return 'is absolute; globs are relative to the scanned directory';
  if (glob.split('/').includes('..')) return "leaves the scanned directory with '..'";
  if (glob.startsWith('!')) return "is negated; use the rule's `exclude` list instead";
  if (/[\0\n\r]/.test(glob)) return 'contains a control character';
  return undefined;
}

export type PathMatcher = (path: string) => boolean;

/** Characters that may make a glob more than a plain path (minimatch's wildcards, classes, braces, extglobs). */
const GLOB_SYNTAX = /[*?[\]{}()!+@]/;

const compiled = new Map<string, PathMatcher>();

/**
 * One glob as a test on paths, made once per glob text: rules share globs (every Python file), and
 * the engine asks about each path for every rule, so the last answer is kept for the next rule.
 */
function globMatcher(g: string): PathMatcher {
  let matcher = compiled.get(g);
  if (!matcher) {
    const glob = normalized(g);
    // A brace glob is any of its expansions (which is how minimatch matches it too): each expansion
    // then gets the cheap tests below instead of the whole glob going to minimatch for every path.
    const alternatives = glob.includes('{') ? braceExpand(glob, OPTIONS).map(normalized) : [glob];
    const tests =
      alternatives.length <= MAX_ALTERNATIVES ? alternatives.map(pathTest) : [minimatchTest(glob)];
    const test: PathMatcher = tests.length === 1 ? tests[0]! : (path) => tests.some((t) => t(path));
    let lastPath: string | undefined;
    let lastAnswer = false;
    matcher = (path: string) => {
      if (path !== lastPath) {
        lastPath = path;
        lastAnswer = test(path);
      }
      return lastAnswer;
    };
    compiled.set(g, matcher);
  }
  return matcher;
}

/** Brace expansions tested one by one, up to this many (rule globs have a few dozen at most). */
const MAX_ALTERNATIVES = 64;

/** minimatch folds repeated slashes (`a//b` is `a/b`) and ignores a trailing one; so do the tests. */
const normalized = (glob: string): string => glob.replace(/\/+$/, '').replace(/\/{2,}/g, '/');

/**
 * A test for one glob. Most rule globs start with literal folders (`custom_model_runner/…`): a path
 * outside them is rejected without running the matcher, which matters over tens of thousands of
 * paths. A glob with no glob syntax is a plain path; the commonest shapes are string tests; minimatch
 * is only built for the rest, on first use.
 */
function pathTest(glob: string): PathMatcher {
  if (!GLOB_SYNTAX.test(glob)) return (path) => path === glob;
  const simple = simpleGlob(glob);
  if (simple) return simple;
  const prefix = literalPrefix(glob);
  const under = `${prefix}/`;
  const suffix = literalSuffix(glob);
  const match = minimatchTest(glob);
  return (path) =>
    (prefix === '' || path === prefix || path.startsWith(under)) && path.endsWith(suffix) && match(path);
}

function minimatchTest(glob: string): PathMatcher {
  let minimatch: Minimatch | undefined;
  return (path) => (minimatch ??= new Minimatch(glob, OPTIONS)).match(path);
}

/** One matcher for a list of globs (true when any matches). */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  const matchers = globs.map(globMatcher);
  return (path) => matchers.some((m) => m(path));
}

const SIMPLE = /^((?:[^*?[\]{}()!+@/]+\/)*)\*\*\/(\*?)([^*?[\]{}()!+@/]+)$/;

/**
 * The commonest rule globs answered with string tests, exactly as minimatch (with `dot`) answers them:
 * `folders/**` + `/*.ext` is "under the folders, ending in .ext"; `folders/**` + `/name` is "under the
 * folders, named name". Undefined for any other glob.
 */
function simpleGlob(glob: string): PathMatcher | undefined {
  const m = SIMPLE.exec(glob);
  if (!m) return undefined;
  const [, folders = '', star, tail = ''] = m;
  const under = (path: string) => folders === '' || path.startsWith(folders);
  return star
    ? (path) => under(path) && path.endsWith(tail) && path.length > folders.length
    : (path) => under(path) && (path === folders + tail || path.endsWith(`/${tail}`));
}

/** The leading folders of a glob that contain no glob syntax ('' when the first one does). */
export function literalPrefix(glob: string): string {
  const segments = glob.split('/');
  const literal: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (GLOB_SYNTAX.test(segment)) break;
    literal.push(segment);
  }
  return literal.join('/');
}

/**
 * The end every matching path must have: what follows the last wildcard of the glob's last segment
 * (`.py` for `**` + `/*.py`, `.txt` for `requirements*.txt`), or '' when that segment has braces or
 * extglobs, whose alternatives end differently.
 */
export function literalSuffix(glob: string): string {
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  if (/[{}()!+@]/.test(last)) return '';
  const wildcard = Math.max(last.lastIndexOf('*'), last.lastIndexOf('?'), last.lastIndexOf(']'));
  return last.slice(wildcard + 1);
}

/**
 * The first folder (or top-level name) of every path the globs can match, or undefined when a path
 * can start anywhere (`**` + `/Dockerfile`, `*.py`, a wildcard or brace in the first segment that does not expand).
 * The engine uses it to ask about a path only the rules that can select it.
 */
export function firstSegments(globs: readonly string[]): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const glob of globs) {
    const alternatives = glob.includes('{') ? braceExpand(glob, OPTIONS) : [glob];
    if (alternatives.length > MAX_ALTERNATIVES) return undefined;
    for (const alternative of alternatives) {
      const first = normalized(alternative).split('/')[0]!;
      // '.' and '' are left to minimatch, which may read `./x` as `x`.
      if (first === '' || first === '.' || GLOB_SYNTAX.test(first)) return undefined;
      out.add(first);
    }
  }
  return out;
}

/** A glob with no wildcard is a plain path (used to say "file missing" rather than "nothing matched"). */
export function isLiteralPath(glob: string): boolean {
  // Without any glob syntax there is nothing for minimatch to find (and nothing to build). The answer
  // is kept: a rooted rule asks it for each of its globs in each root (hundreds of environments).
  if (!GLOB_SYNTAX.test(glob)) return true;
  let literal = literalGlobs.get(glob);
  if (literal === undefined) literalGlobs.set(glob, (literal = !new Minimatch(glob, OPTIONS).hasMagic()));
  return literal;
}
const literalGlobs = new Map<string, boolean>();

/** The deepest directory containing all the paths ('.' when they share none), for findings about a group of files. */
export function commonDirectory(paths: readonly string[]): string {
  let common = posix.dirname(paths[0] ?? '.');
  for (const p of paths) while (common !== '.' && !p.startsWith(`${common}/`)) common = posix.dirname(common);
  return common;
}
