// Tarballs shaped like GitHub's (`owner-repo-sha/` at the top), for audit tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import tarStream from 'tar-stream';

export interface TarEntry {
  name: string;
  content?: string | Buffer;
  type?: 'file' | 'symlink' | 'link' | 'directory';
  linkname?: string;
}

export async function makeTarball(entries: readonly TarEntry[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c) => chunks.push(c as Buffer));
  const finished = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  for (const e of entries) {
    const content = typeof e.content === 'string' ? Buffer.from(e.content) : (e.content ?? Buffer.alloc(0));
    await new Promise<void>((resolve, reject) =>
      pack.entry(
        {
          name: e.name,
          type: e.type ?? 'file',
          ...(e.linkname ? { linkname: e.linkname } : {}),
          size: e.type && e.type !== 'file' ? 0 : content.length
        },
        e.type && e.type !== 'file' ? Buffer.alloc(0) : content,
        (err) => (err ? reject(err) : resolve())
      )
    );
  }
  pack.finalize();
  await finished;
  return gzipSync(Buffer.concat(chunks));
}

/** The files of a folder as tar entries under `top/`. */
export function folderEntries(folder: string, top: string): TarEntry[] {
  const out: TarEntry[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ name: `${top}/${relative(folder, full)}`, content: readFileSync(full) });
    }
  };
  walk(folder);
  return out;
}
