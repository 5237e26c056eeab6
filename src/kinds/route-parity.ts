// Endpoint parity between the Flask server and the FastAPI server (the strategy's `/ping` item and
// "FastAPI replaces every Flask endpoint"). Each route's framework is the object it hangs on
// (parsers/routes.ts: findRoutes), so both apps may live in one module; `files` (and `fastapi`, kept
// for rule files that name the FastAPI side apart) say which modules to read.
import type { RawFinding } from '../model.js';
import { findRoutes, type Framework, type Route } from '../parsers/routes.js';
import { compileGlobs, globProblem } from '../rules/globs.js';
import { pairRoutes, servedBy } from '../routes/parity.js';
import { defineKind, OptionError, type TreeView } from './kind.js';
import { appendAll } from '../arrays.js';

/** A route and the file it is declared in. */
export type FileRoute = Route & { file: string };

/** The route table a route-parity rule publishes for the report. */
export interface RouteTable {
  ruleId: string;
  flask: FileRoute[];
  fastapi: FileRoute[];
  /** Routes whose framework could not be told (listed, not compared). */
  unknown: FileRoute[];
  pairs: Array<{ method: string; path: string; flask: string; fastapi: Array<string | null> }>;
}

const at = (r: FileRoute): string => `${r.file}:${r.region.line}`;

async function routesIn(
  tree: TreeView,
  paths: readonly string[],
  fallback: (path: string) => Framework | undefined
): Promise<FileRoute[]> {
  const out: FileRoute[] = [];
  for (const path of paths) {
    const otherwise = fallback(path);
    const routes = await tree.memo(`routes:${otherwise ?? ''}:${path}`, async () => {
      const file = await tree.read(path);
      return file ? findRoutes(file.text, otherwise) : [];
    });
    appendAll(
      out,
      routes.map((r) => ({ ...r, file: path }))
    );
  }
  return out;
}

export const routeParity = defineKind({
  kind: 'route-parity',
  description:
    'Flask routes without a FastAPI counterpart that serves every form Flask serves directly, once FastAPI routes exist; and health paths that FastAPI does not serve both with and without the trailing slash. A route belongs to the framework of the object it is registered on, so one `files` glob covers both apps.',
  readsInTree: true,
  options: (z) => ({
    fastapi: z
      .array(z.string())
      .min(1)
      .optional()
      .describe(
        'More files to read (globs), whose routes count as FastAPI when what they hang on cannot be told; routes of other files then count as Flask. Without it, such routes are listed as framework unknown.'
      ),
    health: z
      .array(z.string().startsWith('/'))
      .optional()
      .describe(
        'Paths that FastAPI must serve directly both with and without the trailing slash, when either app serves them. Default: ["/ping"].'
      )
  }),
  compile(options) {
    (options.fastapi ?? []).forEach((g, i) => {
      const problem = globProblem(g);
      if (problem) throw new OptionError(`fastapi.${i}`, `glob '${g}' ${problem}`);
    });
    return {
      fastapi: options.fastapi ? compileGlobs(options.fastapi) : undefined,
      health: (options.health ?? ['/ping']).map((h) => h.replace(/\/+$/, ''))
    };
  },
  watches: (compiled, path) => compiled.fastapi?.(path) ?? false,
  async checkTree(tree, compiled, rule, selected): Promise<RawFinding[]> {
    const fastapiSide = compiled.fastapi;
    const paths = [...new Set([...selected, ...(fastapiSide ? tree.files.filter(fastapiSide) : [])])];
    const routes = await routesIn(tree, paths, (p) =>
      fastapiSide ? (fastapiSide(p) ? 'fastapi' : 'flask') : undefined
    );
    const flask = routes.filter((r) => r.framework === 'flask');
    const fastapi = routes.filter((r) => r.framework === 'fastapi');
    const unknown = routes.filter((r) => r.framework === 'unknown');
    for (const r of unknown)
      tree.note({
        path: r.file,
        line: r.region.line,
        message: `route \`${r.methods.join('|')} ${r.path}\` on \`${r.owner}\`: its framework cannot be told (\`${r.owner}\` is not built in this module by Flask(), Blueprint(), FastAPI() or APIRouter(), and the module imports both frameworks or neither); not compared`
      });
    const pairs = pairRoutes(flask, fastapi);
    tree.publish('routes', {
      ruleId: rule.id,
      flask,
      fastapi,
      unknown,
      pairs: pairs.map((p) => ({
        method: p.method,
        path: p.path,
        flask: at(p.flask),
        fastapi: p.fastapi.map((r) => (r ? at(r) : null))
      }))
    } satisfies RouteTable);
    // Before the FastAPI server exists there is nothing to compare: the table is the whole story.
    if (fastapi.length === 0) {
      rule.notApplicable(
        flask.length
          ? `no FastAPI routes yet (${flask.length} Flask routes listed)`
          : 'no Flask or FastAPI routes'
      );
      return [];
    }

    const findings: RawFinding[] = [];
    // A health path reported here is not reported again as a Flask route without its counterpart.
    const reportedHealth = new Set<string>();
    for (const health of compiled.health) {
      const forms = [health, `${health}/`];
      // A health path is checked where one of the apps serves it.
      const known = [...flask, ...fastapi].some((r) =>
        forms.some((f) => servedBy([r], 'GET', 'fastapi', f) || servedBy([r], 'GET', 'flask', f))
      );
      if (!known) continue;
      const served = forms.map((f) => servedBy(fastapi, 'GET', 'fastapi', f));
      const missing = forms.filter((_, i) => !served[i]);
      if (missing.length === 0) continue;
      const present = served.find((r) => r !== undefined);
      for (const form of forms) reportedHealth.add(form);
      findings.push(
        present
          ? {
              path: present.file,
              region: present.region,
              message: `FastAPI serves \`GET ${present.path}\` but not \`${missing[0]}\` directly; callers that do not follow redirects fail.`
            }
          : { path: fastapi[0]!.file, message: `FastAPI serves neither \`${forms[0]}\` nor \`${forms[1]}\`.` }
      );
    }
    for (const pair of pairs) {
      const missing = pair.forms.filter((_, i) => pair.fastapi[i] === null);
      if (missing.length === 0) continue;
      if (pair.method === 'GET' && missing.every((form) => reportedHealth.has(form))) continue;
      const route = pair.flask;
      // FastAPI serving only the other slash form is the commonest near miss: say so.
      const other = pair.path.endsWith('/') ? pair.path.replace(/\/+$/, '') : `${pair.path}/`;
      const nearMiss = other !== '' ? servedBy(fastapi, pair.method, 'flask', other) : undefined;
      const message =
        missing.length < pair.forms.length
          ? `\`${pair.method} ${pair.path}\` is served by Flask as ${pair.forms.map((f) => `\`${f}\``).join(' and ')}; FastAPI does not serve ${missing.map((f) => `\`${f}\``).join(', ')} directly.`
          : nearMiss
            ? `\`${pair.method} ${pair.path}\`: FastAPI serves \`${nearMiss.path}\` (${nearMiss.file}:${nearMiss.region.line}) but not \`${pair.path}\`, which it redirects; callers that do not follow redirects fail.`
            : `\`${pair.method} ${pair.path}\` has no FastAPI counterpart.`;
      findings.push({ path: route.file, region: route.region, message });
    }
    return findings;
  }
});
