// HTTP routes declared in Python, read with the parser. Flask: `@x.route(path, methods=…,
// strict_slashes=…)`, Flask 2's `@x.get/post/…`, `x.add_url_rule(path, …)`, with literal `url_prefix`
// from `Blueprint(…)` or `register_blueprint(…)` in the same file. FastAPI: `@x.get/post/put/delete/
// patch/options/head(path, …)`, `@x.api_route(path, methods=…)`, `x.add_api_route(path, …)`, with
// literal `prefix` from `APIRouter(…)` or `include_router(…)` in the same file.
// Which framework serves a route is decided by the object it hangs on (findRoutes): what constructed
// `x` (`Flask`/`Blueprint` from flask, `FastAPI`/`APIRouter` from fastapi, aliases and `import flask`
// forms included; module-level, function-local or attribute owners), then the registration's own
// form (`route`/`add_url_rule` are Flask's, `api_route`/`add_api_route` FastAPI's), then what the
// module imports; failing all, a caller's fallback, else `unknown`.
import type { Node } from 'web-tree-sitter';
import type { Region } from '../model.js';
import { regionOf, withPythonTree } from './python.js';

export type Framework = 'flask' | 'fastapi';

export interface Route {
  framework: Framework | 'unknown';
  /** Upper-case methods as declared (defaults applied: GET). */
  methods: string[];
  /** The path with any literal prefix applied, as written (`/ping/`, `/nim/<path:path>`). */
  path: string;
  /** Flask only: false when `strict_slashes=False` (both slash forms served directly). */
  strictSlashes: boolean;
  /** The variable the route is registered on (`model_api`, `router`). */
  owner: string;
  region: Region;
}

const VERB_DECORATORS = ['get', 'post', 'put', 'delete', 'patch', 'options', 'head'];

function literalString(node: Node | null | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  if (node.namedChildren.some((c) => c?.type === 'interpolation')) return undefined;
  return node.namedChildren
    .filter((c) => c?.type === 'string_content')
    .map((c) => c!.text)
    .join('');
}

interface CallParts {
  owner: string;
  method: string;
  positional: Node[];
  keywords: Map<string, Node>;
}

function callParts(call: Node): CallParts | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return undefined;
  const object = callee.childForFieldName('object');
  const attribute = callee.childForFieldName('attribute');
  if (!object || !attribute) return undefined;
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (!arg || arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value');
      if (name && value) keywords.set(name, value);
    } else positional.push(arg);
  }
  return { owner: object.text, method: attribute.text, positional, keywords };
}

function methodsOf(node: Node | undefined, fallback: string[]): string[] {
  if (!node || (node.type !== 'list' && node.type !== 'tuple' && node.type !== 'set')) return fallback;
  const methods = node.namedChildren
    .map((c) => literalString(c)?.toUpperCase())
    .filter((m): m is string => !!m);
  return methods.length ? methods : fallback;
}

/** Literal prefixes: `v = Blueprint(…, url_prefix=…)` / `v = APIRouter(prefix=…)`, and register/include calls. */
function prefixes(root: Node, framework: Framework): Map<string, string> {
  const out = new Map<string, string>();
  for (const assignment of root.descendantsOfType('assignment')) {
    const left = assignment?.childForFieldName('left');
    const right = assignment?.childForFieldName('right');
    // `bp = Blueprint(…)`, or `self.bp = …`/`app.router = …`: the owner is the target as written.
    if ((left?.type !== 'identifier' && left?.type !== 'attribute') || right?.type !== 'call') continue;
    const ctor = right.childForFieldName('function')?.text.split('.').pop();
    const key = framework === 'flask' ? 'url_prefix' : 'prefix';
    if (ctor !== (framework === 'flask' ? 'Blueprint' : 'APIRouter')) continue;
    const args = right.childForFieldName('arguments')?.namedChildren ?? [];
    const prefixArg = args.find(
      (a) => a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === key
    );
    const prefix = literalString(prefixArg?.childForFieldName('value'));
    if (prefix) out.set(left.text, prefix);
  }
  for (const call of root.descendantsOfType('call')) {
    const parts = call ? callParts(call) : undefined;
    if (!parts || parts.method !== (framework === 'flask' ? 'register_blueprint' : 'include_router'))
      continue;
    const target = parts.positional[0];
    const prefix = literalString(parts.keywords.get(framework === 'flask' ? 'url_prefix' : 'prefix'));
    if (target?.type !== 'identifier' || prefix === undefined) continue;
    // Flask: the prefix given when registering replaces the blueprint's own. FastAPI: include_router's
    // prefix goes in front of the router's.
    out.set(target.text, framework === 'flask' ? prefix : prefix + (out.get(target.text) ?? ''));
  }
  return out;
}

/**
 * A route's path under a prefix, as each framework builds it: Flask puts one slash between them (an
 * empty rule is the prefix itself); FastAPI concatenates them as written (`""` under `/items` is
 * `/items`, `"/"` is `/items/`).
 */
export const joinPaths = (framework: Framework, prefix: string, path: string): string =>
  framework === 'fastapi'
    ? prefix + path
    : path === ''
      ? prefix
      : `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;

function routeFromCall(
  call: Node,
  framework: Framework,
  isDecorator: boolean,
  region: Region
): (Omit<Route, 'path'> & { rawPath: string }) | undefined {
  const parts = callParts(call);
  if (!parts) return undefined;
  const m = parts.method;
  const pathNode = parts.positional[0] ?? parts.keywords.get(framework === 'flask' ? 'rule' : 'path');
  const rawPath = literalString(pathNode);
  if (rawPath === undefined) return undefined;
  let methods: string[] | undefined;
  if (VERB_DECORATORS.includes(m) && isDecorator) methods = [m.toUpperCase()];
  else if (
    framework === 'flask' &&
    ((m === 'route' && isDecorator) || (m === 'add_url_rule' && !isDecorator))
  )
    methods = methodsOf(parts.keywords.get('methods'), ['GET']);
  else if (
    framework === 'fastapi' &&
    ((m === 'api_route' && isDecorator) || (m === 'add_api_route' && !isDecorator))
  )
    methods = methodsOf(parts.keywords.get('methods'), ['GET']);
  if (!methods) return undefined;
  const strict = parts.keywords.get('strict_slashes');
  return { framework, methods, rawPath, strictSlashes: strict?.text !== 'False', owner: parts.owner, region };
}

/** Routes of one framework, every registration read as that framework's (the caller knows the file's framework). */
export async function extractRoutes(text: string, framework: Framework): Promise<Route[]> {
  return withPythonTree(text, (root) => {
    const prefixOf = prefixes(root, framework);
    const routes: Route[] = [];
    const add = (r: ReturnType<typeof routeFromCall>) => {
      if (!r) return;
      const { rawPath, ...rest } = r;
      const prefix = prefixOf.get(r.owner);
      routes.push({ ...rest, path: prefix ? joinPaths(framework, prefix, rawPath) : rawPath });
    };
    for (const decorator of root.descendantsOfType('decorator')) {
      const call = decorator?.namedChildren.find((c) => c?.type === 'call');
      if (call) add(routeFromCall(call, framework, true, regionOf(decorator!)));
    }
    for (const statement of root.descendantsOfType('expression_statement')) {
      const call = statement?.namedChildren[0];
      if (call?.type === 'call') add(routeFromCall(call, framework, false, regionOf(call)));
    }
    return routes.sort((a, b) => a.region.line - b.region.line || a.region.column - b.region.column);
  });
}

const CONSTRUCTORS: Record<string, Framework> = {
  Flask: 'flask',
  Blueprint: 'flask',
  FastAPI: 'fastapi',
  APIRouter: 'fastapi'
};
const MODULES: Record<string, Framework> = { flask: 'flask', fastapi: 'fastapi' };

/** What the module's imports say: names and module aliases bound to a framework, and which it imports. */
function importsOf(root: Node) {
  const names = new Map<string, Framework>();
  const modules = new Map<string, Framework>();
  const imported = new Set<Framework>();
  for (const statement of root.descendantsOfType('import_from_statement')) {
    const module = statement?.childForFieldName('module_name')?.text ?? '';
    const framework = MODULES[module.split('.')[0]!];
    if (!statement || !framework) continue;
    imported.add(framework);
    for (const name of statement.childrenForFieldName('name')) {
      if (!name) continue;
      const original = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
      const alias = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
      if (original && alias && CONSTRUCTORS[original] === framework) names.set(alias, framework);
    }
  }
  for (const statement of root.descendantsOfType('import_statement')) {
    for (const name of statement?.childrenForFieldName('name') ?? []) {
      if (!name) continue;
      const dotted = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
      const alias = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : dotted;
      const framework = MODULES[(dotted ?? '').split('.')[0]!];
      if (!framework || !alias) continue;
      imported.add(framework);
      modules.set(alias, framework);
    }
  }
  return { names, modules, imported };
}

/** The nearest enclosing function's start, or -1 for module level: the scope an owner name lives in. */
function scopeOf(node: Node): number {
  for (let n = node.parent; n; n = n.parent) if (n.type === 'function_definition') return n.startIndex;
  return -1;
}

/** The framework of each object constructed in the module, by scope and owner text. */
function constructedOwners(root: Node, imports: ReturnType<typeof importsOf>) {
  const scoped = new Map<string, Framework>();
  const anywhere = new Map<string, Framework | 'ambiguous'>();
  for (const assignment of root.descendantsOfType('assignment')) {
    const left = assignment?.childForFieldName('left');
    const right = assignment?.childForFieldName('right');
    if (!assignment || (left?.type !== 'identifier' && left?.type !== 'attribute') || right?.type !== 'call')
      continue;
    const callee = right.childForFieldName('function');
    let framework: Framework | undefined;
    if (callee?.type === 'identifier')
      framework = imports.names.get(callee.text) ?? CONSTRUCTORS[callee.text];
    else if (callee?.type === 'attribute') {
      const object = callee.childForFieldName('object')?.text ?? '';
      const name = callee.childForFieldName('attribute')?.text ?? '';
      const module = imports.modules.get(object) ?? MODULES[object];
      if (module && CONSTRUCTORS[name] === module) framework = module;
    }
    if (!framework) continue;
    scoped.set(`${scopeOf(assignment)}\0${left.text}`, framework);
    const known = anywhere.get(left.text);
    anywhere.set(left.text, known === undefined || known === framework ? framework : 'ambiguous');
  }
  return (owner: string, at: Node): Framework | undefined => {
    for (let n: Node | null = at; n; n = n.parent) {
      if (n.type !== 'function_definition' && n.type !== 'module') continue;
      const hit = scoped.get(`${n.type === 'module' ? -1 : n.startIndex}\0${owner}`);
      if (hit) return hit;
    }
    const any = anywhere.get(owner);
    return any === 'ambiguous' ? undefined : any;
  };
}

const FLASK_ONLY = new Set(['route', 'add_url_rule']);
const FASTAPI_ONLY = new Set(['api_route', 'add_api_route']);

/**
 * Every route of a module, each with the framework that serves it (see the top of this file); a
 * route whose framework nothing decides gets `fallback`, else `unknown`.
 */
export async function findRoutes(text: string, fallback?: Framework): Promise<Route[]> {
  return withPythonTree(text, (root) => {
    const imports = importsOf(root);
    const ownerFramework = constructedOwners(root, imports);
    const byImports = imports.imported.size === 1 ? [...imports.imported][0] : undefined;
    const prefixOf = { flask: prefixes(root, 'flask'), fastapi: prefixes(root, 'fastapi') };
    const routes: Route[] = [];
    const consider = (call: Node, isDecorator: boolean, region: Region, at: Node) => {
      const parts = callParts(call);
      if (!parts) return;
      const framework: Framework | 'unknown' =
        ownerFramework(parts.owner, at) ??
        (FLASK_ONLY.has(parts.method) ? 'flask' : FASTAPI_ONLY.has(parts.method) ? 'fastapi' : undefined) ??
        byImports ??
        fallback ??
        'unknown';
      const route = routeFromCall(call, framework === 'unknown' ? 'fastapi' : framework, isDecorator, region);
      const flaskForm =
        framework === 'unknown' ? routeFromCall(call, 'flask', isDecorator, region) : undefined;
      const found = route ?? flaskForm;
      if (!found) return;
      const { rawPath, ...rest } = found;
      const prefix = framework === 'unknown' ? undefined : prefixOf[framework].get(found.owner);
      const path = framework !== 'unknown' && prefix ? joinPaths(framework, prefix, rawPath) : rawPath;
      routes.push({ ...rest, framework, path });
    };
    for (const decorator of root.descendantsOfType('decorator')) {
      const call = decorator?.namedChildren.find((c) => c?.type === 'call');
      if (call) consider(call, true, regionOf(decorator!), decorator!);
    }
    for (const statement of root.descendantsOfType('expression_statement')) {
      const call = statement?.namedChildren[0];
      if (call?.type === 'call') consider(call, false, regionOf(call), statement!);
    }
    return routes.sort((a, b) => a.region.line - b.region.line || a.region.column - b.region.column);
  });
}
