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
});
