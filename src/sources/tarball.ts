// A repository tarball (GitHub's `tarball/{ref}`), unpacked into memory with guards: the archive is
// untrusted. Entries are named relative to the archive's top folder; absolute names and `..` are
// refused; links are listed (they exist) but never created or followed; files over the size limit are
// skipped with the reason; the entry count and total size are bounded. Nothing is written to disk.
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { posix } from 'node:path';
import tarStream from 'tar-stream';
import type { SkippedFile } from '../model.js';
import { InMemorySource } from './in-memory.js';
import { formatBytes } from './local-directory.js';
import { displayName } from './names.js';

export interface TarballLimits {
  maxFileBytes: number;
  /** Bytes the archive may unpack to, all entries counted (skipped ones too): a gzip bomb stops here. */
  maxTotalBytes: number;
  maxEntries: number;
}

/** A download that is not a (gzipped) tar archive at all: nothing of it is scanned. */
export class NotAnArchive extends Error {
  constructor(reason: string) {
    super(`the download is not a gzipped tar archive (${reason})`);
    this.name = 'NotAnArchive';
  }
}

export const DEFAULT_TARBALL_LIMITS: TarballLimits = {
  maxFileBytes: 2 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 200_000
};

/** A name decoded as latin1 (its bytes), as it is shown. */
const shown = (latin1: string): string => displayName(Buffer.from(latin1, 'latin1'));
/** A name that is text already (a pax path), as it is shown. */
const shownText = (text: string): string => displayName(Buffer.from(text, 'utf8'));

/** The entry's path inside the repository, or why it is refused. */
export function entryPath(name: string): { path: string } | { refused: string } {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return { refused: 'absolute path' };
  const withoutTop = name.split('/').slice(1).join('/');
  const normalized = posix.normalize(withoutTop).replace(/\/+$/, '');
  if (normalized === '.' || normalized === '') return { path: '' };
  if (normalized === '..' || normalized.startsWith('../') || withoutTop.split('/').includes('..'))
    return { refused: "leaves the archive with '..'" };
  return { path: normalized };
}

/** An unpacked archive; `incomplete` says why part of the repository was not read, if it was not. */
export class TarballSource extends InMemorySource {
  constructor(
    label: string,
    files: ReadonlyMap<string, Uint8Array>,
    links: readonly string[],
    skipped: readonly SkippedFile[],
    readonly incomplete?: string
  ) {
    super(label, files, links, skipped);
  }
}

export async function readTarball(
  label: string,
  archive: Uint8Array,
  limits: TarballLimits = DEFAULT_TARBALL_LIMITS
): Promise<TarballSource> {
  const files = new Map<string, Uint8Array>();
  const links: string[] = [];
  const skipped: SkippedFile[] = [];
  let entries = 0;
  let total = 0;
  let incomplete: string | undefined;
  const stopReading = (reason: string) => {
    incomplete ??= reason;
    return reason;
  };
  // Names as bytes (latin1 keeps every byte): a name is shown escaped where it is not plain UTF-8
  // (names.ts). A pax header's path is text already.
  const extract = tarStream.extract({ filenameEncoding: 'latin1' } as Parameters<
    typeof tarStream.extract
  >[0]);
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      // A damaged archive fails the entry being read as well as the extractor; the extractor's error
      // is the one handled (below), the entry's must not escape as an uncaught exception.
      stream.on('error', () => {});
      entries++;
      const paxPath = (header.pax as { path?: string } | undefined)?.path;
      const name = paxPath ?? header.name;
      const where = entryPath(name);
      const drain = (reason?: string, path = shown(name)) => {
        if (reason) skipped.push({ path, reason });
        stream.on('end', () => next());
        stream.resume();
      };
      if (entries > limits.maxEntries)
        return drain(
          entries === limits.maxEntries + 1
            ? stopReading(`more than ${limits.maxEntries} entries; the rest is not read`)
            : undefined,
          '.'
        );
      if ('refused' in where) return drain(`archive entry refused: ${where.refused}`, shown(name));
      const path = paxPath !== undefined ? shownText(where.path) : shown(where.path);
      if (header.type === 'symlink' || header.type === 'link') {
        links.push(path);
        return drain();
      }
      if (header.type !== 'file' || !path) return drain();
      const size = header.size ?? 0;
      if (size > limits.maxFileBytes)
        return drain(`larger than ${formatBytes(limits.maxFileBytes)} (${formatBytes(size)})`, path);
      if (total + size > limits.maxTotalBytes)
        return drain(
          stopReading(`the archive is larger than ${formatBytes(limits.maxTotalBytes)}; not read`),
          path
        );
      const chunks: Buffer[] = [];
      stream.on('data', (c) => chunks.push(c as Buffer));
      stream.on('end', () => {
        total += size;
        files.set(path, Buffer.concat(chunks));
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  const input = Readable.from([Buffer.from(archive)]);
  const gunzip = createGunzip();
  gunzip.on('error', (e) => extract.destroy(e));
  // Every unpacked byte counts, including those of entries that are skipped: a small download that
  // unpacks to 60 GiB is stopped at the limit, in seconds, not unpacked whole.
  let unpacked = 0;
  let bomb = false;
  gunzip.on('data', (chunk: Buffer) => {
    unpacked += chunk.length;
    if (unpacked > limits.maxTotalBytes && !bomb) {
      bomb = true;
      gunzip.destroy();
      extract.destroy(new Error('unpacked size limit'));
    }
  });
  input.pipe(gunzip).pipe(extract);
  try {
    await done;
  } catch (error) {
    if (bomb)
      skipped.push({
        path: '.',
        reason: stopReading(
          `the archive unpacks to more than ${formatBytes(limits.maxTotalBytes)}; what was read before is scanned`
        )
      });
    else if (entries === 0) throw new NotAnArchive((error as Error).message);
    else
      skipped.push({
        path: '.',
        reason: stopReading(
          `the archive is damaged (${(error as Error).message}); what was read before is scanned`
        )
      });
  }
  return new TarballSource(label, files, links, skipped, incomplete);
}
