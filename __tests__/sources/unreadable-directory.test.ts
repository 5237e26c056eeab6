// An unreadable directory is skipped with the reason, not fatal. Permissions cannot make a directory
// unreadable for root (CI runs as root), so readdirSync answers EACCES through a module mock instead.
import { jest } from '@jest/globals';
import * as realFs from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { temporaryDirectory } from '../temporary.js';

jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  readdirSync: (path: string, options: never) => {
    if (String(path).endsWith('/locked'))
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    return realFs.readdirSync(path, options);
  }
}));
const { LocalDirectory } = await import('../../src/sources/local-directory.js');

test('an unreadable directory is skipped with the reason; the rest is listed', async () => {
  const root = await temporaryDirectory('mg-locked-');
  await mkdir(join(root, 'locked'));
  await writeFile(join(root, 'locked', 'a.py'), 'import flask\n');
  await writeFile(join(root, 'b.py'), '');
  const listing = await new LocalDirectory(root).list();
  expect(listing.skipped).toEqual([{ path: 'locked', reason: 'unreadable directory (EACCES)' }]);
  expect(listing.files).toEqual(['b.py']);
  expect(listing.directories).toEqual(['locked']);
});
