// Builds the committed bundles: dist/index.js (the action) and dist/cli.js (the CLI), ESM, with the
// WebAssembly files they load copied beside them, so that both run with no node_modules.
// Deterministic: the same sources give byte-identical output (CI rebuilds and diffs dist/).
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

await rm('dist', { recursive: true, force: true });
await mkdir('dist');
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  // No code splitting: each entry is one self-contained file, and import.meta.url of the code that
  // locates the .wasm files is dist/ itself.
  splitting: false,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give them one.
  // zod's namespace re-exports ~50 translations of its messages; the bundle keeps English only
  // (the one zod configures and migration-gate uses), which saves parsing them at every start-up.
  plugins: [
    {
      name: 'zod-english-only',
      setup(build) {
        build.onLoad({ filter: /zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
          contents: 'export { default as en } from "./en.js";',
          resolveDir: dirname(require.resolve('zod/v4/locales/en.js'))
        }));
      }
    }
  ],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
  }
});
await copyFile(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), 'dist/web-tree-sitter.wasm');
await copyFile(require.resolve('tree-sitter-python/tree-sitter-python.wasm'), 'dist/tree-sitter-python.wasm');
