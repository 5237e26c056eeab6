// Roots: the folders in which a rooted rule is checked, each on its own — a drop-in environment is a
// folder holding a Dockerfile, requirements, env_info.json, conda or pyproject file, wherever it sits
// (top level, nested, several per repository). A path belongs to the deepest root above it, so a
// nested environment's files are its own and never its parent's too.
import { Minimatch } from 'minimatch';
import { compileGlobs } from '../rules/globs.js';
import type { RootKind } from '../rules/rule-set.js';

const NAME_OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

const folderOf = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
};

/** The roots of one kind in a tree: every folder allowed by `folders` that holds a marker. */
export class Roots {
  /** Root folders, sorted ('' is the top of the tree). */
  readonly folders: readonly string[];
  /** For each root, the marker files that made it one (for anchors and reasons). */
  readonly markersOf: ReadonlyMap<string, readonly string[]>;
  private readonly set: ReadonlySet<string>;
  private readonly memo = new Map<string, string | null>();

  constructor(
    readonly kind: RootKind,
    files: readonly string[]
  ) {
    const matcher = (names: readonly string[]) => {
      const globs = names.map((m) => new Minimatch(m, NAME_OPTIONS));
      return (name: string) => globs.some((m) => m.match(name));
    };
    const isMarker = matcher(kind.markers);
    const isSecondary = matcher(kind.secondaryMarkers ?? []);
    const isExcluding = matcher(kind.notWith ?? []);
    const excluded = new Set<string>();
    const folderGlobs = kind.folders.filter((g) => g !== '.' && g !== '**');
    const anyFolder = kind.folders.includes('**');
    const topAllowed = anyFolder || kind.folders.includes('.');
    const globbed = compileGlobs(folderGlobs);
    const only = kind.onlyFolders && new Set(kind.onlyFolders);
    const allowed = (folder: string) => (only ? only.has(folder) : globbed(folder));
    const primary = new Map<string, string[]>();
    const secondary = new Map<string, string[]>();
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      if (isExcluding(name)) excluded.add(folderOf(file));
      const found = isMarker(name) ? primary : isSecondary(name) ? secondary : undefined;
      if (!found) continue;
      const folder = folderOf(file);
      if (only ? !only.has(folder) : folder === '' ? !topAllowed : !(anyFolder || allowed(folder))) continue;
      const list = found.get(folder);
      if (list) list.push(file);
      else found.set(folder, [file]);
    }
    // A secondary marker makes a root only outside the roots its primary markers make.
    // (Against the primary roots alone: a secondary root may hold another one.)
    const primaryFolders = new Set(primary.keys());
    const insidePrimary = (folder: string): boolean => {
      for (let f = folder; ; f = folderOf(f)) {
        if (primaryFolders.has(f)) return true;
        if (f === '') return false;
      }
    };
    for (const [folder, list] of secondary) {
      const own = primary.get(folder);
      if (own) own.push(...list);
      else if (!insidePrimary(folder)) primary.set(folder, list);
    }
    for (const folder of excluded) primary.delete(folder);
    this.folders = [...primary.keys()].sort();
    this.markersOf = primary;
    this.set = new Set(this.folders);
  }

  /** Whether `folder` is a root. */
  isRoot(folder: string): boolean {
    return this.set.has(folder);
  }

  /** The deepest root holding `path` (a file or folder), or undefined when none does. */
  rootOf(path: string): string | undefined {
    return this.rootOfFolder(folderOf(path)) ?? undefined;
  }

  /** The deepest root that is `folder` or holds it. */
  rootOfFolder(folder: string): string | undefined {
    let known = this.memo.get(folder);
    if (known === undefined) {
      known = this.set.has(folder)
        ? folder
        : folder === ''
          ? null
          : (this.rootOfFolder(folderOf(folder)) ?? null);
      this.memo.set(folder, known);
    }
    return known ?? undefined;
  }

  /** `path` relative to `root` ('' is the top). */
  static relative(root: string, path: string): string {
    return root === '' ? path : path.slice(root.length + 1);
  }

  /** A root-relative path as a tree path. */
  static join(root: string, path: string): string {
    return root === '' ? path : path === '' || path === '.' ? root : `${root}/${path}`;
  }
}

/** How a root is named in messages: its folder, or `.` for the top of the tree. */
export const rootLabel = (root: string): string => (root === '' ? '.' : root);
