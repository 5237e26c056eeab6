// Endpoint parity between the Flask server and the FastAPI server (the strategy's `/ping` item and
// "FastAPI replaces every Flask endpoint"). `files` are the Flask side, `fastapi` the FastAPI side.
import type { RawFinding } from '../model.js';
import { extractRoutes, type Framework, type Route } from '../parsers/routes.js';
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
  pairs: Array<{ method: string; path: string; flask: string; fastapi: Array<string | null> }>;
}

const at = (r: FileRoute): string => `${r.file}:${r.region.line}`;

async function routesIn(
  tree: TreeView,
  paths: readonly string[],
  framework: Framework
): Promise<FileRoute[]> {
  const out: FileRoute[] = [];
  for (const path of paths) {
    const routes = await tree.memo(`routes:${framework}:${path}`, async () => {
      const file = await tree.read(path);
      return file ? extractRoutes(file.text, framework) : [];
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
    'Flask routes (`files`) without a FastAPI counterpart (`fastapi`) that serves every form Flask serves directly, once FastAPI routes exist; and health paths that FastAPI does not serve both with and without the trailing slash.',
  readsInTree: true,
  options: (z) => ({
    fastapi: z
      .array(z.string())
      .min(1)
      .describe('Globs of the files that form the FastAPI side (`files` is the Flask side).'),
    health: z
      .array(z.string().startsWith('/'))
      .optional()
      .describe(
        'Paths that FastAPI must serve directly both with and without the trailing slash. Default: ["/ping"].'
      )
  }),
  compile(options) {
    options.fastapi.forEach((g, i) => {
      const problem = globProblem(g);
      if (problem) throw new OptionError(`fastapi.${i}`, `glob '${g}' ${problem}`);
    });
    return {
      fastapi: compileGlobs(options.fastapi),
      health: (options.health ?? ['/ping']).map((h) => h.replace(/\/+$/, ''))
    };
  },
  watches: (compiled, path) => compiled.fastapi(path),
  async checkTree(tree, compiled, rule, selected): Promise<RawFinding[]> {
    const fastapiFiles = tree.files.filter((p) => compiled.fastapi(p));
    const flask = await routesIn(
      tree,
      selected.filter((p) => !compiled.fastapi(p)),
      'flask'
    );
    const fastapi = await routesIn(tree, fastapiFiles, 'fastapi');
    const pairs = pairRoutes(flask, fastapi);
    tree.publish('routes', {
      ruleId: rule.id,
      flask,
      fastapi,
      pairs: pairs.map((p) => ({
        method: p.method,
        path: p.path,
        flask: at(p.flask),
        fastapi: p.fastapi.map((r) => (r ? at(r) : null))
      }))
    } satisfies RouteTable);
    // Before the FastAPI server exists there is nothing to compare: the table is the whole story.
    if (fastapi.length === 0) return [];

    const findings: RawFinding[] = [];
    for (const health of compiled.health) {
      const forms = [health, `${health}/`];
      const served = forms.map((f) => servedBy(fastapi, 'GET', 'fastapi', f));
      const missing = forms.filter((_, i) => !served[i]);
      if (missing.length === 0) continue;
      const present = served.find((r) => r !== undefined);
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
      const route = pair.flask;
      const message =
        missing.length === pair.forms.length
          ? `\`${pair.method} ${pair.path}\` has no FastAPI counterpart.`
          : `\`${pair.method} ${pair.path}\` is served by Flask as ${pair.forms.map((f) => `\`${f}\``).join(' and ')}; FastAPI does not serve ${missing.map((f) => `\`${f}\``).join(', ')} directly.`;
      findings.push({ path: route.file, region: route.region, message });
    }
    return findings;
  }
});
