import type { SkippedFile } from '../model.js';

/** The paths of a tree, relative with forward slashes, each list sorted. */
export interface TreeListing {
  files: string[];
  directories: string[];
  /** Symbolic links are listed (they exist) but never read or followed. */
  links: string[];
  skipped: SkippedFile[];
}

export type ReadResult = { ok: true; data: Uint8Array } | { ok: false; reason: string };

/** Where the scanned files come from: a local directory today; a git ref or a tarball later. */
export interface FileSource {
  /** How the tree is named in reports (a directory, a repository@ref). */
  readonly label: string;
  list(): Promise<TreeListing>;
  read(path: string, maxBytes: number): Promise<ReadResult>;
}
