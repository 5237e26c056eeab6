// The contract every rule kind implements (STYLE.md §4: ESLint's meta + create). A kind declares its
// options as a zod shape (which also feeds rules/schema.json), compiles them once at load time, and
// checks either one file at a time (checkFile) or the tree as a whole (checkTree), or both.
import type { z } from 'zod';
import type { PythonImport, PythonModule } from '../parsers/python.js';
import type { LineIndex } from '../parsers/line-index.js';
import type { RawFinding } from '../model.js';
import type { ImportCandidate } from './import-prefilter.js';

/** A readable text file of the scanned tree. `python()` parses on first call and is shared by all rules. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  python(): Promise<PythonModule>;
  /** Whether the text contains `text`, answered once per file for all rules that ask. */
  contains(text: string): boolean;
  /**
   * The imports that start before `upTo`, from a parse of the text up to there when that parses cleanly
   * (what precedes a position decides what it is), else from the full parse.
   */
  pythonImports(upTo: number): Promise<PythonImport[]>;
  /** The statements that start with `from` or `import` (import-prefilter.ts), found once per file. */
  importCandidates(): readonly ImportCandidate[];
  /**
   * The imports among these candidates, as a parse of the whole file would give them: each statement
   * that is plainly code is parsed on its own; when that cannot be told, the text up to the last one is.
   */
  importsAmong(candidates: readonly ImportCandidate[]): Promise<PythonImport[]>;
}

/** What a tree-level check can see of the scanned tree. */
export interface TreeView {
  /** Every regular file, relative with forward slashes, sorted. */
  readonly files: readonly string[];
  /** Every directory (not the root), sorted. */
  readonly directories: readonly string[];
  /** Symbolic links: they exist, but are never read or followed. */
  readonly links: readonly string[];
  exists(path: string): boolean;
  /** Reads a text file; undefined when it is missing, binary, too large or unreadable. */
  read(path: string): Promise<SourceFile | undefined>;
  /** The dotted Python package a file belongs to, from the `__init__.py` files above it ('' when none). */
  pythonPackageOf(path: string): string;
  /** Computes something once per scan (several rules read the same requirements file). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Records a note for the report: something unknown or unreadable that is not a finding. */
  note(note: Note): void;
  /** Adds data to a report section (e.g. `routes`: the route tables of route-parity rules). */
  publish(section: string, data: unknown): void;
}

/** Not a finding: something the reader of the report should know (an unknown Python version, a missing -r file). */
export interface Note {
  path: string;
  line?: number;
  message: string;
}

/** A glob of `files` that selected nothing, and the path a finding about it names. */
export interface UnmatchedGlob {
  /** The glob as it applies in the tree (a rooted rule's glob with its root in front). */
  glob: string;
  /** A plain path, never a glob: the file a literal glob names, else the folder its literal part names ('.' for the top). */
  path: string;
  /** Whether the glob is a plain path (a missing file) rather than a pattern (nothing matched). */
  literal: boolean;
}

/** What a kind knows about the rule it checks for. */
export interface RuleContext {
  readonly id: string;
  /** The rule's `files` globs as written (after the kind's default). */
  readonly files: readonly string[];
  /** The root folder the rule is checked in ('' for the top of the tree); undefined for a rule without `root`. */
  readonly root?: string;
  /** The globs of `files` that select none of these paths (what a `required-*` rule reports missing). */
  unmatched(paths: readonly string[]): UnmatchedGlob[];
  /** Says that the rule has nothing to check in this tree or root (e.g. no FastAPI routes yet), and why. */
  notApplicable(reason: string): void;
}

/** A mistake in a rule's options, found when compiling; the loader adds file:line:col of `key`. */
export class OptionError extends Error {
  constructor(
    readonly key: string,
    message: string
  ) {
    super(message);
  }
}

type Awaitable<T> = T | Promise<T>;

/** The zod namespace, as kinds receive it to build their option shapes. */
export type Zod = typeof z;

export interface KindModule<Shape extends z.ZodRawShape = z.ZodRawShape, Compiled = unknown> {
  readonly kind: string;
  /** One sentence for the README, the schema and `--help`. */
  readonly description: string;
  /**
   * The options as a zod shape, built from the zod namespace it is given: kinds never import zod, so
   * a run of the bundled (already validated) rules starts without loading it (rules/load.ts).
   */
  readonly options: (zod: Zod) => Shape;
  /** Globs used when a rule gives no `files`; a kind without defaults requires `files`. */
  readonly defaultFiles?: readonly string[];
  /** Whether checkTree reads its selected files through TreeView.read (they are then kept after the file pass). */
  readonly readsInTree?: boolean | ((compiled: Compiled) => boolean);
  /**
   * Whether checkFile gathers what checkTree needs of every selected file (route facts; which files hold
   * a required text), so that checkTree reads only the files the file pass did not see. Under
   * --changed-only, the files outside the change still go through checkFile for such a rule (findings
   * not reported), which reads each once and lets it go, rather than checkTree reading and keeping them.
   */
  readonly gathersForTree?: boolean | ((compiled: Compiled) => boolean);
  /** Whether the kind selects directories as well as files (path kinds). */
  readonly matchesDirectories?: boolean;
  /**
   * What a rule of this kind means when it selects nothing: `not-applicable` (nothing to look at: no
   * ✓, default) or `checked` (a forbidden path that is gone is the item done; a required file that
   * is missing is a finding).
   */
  readonly whenNothingSelected?: 'not-applicable' | 'checked';
  /**
   * Files beyond the selected ones whose change can change checkTree's answer (route-parity's FastAPI
   * side; the files a requirements file or Dockerfile pulls in). Used to skip a tree-level rule that a
   * change does not touch (--changed-only).
   */
  watches?(compiled: Compiled, path: string): boolean;
  /**
   * Texts checkFile asks `file.contains` about in every file: the engine looks for those of all rules on
   * a file in one pass (engine/literal-search.ts) before the rules run.
   */
  lookFor?(compiled: Compiled): readonly string[] | undefined;
  /** After the scan: why the rule did not check every file it selected (a pattern past its time budget). */
  incomplete?(compiled: Compiled): string | undefined;
  compile(options: z.infer<z.ZodObject<Shape>>, rule: Pick<RuleContext, 'id' | 'files'>): Compiled;
  checkFile?(file: SourceFile, compiled: Compiled, tree: TreeView): Awaitable<RawFinding[]>;
  checkTree?(
    tree: TreeView,
    compiled: Compiled,
    rule: RuleContext,
    selected: readonly string[]
  ): Awaitable<RawFinding[]>;
}

/** A kind of any option and compiled type: what the registry and compiled rules hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind ties its own types together through defineKind
export type AnyKindModule = KindModule<any, any>;

/** Identity function that keeps a kind's option and compiled types tied together. */
export function defineKind<Shape extends z.ZodRawShape, Compiled>(
  module: KindModule<Shape, Compiled>
): KindModule<Shape, Compiled> {
  return module;
}
