// A directory on disk. The tree is untrusted: links are listed but never followed (so nothing outside
// the root is read), files are opened with O_NOFOLLOW and O_NONBLOCK (a path that turned into a FIFO
// after it was listed must not block the scan) and checked to be regular files once open, names are
// read as bytes (a name that is not UTF-8 is still read, and shown escaped: names.ts), and anything
// that cannot be read is skipped with the reason instead of failing the scan.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import type { SkippedFile } from '../model.js';
import { displayName } from './names.js';
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

const SLASH = Buffer.from('/');

export class LocalDirectory implements FileSource {
  /** The bytes of every path whose name is shown escaped (not plain UTF-8), by the text shown. */
  private readonly rawPaths = new Map<string, Buffer>();

  constructor(readonly root: string) {}

  get label(): string {
    return this.root;
  }

  async list(): Promise<TreeListing> {
    const files: string[] = [];
    const directories: string[] = [];
    const links: string[] = [];
    const skipped: SkippedFile[] = [];
    const root = Buffer.from(this.root);
    // An explicit stack, not recursion: trees hundreds of levels deep must not overflow anything.
    const stack: Array<{ path: string; raw: Buffer }> = [{ path: '', raw: Buffer.alloc(0) }];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries: Dirent<Buffer>[];
      try {
        // Synchronous, like reads: a thread-pool round trip per directory cost more than the listing.
        // Names as bytes: a name that is not UTF-8 must still be found again when it is read.
        const at = dir.raw.length ? Buffer.concat([root, SLASH, dir.raw]) : root;
        entries = readdirSync(at, { withFileTypes: true, encoding: 'buffer' });
      } catch (error) {
        skipped.push({ path: dir.path || '.', reason: `unreadable directory (${describe(error)})` });
        continue;
      }
      for (const entry of entries) {
        const name = displayName(entry.name);
        const path = dir.path ? `${dir.path}/${name}` : name;
        const raw = dir.raw.length ? Buffer.concat([dir.raw, SLASH, entry.name]) : Buffer.from(entry.name);
        if (raw.toString('utf8') !== path) this.rawPaths.set(path, raw);
        if (entry.isSymbolicLink()) links.push(path);
        else if (entry.isDirectory()) {
          if (IGNORED_DIRECTORIES.has(name)) continue;
          directories.push(path);
          stack.push({ path, raw });
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
      const raw = this.rawPaths.get(path);
      const at = raw ? Buffer.concat([Buffer.from(this.root), SLASH, raw]) : `${this.root}/${path}`;
      fd = openSync(at, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      if (!slab || SLAB_BYTES - slabUsed < FIRST_READ) {
        slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
        slabUsed = 0;
      }
      const first = readSync(fd, slab, slabUsed, FIRST_READ, 0);
      // What was listed as a file may be something else by now: a FIFO opened without blocking reads
      // nothing (or EAGAIN, below). Nothing read is worth one fstat to tell it from an empty file.
      if (first === 0 && !fstatSync(fd).isFile()) return { ok: false, reason: 'not a regular file' };
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
      if (describe(error) === 'EAGAIN') return { ok: false, reason: 'not a regular file' };
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
