import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalDirectory } from '../../src/sources/local-directory.js';
import { temporaryDirectory } from '../temporary.js';

async function tree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await temporaryDirectory('mg-tree-');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

describe('LocalDirectory', () => {
  test('lists files and directories, relative with forward slashes, sorted, skipping VCS and dependency folders', async () => {
    const root = await tree({
      'b.py': '',
      'a/x.py': '',
      '.git/config': '',
      'node_modules/m/i.js': '',
      'a/__pycache__/x.pyc': '',
      '.github/w.yml': ''
    });
    const listing = await new LocalDirectory(root).list();
    expect(listing.files).toEqual(['.github/w.yml', 'a/x.py', 'b.py']);
    expect(listing.directories).toEqual(['.github', 'a']);
  });

  test('symbolic links are listed but never followed, even to a directory outside the root', async () => {
    const outside = await tree({ 'secret.py': 'import flask\n' });
    const root = await tree({ 'a.py': '' });
    await symlink(outside, join(root, 'escape'));
    await symlink(join(outside, 'secret.py'), join(root, 'link.py'));
    await symlink('loop', join(root, 'loop'));
    const source = new LocalDirectory(root);
    const listing = await source.list();
    expect(listing.files).toEqual(['a.py']);
    expect(listing.links).toEqual(['escape', 'link.py', 'loop']);
    const read = await source.read('link.py', 1000);
    expect(read.ok).toBe(false);
  });

  test('files over the size limit are skipped with the reason', async () => {
    const root = await tree({ 'big.py': 'x'.repeat(2048) });
    expect(await new LocalDirectory(root).read('big.py', 1024)).toEqual({
      ok: false,
      reason: 'larger than 1.0 KiB (2.0 KiB)'
    });
  });

  test('a tree 200 directories deep is walked without trouble', async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/');
    const root = await tree({ [`${deep}/f.py`]: 'x' });
    const listing = await new LocalDirectory(root).list();
    expect(listing.files).toEqual([`${deep}/f.py`]);
  });

  // Small files come whole from one read into a scratch buffer; a file that fills it is measured.
  test.each([0, 1, 65_535, 65_536, 65_537, 300_000])(
    'a file of %i bytes is read whole, byte for byte, between reads of other sizes',
    async (size) => {
      const content = Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + size) % 251));
      const root = await tree({ 'f.bin': content, 'other.py': 'y'.repeat(70_000), 'tiny.py': 'z' });
      const source = new LocalDirectory(root);
      const before = await source.read('other.py', 1_000_000);
      const read = await source.read('f.bin', 1_000_000);
      await source.read('tiny.py', 1_000_000);
      expect(read.ok && Buffer.compare(read.data, content)).toBe(0);
      expect(before.ok && before.data.length).toBe(70_000);
    }
  );

  // Small files are views of a shared slab: one kept while many others are read must not change.
  test('files kept while others are read stay as they were read', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [
        `f${i}.py`,
        String.fromCharCode(97 + (i % 26)).repeat(20_000 + i * 500)
      ])
    );
    const root = await tree(files);
    const source = new LocalDirectory(root);
    const reads = [];
    for (const path of Object.keys(files)) reads.push([path, await source.read(path, 1_000_000)] as const);
    for (const [path, read] of reads)
      expect([path, read.ok && Buffer.from(read.data).toString()]).toEqual([path, files[path]]);
  });

  test.each([
    [5_000, 1_000, 'larger than 1000 B (4.9 KiB)'],
    [70_000, 65_536, 'larger than 64.0 KiB (68.4 KiB)'],
    [65_536, 65_535, 'larger than 64.0 KiB (64.0 KiB)']
  ])('a %i-byte file over a %i-byte limit is skipped with its size', async (size, limit, reason) => {
    const root = await tree({ 'f.py': 'x'.repeat(size) });
    expect(await new LocalDirectory(root).read('f.py', limit)).toEqual({ ok: false, reason });
  });

  test('a file at the limit is read', async () => {
    const root = await tree({ 'f.py': 'x'.repeat(1000) });
    const read = await new LocalDirectory(root).read('f.py', 1000);
    expect(read.ok && read.data.length).toBe(1000);
  });
});
