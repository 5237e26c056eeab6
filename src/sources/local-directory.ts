// A directory on disk. The tree is untrusted: links are listed but never followed (so nothing outside
// the root is read), files are opened with O_NOFOLLOW, and anything that cannot be read is skipped
// with the reason instead of failing the scan.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { SkippedFile } from '../model.js';
import type { FileSource, ReadResult, TreeListing } from './source.js';

/** Directories never scanned: VCS data, installed dependencies, caches and virtual environments. */
export const IGNORED_DIRECTORIES: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  '__pycache__',
  '.venv',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache'
]);

const describe = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

export class LocalDirectory implements FileSource {
  constructor(readonly root: string) {}

  get label(): string {
    return this.root;
  }

  async list(): Promise<TreeListing> {
    const files: string[] = [];
    const directories: string[] = [];
    const links: string[] = [];
    const skipped: SkippedFile[] = [];
    // An explicit stack, not recursion: trees hundreds of levels deep must not overflow anything.
    const stack: string[] = [''];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries: Dirent[];
      try {
        // Synchronous, like reads: a thread-pool round trip per directory cost more than the listing.
        entries = readdirSync(join(this.root, dir), { withFileTypes: true });
      } catch (error) {
        skipped.push({ path: dir || '.', reason: `unreadable directory (${describe(error)})` });
        continue;
      }
      for (const entry of entries) {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isSymbolicLink()) links.push(path);
        else if (entry.isDirectory()) {
          if (IGNORED_DIRECTORIES.has(entry.name)) continue;
          directories.push(path);
          stack.push(path);
        } else if (entry.isFile()) files.push(path);
        else skipped.push({ path, reason: 'not a regular file' });
      }
    }
    return { files: files.sort(), directories: directories.sort(), links: links.sort(), skipped };
  }

  // Synchronous on purpose: for thousands of small files, a thread-pool round trip per open/stat/
  // read/close costs more than the reads themselves (measured with npm run bench). Most files are
  // small: one read into the free end of the current slab gets them whole (a short read of a regular
  // file is its end) and they are handed out as a view of it, without a copy; only a file that fills
  // the read is measured with fstat and given a buffer of its own.
  async read(path: string, maxBytes: number): Promise<ReadResult> {
    let fd: number | undefined;
    try {
      fd = openSync(`${this.root}/${path}`, constants.O_RDONLY | constants.O_NOFOLLOW);
      if (!slab || SLAB_BYTES - slabUsed < FIRST_READ) {
        slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
        slabUsed = 0;
      }
      const first = readSync(fd, slab, slabUsed, FIRST_READ, 0);
      const size = first < FIRST_READ ? first : fstatSync(fd).size;
      if (size > maxBytes)
        return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})` };
      if (first < FIRST_READ) {
        // The slab's part is never written again: the view stays valid however long it is kept.
        const data = slab.subarray(slabUsed, slabUsed + first);
        slabUsed += first;
        return { ok: true, data };
      }
      const data = Buffer.allocUnsafe(Math.max(size, first));
      slab.copy(data, 0, slabUsed, slabUsed + first);
      let read = first;
      while (read < data.length) {
        const n = readSync(fd, data, read, data.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return { ok: true, data: data.subarray(0, read) };
    } catch (error) {
      return { ok: false, reason: `unreadable (${describe(error)})` };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

/** Small files are read straight into slabs of this size, each file a view of its own part. */
const SLAB_BYTES = 1024 * 1024;
/** The first read of every file; a file that fills it is measured and read whole into its own buffer. */
const FIRST_READ = 64 * 1024;
let slab: Buffer | undefined;
let slabUsed = 0;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
