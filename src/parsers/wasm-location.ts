import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Where a bundled .wasm file lives. The committed bundle carries its .wasm files next to itself
 * (dist/), so that `node dist/cli.js` works with no node_modules; from sources (tests, tsx) the
 * packages' own copies are used.
 */
export function locateWasm(fileName: string, packageSpecifier: string): string {
  const besideBundle = fileURLToPath(new URL(`./${fileName}`, import.meta.url));
  if (existsSync(besideBundle)) return besideBundle;
  return createRequire(import.meta.url).resolve(packageSpecifier);
}
