// scan(): list the tree, find its roots and decide which rules apply where (`when`), give each file
// only to the rules whose globs select it, read each file once, parse each Python file at most once
// (and only when a rule's cheap literal check says it must), then run the tree-level checks (per root
// for rooted rules). Findings come back raw, per rule, with an anchor for those that are not about a
// file; rules with nothing to check come back as not applicable, with the reason. The gate decides
// what the findings mean.
import { groupBy } from '../arrays.js';
import { compareText } from '../order.js';
import { MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_SCAN } from './caps.js';
import { oneAtATime } from '../one-at-a-time.js';
import type { Note, TreeView, RuleContext, UnmatchedGlob } from '../kinds/kind.js';
import { addOmittedLine, type OmittedFindings } from '../gate/omitted.js';
import type { RawFinding, ScanStats, SkippedFile } from '../model.js';
import { compileGlobs, isLiteralPath, literalPrefix, type PathMatcher } from '../rules/globs.js';
import type { CompiledRule, RootKind } from '../rules/rule-set.js';
import type { Suppression } from '../gate/suppressions.js';
import type { FileSource } from '../sources/source.js';
import { FileLoader, treeView } from './tree-view.js';
import { RuleIndex } from './rule-index.js';
import { Roots, rootLabel } from './roots.js';
import { evaluate, type Scope } from './applicability.js';
import { Anchors } from './anchors.js';
import { plural, withArticle } from '../words.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
const CONCURRENCY = 8;
/** Past this many characters a file is checked alone (see `largeFiles`). */
const LARGE_FILE_CHARACTERS = 256 * 1024;

export interface ScanOptions {
  maxFileBytes?: number;
  /** Run per-file rules only on these files (a PR's changed files); tree-level rules see the whole tree. */
  onlyFiles?: ReadonlySet<string>;
  /**
   * With `onlyFiles`: every path the change touched (changed, removed, renamed from). A tree-level rule
   * runs only when one of them, or a folder holding one, is among its files or watched by its kind;
   * the rules not run are listed in the notes.
   */
  touched?: ReadonlySet<string>;
  /** Reads facts from the same tree after the rules ran, sharing what they read (the audit's environments). */
  inspect?: (tree: TreeView, roots: ReadonlyMap<string, Roots>) => Promise<unknown>;
  /** Told after each file of the file pass: how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface ScanResult {
  /** Raw findings per rule id (every rule given is present, possibly with []), within the caps below. */
  findings: Map<string, RawFinding[]>;
  /**
   * Findings past the caps, per rule id and path: only their first lines (0 for a file-level finding),
   * so that the gate still judges each one (new? baselined?) while a hostile tree cannot exhaust memory.
   */
  omitted: OmittedFindings;
  /** Rules that had nothing to check (their `when` does not hold, no root, nothing selected), and why. */
  notApplicable: Map<string, string>;
  skipped: SkippedFile[];
  notes: Note[];
  /** Inline suppressions found in the files that were read. */
  suppressions: Suppression[];
  /** Report sections published by kinds, e.g. `routes`. */
  sections: Record<string, unknown[]>;
  /** The roots of each kind the rules name. */
  roots: Record<string, string[]>;
  /** What `inspect` returned. */
  inspection?: unknown;
  stats: ScanStats;
}

/** A rule as this scan runs it: selection narrowed to the roots where it applies. */
interface ScopedRule extends CompiledRule {
  /** The applicable roots (rooted rules); undefined for a rule checked on the whole tree. */
  scopes?: readonly string[];
  /** The root a selected path belongs to (rooted rules). */
  rootOfPath?: (path: string) => string | undefined;
  /** Why the rule applies in each root, when it has a `when` (rooted rules): the evidence its findings carry. */
  whyByRoot?: ReadonlyMap<string, string>;
}

/** A kind's yes-or-no property, given as a value or as a function of the rule's compiled options. */
const kindSays = (
  rule: CompiledRule,
  property: boolean | ((compiled: unknown) => boolean) | undefined
): boolean => (typeof property === 'function' ? property(rule.compiled) : property === true);

/** Each of a rule's globs on its own (for the globs that select nothing), built once per rule. */
const globsOf = new WeakMap<CompiledRule, ReadonlyArray<readonly [string, PathMatcher]>>();

function ruleContext(
  rule: CompiledRule,
  root: string | undefined,
  notApplicable: (reason: string) => void
): RuleContext {
  // Once per rule, not per root: a glob's minimatch is built on first use, and a profile's rules are
  // called once per environment folder (hundreds in an audit of a large repository).
  let perGlob = globsOf.get(rule);
  if (!perGlob) globsOf.set(rule, (perGlob = rule.files.map((g) => [g, compileGlobs([g])] as const)));
  const inTree = (p: string) => (root === undefined ? p : Roots.join(root, p));
  const relative = (p: string) => (root === undefined ? p : Roots.relative(root, p));
  return {
    id: rule.id,
    files: rule.files,
    ...(root !== undefined ? { root } : {}),
    unmatched: (paths): UnmatchedGlob[] =>
      perGlob
        .filter(([, match]) => !paths.some((p) => match(relative(p))))
        .map(([glob]) => {
          const literal = isLiteralPath(glob);
          const path = literal ? inTree(glob) : inTree(literalPrefix(glob));
          return { glob: inTree(glob), path: path === '' ? '.' : path, literal };
        }),
    notApplicable
  };
}

/** The paths and every folder above them (a change inside a folder touches a rule about the folder). */
function withFolders(paths: ReadonlySet<string>): Set<string> {
  const out = new Set(paths);
  for (const path of paths)
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1))
      out.add(path.slice(0, slash));
  return out;
}

/**
 * Files between two turns of the event loop. Reads are synchronous, so without these turns the file
 * pass is one long chain of promise callbacks, and V8's garbage-collection tasks (which Node runs
 * between turns) wait for its end while the heap grows with the tree: measured on a 66,092-file tree,
 * peak RSS 400 MB on Node 24 and 222 MB on Node 20 without them, 189 MB and 136 MB with them.
 */
const YIELD_EVERY = 64;

async function inPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0;
  let sinceYield = 0;
  const worker = async () => {
    while (next < items.length) {
      await work(items[next++]!);
      if (++sinceYield >= YIELD_EVERY) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Globs in a reason, the first few of them. */
const globList = (globs: readonly string[]): string => {
  const shown = globs
    .slice(0, 4)
    .map((g) => `\`${g}\``)
    .join(', ');
  return globs.length > 4 ? `${shown} (and ${globs.length - 4} more)` : shown;
};

export async function scan(
  source: FileSource,
  rules: readonly CompiledRule[],
  options: ScanOptions = {}
): Promise<ScanResult> {
  const started = performance.now();
  const listing = await source.list();
  const findings = new Map<string, RawFinding[]>(rules.map((r) => [r.id, []]));
  const omitted = new Map<string, Map<string, number[]>>();
  let kept = 0;
  /** Keeps a rule's findings within the caps (per file, per scan) and notes the lines of the rest. */
  const record = (ruleId: string, list: readonly RawFinding[]): void => {
    const perFile = new Map<string, number>();
    const target = findings.get(ruleId)!;
    for (const finding of list) {
      const inFile = (perFile.get(finding.path) ?? 0) + 1;
      perFile.set(finding.path, inFile);
      if (inFile <= MAX_FINDINGS_PER_FILE && kept < MAX_FINDINGS_PER_SCAN) {
        target.push(finding);
        kept++;
        continue;
      }
      const byPath = omitted.get(ruleId) ?? new Map<string, number[]>();
      omitted.set(ruleId, byPath);
      const lines = byPath.get(finding.path) ?? [];
      byPath.set(finding.path, lines);
      addOmittedLine(lines, finding.region?.line ?? 0);
    }
  };
  const notApplicable = new Map<string, string>();
  const loader = new FileLoader(source, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const notes = new Map<string, Note>();
  const sections: Record<string, unknown[]> = {};
  const tree = treeView(listing, loader, notes, sections);

  // Roots of every kind the rules use (rooted rules, and rules that keep out of other profiles' roots).
  const roots = new Map<string, Roots>();
  for (const kind of rules.flatMap((r) => [...(r.root ? [r.root] : []), ...r.skipRoots]))
    if (!roots.has(kind.name)) roots.set(kind.name, new Roots(kind, listing.files));
  const scoped = await applicableRules(rules, tree, listing, roots, notApplicable);

  // Under --changed-only a tree-level rule runs only when the change touches its files (scan options).
  const touched = options.touched && withFolders(options.touched);
  const untouched = scoped.filter(
    (r) =>
      r.module.checkTree &&
      touched &&
      ![...touched].some((p) => r.selects(p) || r.module.watches?.(r.compiled, p))
  );
  const treeRules = scoped.filter((r) => r.module.checkTree && !untouched.includes(r));
  // Path by path, so that a glob several rules share is tested once per path (globs.ts keeps the answer).
  const selectedBy = new Map<CompiledRule, string[]>(treeRules.map((r) => [r, []]));
  const treeIndex = new RuleIndex(treeRules);
  const directoryIndex = new RuleIndex(treeRules.filter((r) => r.module.matchesDirectories));
  for (const path of listing.files)
    for (const rule of treeIndex.selecting(path)) selectedBy.get(rule)!.push(path);
  for (const path of [...listing.directories, ...listing.links])
    for (const rule of directoryIndex.selecting(path)) selectedBy.get(rule)!.push(path);
  // What tree-level checks will ask of the files they read, found in one pass per file.
  loader.treeTexts = [...new Set(treeRules.flatMap((r) => r.module.lookFor?.(r.compiled) ?? []))];
  // Files that tree-level checks will read again stay in memory after the file pass; nothing else does.
  loader.retainAlso(
    treeRules.filter((r) => kindSays(r, r.module.readsInTree)).flatMap((r) => selectedBy.get(r)!)
  );

  // File pass: each file once, with just the rules that select it.
  const fileIndex = new RuleIndex(scoped.filter((r) => r.module.checkFile));
  const selectedFiles = new Map<string, number>();
  // `forTree`: a file outside the change (--changed-only) still goes through the file pass for the
  // tree-level rules that run and gather there what their tree pass needs (kind.ts, gathersForTree);
  // its findings are not reported, as for any unchanged file. Read there, each file is read once and
  // let go; read by the tree pass instead, every file of a touched package was kept until the end (a
  // 50-file change in a 5,500-module package: 219 MB).
  const running = new Set(treeRules.filter((r) => kindSays(r, r.module.gathersForTree)));
  const work: Array<{ path: string; rules: readonly CompiledRule[]; forTree?: true }> = [];
  const treeParts = new WeakMap<readonly CompiledRule[], readonly CompiledRule[]>();
  for (const path of listing.files) {
    const forFile = fileIndex.selecting(path);
    if (forFile.length === 0) continue;
    for (const rule of forFile) selectedFiles.set(rule.id, (selectedFiles.get(rule.id) ?? 0) + 1);
    if (!options.onlyFiles || options.onlyFiles.has(path)) {
      work.push({ path, rules: forFile });
      continue;
    }
    let forTree = treeParts.get(forFile);
    if (!forTree) treeParts.set(forFile, (forTree = forFile.filter((r) => running.has(r))));
    if (forTree.length > 0) work.push({ path, rules: forTree, forTree: true });
  }
  // The texts a file's rules will ask about, found in one pass per file (literal-search.ts); worked
  // out once per selection (the index gives the same selection as the same array).
  const texts = new WeakMap<readonly CompiledRule[], readonly string[]>();
  const textsFor = (forFile: readonly CompiledRule[]): readonly string[] => {
    let union = texts.get(forFile);
    if (!union) {
      union = [...new Set(forFile.flatMap((r) => r.module.lookFor?.(r.compiled) ?? []))];
      texts.set(forFile, union);
    }
    return union;
  };
  // Large files are checked one at a time: their parse results and findings are what a scan's peak
  // memory is made of (eight 2 MiB files of imports at once peaked at 800 MB, one at a time at 460 MB).
  const largeFiles = oneAtATime();
  let done = 0;
  await inPool(work, CONCURRENCY, async ({ path, rules: forFile, forTree }) => {
    const file = await loader.load(path);
    if (file) {
      const check = async () => {
        file.lookFor(textsFor(forFile));
        for (const rule of forFile) {
          // Awaited even when a check answers synchronously: skipping the await for those was a little
          // faster but raised the peak RSS on Node 24 by ~35 MB (its young generation grew).
          const list = await rule.module.checkFile!(file, rule.compiled, tree);
          if (list.length > 0 && !forTree) record(rule.id, list);
        }
      };
      await (file.text.length > LARGE_FILE_CHARACTERS ? largeFiles(check) : check());
    }
    loader.release(path);
    options.onProgress?.(++done, work.length);
  });

  // Nothing selected: nothing was looked at, so nothing is done (unless the kind says otherwise).
  for (const rule of scoped) {
    const selected = (selectedFiles.get(rule.id) ?? 0) + (selectedBy.get(rule)?.length ?? 0);
    if (selected > 0 || (rule.module.whenNothingSelected ?? 'not-applicable') === 'checked') continue;
    notApplicable.set(
      rule.id,
      rule.root !== undefined
        ? `no file of ${withArticle(rule.root.name)} folder matches ${globList(rule.files)}`
        : `no file matches ${globList(rule.files)}`
    );
  }

  for (const rule of untouched)
    tree.note({ path: '.', message: `rule '${rule.id}' was not run: the change touches none of its files` });
  for (const rule of treeRules) {
    if (notApplicable.has(rule.id)) continue;
    const selected = selectedBy.get(rule)!;
    // By root in one pass (filtering once per root was quadratic in the number of environments).
    const grouped = rule.scopes === undefined ? undefined : groupBy(selected, rule.rootOfPath!);
    const calls: Array<[string | undefined, string[]]> =
      rule.scopes === undefined
        ? [[undefined, selected]]
        : rule.scopes.map((root) => [root, grouped!.get(root) ?? []]);
    const reasons: string[] = [];
    let applicableSomewhere = false;
    for (const [root, paths] of calls) {
      let said: string | undefined;
      const context = ruleContext(rule, root, (reason) => {
        said = reason;
      });
      const list = await rule.module.checkTree!(tree, rule.compiled, context, paths);
      record(rule.id, list);
      if (said === undefined || list.length > 0) applicableSomewhere = true;
      else reasons.push(root === undefined ? said : `${rootLabel(root)}: ${said}`);
    }
    if (!applicableSomewhere) notApplicable.set(rule.id, summarize(reasons));
  }

  // A rooted rule that applies only where its `when` holds says why it applies in each finding's root.
  for (const rule of scoped) {
    if (!rule.whyByRoot) continue;
    for (const finding of findings.get(rule.id)!) {
      const root = rule.whyByRoot.has(finding.path) ? finding.path : rule.rootOfPath!(finding.path);
      const why = root === undefined ? undefined : rule.whyByRoot.get(root);
      if (why) finding.message = `${finding.message} (${root ? why.split(`${root}/`).join('') : why})`;
    }
  }

  // Findings about something that is not a file get an anchor: the file where the fix starts.
  const anchors = new Anchors(listing.files, listing.directories);
  for (const list of findings.values())
    for (const finding of list) {
      const anchor = anchors.anchorFor(finding.path);
      if (anchor !== undefined) finding.anchor = anchor;
    }

  // A rule that did not check all it selected (a pattern past its time budget) says so: in a gate on
  // a change, that is an error of its own (pipeline.ts), like a file that cannot be read.
  const unchecked: SkippedFile[] = [];
  for (const rule of scoped) {
    const why = rule.module.incomplete?.(rule.compiled);
    if (why) unchecked.push({ path: '.', reason: `not checked by rule '${rule.id}': ${why}` });
  }

  const inspection = options.inspect ? await options.inspect(tree, roots) : undefined;
  const skipped = [...listing.skipped, ...loader.skipped, ...unchecked].sort((a, b) =>
    compareText(a.path, b.path)
  );
  return {
    findings,
    omitted,
    notApplicable,
    skipped,
    sections,
    roots: Object.fromEntries([...roots].map(([name, r]) => [name, [...r.folders]])),
    ...(options.inspect ? { inspection } : {}),
    suppressions: loader.suppressions.sort((a, b) => compareText(a.path, b.path) || a.line - b.line),
    notes: [...notes.values()].sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)),
    stats: { files: loader.files, bytes: loader.bytes, durationMs: Math.round(performance.now() - started) }
  };
}

/**
 * The rules as this scan runs them. A rule whose `when` does not hold (in the tree, or in every root
 * of its kind), or that has no root in this tree, is not applicable and left out; a rooted rule
 * selects only paths of the roots where it applies, with its globs relative to each root; every rule
 * keeps out of the roots of the kinds in its `skipRoots`.
 */
async function applicableRules(
  rules: readonly CompiledRule[],
  tree: TreeView,
  listing: { files: readonly string[]; directories: readonly string[]; links: readonly string[] },
  roots: ReadonlyMap<string, Roots>,
  notApplicable: Map<string, string>
): Promise<ScopedRule[]> {
  const allPaths = [...listing.files, ...listing.directories, ...listing.links];
  const outsideOf = (kinds: readonly RootKind[]) => {
    const kept = kinds.map((k) => roots.get(k.name)!);
    return {
      path: (path: string) => kept.every((r) => r.rootOf(path) === undefined && !r.isRoot(path)),
      folder: (folder: string) => kept.every((r) => r.rootOfFolder(folder) === undefined)
    };
  };
  // Paths per root, computed once per kind of root.
  const byRoot = new Map<string, Map<string, { files: string[]; paths: string[] }>>();
  const pathsOfRoots = (kind: string) => {
    let known = byRoot.get(kind);
    if (!known) {
      const r = roots.get(kind)!;
      known = new Map(r.folders.map((f) => [f, { files: [], paths: [] }]));
      for (const path of listing.files) {
        const root = r.rootOf(path);
        if (root !== undefined) known.get(root)!.files.push(path);
      }
      for (const path of allPaths) {
        const root = r.rootOf(path);
        if (root !== undefined) known.get(root)!.paths.push(path);
      }
      byRoot.set(kind, known);
    }
    return known;
  };
  const wholeTree: Scope = { files: listing.files, paths: allPaths };

  const out: ScopedRule[] = [];
  for (const rule of rules) {
    const outside = rule.skipRoots.length ? outsideOf(rule.skipRoots) : undefined;
    if (rule.root === undefined) {
      if (rule.when) {
        const outcome = await evaluate(
          rule.when,
          tree,
          outside ? filterScope(wholeTree, outside.path) : wholeTree
        );
        if (!outcome.holds) {
          notApplicable.set(rule.id, outcome.because);
          continue;
        }
      }
      out.push(
        outside
          ? {
              ...rule,
              selects: (p) => rule.selects(p) && outside.path(p),
              selectionKey: `${rule.id}\0scoped`
            }
          : rule
      );
      continue;
    }
    const kind = roots.get(rule.root.name)!;
    const candidates = kind.folders.filter((f) => !outside || outside.folder(f));
    if (candidates.length === 0) {
      notApplicable.set(
        rule.id,
        `no ${rule.root.name} folder in this tree (a folder holding ${globList([...kind.kind.markers, ...(kind.kind.secondaryMarkers ?? [])])})`
      );
      continue;
    }
    const perRoot = pathsOfRoots(rule.root.name);
    const scopes: string[] = [];
    const misses: string[] = [];
    const whyByRoot = new Map<string, string>();
    for (const root of candidates) {
      if (rule.when) {
        const { files, paths } = perRoot.get(root)!;
        const outcome = await evaluate(rule.when, tree, { root, files, paths });
        if (!outcome.holds) {
          misses.push(outcome.because);
          continue;
        }
        // Evidence that only says something is absent (a `not`) is not worth repeating in findings.
        if (!outcome.plain) whyByRoot.set(root, outcome.because);
      }
      scopes.push(root);
    }
    if (scopes.length === 0) {
      notApplicable.set(
        rule.id,
        candidates.length === 1
          ? `in the only ${rule.root.name} folder (${rootLabel(candidates[0]!)}): ${summarize(misses)}`
          : `in none of the ${plural(candidates.length, `${rule.root.name} folder`)}: ${summarize(misses)}`
      );
      continue;
    }
    const inScope = new Set(scopes);
    const excluded = compileGlobs(rule.exclude);
    const rootOfPath = (p: string) => kind.rootOf(p);
    out.push({
      ...rule,
      scopes,
      rootOfPath,
      ...(rule.when ? { whyByRoot } : {}),
      selectionKey: `${rule.id}\0rooted`,
      selects: (p) => {
        const root = kind.rootOf(p);
        // `exclude` keeps out paths of the tree (`legacy/**`) as well as paths within each root.
        return (
          root !== undefined &&
          inScope.has(root) &&
          (!outside || outside.path(p)) &&
          rule.selects(Roots.relative(root, p)) &&
          !excluded(p)
        );
      }
    });
  }
  return out;
}

function filterScope(scope: Scope, keep: (path: string) => boolean): Scope {
  return { files: scope.files.filter(keep), paths: scope.paths.filter(keep) };
}

/** Reasons, each once, the first few of them. */
function summarize(reasons: readonly string[]): string {
  const distinct = [...new Set(reasons)];
  const shown = distinct.slice(0, 3).join('; ');
  return distinct.length > 3 ? `${shown}; and ${distinct.length - 3} more` : shown;
}
