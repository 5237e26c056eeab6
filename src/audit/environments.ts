// Drop-in environments and where each stands. Without a path glob, they are the environment roots of
// the repository's rule set (the environments profile finds them in any layout; a tree whose profiles
// have none, a Flask service, has no environments); with one, or with a rule file of one's own that
// defines no roots, every folder the glob matches that holds a Dockerfile or a requirements/pyproject
// file. Facts come from the
// same readers the rules use; each finding counts for the deepest environment that holds it.
import { posix } from 'node:path';
import { declaredRequirements } from '../deps/collect.js';
import { fileTypeOf } from '../deps/file-types.js';
import { pythonClaims } from '../deps/python-declarations.js';
import type { TreeView } from '../kinds/kind.js';
import type { Finding } from '../model.js';
import { compileGlobs } from '../rules/globs.js';
import { majorMinor } from '../versions/specifiers.js';
import { groupBy } from '../arrays.js';
import type { Roots } from '../engine/roots.js';

export const FLASK_STACK = ['flask', 'werkzeug', 'gunicorn', 'gevent'] as const;

/**
 * gunicorn started by something other than DRUM (a uvicorn worker class, `--use_gunicorn`, a `gunicorn`
 * command of its own) serves another app and is not part of the Flask stack the migration removes.
 * The environments profile's `gunicorn-serves-another-app` rule uses the same pattern (a test keeps
 * them equal).
 */
// A line that starts gunicorn has its arguments after it; `gunicorn \` ending a line lists a package.
export const GUNICORN_SERVES_ANOTHER_APP = {
  files: [
    '**/*.sh',
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/Procfile',
    '**/gunicorn*.py',
    '**/*.conf',
    '**/*.cfg',
    '**/*.toml'
  ],
  pattern: String.raw`\buvicorn(?:_worker|\.workers)\.Uvicorn(?:H11)?Worker\b|--use[-_]gunicorn\b|^[ \t]*(?:exec[ \t]+|nohup[ \t]+)?gunicorn[ \t]+[^\\\s]|\[\s*["']gunicorn["']`
};
const servesAnotherApp = {
  files: compileGlobs(GUNICORN_SERVES_ANOTHER_APP.files),
  pattern: new RegExp(GUNICORN_SERVES_ANOTHER_APP.pattern, 'm')
};
export const FASTAPI_STACK = ['fastapi', 'uvicorn', 'httpx'] as const;

export interface EnvironmentFacts {
  path: string;
  /** `major.minor` of the environment's Python (the final image stage, else the packaging metadata), or null. */
  python: string | null;
  /** The Flask stack installed (gunicorn only when it serves DRUM's Flask server, not an app of its own). */
  flaskStack: string[];
  fastapiStack: string[];
  /** A custom Flask extension (DRUM's `custom_flask.py`) that stops working under FastAPI. */
  customFlaskExtension: boolean;
}

export interface Environment extends EnvironmentFacts {
  repository: string;
  errors: number;
  warnings: number;
  notices: number;
  /** Findings per phase ("0".."5") inside the environment. */
  phases: Record<string, number>;
  /** Findings inside the environment that will block in the next stage and do not now (with a forecast). */
  blocksNext?: number;
}

/** The files that make a folder an environment when a path glob names it. */
const ENVIRONMENT_FILES = new Set(['dockerfile', 'requirements', 'pyproject']);
/** The files an environment's facts are read from. */
const FACT_FILES = new Set([
  'dockerfile',
  'requirements',
  'pyproject',
  'conda',
  'pipfile',
  'setup.py',
  'setup.cfg'
]);

export async function findEnvironments(
  tree: TreeView,
  globs: readonly string[],
  roots: ReadonlyMap<string, Roots> = new Map(),
  /** Whether the rules come from bundled profiles, which say what an environment is. */
  profiled = false
): Promise<EnvironmentFacts[]> {
  const matches = compileGlobs(globs);
  const dirOf = (file: string) => (posix.dirname(file) === '.' ? '' : posix.dirname(file));
  const environmentRoots = roots.get('environment');
  const anywhere = globs.length === 1 && globs[0] === '**';
  if (anywhere && profiled && !environmentRoots) return [];
  const filesIn =
    anywhere && environmentRoots
      ? groupBy(
          tree.files.filter((file) => {
            const root = environmentRoots.rootOf(file);
            return root !== undefined && FACT_FILES.has(fileTypeOf(file) ?? '');
          }),
          (file) => environmentRoots.rootOf(file)!
        )
      : groupBy(
          tree.files.filter((file) => {
            const dir = dirOf(file);
            return ENVIRONMENT_FILES.has(fileTypeOf(file) ?? '') && (dir === '' ? anywhere : matches(dir));
          }),
          dirOf
        );
  const out: EnvironmentFacts[] = [];
  for (const [path, files] of [...filesIn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const installed = new Set<string>();
    let python: string | null = null;
    for (const file of files) {
      for (const r of await declaredRequirements(tree, file)) installed.add(r.normalized);
      const versions = (await pythonClaims(tree, file))
        .map((c) => (c.version ? majorMinor(c.version) : undefined))
        .filter((v): v is string => v !== undefined);
      if (versions.length) python = versions[versions.length - 1]!;
    }
    if (installed.has('gunicorn') && (await gunicornServesAnotherApp(tree, path)))
      installed.delete('gunicorn');
    out.push({
      path,
      python,
      flaskStack: FLASK_STACK.filter((p) => installed.has(p)),
      fastapiStack: FASTAPI_STACK.filter((p) => installed.has(p)),
      customFlaskExtension: tree.exists(path ? `${path}/custom_flask.py` : 'custom_flask.py')
    });
  }
  return out;
}

async function gunicornServesAnotherApp(tree: TreeView, environment: string): Promise<boolean> {
  const prefix = environment ? `${environment}/` : '';
  for (const path of tree.files) {
    if (!path.startsWith(prefix) || !servesAnotherApp.files(path.slice(prefix.length))) continue;
    const file = await tree.read(path);
    if (file && servesAnotherApp.pattern.test(file.text)) return true;
  }
  return false;
}

/** The folder of `findings`' paths that is an environment, the deepest one (undefined when none). */
function environmentOf(path: string, environments: ReadonlySet<string>): string | undefined {
  for (let p = path; ; p = posix.dirname(p) === '.' ? '' : posix.dirname(p)) {
    if (environments.has(p)) return p;
    if (p === '') return undefined;
  }
}

/** The facts with the findings that fall inside each environment (a nested one's are its own). */
export function withFindings(
  repository: string,
  facts: readonly EnvironmentFacts[],
  findings: readonly Finding[],
  /** The forecast's findings (those that will block in the next stage), when there is a forecast. */
  blockingNext?: ReadonlyArray<{ path: string }>
): Environment[] {
  const paths = new Set(facts.map((e) => e.path));
  const inEnvironments = <T extends { path: string }>(items: readonly T[]) =>
    groupBy(
      items.filter((f) => environmentOf(f.path === '.' ? '' : f.path, paths) !== undefined),
      (f) => environmentOf(f.path === '.' ? '' : f.path, paths)!
    );
  const byEnvironment = inEnvironments(findings);
  const nextByEnvironment = blockingNext ? inEnvironments(blockingNext) : undefined;
  return facts.map((env) => {
    const inside = byEnvironment.get(env.path) ?? [];
    const phases: Record<string, number> = {};
    for (const f of inside) phases[String(f.phase)] = (phases[String(f.phase)] ?? 0) + 1;
    const count = (s: Finding['severity']) => inside.filter((f) => f.severity === s).length;
    return {
      repository,
      ...env,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      phases,
      ...(nextByEnvironment ? { blocksNext: nextByEnvironment.get(env.path)?.length ?? 0 } : {})
    };
  });
}
