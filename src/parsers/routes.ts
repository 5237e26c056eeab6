// HTTP routes declared in Python, one module at a time. Flask: `@x.route(path, methods=…,
// strict_slashes=…)`, Flask 2's `@x.get/post/…`, `x.add_url_rule(path, …)`, with literal `url_prefix`
// from `Blueprint(…)` or `register_blueprint(…)`. FastAPI: `@x.get/post/put/delete/patch/options/
// head(path, …)`, `@x.api_route(path, methods=…)`, `x.add_api_route(path, …)`, with literal `prefix`
// from `APIRouter(…)` or `include_router(…)`.
// Which framework serves a route is decided by the object it hangs on: what constructed `x`
// (`Flask`/`Blueprint` from flask, `FastAPI`/`APIRouter` from fastapi, aliases and `import flask` forms
// included; module-level, function-local or attribute owners, or what a function returns), then the
// registration's own form (`route`/`add_url_rule` are Flask's, `api_route`/`add_api_route` FastAPI's),
// then what the module imports; failing all, a caller's fallback, else `unknown`.
// The facts are read by route-facts.ts and put together by routes/link.ts, which does the same across
// the modules of a tree (the route-parity kind).
import { formOf, linkRoutes, type Route } from '../routes/link.js';
import { routeFactsOf, type Framework } from './route-facts.js';

export type { Framework } from './route-facts.js';
export { joinPaths } from '../routes/link.js';
export type { Route } from '../routes/link.js';

const brief = ({ framework, methods, path, strictSlashes, owner, region }: Route): Route => ({
  framework,
  methods,
  path,
  strictSlashes,
  owner,
  region
});

/**
 * Every route of a module, each with the framework that serves it (see the top of this file); a
 * route whose framework nothing decides gets `fallback`, else `unknown`.
 */
export async function findRoutes(text: string, fallback?: Framework): Promise<Route[]> {
  const facts = await routeFactsOf(text);
  if (!facts) return [];
  return linkRoutes([{ path: 'module.py', facts }], () => fallback).routes.map(brief);
}

/** Routes of one framework, every registration read as that framework's (the caller knows the file's framework). */
export async function extractRoutes(text: string, framework: Framework): Promise<Route[]> {
  const facts = await routeFactsOf(text);
  if (!facts) return [];
  const own = {
    ...facts,
    routes: facts.routes.filter((r) => formOf(framework, r.form)),
    objects: facts.objects.filter((o) => o.framework === framework)
  };
  return linkRoutes([{ path: 'module.py', facts: own }], () => framework).routes.map((r) =>
    brief({ ...r, framework })
  );
}
