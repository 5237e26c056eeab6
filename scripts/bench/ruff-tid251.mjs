// ruff's banned-import check (TID251), for the import rule alone to be compared with: native ruff when
// it is on PATH (`pip install ruff`; it is not packaged for Debian 12). Its WebAssembly build on npm was
// tried and is not used: compiling its 10 MB module alone takes ~2.5 s, which would flatter the gate.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BANNED = ['flask', 'werkzeug', 'gunicorn', 'gevent'];

/** The command that runs ruff's TID251 for the banned modules over a tree, or undefined without ruff. */
export function ruffCommand(root) {
  const version = spawnSync('ruff', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) return undefined;
  const config = join(tmpdir(), 'migration-gate-bench-ruff.toml');
  writeFileSync(
    config,
    [
      '[lint]',
      'select = ["TID251"]',
      '[lint.flake8-tidy-imports.banned-api]',
      ...BANNED.map((m) => `"${m}".msg = "the Flask stack goes"`)
    ].join('\n')
  );
  return {
    version: version.stdout.trim(),
    command: 'ruff',
    args: ['check', '--no-cache', '--quiet', '--exit-zero', '--config', config, root]
  };
}
