// scan(): list the tree, give each file only to the rules whose globs select it, read each file once,
// parse each Python file at most once (and only when a rule's cheap literal check says it must), then
// run the tree-level checks. Findings come back raw, per rule; the gate decides what they mean.
import { compareText } from '../order.js';
import type { Note, SourceFile, TreeView, RuleContext } from '../kinds/kind.js';
import type { RawFinding, Region, ScanStats, SkippedFile } from '../model.js';
import { LineIndex } from '../parsers/line-index.js';
import { statementPlaces } from '../parsers/python-lexical.js';
import {
  parseImportStatement,
  parsePython,
  parsePythonImports,
  type PythonImport,
  type PythonModule
} from '../parsers/python.js';
import { compileGlobs } from '../rules/globs.js';
import { importCandidates, type ImportCandidate } from '../kinds/import-prefilter.js';
import type { CompiledRule } from '../rules/rule-set.js';
import { decodeText } from '../sources/decode.js';
import { findSuppressions, type Suppression } from '../gate/suppressions.js';
import type { FileSource, TreeListing } from '../sources/source.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
const CONCURRENCY = 8;

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
  inspect?: (tree: TreeView) => Promise<unknown>;
}

export interface ScanResult {
  /** Raw findings per rule id (every rule given is present, possibly with []). */
  findings: Map<string, RawFinding[]>;
  skipped: SkippedFile[];
  notes: Note[];
  /** Inline suppressions found in the files that were read. */
  suppressions: Suppression[];
  /** Report sections published by kinds, e.g. `routes`. */
  sections: Record<string, unknown[]>;
  /** What `inspect` returned. */
  inspection?: unknown;
  stats: ScanStats;
}

class TextFile implements SourceFile {
  private lineIndex?: LineIndex;
  private parsed?: Promise<PythonModule>;
  constructor(
    readonly path: string,
    readonly text: string
  ) {}
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }
  python(): Promise<PythonModule> {
    return (this.parsed ??= parsePython(this.text));
  }
  private candidates?: ImportCandidate[];
  importCandidates(): readonly ImportCandidate[] {
    return (this.candidates ??= importCandidates(this.text));
  }
  async importsAmong(candidates: readonly ImportCandidate[]): Promise<PythonImport[]> {
    if (candidates.length === 0) return [];
    const last = Math.max(...candidates.map((c) => c.end));
    if (this.parsed || this.prefix) return this.pythonImports(last);
    const places = statementPlaces(
      this.text,
      candidates.map((c) => c.start)
    );
    if (places.includes('unknown')) return this.pythonImports(last);
    const out: PythonImport[] = [];
    for (const [i, candidate] of candidates.entries()) {
      if (places[i] !== 'code') continue;
      const { imports, hasSyntaxError } = await parseImportStatement(candidate.text);
      if (hasSyntaxError) return this.pythonImports(last);
      const at = this.lines.position(candidate.start);
      out.push(...imports.map((imp) => ({ ...imp, region: shifted(imp.region, at) })));
    }
    return out;
  }
  private prefix?: { end: number; imports: PythonImport[] };
  async pythonImports(upTo: number): Promise<PythonImport[]> {
    if (this.parsed) return (await this.parsed).imports;
    if (this.prefix && this.prefix.end >= upTo) return this.prefix.imports;
    const { imports, hasSyntaxError } = await parsePythonImports(this.text.slice(0, upTo));
    // A cut inside a string or bracket leaves an error: then only the whole file can say.
    if (hasSyntaxError) return (await this.python()).imports;
    this.prefix = { end: upTo, imports };
    return imports;
  }
}

/** A region found in a statement parsed on its own, placed where the statement starts in its file. */
function shifted(region: Region, at: { line: number; column: number }): Region {
  return {
    line: region.line + at.line - 1,
    column: region.line === 1 ? region.column + at.column - 1 : region.column,
    endLine: region.endLine + at.line - 1,
    endColumn: region.endLine === 1 ? region.endColumn + at.column - 1 : region.endColumn
  };
}

/** Reads files on demand, each once; keeps only those that tree-level checks will ask for again. */
class FileLoader {
  private readonly cache = new Map<string, Promise<SourceFile | undefined>>();
  readonly skipped: SkippedFile[] = [];
  readonly suppressions: Suppression[] = [];
  files = 0;
  bytes = 0;

  constructor(
    private readonly source: FileSource,
    private readonly maxFileBytes: number,
    private readonly retain: ReadonlySet<string>
  ) {}

  load(path: string): Promise<SourceFile | undefined> {
    let pending = this.cache.get(path);
    if (!pending) {
      pending = this.read(path);
      this.cache.set(path, pending);
    }
    return pending;
  }

  /** Forget a file after the file pass unless a tree-level check needs it. */
  release(path: string): void {
    if (!this.retain.has(path)) this.cache.delete(path);
  }

  private async read(path: string): Promise<SourceFile | undefined> {
    const result = await this.source.read(path, this.maxFileBytes);
    if (!result.ok) {
      this.skipped.push({ path, reason: result.reason });
      return undefined;
    }
    const decoded = decodeText(result.data);
    if (!decoded.ok) {
      this.skipped.push({ path, reason: decoded.reason });
      return undefined;
    }
    this.files++;
    this.bytes += result.data.byteLength;
    this.suppressions.push(...findSuppressions(path, decoded.text));
    return new TextFile(path, decoded.text);
  }
}

function treeView(
  listing: TreeListing,
  loader: FileLoader,
  notes: Map<string, Note>,
  sections: Record<string, unknown[]>
): TreeView {
  const memos = new Map<string, Promise<unknown>>();
  const files = new Set(listing.files);
  const all = new Set([...listing.files, ...listing.directories, ...listing.links]);
  const packages = new Map<string, string>();
  const packageOfDir = (dir: string): string => {
    let known = packages.get(dir);
    if (known === undefined) {
      if (!files.has(dir ? `${dir}/__init__.py` : '__init__.py')) known = '';
      else {
        const slash = dir.lastIndexOf('/');
        const parent = slash === -1 ? '' : packageOfDir(dir.slice(0, slash));
        const name = dir.slice(slash + 1);
        known = parent ? `${parent}.${name}` : dir ? name : '';
      }
      packages.set(dir, known);
    }
    return known;
  };
  return {
    files: listing.files,
    directories: listing.directories,
    links: listing.links,
    exists: (path) => all.has(path),
    read: (path) => (files.has(path) ? loader.load(path) : Promise.resolve(undefined)),
    pythonPackageOf: (path) => packageOfDir(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''),
    memo: <T>(key: string, compute: () => Promise<T>) => {
      let pending = memos.get(key) as Promise<T> | undefined;
      if (!pending) memos.set(key, (pending = compute()));
      return pending;
    },
    note: (note) => void notes.set(`${note.path}\0${note.line ?? 0}\0${note.message}`, note),
    publish: (section, data) => void (sections[section] ??= []).push(data)
  };
}

function ruleContext(rule: CompiledRule): RuleContext {
  const perGlob = rule.files.map((g) => [g, compileGlobs([g])] as const);
  return {
    id: rule.id,
    files: rule.files,
    unmatchedGlobs: (paths) => perGlob.filter(([, match]) => !paths.some(match)).map(([g]) => g)
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

async function inPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function scan(
  source: FileSource,
  rules: readonly CompiledRule[],
  options: ScanOptions = {}
): Promise<ScanResult> {
  const started = performance.now();
  const listing = await source.list();
  const findings = new Map<string, RawFinding[]>(rules.map((r) => [r.id, []]));

  const fileRules = rules.filter((r) => r.module.checkFile);
  // Under --changed-only a tree-level rule runs only when the change touches its files (scan options).
  const touched = options.touched && withFolders(options.touched);
  const untouched = rules.filter(
    (r) =>
      r.module.checkTree &&
      touched &&
      ![...touched].some((p) => r.selects(p) || r.module.watches?.(r.compiled, p))
  );
  const treeRules = rules.filter((r) => r.module.checkTree && !untouched.includes(r));
  // Path by path, so that a glob several rules share is tested once per path (globs.ts keeps the answer).
  const selectedBy = new Map<CompiledRule, string[]>(treeRules.map((r) => [r, []]));
  const directoryRules = treeRules.filter((r) => r.module.matchesDirectories);
  for (const path of listing.files)
    for (const rule of treeRules) if (rule.selects(path)) selectedBy.get(rule)!.push(path);
  for (const path of [...listing.directories, ...listing.links])
    for (const rule of directoryRules) if (rule.selects(path)) selectedBy.get(rule)!.push(path);
  // Files that tree-level checks will read again stay in memory after the file pass; nothing else does.
  const readsInTree = (r: CompiledRule) =>
    typeof r.module.readsInTree === 'function' ? r.module.readsInTree(r.compiled) : r.module.readsInTree;
  const retain = new Set(treeRules.filter(readsInTree).flatMap((r) => selectedBy.get(r)!));
  const loader = new FileLoader(source, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, retain);
  const notes = new Map<string, Note>();
  const sections: Record<string, unknown[]> = {};
  const tree = treeView(listing, loader, notes, sections);

  // File pass: each file once, with just the rules that select it.
  const work = listing.files
    .filter((path) => !options.onlyFiles || options.onlyFiles.has(path))
    .map((path) => ({ path, rules: fileRules.filter((r) => r.selects(path)) }))
    .filter((w) => w.rules.length > 0);
  await inPool(work, CONCURRENCY, async ({ path, rules: forFile }) => {
    const file = await loader.load(path);
    if (file) {
      for (const rule of forFile)
        findings.get(rule.id)!.push(...(await rule.module.checkFile!(file, rule.compiled, tree)));
    }
    loader.release(path);
  });

  for (const rule of untouched)
    tree.note({ path: '.', message: `rule '${rule.id}' was not run: the change touches none of its files` });
  for (const rule of treeRules) {
    findings
      .get(rule.id)!
      .push(...(await rule.module.checkTree!(tree, rule.compiled, ruleContext(rule), selectedBy.get(rule)!)));
  }

  const inspection = options.inspect ? await options.inspect(tree) : undefined;
  const skipped = [...listing.skipped, ...loader.skipped].sort((a, b) => compareText(a.path, b.path));
  return {
    findings,
    skipped,
    sections,
    ...(options.inspect ? { inspection } : {}),
    suppressions: loader.suppressions.sort((a, b) => compareText(a.path, b.path) || a.line - b.line),
    notes: [...notes.values()].sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)),
    stats: { files: loader.files, bytes: loader.bytes, durationMs: Math.round(performance.now() - started) }
  };
}
