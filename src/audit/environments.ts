// Drop-in environments and where each stands: a folder matched by an audit glob that holds a Dockerfile
// or a requirements/pyproject file. Facts come from the same readers the rules use.
import { posix } from 'node:path';
import { declaredRequirements } from '../deps/collect.js';
import { fileTypeOf } from '../deps/file-types.js';
import { pythonClaims } from '../deps/python-declarations.js';
import type { TreeView } from '../kinds/kind.js';
import type { Finding } from '../model.js';
import { compileGlobs } from '../rules/globs.js';
import { majorMinor } from '../versions/specifiers.js';
import { groupBy } from '../arrays.js';

export const FLASK_STACK = ['flask', 'werkzeug', 'gunicorn', 'gevent'] as const;
export const FASTAPI_STACK = ['fastapi', 'uvicorn', 'httpx'] as const;

export interface EnvironmentFacts {
  path: string;
  /** `major.minor` of the environment's Python (the final image stage, else the packaging metadata), or null. */
  python: string | null;
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
}

const ENVIRONMENT_FILES = new Set(['dockerfile', 'requirements', 'pyproject']);

export async function findEnvironments(
  tree: TreeView,
  globs: readonly string[]
): Promise<EnvironmentFacts[]> {
  const matches = compileGlobs(globs);
  const dirOf = (file: string) => (posix.dirname(file) === '.' ? '' : posix.dirname(file));
  const filesIn = groupBy(
    tree.files.filter((file) => {
      const dir = dirOf(file);
      return (
        ENVIRONMENT_FILES.has(fileTypeOf(file) ?? '') && (dir === '' ? globs.includes('**') : matches(dir))
      );
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

/** The facts with the findings that fall inside each environment. */
export function withFindings(
  repository: string,
  facts: readonly EnvironmentFacts[],
  findings: readonly Finding[]
): Environment[] {
  return facts.map((env) => {
    const inside = findings.filter(
      (f) => env.path === '' || f.path.startsWith(`${env.path}/`) || f.path === env.path
    );
    const phases: Record<string, number> = {};
    for (const f of inside) phases[String(f.phase)] = (phases[String(f.phase)] ?? 0) + 1;
    const count = (s: Finding['severity']) => inside.filter((f) => f.severity === s).length;
    return {
      repository,
      ...env,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      phases
    };
  });
}
