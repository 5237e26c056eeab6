// Which Flask endpoints FastAPI serves, with the frameworks' real semantics:
// - Flask serves a rule ending in `/` at that path and redirects the bare form (strict_slashes=True,
//   the default); `strict_slashes=False` serves both forms directly. FastAPI serves exactly its path
//   (and redirects the other form). Clients such as health checkers may not follow redirects, so a
//   counterpart must serve every form Flask serves directly.
// - Parameters match by kind, not name: `<x>`/`<int:x>` ~ `{x}`; `<path:p>` ~ `{p:path}`. A catch-all
//   `{path:path}` only matches a Flask path converter, never a specific endpoint.
import type { Route } from '../parsers/routes.js';

export function canonicalPath(route: Pick<Route, 'framework'>, path: string): string {
  const pattern = route.framework === 'flask' ? /<(?:(\w+)(?:\([^)]*\))?:)?\w+>/g : /\{\w+(?::(\w+))?\}/g;
  return path.replace(pattern, (_m, converter: string | undefined) => (converter === 'path' ? '{*}' : '{}'));
}

/** The paths a route answers without a redirect. */
export function directForms(route: Route): string[] {
  if (route.framework === 'fastapi' || route.strictSlashes || route.path === '/') return [route.path];
  const bare = route.path.replace(/\/+$/, '');
  return [bare, `${bare}/`];
}

/** Methods that need a counterpart (HEAD and OPTIONS are answered automatically by both frameworks). */
export const checkedMethods = (route: Route): string[] =>
  route.methods.filter((m) => m !== 'HEAD' && m !== 'OPTIONS');

/**
 * Each list of routes asked about, indexed once by method and canonical path (the first route of the
 * list for each): asking is then a lookup, not a pass over the list — a tree with thousands of routes
 * asked thousands of times was quadratic.
 */
const indexes = new WeakMap<readonly Route[], Map<string, Route>>();
function indexOf(routes: readonly Route[]): Map<string, Route> {
  let index = indexes.get(routes);
  if (!index) {
    index = new Map();
    for (const r of routes) {
      const path = canonicalPath(r, r.path);
      for (const method of r.methods) if (!index.has(`${method} ${path}`)) index.set(`${method} ${path}`, r);
    }
    indexes.set(routes, index);
  }
  return index;
}

/** The FastAPI route that serves `method path` directly, if any (the first in the list's order). */
export function servedBy<R extends Route>(
  fastapi: readonly R[],
  method: string,
  framework: Route['framework'],
  path: string
): R | undefined {
  return indexOf(fastapi).get(`${method} ${canonicalPath({ framework }, path)}`) as R | undefined;
}

export interface RoutePair<R extends Route = Route> {
  method: string;
  path: string;
  flask: R;
  /** The FastAPI route for each directly served form; null where FastAPI does not serve it directly. */
  fastapi: Array<R | null>;
  forms: string[];
}

export function pairRoutes<R extends Route>(flask: readonly R[], fastapi: readonly R[]): Array<RoutePair<R>> {
  return flask.flatMap((route) =>
    checkedMethods(route).map((method) => {
      const forms = directForms(route);
      return {
        method,
        path: route.path,
        flask: route,
        forms,
        fastapi: forms.map((f) => servedBy(fastapi, method, 'flask', f) ?? null)
      };
    })
  );
}
