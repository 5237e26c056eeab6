// Which FastAPI application replaces which Flask application. A repository may hold several of each
// (DRUM's prediction server and its error server; a folder per service in a monorepo). Each Flask app
// is compared with the FastAPI app whose route files are nearest to its own (the same module first,
// then the deepest common folder); with one FastAPI app, with that one. Where several are nearest
// within a shared folder, with all of those, and the report says so. Where no FastAPI app shares a
// folder with it and several exist elsewhere (a repository of unrelated projects), with none: its
// routes are listed, not compared, and the report says so — reporting a project's endpoints as
// missing from another project's API would be noise. Pure.
import type { LinkedRoute, RouteApp } from './link.js';

export interface AppPairing {
  flask: RouteApp;
  /** The FastAPI apps whose routes count as its counterparts. */
  counterparts: RouteApp[];
  /**
   * `nearest`: one app is nearest; `only`: there is one FastAPI app; `unclear`: several are nearest
   * (all compared); `none`: none shares a folder with it among several (none compared).
   */
  how: 'nearest' | 'only' | 'unclear' | 'none';
}

/** How close two files are: the number of folders they share, plus one when they are the same file. */
function closeness(a: string, b: string): number {
  if (a === b) return a.split('/').length + 1;
  const x = a.split('/');
  const y = b.split('/');
  let shared = 0;
  while (shared < x.length - 1 && shared < y.length - 1 && x[shared] === y[shared]) shared++;
  return shared;
}

export function pairApps(
  flaskApps: readonly RouteApp[],
  fastapiApps: readonly RouteApp[],
  routes: readonly LinkedRoute[]
): AppPairing[] {
  const filesOf = new Map<string, Set<string>>();
  for (const r of routes) filesOf.set(r.app, (filesOf.get(r.app) ?? new Set()).add(r.file));
  return flaskApps.map((flask) => {
    if (fastapiApps.length <= 1) return { flask, counterparts: [...fastapiApps], how: 'only' };
    const own = [...(filesOf.get(flask.id) ?? [])];
    const scored = fastapiApps.map((app) => ({
      app,
      score: Math.max(0, ...[...(filesOf.get(app.id) ?? [])].flatMap((f) => own.map((o) => closeness(o, f))))
    }));
    const best = Math.max(...scored.map((s) => s.score));
    const nearest = scored.filter((s) => s.score === best).map((s) => s.app);
    if (nearest.length === 1) return { flask, counterparts: nearest, how: 'nearest' };
    return best > 0
      ? { flask, counterparts: nearest, how: 'unclear' }
      : { flask, counterparts: [], how: 'none' };
  });
}
