// Builds the committed bundles: dist/index.js (the action) and dist/cli.js (the CLI), ESM, with the
// WebAssembly files they load copied beside them, so that both run with no node_modules.
// Deterministic: the same sources give byte-identical output (CI rebuilds and diffs dist/).
import { build } from 'esbuild';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
// Some bundled CommonJS dependencies call require(); give them one.
const REQUIRE_BANNER = {
  js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
};

/**
 * The bundled profiles, read and validated by the loader itself (src/rules/snapshot.ts, bundled in
 * memory), as JSON: dist/ then starts without YAML or zod when a profile is unchanged (load.ts).
 * A mistake in a profile stops the build here, with the loader's message.
 */
async function ruleTextSnapshot() {
  const folder = await mkdtemp(join(tmpdir(), 'migration-gate-bundle-'));
  try {
    const loader = join(folder, 'snapshot.mjs');
    await build({
      entryPoints: ['src/rules/snapshot.ts'],
      outfile: loader,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
      banner: REQUIRE_BANNER
    });
    const { profileSnapshots } = await import(pathToFileURL(loader).href);
    return profileSnapshots((file) => readFile(file, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const snapshot = await ruleTextSnapshot();
await rm('dist', { recursive: true, force: true });
await mkdir('dist');
/**
 * @actions/core imports @actions/http-client (undici, tunnel) for OIDC tokens and @actions/exec for
 * platform details; migration-gate uses neither, yet as plain imports they would be evaluated at every
 * start. Declared free of side effects, they are kept only where their exports are used: the Octokit
 * chunk, loaded when a token is given.
 */
const toolkitTransportsWithoutSideEffects = {
  name: 'toolkit-transports-without-side-effects',
  setup(build) {
    build.onResolve(
      { filter: /^(@actions\/http-client|@actions\/exec|@actions\/io|undici|tunnel)(\/|$)/ },
      async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const { path, errors } = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving'
        });
        return errors.length ? { errors } : { path, sideEffects: false };
      }
    );
  }
};

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  // Code splitting, so that what a run may not need is read only when it is: Octokit and its HTTP
  // stack (only with a token), tree-sitter (only with Python to parse), the CLI's audit. Chunks sit
  // in dist/ itself, next to the .wasm files the parser locates from import.meta.url.
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  define: { __MIGRATION_GATE_BUNDLED_RULES__: JSON.stringify(snapshot) },
  logLevel: 'warning',
  // zod's namespace re-exports ~50 translations of its messages; the bundle keeps English only
  // (the one zod configures and migration-gate uses), which saves parsing them at every start-up.
  plugins: [
    toolkitTransportsWithoutSideEffects,
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
  banner: REQUIRE_BANNER
});
await copyFile(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), 'dist/web-tree-sitter.wasm');
await copyFile(require.resolve('tree-sitter-python/tree-sitter-python.wasm'), 'dist/tree-sitter-python.wasm');
