// Endpoint parity between the Flask server and the FastAPI server (the strategy's `/ping` item and
// "FastAPI replaces every Flask endpoint"). Routes are put together across modules as the frameworks
// do (routes/link.ts): each belongs to the framework of the object it hangs on and to the application
// that serves it, with every prefix applied; each Flask application is compared with the FastAPI
// application that replaces it (routes/pairing.ts). `files` (and `fastapi`, kept for rule files that
// name the FastAPI side apart) say which modules to start from; the modules they import within the
// tree are read too. Only modules that can declare routes are parsed.
import type { RawFinding } from '../model.js';
import { ROUTE_HINT, routeFactsOf, type ModuleRouteFacts } from '../parsers/route-facts.js';
import type { Framework, Route } from '../parsers/routes.js';
import { compileGlobs, globProblem } from '../rules/globs.js';
import {
  joinPaths,
  importTargets,
  linkRoutes,
  moduleFinder,
  type LinkedRoute,
  type ModuleInput,
  type RouteApp,
  type WsgiMount
} from '../routes/link.js';
import { pairApps } from '../routes/pairing.js';
import { directForms, pairRoutes, servedBy } from '../routes/parity.js';
import { defineKind, OptionError, type TreeView } from './kind.js';
import { isPythonPath } from './text-match.js';

/** The words of a health path FastAPI serves one way only (read back by missingHealthForm). */
const healthServedOneWay = (served: string, missing: string): string =>
  `FastAPI serves \`GET ${served}\` but not \`${missing}\` directly; callers that do not follow redirects fail.`;

/** The health path form a finding says FastAPI does not serve, when it is that finding (the route fixer's cue). */
export const missingHealthForm = (detail: string): string | undefined =>
  /^FastAPI serves `GET [^`]*` but not `([^`]*)` directly;/.exec(detail)?.[1];

/** A route, the file it is declared in, and the application that serves it (its label). */
export type FileRoute = Route & { file: string; app?: string };

/** The route table a route-parity rule publishes for the report. */
export interface RouteTable {
  ruleId: string;
  flask: FileRoute[];
  fastapi: FileRoute[];
  /** Routes whose framework could not be told (listed, not compared). */
  unknown: FileRoute[];
  pairs: Array<{
    method: string;
    path: string;
    flask: string;
    fastapi: Array<string | null>;
    /** The Flask application of the route, when there are several. */
    app?: string;
    /** False when no FastAPI application is paired with the route's app (it is listed, not compared). */
    compared?: false;
  }>;
  /** The applications found, and for each Flask one the FastAPI ones it is compared with. */
  apps?: Array<{
    app: string;
    framework: Framework | 'unknown';
    file: string;
    line: number;
    counterparts?: string[];
    pairing?: 'nearest' | 'only' | 'unclear' | 'none';
  }>;
}

/** A Flask route's form as FastAPI serves it through a WSGI mount at its top: at the mount's line. */
const throughMount = (route: LinkedRoute, form: string, mount: WsgiMount): LinkedRoute => ({
  ...route,
  path: form,
  strictSlashes: true,
  file: mount.file,
  region: { line: mount.line, column: 1, endLine: mount.line, endColumn: 1 }
});

/** How many modules imported by the selected ones are read, at most. */
const MAX_IMPORTED_MODULES = 2_000;

const at = (r: FileRoute): string => `${r.file}:${r.region.line}`;

/** The modules of a scan (its TreeView) that the file pass found without a hint of routes. */
const unhinted = new WeakMap<TreeView, Set<string>>();
function withoutRoutes(tree: TreeView): Set<string> {
  let set = unhinted.get(tree);
  if (!set) unhinted.set(tree, (set = new Set()));
  return set;
}

/** Where a module's route facts are kept for the scan (TreeView.memo). */
const factsKey = (path: string, always: boolean) => `route-facts:${always ? 'all' : 'hinted'}:${path}`;

/**
 * The names a module uses that may stand for an app, a blueprint or a router defined elsewhere: what
 * routes hang on, what is registered on what, what `url_map` is set on, the names wanted of it by
 * an importer, and the functions whose results are bound to any of those. Each as its first segment
 * and the attribute after it (`routes.router`).
 */
function referencedNames(
  facts: ModuleRouteFacts,
  wanted: ReadonlyArray<[string, string | undefined]>
): Array<[string, string | undefined]> {
  const split = (w: string): [string, string | undefined] => {
    const [first, second] = w.split('.');
    return [first!, second];
  };
  const out = [
    ...facts.routes.map((r) => split(r.owner)),
    ...facts.registrations.flatMap((r) => [split(r.parent), split(r.child)]),
    ...facts.lenientSlashes.map((l) => split(l.owner)),
    ...wanted
  ];
  // `model_api = base_api_blueprint(…)`: the function matters when the name does; `api =
  // SampleDto.api`: so does what the name is bound to.
  const needed = new Set(out.map(([name]) => name));
  const follows = [
    ...facts.aliases.map((a) => [a.name, a.callee] as const),
    ...facts.bindings.map((b) => [b.name, b.target] as const)
  ];
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, target] of follows)
      if (needed.has(name) && !needed.has(target.split('.')[0]!)) {
        needed.add(target.split('.')[0]!);
        out.push(split(target));
        grew = true;
      }
  }
  return out;
}

/** The names a module binds itself or imports by name (a star import can only give the others). */
function boundNames(facts: ModuleRouteFacts): Set<string> {
  return new Set([
    ...facts.imports.filter((i) => i.local !== '*').map((i) => i.local),
    ...facts.objects.map((o) => o.name),
    ...facts.aliases.map((a) => a.name),
    ...facts.bindings.map((b) => b.name)
  ]);
}

/**
 * The modules to link: the selected ones that can declare routes, and the modules they import from
 * the tree for a name they use as (or to make) an app, a blueprint or a router, followed through
 * (a router defined in one module and included in another; a name passed on by an `__init__.py`).
 */
async function routeModules(tree: TreeView, start: readonly string[]): Promise<ModuleInput[]> {
  const known = withoutRoutes(tree);
  const facts = (path: string, always: boolean) =>
    !always && known.has(path)
      ? Promise.resolve(null)
      : tree.memo(factsKey(path, always), async () => {
          const file = await tree.read(path);
          return file ? ((await routeFactsOf(file.text, always)) ?? null) : null;
        });
  let find: ReturnType<typeof moduleFinder> | undefined;
  const out = new Map<string, ModuleInput>();
  /** Names already followed out of each module. */
  const followed = new Set<string>();
  const queue: Array<{ path: string; imported: boolean; wanted: Array<[string, string | undefined]> }> =
    start.map((path) => ({ path, imported: false, wanted: [] }));
  let imported = 0;
  for (let next = 0; next < queue.length; next++) {
    const { path, imported: viaImport, wanted } = queue[next]!;
    let module = out.get(path);
    if (!module) {
      const found = await facts(path, viaImport);
      if (!found) continue;
      module = { path, facts: found };
      out.set(path, module);
    }
    const bound = boundNames(module.facts);
    for (const [name, attribute] of referencedNames(module.facts, wanted)) {
      if (followed.has(`${path}\0${name}\0${attribute ?? ''}`)) continue;
      followed.add(`${path}\0${name}\0${attribute ?? ''}`);
      // A name the module neither binds nor imports by name may come from a `from … import *`.
      const starred = !bound.has(name);
      for (const i of module.facts.imports) {
        if (i.local !== name && !(starred && i.local === '*')) continue;
        find ??= moduleFinder(tree.files.filter(isPythonPath));
        for (const target of importTargets(i)) {
          const found = find(target, path);
          if (found === undefined || imported >= MAX_IMPORTED_MODULES) continue;
          imported++;
          // In the module the name comes from: the name itself (and what is read off it); in a module
          // the name is: what is read off it (`routes.router`).
          const next: Array<[string, string | undefined]> =
            target.is === 'object'
              ? [[i.local === '*' ? name : i.name!, attribute]]
              : attribute !== undefined
                ? [[attribute, undefined]]
                : [];
          queue.push({ path: found, imported: true, wanted: next });
        }
      }
    }
  }
  return [...out.values()];
}

export const routeParity = defineKind({
  kind: 'route-parity',
  description:
    'Flask routes without a FastAPI counterpart that serves every form Flask serves directly, once FastAPI routes exist; and health paths that FastAPI does not serve both with and without the trailing slash. Routes are put together across modules as the frameworks do: each belongs to the framework of the object it is registered on and to the application serving it, with every prefix applied, and each Flask application is compared with the FastAPI one nearest to it. One `files` glob covers both apps.',
  // The facts of each selected module are read in the file pass (checkFile), so that the texts of
  // thousands of modules are not kept for the tree pass: only the few that declare routes are parsed.
  readsInTree: false,
  gathersForTree: true,
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
  checkFile(file, _compiled, tree): RawFinding[] | Promise<RawFinding[]> {
    if (!isPythonPath(file.path)) return [];
    // Most modules declare no route: noted without a promise, so that the tree pass skips them.
    if (!ROUTE_HINT.test(file.text)) {
      withoutRoutes(tree).add(file.path);
      return [];
    }
    return tree
      .memo(factsKey(file.path, false), async () => (await routeFactsOf(file.text)) ?? null)
      .then(() => []);
  },
  async checkTree(tree, compiled, rule, selected): Promise<RawFinding[]> {
    const fastapiSide = compiled.fastapi;
    const start = [...new Set([...selected, ...(fastapiSide ? tree.files.filter(fastapiSide) : [])])].filter(
      isPythonPath
    );
    const linked = linkRoutes(await routeModules(tree, start), (p) =>
      fastapiSide ? (fastapiSide(p) ? 'fastapi' : 'flask') : undefined
    );
    for (const note of linked.notes) tree.note(note);
    const apps = new Map(linked.apps.map((a) => [a.id, a]));
    const labelled = (r: LinkedRoute): FileRoute => {
      const { app, ...route } = r;
      return { ...route, app: apps.get(app)!.label };
    };
    const flask = linked.routes.filter((r) => r.framework === 'flask');
    const fastapi = linked.routes.filter((r) => r.framework === 'fastapi');
    const unknown = linked.routes.filter((r) => r.framework === 'unknown');
    for (const r of unknown)
      tree.note({
        path: r.file,
        line: r.region.line,
        message: `route \`${r.methods.join('|')} ${r.path}\` on \`${r.owner}\`: its framework cannot be told (\`${r.owner}\` is not built by Flask(), Blueprint(), FastAPI() or APIRouter() in the scanned modules, and its module imports both frameworks or neither); not compared`
      });
    const withRoutes = (framework: Framework) =>
      linked.apps.filter((a) => a.framework === framework && linked.routes.some((r) => r.app === a.id));
    const pairings = pairApps(withRoutes('flask'), withRoutes('fastapi'), linked.routes);
    for (const p of pairings)
      if (p.how === 'unclear' || p.how === 'none')
        tree.note({
          path: p.flask.file,
          line: p.flask.line,
          message:
            p.how === 'unclear'
              ? `which FastAPI application replaces \`${p.flask.label}\` is not clear: its routes are compared with those of ${p.counterparts.map((c) => `\`${c.label}\``).join(', ')}`
              : `no FastAPI application shares a folder with \`${p.flask.label}\`: its routes are listed, not compared (a FastAPI app in its folder, or a rule whose \`files\` select only this project, pairs them)`
        });
    const several = pairings.length > 1 || withRoutes('fastapi').length > 1;
    // The FastAPI routes each Flask app is compared with, gathered once per app (one list, indexed once).
    const counterpartRoutes = new Map(
      pairings.map((p) => {
        const ids = new Set(p.counterparts.map((c) => c.id));
        return [p.flask.id, fastapi.filter((r) => ids.has(r.app))] as const;
      })
    );
    const comparisons = pairings.flatMap((p) => {
      const mount = linked.wsgiMounts.get(p.flask.id);
      return pairRoutes(
        flask.filter((r) => r.app === p.flask.id),
        counterpartRoutes.get(p.flask.id)!
      ).map((pair) => {
        const compared = { ...pair, app: p.flask.label, compared: p.how !== 'none' };
        if (!mount) return compared;
        // Mounted through WSGI into the ASGI app: at the top, FastAPI serves every form Flask serves,
        // at the mount (Flask answers); under a path, only there. Either way the app was compared.
        return {
          ...compared,
          compared: true,
          mount,
          fastapi: pair.fastapi.map(
            (r, i) => r ?? (mount.prefix === '' ? throughMount(pair.flask, pair.forms[i]!, mount) : null)
          )
        };
      });
    });
    const byPairing = new Map(pairings.map((p) => [p.flask.id, p]));
    tree.publish('routes', {
      ruleId: rule.id,
      flask: flask.map(labelled),
      fastapi: fastapi.map(labelled),
      unknown: unknown.map(labelled),
      pairs: comparisons.map((p) => ({
        method: p.method,
        path: p.path,
        flask: at(p.flask),
        fastapi: p.fastapi.map((r) => (r ? at(r) : null)),
        ...(several ? { app: p.app } : {}),
        ...(p.compared ? {} : { compared: false as const })
      })),
      apps: [...withRoutes('flask'), ...withRoutes('fastapi')].map((a: RouteApp) => {
        const pairing = byPairing.get(a.id);
        return {
          app: a.label,
          framework: a.framework,
          file: a.file,
          line: a.line,
          ...(pairing ? { counterparts: pairing.counterparts.map((c) => c.label), pairing: pairing.how } : {})
        };
      })
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
    // What FastAPI serves through Flask apps mounted at its top, as routes at the mounts.
    const servedAtTop = flask.flatMap((r) => {
      const mount = linked.wsgiMounts.get(r.app);
      return mount?.prefix === '' ? directForms(r).map((f) => throughMount(r, f, mount)) : [];
    });
    // A health path reported here is not reported again as a Flask route without its counterpart.
    const reportedHealth = new Set<string>();
    for (const health of compiled.health) {
      const forms = [health, `${health}/`];
      // A health path is checked where one of the apps serves it.
      const known = [...flask, ...fastapi].some((r) =>
        forms.some((f) => servedBy([r], 'GET', 'fastapi', f) || servedBy([r], 'GET', 'flask', f))
      );
      if (!known) continue;
      const served = forms.map(
        (f) => servedBy(fastapi, 'GET', 'fastapi', f) ?? servedBy(servedAtTop, 'GET', 'fastapi', f)
      );
      const missing = forms.filter((_, i) => !served[i]);
      if (missing.length === 0) continue;
      const present = served.find((r) => r !== undefined);
      for (const form of forms) reportedHealth.add(form);
      findings.push(
        present
          ? {
              path: present.file,
              region: present.region,
              message: healthServedOneWay(present.path, missing[0]!)
            }
          : { path: fastapi[0]!.file, message: `FastAPI serves neither \`${forms[0]}\` nor \`${forms[1]}\`.` }
      );
    }
    for (const pair of comparisons) {
      if (!pair.compared) continue;
      const missing = pair.forms.filter((_, i) => pair.fastapi[i] === null);
      if (missing.length === 0) continue;
      if (pair.method === 'GET' && missing.every((form) => reportedHealth.has(form))) continue;
      const route = pair.flask;
      const counterparts = counterpartRoutes.get(route.app)!;
      // FastAPI serving only the other slash form is the commonest near miss: say so.
      const other = pair.path.endsWith('/') ? pair.path.replace(/\/+$/, '') : `${pair.path}/`;
      const nearMiss = other !== '' ? servedBy(counterparts, pair.method, 'flask', other) : undefined;
      const mount = 'mount' in pair ? pair.mount : undefined;
      const message = mount
        ? `\`${pair.method} ${pair.path}\` is served by FastAPI only under \`${mount.prefix}\` (as ${missing.map((f) => `\`${joinPaths('flask', mount.prefix, f)}\``).join(' and ')}), through the Flask app mounted at ${mount.file}:${mount.line}; callers of ${missing.map((f) => `\`${f}\``).join(' and ')} fail.`
        : missing.length < pair.forms.length
          ? `\`${pair.method} ${pair.path}\` is served by Flask as ${pair.forms.map((f) => `\`${f}\``).join(' and ')}; FastAPI does not serve ${missing.map((f) => `\`${f}\``).join(', ')} directly.`
          : nearMiss
            ? `\`${pair.method} ${pair.path}\`: FastAPI serves \`${nearMiss.path}\` (${nearMiss.file}:${nearMiss.region.line}) but not \`${pair.path}\`, which it redirects; callers that do not follow redirects fail.`
            : `\`${pair.method} ${pair.path}\` has no FastAPI counterpart${
                several
                  ? ` in ${byPairing
                      .get(route.app)!
                      .counterparts.map((c) => `\`${c.label}\``)
                      .join(', ')}`
                  : ''
              }.`;
      findings.push({ path: route.file, region: route.region, message });
    }
    // Flask routes that no FastAPI app was paired with were listed, not compared: that is no ✓.
    if (findings.length === 0 && comparisons.length > 0 && comparisons.every((c) => !c.compared)) {
      rule.notApplicable(
        `no FastAPI application is paired with the Flask ${pairings.length === 1 ? 'app' : 'apps'} (${comparisons.length} Flask ${comparisons.length === 1 ? 'route' : 'routes'} listed, not compared; see the notes)`
      );
      return [];
    }
    // A blueprint registered on two apps has its routes compared twice: each finding once.
    const seen = new Set<string>();
    return findings.filter((f) => {
      const key = `${f.path}\0${f.region?.line}\0${f.message}`;
      return !seen.has(key) && seen.add(key);
    });
  }
});
