// HTTP routes declared in Python, read with the parser. Flask: `@x.route(path, methods=…,
// strict_slashes=…)`, Flask 2's `@x.get/post/…`, `x.add_url_rule(path, …)`, with literal `url_prefix`
// from `Blueprint(…)` or `register_blueprint(…)` in the same file. FastAPI: `@x.get/post/put/delete/
// patch/options/head(path, …)`, `@x.api_route(path, methods=…)`, `x.add_api_route(path, …)`, with
// literal `prefix` from `APIRouter(…)` or `include_router(…)` in the same file.
import type { Node } from 'web-tree-sitter';
import type { Region } from '../model.js';
import { regionOf, withPythonTree } from './python.js';

export type Framework = 'flask' | 'fastapi';

export interface Route {
  framework: Framework;
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
    if (target?.type === 'identifier' && prefix)
      out.set(target.text, joinPaths(prefix, out.get(target.text) ?? ''));
  }
  return out;
}

/** A prefix and a path with one slash between them (the result always starts the path part with `/`). */
const joinPaths = (prefix: string, path: string): string =>
  prefix.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);

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

export async function extractRoutes(text: string, framework: Framework): Promise<Route[]> {
  return withPythonTree(text, (root) => {
    const prefixOf = prefixes(root, framework);
    const routes: Route[] = [];
    const add = (r: ReturnType<typeof routeFromCall>) => {
      if (!r) return;
      const { rawPath, ...rest } = r;
      const prefix = prefixOf.get(r.owner);
      routes.push({ ...rest, path: prefix ? joinPaths(prefix, rawPath) : rawPath });
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
