// A tree held in memory: a repository unpacked from a tarball (the audit), or a test's fixture.
import type { SkippedFile } from '../model.js';
import type { FileSource, ReadResult, TreeListing } from './source.js';

export class InMemorySource implements FileSource {
  private readonly files: Map<string, Uint8Array>;

  constructor(
    readonly label: string,
    files: ReadonlyMap<string, Uint8Array> | Record<string, string | Uint8Array>,
    private readonly links: readonly string[] = [],
    private readonly skipped: readonly SkippedFile[] = []
  ) {
    const entries = files instanceof Map ? [...files] : Object.entries(files);
    this.files = new Map(
      entries.map(([p, c]) => [p, typeof c === 'string' ? new TextEncoder().encode(c) : c])
    );
  }

  async list(): Promise<TreeListing> {
    const directories = new Set<string>();
    for (const path of [...this.files.keys(), ...this.links]) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) directories.add(parts.slice(0, i).join('/'));
    }
    return {
      files: [...this.files.keys()].sort(),
      directories: [...directories].sort(),
      links: [...this.links].sort(),
      skipped: [...this.skipped]
    };
  }

  async read(path: string, maxBytes: number): Promise<ReadResult> {
    const data = this.files.get(path);
    if (!data) return { ok: false, reason: 'unreadable (ENOENT)' };
    return data.byteLength > maxBytes
      ? { ok: false, reason: `larger than ${maxBytes} bytes` }
      : { ok: true, data };
  }
}
