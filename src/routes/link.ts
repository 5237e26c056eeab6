// Routes put together across modules, as the frameworks do at run time: each route hangs on an object
// (an app, a blueprint, a router) found by name in the scopes of its module, through imports within
// the scanned tree, and through functions that return one (`model_api = base_api_blueprint()`);
// blueprints and routers registered on an app (`register_blueprint`, `include_router`, `mount`)
// take their prefixes, in every module. Each route ends up in the application (the root object) that
// serves it, with its full path. What cannot be resolved falls back to what the module itself says
// (the registration's form, the framework it imports), and is never guessed silently. Pure.
import type { Region } from '../model.js';
import type {
  Framework,
  FunctionFact,
  ImportFact,
  ModuleRouteFacts,
  ObjectFact,
  ReturnFact,
  RouteFact
} from '../parsers/route-facts.js';

export interface ModuleInput {
  path: string;
  facts: ModuleRouteFacts;
}

export interface Route {
  framework: Framework | 'unknown';
  /** Upper-case methods as declared (defaults applied: GET). */
  methods: string[];
  /** The path with every literal prefix applied, as written (`/ping/`, `/nim/<path:path>`). */
  path: string;
  /** Flask only: false when `strict_slashes=False`, on the route or its app (both slash forms served directly). */
  strictSlashes: boolean;
  /** The variable the route is registered on (`model_api`, `router`). */
  owner: string;
  region: Region;
}

export interface LinkedRoute extends Route {
  file: string;
  /** The application serving it (RouteApp.id). */
  app: string;
}

export interface RouteApp {
  id: string;
  /** How the report names it: the object and where it is built. */
  label: string;
  framework: Framework | 'unknown';
  file: string;
  line: number;
}

export interface LinkNote {
  path: string;
  line: number;
  message: string;
}

export interface Linked {
  routes: LinkedRoute[];
  apps: RouteApp[];
  notes: LinkNote[];
  /** Flask apps an ASGI app serves through a WSGI mount, by the Flask app's id. */
  wsgiMounts: Map<string, WsgiMount>;
}

/** `fastapi_app.mount("/legacy", WSGIMiddleware(flask_app))`: FastAPI serves the Flask app's routes under the path. */
export interface WsgiMount {
  /** The mount path, '' for the top. */
  prefix: string;
  file: string;
  line: number;
  written: string;
}

/** A route's path under a prefix, as each framework builds it (see parsers/routes.ts). */
export const joinPaths = (framework: Framework, prefix: string, path: string): string =>
  framework === 'fastapi'
    ? prefix + path
    : path === ''
      ? prefix
      : `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;

const FLASK_FORMS = new Set(['route', 'add_url_rule', 'add_resource']);
const FASTAPI_FORMS = new Set(['api_route', 'add_api_route']);
/** Whether a registration's form is one of the framework's (the verbs are both's). */
export const formOf = (framework: Framework, form: string): boolean =>
  !(framework === 'flask' ? FASTAPI_FORMS : FLASK_FORMS).has(form);
/** How deep names are followed through imports, aliases and returns (a cycle ends there). */
const MAX_DEPTH = 12;

interface ObjectNode extends ObjectFact {
  id: string;
  file: string;
}

interface Edge {
  child: ObjectNode;
  kind: 'register_blueprint' | 'include_router' | 'mount';
  prefix?: string;
}

/** A module as an import names it: dotted, and how many leading dots (0 for an absolute import). */
export interface ModuleRef {
  dotted: string;
  level: number;
}

const withoutExtension = (path: string) => path.replace(/\.pyi?$/, '');
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * Finds the file an import means, by path as Python's import system would: a relative import from the
 * importer's folder (`from .routes import router` is `routes.py` next to it); an absolute one from any
 * folder on the path, so a file whose path ends with the dotted name (`routers/auth.py` for
 * `routers.auth`, packages with or without `__init__.py`), the one nearest the importer when several do
 * (a repository of several services, each with its own `routers/`). Files are filed by their last name.
 */
export function moduleFinder(paths: Iterable<string>) {
  const all = new Set<string>();
  const byLastName = new Map<string, string[]>();
  for (const path of paths) {
    all.add(path);
    const parts = withoutExtension(path).split('/');
    const last = parts.at(-1) === '__init__' ? (parts.at(-2) ?? '') : parts.at(-1)!;
    const known = byLastName.get(last);
    if (known) known.push(path);
    else byLastName.set(last, [path]);
  }
  const module = (base: string) =>
    [`${base}.py`, `${base}/__init__.py`, `${base}.pyi`, `${base}/__init__.pyi`]
      .find((p) => all.has(p.replace(/^\//, '')))
      ?.replace(/^\//, '');
  return (ref: ModuleRef, from: string): string | undefined => {
    const parts = ref.dotted ? ref.dotted.split('.') : [];
    if (ref.level > 0) {
      let dir = folderOf(from);
      for (let i = 1; i < ref.level; i++) dir = folderOf(dir);
      return module([dir, ...parts].filter(Boolean).join('/') || '');
    }
    if (parts.length === 0) return undefined;
    const candidates = (byLastName.get(parts.at(-1)!) ?? []).filter((path) => {
      const segments = withoutExtension(path).split('/');
      if (segments.at(-1) === '__init__') segments.pop();
      return parts.every((part, i) => segments[segments.length - parts.length + i] === part);
    });
    if (candidates.length <= 1) return candidates[0];
    const shared = (path: string) => {
      const a = folderOf(path).split('/');
      const b = folderOf(from).split('/');
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n;
    };
    const best = Math.max(...candidates.map(shared));
    const nearest = candidates.filter((c) => shared(c) === best);
    return nearest.length === 1 ? nearest[0] : undefined;
  };
}

/**
 * The modules an import statement may name, each with what the imported name is in it: for
 * `from pkg import x`, `x` in `pkg` (`object`), or the module `pkg.x` itself (`module`); for
 * `import pkg.x as y`, the module.
 */
export function importTargets(i: ImportFact): Array<ModuleRef & { is: 'object' | 'module' }> {
  if (i.name === undefined) return [{ dotted: i.module, level: i.level, is: 'module' }];
  return [
    ...(i.module || i.level > 0 ? [{ dotted: i.module, level: i.level, is: 'object' as const }] : []),
    { dotted: i.module ? `${i.module}.${i.name}` : i.name, level: i.level, is: 'module' as const }
  ];
}

export function linkRoutes(
  modules: readonly ModuleInput[],
  /** The framework of a route nothing else decides (the rule's `fastapi` globs), by file. */
  fallback: (path: string) => Framework | undefined = () => undefined
): Linked {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const find = moduleFinder(byPath.keys());
  const findModule = (ref: ModuleRef, from: ModuleInput): ModuleInput | undefined => {
    const found = find(ref, from.path);
    return found === undefined ? undefined : byPath.get(found);
  };
  const notes: LinkNote[] = [];
  const nodes = new Map<ModuleInput, ObjectNode[]>();
  for (const m of modules)
    nodes.set(
      m,
      m.facts.objects.map((o) => ({ ...o, id: `${m.path}\0${o.scope}\0${o.name}`, file: m.path }))
    );

  /** The object `name` stands for where it is used (`scopes`), or undefined. */
  const resolve = (
    m: ModuleInput,
    name: string,
    scopes: readonly number[],
    depth = 0
  ): ObjectNode | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const own = nodes.get(m)!;
    for (const scope of scopes) {
      const object = own.find((o) => o.scope === scope && o.name === name);
      if (object) return object;
      const alias = m.facts.aliases.find((a) => a.scope === scope && a.name === name);
      if (alias) return returnedBy(m, alias.callee, alias.scopes, depth + 1);
      const binding = m.facts.bindings.find((b) => b.scope === scope && b.name === name);
      if (binding) {
        const bound = resolve(m, binding.target, binding.scopes, depth + 1);
        if (bound) return bound;
      }
    }
    const imported = m.facts.imports.find((i) => i.local === name && i.name !== undefined);
    if (imported) {
      const target = findModule({ dotted: imported.module, level: imported.level }, m);
      if (target) return resolve(target, imported.name!, [-1], depth + 1);
      // `from . import routes` names a module, not an object.
    }
    const dot = name.indexOf('.');
    if (dot > 0) {
      const target = moduleNamed(m, name.slice(0, dot));
      if (target) return resolve(target, name.slice(dot + 1), [-1], depth + 1);
      // `SampleDto.api` with `SampleDto` imported: the attribute as its module defines it (in the class).
      const holder = m.facts.imports.find((i) => i.local === name.slice(0, dot) && i.name !== undefined);
      const from = holder && findModule({ dotted: holder.module, level: holder.level }, m);
      if (from) {
        const held = resolve(from, name.slice(dot + 1), [-1], depth + 1);
        if (held) return held;
      }
    }
    // `self.app` built in `__init__` and used in another method: the one object of that name.
    const anywhere = own.filter((o) => o.name === name);
    if (anywhere.length === 1) return anywhere[0];
    return throughStars(m, name, depth);
  };

  /**
   * The answer for `key`, worked out once. While it is being worked out, a lookup that comes back to
   * the same key finds nothing (a cycle). Lookups that branch (star imports that import each other,
   * factories with many return statements) would otherwise multiply at every level of a hostile tree.
   */
  const once = (
    cache: Map<string, ObjectNode | undefined>,
    key: string,
    work: () => ObjectNode | undefined
  ): ObjectNode | undefined => {
    if (cache.has(key)) return cache.get(key);
    cache.set(key, undefined);
    const found = work();
    cache.set(key, found);
    return found;
  };

  /** Last, the modules `m` imports everything from (`from .views import *`). */
  const starred = new Map<string, ObjectNode | undefined>();
  const throughStars = (m: ModuleInput, name: string, depth: number): ObjectNode | undefined =>
    once(starred, `${m.path}\0${name}`, () => {
      for (const star of m.facts.imports.filter((i) => i.local === '*')) {
        const from = findModule({ dotted: star.module, level: star.level }, m);
        const found = from && resolve(from, name, [-1], depth + 1);
        if (found) return found;
      }
      return undefined;
    });

  /**
   * What a function's parameter stands for, from the calls that pass it (`register_blueprints(app)`
   * for `def register_blueprints(app): app.register_blueprint(…)`): the object every call passes, when
   * they all pass the same one; undefined when a call passes something else or none is found.
   */
  const passed = new Map<string, ObjectNode | undefined>();
  const passedIn = (m: ModuleInput, name: string, scopes: readonly number[]): ObjectNode | undefined =>
    once(passed, `${m.path}\0${scopes[0]}\0${name}`, () => passedFrom(m, name, scopes));
  const passedFrom = (m: ModuleInput, name: string, scopes: readonly number[]): ObjectNode | undefined => {
    const fn = m.facts.functions.find((f) => f.start === scopes[0]);
    const position = fn && !fn.method ? fn.params.indexOf(name) : -1;
    if (!fn || position === -1) return undefined;
    const found = new Set<ObjectNode | undefined>();
    for (const c of modules) {
      for (const call of c.facts.calls) {
        if (!callsFunction(c, call.callee, call.scopes, m, fn)) continue;
        const arg = call.keywords[name] ?? call.args[position];
        found.add(arg === undefined ? undefined : resolve(c, arg, call.scopes));
        if (found.size > 1) return undefined;
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  };

  /** Whether `callee`, called in module `c`, is the function `fn` of module `m`. */
  const callsFunction = (
    c: ModuleInput,
    callee: string,
    scopes: readonly number[],
    m: ModuleInput,
    fn: FunctionFact
  ): boolean => {
    if (c === m && callee === fn.name) return scopes.includes(fn.definedIn);
    if (fn.definedIn !== -1) return false;
    const dot = callee.lastIndexOf('.');
    if (dot === -1) {
      const i = c.facts.imports.find((x) => x.local === callee && x.name === fn.name);
      return i !== undefined && findModule({ dotted: i.module, level: i.level }, c) === m;
    }
    return callee.slice(dot + 1) === fn.name && moduleNamed(c, callee.slice(0, dot)) === m;
  };

  /** The module a local name stands for (`import pkg.routes as routes`, `from pkg import routes`). */
  const moduleNamed = (m: ModuleInput, local: string): ModuleInput | undefined => {
    const i = m.facts.imports.find((x) => x.local === local);
    if (!i) return undefined;
    return findModule(
      importTargets(i).find((t) => t.is === 'module')!,
      m
    );
  };

  /** The object a call of `callee` returns, from the function's return statements (once per call). */
  const returned = new Map<string, ObjectNode | undefined>();
  const returnedBy = (
    m: ModuleInput,
    callee: string,
    scopes: readonly number[],
    depth: number
  ): ObjectNode | undefined =>
    depth > MAX_DEPTH
      ? undefined
      : once(returned, `${m.path}\0${callee}\0${scopes.join(',')}`, () =>
          returnedOnce(m, callee, scopes, depth)
        );
  const returnedOnce = (
    m: ModuleInput,
    callee: string,
    scopes: readonly number[],
    depth: number
  ): ObjectNode | undefined => {
    let where: ModuleInput | undefined = m;
    let returns: ReturnFact[] = [];
    const dot = callee.indexOf('.');
    if (dot > 0) {
      where = moduleNamed(m, callee.slice(0, dot));
      returns =
        where?.facts.returns.filter((r) => r.function === callee.slice(dot + 1) && r.definedIn === -1) ?? [];
    } else {
      const local = scopes.map((s) =>
        m.facts.returns.filter((r) => r.function === callee && r.definedIn === s)
      );
      returns = local.find((l) => l.length > 0) ?? [];
      if (returns.length === 0) {
        const imported = m.facts.imports.find((i) => i.local === callee && i.name !== undefined);
        where = imported ? findModule({ dotted: imported.module, level: imported.level }, m) : undefined;
        returns =
          where?.facts.returns.filter((r) => r.function === imported!.name && r.definedIn === -1) ?? [];
      }
    }
    if (!where || returns.length === 0) return undefined;
    const found = new Set(returns.map((r) => resolve(where!, r.name, r.scopes, depth + 1)));
    return found.size === 1 ? [...found][0] : undefined;
  };

  // What is registered on what, and with which prefix.
  const edges = new Map<ObjectNode, Edge[]>();
  const registered = new Set<ObjectNode>();
  const synthetic: ObjectNode[] = [];
  const wsgiMounts = new Map<string, WsgiMount>();
  for (const m of modules) {
    for (const r of m.facts.registrations) {
      const child = resolve(m, r.child, r.scopes);
      // A Flask app served through a WSGI mount stays an app of its own (its routes keep Flask's
      // semantics); what FastAPI serves of it is worked out by the route comparison.
      if (r.wsgi && child?.framework === 'flask') {
        const written = `${r.parent}.mount(${JSON.stringify(r.prefix ?? '')}, ${r.wsgi}(${r.child}))`;
        wsgiMounts.set(child.id, {
          prefix: (r.prefix ?? '').replace(/\/+$/, ''),
          file: m.path,
          line: r.line,
          written
        });
        notes.push({
          path: m.path,
          line: r.line,
          message: `\`${written}\`: the Flask app \`${r.child}\` is served through the ASGI app${r.prefix && r.prefix !== '/' ? ` under \`${r.prefix}\`` : ''}, by Flask's own rules`
        });
        continue;
      }
      if (!child) {
        if (r.kind === 'mount')
          notes.push({
            path: m.path,
            line: r.line,
            message: `\`${r.parent}.mount(${JSON.stringify(r.prefix ?? '')}, ${r.child})\`: ${
              // Starlette's static file server has no routes to compare (Flask's `static` folder is not listed either).
              /^(?:[\w.]+\.)?StaticFiles\s*\(/.test(r.child)
                ? 'serves static files, no routes; not compared'
                : 'what is mounted is not built in the scanned files; its routes are not listed'
            }`
          });
        continue;
      }
      let parent = resolve(m, r.parent, r.scopes) ?? passedIn(m, r.parent, r.scopes);
      if (!parent) {
        // Registered on an app the scan cannot follow (a function's parameter): an app of its own,
        // so that the prefix still applies; one for every registration on that name in that function.
        const id = `${m.path}\0registration\0${r.scopes[0]}\0${r.parent}`;
        parent = synthetic.find((s) => s.id === id);
        if (!parent) {
          parent = {
            id,
            name: r.parent,
            scope: r.scopes[0]!,
            framework: child.framework,
            role: 'app',
            line: r.line,
            file: m.path
          };
          synthetic.push(parent);
        }
      }
      if (r.dynamicPrefix)
        notes.push({
          path: m.path,
          line: r.line,
          message: `\`${r.child}\` is registered with a prefix that is not a literal; its routes are listed without it`
        });
      edges.set(parent, [
        ...(edges.get(parent) ?? []),
        { child, kind: r.kind, ...(r.prefix !== undefined ? { prefix: r.prefix } : {}) }
      ]);
      registered.add(child);
    }
  }

  // Apps whose url_map is told to serve both slash forms.
  const lenient = new Set<ObjectNode>();
  for (const m of modules)
    for (const l of m.facts.lenientSlashes) {
      const app = resolve(m, l.owner, l.scopes);
      if (app) lenient.add(app);
    }

  // Where each object's routes are served: (app, prefix) for every way it is registered.
  const placements = new Map<ObjectNode, Array<{ app: ObjectNode; prefix: string }>>();
  const place = (node: ObjectNode, app: ObjectNode, prefix: string, path: Set<ObjectNode>) => {
    placements.set(node, [...(placements.get(node) ?? []), { app, prefix }]);
    for (const edge of edges.get(node) ?? []) {
      if (path.has(edge.child)) continue;
      const { child } = edge;
      const own = child.role === 'group' ? (child.prefix ?? '') : '';
      const join = (a: string, b: string) => (b === '' ? a : a === '' ? b : joinPaths(node.framework, a, b));
      // Flask: the prefix given at registration replaces the blueprint's own. FastAPI: include_router's
      // prefix goes in front of the router's; a mount's path in front of the sub-application's routes.
      const next =
        edge.kind === 'register_blueprint'
          ? join(prefix, edge.prefix ?? own)
          : join(join(prefix, edge.prefix ?? ''), own);
      place(child, app, next, new Set([...path, child]));
    }
  };
  const all = [...[...nodes.values()].flat(), ...synthetic];
  const roots = all.filter((n) => !registered.has(n));
  for (const root of roots)
    place(root, root, root.role === 'group' ? (root.prefix ?? '') : '', new Set([root]));

  const apps = new Map<string, RouteApp>();
  const appOf = (node: ObjectNode): RouteApp => {
    const known = apps.get(node.id);
    if (known) return known;
    const app: RouteApp = {
      id: node.id,
      label: `${node.returnedBy !== undefined ? `${node.returnedBy}()` : node.name} (${node.file}:${node.line})`,
      framework: node.framework,
      file: node.file,
      line: node.line
    };
    apps.set(node.id, app);
    return app;
  };

  const routes: LinkedRoute[] = [];
  for (const m of modules) {
    const byImports = m.facts.imported.length === 1 ? m.facts.imported[0] : undefined;
    for (const r of m.facts.routes) {
      const owner = resolve(m, r.owner, r.scopes) ?? passedIn(m, r.owner, r.scopes);
      if (owner) {
        if (!formOf(owner.framework, r.form)) continue;
        for (const { app, prefix } of placements.get(owner) ?? []) {
          routes.push(linked(r, owner.framework, prefix, m.path, appOf(app).id, lenient.has(app)));
        }
        continue;
      }
      const framework =
        (FLASK_FORMS.has(r.form) ? 'flask' : FASTAPI_FORMS.has(r.form) ? 'fastapi' : undefined) ??
        byImports ??
        fallback(m.path) ??
        'unknown';
      const id = `${m.path}\0unresolved\0${r.owner}`;
      if (!apps.has(id))
        apps.set(id, { id, label: `${r.owner} (${m.path})`, framework, file: m.path, line: r.region.line });
      routes.push(linked(r, framework, '', m.path, id, false));
    }
  }
  routes.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.region.line - b.region.line ||
      a.region.column - b.region.column
  );
  return { routes, apps: [...apps.values()], notes, wsgiMounts };
}

function linked(
  r: RouteFact,
  framework: Framework | 'unknown',
  prefix: string,
  file: string,
  app: string,
  lenientApp: boolean
): LinkedRoute {
  return {
    framework,
    methods: r.methods,
    path: prefix && framework !== 'unknown' ? joinPaths(framework, prefix, r.path) : r.path,
    strictSlashes: r.strictSlashes ?? !lenientApp,
    owner: r.owner,
    region: r.region,
    file,
    app
  };
}
