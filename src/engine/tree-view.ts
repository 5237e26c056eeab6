// What rules see of the scanned tree: files read once on demand (FileLoader), each with its lines,
// Python parse and import statements computed at most once (TextFile), and the tree-wide view
// tree-level checks use (treeView). scan.ts drives them.
import type { Note, SourceFile, TreeView } from '../kinds/kind.js';
import type { Region, SkippedFile } from '../model.js';
import { LineIndex } from '../parsers/line-index.js';
import { statementPlaces } from '../parsers/python-lexical.js';
import {
  parseImportStatement,
  parsePython,
  parsePythonImports,
  type PythonImport,
  type PythonModule
} from '../parsers/python.js';
import { importCandidates, type ImportCandidate } from '../kinds/import-prefilter.js';
import { decodeText } from '../sources/decode.js';
import { findSuppressions, type Suppression } from '../gate/suppressions.js';
import type { FileSource, TreeListing } from '../sources/source.js';
import { appendAll } from '../arrays.js';
import { MAX_TEXTS, textsIn } from './literal-search.js';

export class TextFile implements SourceFile {
  private lineIndex?: LineIndex;
  /** The texts the engine looked for in one pass, and which of them are present (bit i for texts[i]). */
  private looked: readonly string[] = [];
  private present = 0;
  /** Whether the file contains a text, for other texts asked about. */
  private found?: Map<string, boolean>;
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
  contains(text: string): boolean {
    const looked = this.looked.indexOf(text);
    if (looked !== -1) return (this.present & (1 << looked)) !== 0;
    const also = this.lookedAlso.indexOf(text);
    if (also !== -1) return (this.presentAlso & (1 << also)) !== 0;
    this.found ??= new Map();
    const known = this.found.get(text);
    if (known !== undefined) return known;
    const present = this.text.includes(text);
    this.found.set(text, present);
    return present;
  }
  /** Finds these texts in one pass, for the rules that will ask `contains` about them (literal-search.ts). */
  lookFor(texts: readonly string[]): void {
    // The list itself is kept (textsIn keeps its alternations per list); more texts than one search
    // takes are left to `contains`, one by one.
    if (texts.length === 0 || texts.length > MAX_TEXTS) return;
    this.present = textsIn(this.text, texts);
    this.looked = texts;
  }
  /** The tree-level rules' texts, when a tree-level check read the file, and which are present. */
  private lookedAlso: readonly string[] = [];
  private presentAlso = 0;
  /**
   * Finds the tree-level rules' texts in one pass, when a tree-level check reads the file (a package
   * read again by ten rules asked `contains` ten times per file, each an `includes` over the file).
   * A bit mask, like the file pass's: thousands of files kept for the tree pass hold no map each.
   */
  lookAlso(texts: readonly string[]): void {
    if (this.lookedAlso.length > 0 || texts.length < 2 || texts.length > MAX_TEXTS) return;
    this.presentAlso = textsIn(this.text, texts);
    this.lookedAlso = texts;
  }
  private candidates?: ImportCandidate[];
  importCandidates(): readonly ImportCandidate[] {
    return (this.candidates ??= importCandidates(this.text));
  }
  async importsAmong(candidates: readonly ImportCandidate[]): Promise<PythonImport[]> {
    if (candidates.length === 0) return [];
    // A loop, not Math.max(...ends): a file can hold more candidates than a call has room for arguments.
    let last = 0;
    for (const c of candidates) if (c.end > last) last = c.end;
    if (this.parsed || this.prefix || candidates.some((c) => c.nested)) return this.pythonImports(last);
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
      appendAll(
        out,
        imports.map((imp) => ({ ...imp, region: shifted(imp.region, at) }))
      );
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
export class FileLoader {
  private readonly cache = new Map<string, Promise<TextFile | undefined>>();
  readonly skipped: SkippedFile[] = [];
  readonly suppressions: Suppression[] = [];
  /** The texts tree-level rules look for (the same list for every file: textsIn keeps its regexes per list). */
  treeTexts: readonly string[] = [];
  files = 0;
  bytes = 0;

  private readonly retain = new Set<string>();

  constructor(
    private readonly source: FileSource,
    private readonly maxFileBytes: number
  ) {}

  /** Keep these files after the file pass: tree-level checks will read them again. */
  retainAlso(paths: Iterable<string>): void {
    for (const path of paths) this.retain.add(path);
  }

  load(path: string): Promise<TextFile | undefined> {
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

  private async read(path: string): Promise<TextFile | undefined> {
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
    appendAll(this.suppressions, findSuppressions(path, decoded.text));
    return new TextFile(path, decoded.text);
  }
}

export function treeView(
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
    read: (path) =>
      files.has(path)
        ? loader.load(path).then((file) => {
            file?.lookAlso(loader.treeTexts);
            return file;
          })
        : Promise.resolve(undefined),
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
