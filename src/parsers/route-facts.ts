// What one Python module says about HTTP routes, read with the parser and kept as plain data (no
// syntax nodes), so that routes can be put together across modules (routes/link.ts): the routes it
// registers and on what, the Flask and FastAPI objects it builds (apps, blueprints, routers) with
// their literal prefixes, what it registers on what (`register_blueprint`, `include_router`, `mount`),
// the names it imports, the names it binds to a call's result (`model_api = base_api_blueprint()`),
// what its functions return, and `app.url_map.strict_slashes = False`.
// A name is looked up in the scopes it is used in: a scope is a function (its start offset) or the
// module (-1); `scopes` lists a use's enclosing scopes, innermost first.
import type { Node } from 'web-tree-sitter';
import type { Region } from '../model.js';
import { regionOf, withPythonTree } from './python.js';

export type Framework = 'flask' | 'fastapi';

/** A registration call: a decorator (`@x.get(…)`) or a statement (`x.add_url_rule(…)`). */
export interface RouteFact {
  /** The object it is registered on, as written (`model_api`, `self.app`, `routes.router`). */
  owner: string;
  scopes: number[];
  /** The registration's name: `route`, `get`…, `api_route`, `add_url_rule`, `add_api_route`. */
  form: string;
  methods: string[];
  /** The path as written, before any prefix. */
  path: string;
  /** `strict_slashes=` as written: true, false, or undefined when not given (or not literal). */
  strictSlashes?: boolean;
  region: Region;
}

/** An object built by `Flask(…)`, `Blueprint(…)`, `FastAPI(…)` or `APIRouter(…)`. */
export interface ObjectFact {
  /** The name it is bound to (`app`, `self.app`), or `return` for one built in a return statement. */
  name: string;
  scope: number;
  framework: Framework;
  /** `app`: serves requests (Flask, FastAPI); `group`: routes registered on an app (Blueprint, APIRouter). */
  role: 'app' | 'group';
  /** The literal `url_prefix=` (Blueprint) or `prefix=` (APIRouter). */
  prefix?: string;
  /** For one built in a return statement: the function returning it. */
  returnedBy?: string;
  line: number;
}

/** `parent.register_blueprint(child, url_prefix=…)`, `parent.include_router(child, prefix=…)`, `parent.mount(path, child)`. */
export interface RegistrationFact {
  parent: string;
  child: string;
  scopes: number[];
  kind: 'register_blueprint' | 'include_router' | 'mount';
  /** The literal prefix (the mount path for `mount`); undefined when none is given. */
  prefix?: string;
  /** A prefix is given but is not a literal (an environment variable, say). */
  dynamicPrefix: boolean;
  /** `mount(path, WSGIMiddleware(flask_app))`: the wrapper, as written; `child` is the WSGI app it wraps. */
  wsgi?: string;
  line: number;
}

/** `from module import name as local` (name set) or `import module as local`; `from module import *` is local `*`. */
export interface ImportFact {
  local: string;
  /** As written, without the leading dots. */
  module: string;
  level: number;
  name?: string;
}

/** `name = callee(…)` where callee is not a constructor: the name is what the call returns. */
export interface AliasFact {
  name: string;
  scope: number;
  callee: string;
  scopes: number[];
}

/** `name = other` or `name = Holder.attribute` (no call): the name stands for what the other does. */
export interface BindingFact {
  name: string;
  scope: number;
  /** As written (`SampleDto.api`). */
  target: string;
  scopes: number[];
}

/** A function's positional parameters, and the scope its body is (its start offset). */
export interface FunctionFact {
  name: string;
  /** The scope it is defined in. */
  definedIn: number;
  /** Its own scope: what `scopes` of the statements in its body start with. */
  start: number;
  /** Positional parameters, in order (up to `*` or `*args`). */
  params: string[];
  /** Defined in a class body: called through an object, its parameters shift by `self`. */
  method: boolean;
}

/** A call statement that passes names on (`register_blueprints(app)`), for parameters followed to it. */
export interface CallFact {
  /** As written (`register_blueprints`, `ext.register_blueprints`). */
  callee: string;
  /** Each positional argument that is a name (or `self.app`), as written; undefined for any other. */
  args: Array<string | undefined>;
  /** Keyword arguments that are names. */
  keywords: Record<string, string>;
  scopes: number[];
}

/** `def function(): … return name` (or `return Blueprint(…)`, recorded as an object named `return`). */
export interface ReturnFact {
  function: string;
  /** The scope the function is defined in. */
  definedIn: number;
  /** The scopes of the return statement (the function's own first). */
  scopes: number[];
  name: string;
}

export interface ModuleRouteFacts {
  routes: RouteFact[];
  objects: ObjectFact[];
  registrations: RegistrationFact[];
  imports: ImportFact[];
  aliases: AliasFact[];
  bindings: BindingFact[];
  functions: FunctionFact[];
  calls: CallFact[];
  returns: ReturnFact[];
  /** Owners (with the scopes of the statement) given `owner.url_map.strict_slashes = False`. */
  lenientSlashes: Array<{ owner: string; scopes: number[] }>;
  /** The frameworks the module imports. */
  imported: Framework[];
}

const VERBS = ['get', 'post', 'put', 'delete', 'patch', 'options', 'head'];
const DECORATOR_FORMS = new Set([...VERBS, 'route', 'api_route']);
const STATEMENT_FORMS = new Set(['add_url_rule', 'add_api_route']);
export const CONSTRUCTORS: Record<string, { framework: Framework; role: 'app' | 'group' }> = {
  Flask: { framework: 'flask', role: 'app' },
  Blueprint: { framework: 'flask', role: 'group' },
  FastAPI: { framework: 'fastapi', role: 'app' },
  APIRouter: { framework: 'fastapi', role: 'group' }
};
const MODULES: Record<string, Framework> = { flask: 'flask', fastapi: 'fastapi' };
/**
 * Flask's REST extensions (Flask-RESTX, its predecessor Flask-RESTPlus, Flask-RESTful): an `Api` is
 * attached to a Flask app or blueprint (`Api(app, prefix=…)`, `api.init_app(app)`), a `Namespace`
 * (`Namespace("models", path=…)`) is added to an Api (`api.add_namespace(ns, path=…)`), and routes
 * are classes (Resources) whose methods named after HTTP verbs answer them: `@ns.route("/a")` above
 * the class, or `api.add_resource(Cls, "/a", "/b")`. Their names are only read as these when imported
 * from one of these modules: `Api` and `Namespace` are common names.
 */
const REST_EXTENSIONS = new Set(['flask_restx', 'flask_restplus', 'flask_restful']);
const REST_CONSTRUCTORS: Record<string, { framework: Framework; role: 'group' }> = {
  Api: { framework: 'flask', role: 'group' },
  Namespace: { framework: 'flask', role: 'group' }
};

/**
 * The start of a route's path as the facts read it: a string literal (any prefix, any quotes;
 * `rule=`/`path=` for the keyword form; comments before it) that begins with `/` or is empty — Flask
 * and Starlette refuse any other path, and a path that is not a literal is not read.
 * `@mock.patch('os.path')` and `session.mount('https://', adapter)` are not routes.
 */
const PATH_LITERAL = String.raw`(?:\s|#.*)*(?:(?:rule|path)\s*=\s*)?[rRuUbBfF]{0,2}(?:"|')(?:/|"|')`;

/**
 * Text that every module declaring or assembling routes contains: a registration, a route or a verb
 * decorator with a path literal, a constructor, or `url_map.strict_slashes`. Modules without it are
 * not parsed (most of a large tree).
 */
export const ROUTE_HINT = new RegExp(
  [
    String.raw`\.(?:route|api_route|add_url_rule|add_api_route|mount)\s*\(${PATH_LITERAL}`,
    String.raw`@\s*[\w.]+\.(?:get|post|put|delete|patch|options|head)\s*\(${PATH_LITERAL}`,
    String.raw`\.(?:register_blueprint|include_router|add_namespace|add_resource|init_app)\s*\(`,
    String.raw`\bflask_rest(?:x|plus|ful)\b`,
    String.raw`\b(?:Flask|Blueprint|FastAPI|APIRouter)\s*\(`,
    String.raw`\.url_map\.strict_slashes`
  ].join('|')
);

export function literalString(node: Node | null | undefined): string | undefined {
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
  const { positional, keywords } = argumentsOf(call);
  return { owner: object.text, method: attribute.text, positional, keywords };
}

function argumentsOf(call: Node): { positional: Node[]; keywords: Map<string, Node> } {
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
  return { positional, keywords };
}

function methodsOf(node: Node | undefined): string[] {
  if (!node || (node.type !== 'list' && node.type !== 'tuple' && node.type !== 'set')) return ['GET'];
  const methods = node.namedChildren
    .map((c) => literalString(c)?.toUpperCase())
    .filter((m): m is string => !!m);
  return methods.length ? methods : ['GET'];
}

/** The enclosing function scopes of a node, innermost first, then the module (-1). */
function scopesOf(node: Node): number[] {
  const out: number[] = [];
  for (let n = node.parent; n; n = n.parent) if (n.type === 'function_definition') out.push(n.startIndex);
  out.push(-1);
  return out;
}

const literalBoolean = (node: Node | undefined): boolean | undefined =>
  node?.text === 'True' ? true : node?.text === 'False' ? false : undefined;

/**
 * `add_url_rule("/x", view_func=Items.as_view("items"))` without `methods=`: Flask takes the methods
 * of a class-based view (MethodView) from the verbs it defines. Undefined when the view is not such a
 * call on a class of this module that defines a verb.
 */
function classViewMethods(
  parts: CallParts,
  classes: ReadonlyMap<string, Node>,
  views: ReadonlyMap<string, string>
): string[] | undefined {
  if (parts.method !== 'add_url_rule' || parts.keywords.has('methods')) return undefined;
  const view = parts.keywords.get('view_func') ?? parts.positional[2];
  // The view built in place (`view_func=Items.as_view("items")`) or bound to a name first.
  const cls = view?.type === 'identifier' ? views.get(view.text) : view && viewClass(view);
  const methods = resourceMethods(cls === undefined ? undefined : classes.get(cls));
  return methods.length ? methods : undefined;
}

/** The class of `Cls.as_view(…)`, as written; undefined for any other expression. */
function viewClass(node: Node): string | undefined {
  const callee = node.type === 'call' ? node.childForFieldName('function') : undefined;
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'as_view')
    return undefined;
  return callee.childForFieldName('object')?.text;
}

function routeOf(
  call: Node,
  isDecorator: boolean,
  at: Node,
  classes: ReadonlyMap<string, Node>,
  views: ReadonlyMap<string, string>
): RouteFact | undefined {
  const parts = callParts(call);
  if (!parts) return undefined;
  const form = parts.method;
  if (isDecorator ? !DECORATOR_FORMS.has(form) : !STATEMENT_FORMS.has(form)) return undefined;
  const path = literalString(parts.positional[0] ?? parts.keywords.get('rule') ?? parts.keywords.get('path'));
  if (path === undefined) return undefined;
  const strictSlashes = literalBoolean(parts.keywords.get('strict_slashes'));
  return {
    owner: parts.owner,
    scopes: scopesOf(at),
    form,
    methods: VERBS.includes(form)
      ? [form.toUpperCase()]
      : (classViewMethods(parts, classes, views) ?? methodsOf(parts.keywords.get('methods'))),
    path,
    ...(strictSlashes !== undefined ? { strictSlashes } : {}),
    region: regionOf(at)
  };
}

/** The app a WSGI-to-ASGI wrapper call wraps (`WSGIMiddleware(app)`, `WsgiToAsgi(app)`), when it is a name. */
function wsgiWrapped(call: Node): Node | undefined {
  const callee = call.childForFieldName('function')?.text.split('.').pop();
  if (callee !== 'WSGIMiddleware' && callee !== 'WsgiToAsgi') return undefined;
  const first = call.childForFieldName('arguments')?.namedChildren[0];
  return first && (first.type === 'identifier' || first.type === 'attribute') ? first : undefined;
}

/** The framework a module belongs to: flask, fastapi, or Flask's REST extensions. */
function frameworkOfModule(module: string): Framework | undefined {
  const top = module.split('.')[0]!;
  return REST_EXTENSIONS.has(top) ? 'flask' : MODULES[top];
}

function importsOf(byType: ReadonlyMap<string, Node[]>): { imports: ImportFact[]; imported: Set<Framework> } {
  const imports: ImportFact[] = [];
  const imported = new Set<Framework>();
  for (const statement of byType.get('import_from_statement') ?? []) {
    if (!statement) continue;
    const written = (statement.childForFieldName('module_name')?.text ?? '').replace(/\s+/g, '');
    const level = /^\.*/.exec(written)![0].length;
    const module = written.slice(level);
    const framework = level === 0 ? frameworkOfModule(module) : undefined;
    if (framework) imported.add(framework);
    for (const name of statement.childrenForFieldName('name')) {
      if (!name) continue;
      const original = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
      const local = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
      if (original && local) imports.push({ local, module, level, name: original });
    }
    // `from pkg.views import *`: any name the module does not bind itself may come from there.
    if (statement.namedChildren.some((c) => c?.type === 'wildcard_import'))
      imports.push({ local: '*', module, level, name: '*' });
  }
  for (const statement of byType.get('import_statement') ?? []) {
    for (const name of statement?.childrenForFieldName('name') ?? []) {
      if (!name) continue;
      const module = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
      const local = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : module;
      if (!module || !local) continue;
      const framework = frameworkOfModule(module);
      if (framework) imported.add(framework);
      imports.push({ local, module, level: 0 });
    }
  }
  return { imports, imported };
}

/**
 * The framework object a call constructs, by its callee: a constructor imported from flask or fastapi
 * (under any alias), `flask.Blueprint`/`fastapi.APIRouter` through a module import, or a bare
 * constructor name (a module that builds `Blueprint(…)` uses Flask's).
 */
function constructed(
  call: Node,
  imports: readonly ImportFact[],
  bases: ReadonlyMap<string, Node>
): { framework: Framework; role: 'app' | 'group'; rest?: 'Api' | 'Namespace' } | undefined {
  return constructedBy(call.childForFieldName('function'), imports, bases, 0);
}

/**
 * What calling `callee` builds. A class of the module derived from a constructor builds what its
 * base builds (`class HTTPSApi(Api)` with `Api` from flask_restx; `class App(Flask)`).
 */
function constructedBy(
  callee: Node | null,
  imports: readonly ImportFact[],
  bases: ReadonlyMap<string, Node>,
  depth: number
): { framework: Framework; role: 'app' | 'group'; rest?: 'Api' | 'Namespace' } | undefined {
  const fromModule = (name: string, module: string) => {
    const top = module.split('.')[0]!;
    if (REST_EXTENSIONS.has(top))
      return REST_CONSTRUCTORS[name] && { ...REST_CONSTRUCTORS[name], rest: name as 'Api' | 'Namespace' };
    const known = CONSTRUCTORS[name];
    return known && MODULES[top] === known.framework ? known : undefined;
  };
  if (callee?.type === 'identifier') {
    const imported = imports.find((i) => i.local === callee.text && i.name !== undefined);
    if (imported) return fromModule(imported.name!, imported.module);
    const base = bases.get(callee.text);
    if (base && depth < 4) return constructedBy(base, imports, bases, depth + 1);
    return CONSTRUCTORS[callee.text];
  }
  if (callee?.type === 'attribute') {
    const object = callee.childForFieldName('object')?.text ?? '';
    const name = callee.childForFieldName('attribute')?.text ?? '';
    const module = imports.find((i) => i.local === object && i.name === undefined)?.module ?? object;
    return fromModule(name, module);
  }
  return undefined;
}

function prefixKeyword(call: Node, built: ReturnType<typeof constructed> & object): string | undefined {
  const { positional, keywords } = argumentsOf(call);
  // An Api's `prefix=`; a Namespace's `path=`, else "/" and its name.
  if (built.rest === 'Api') return literalString(keywords.get('prefix'));
  if (built.rest === 'Namespace') {
    const path = literalString(keywords.get('path'));
    const name = literalString(positional[0] ?? keywords.get('name'));
    return path ?? (name !== undefined ? `/${name}` : undefined);
  }
  return literalString(keywords.get(built.framework === 'flask' ? 'url_prefix' : 'prefix'));
}

/** The app or blueprint an Api is built on (`Api(app)`, `Api(app=bp)`), when it is a name. */
function restApiParent(call: Node): Node | undefined {
  const { positional, keywords } = argumentsOf(call);
  const parent = positional[0] ?? keywords.get('app');
  return parent && (parent.type === 'identifier' || parent.type === 'attribute') ? parent : undefined;
}

/**
 * The HTTP methods a Resource class answers: its methods named after verbs (`def post(self)`).
 * Empty when it defines none itself (they are inherited, or the class is not in this module).
 */
function resourceMethods(cls: Node | undefined): string[] {
  const methods: string[] = [];
  for (const member of cls?.childForFieldName('body')?.namedChildren ?? []) {
    const fn = member?.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
    const name = fn?.type === 'function_definition' ? fn.childForFieldName('name')?.text : undefined;
    if (name && VERBS.includes(name)) methods.push(name.toUpperCase());
  }
  return methods;
}

/**
 * The routes of a Resource class: one per literal path (`@ns.route("/a", "/b")`,
 * `api.add_resource(Cls, "/a", "/b")`), with the verbs the class defines. None when it defines no
 * verb itself: which methods it answers cannot be told from this module.
 */
function resourceRoutes(
  owner: string,
  form: string,
  paths: readonly Node[],
  cls: Node | undefined,
  at: Node,
  methodsGiven?: Node
): RouteFact[] {
  // `methods=` given to the route is passed on to Flask's rule, and limits it.
  const methods = methodsGiven ? methodsOf(methodsGiven) : resourceMethods(cls);
  if (methods.length === 0) return [];
  return paths.flatMap((p) => {
    const path = literalString(p);
    return path === undefined || (path !== '' && !path.startsWith('/'))
      ? []
      : [{ owner, scopes: scopesOf(at), form, methods, path, region: regionOf(at) }];
  });
}

/** Whether a function is defined in a class body (decorated or not). */
function isMethod(fn: Node): boolean {
  const holder = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  return holder.parent?.parent?.type === 'class_definition';
}

/** A function's positional parameters' names, up to `*`, `*args` or `**kwargs`. */
function positionalParameters(fn: Node): string[] {
  const out: string[] = [];
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p) continue;
    const name =
      p.type === 'identifier'
        ? p.text
        : p.type === 'typed_parameter'
          ? p.namedChildren.find((c) => c?.type === 'identifier')?.text
          : p.type === 'default_parameter' || p.type === 'typed_default_parameter'
            ? p.childForFieldName('name')?.text
            : undefined;
    if (name === undefined) break;
    out.push(name);
  }
  return out;
}

/** A call's callee and the names it passes (positionally or by keyword); undefined when it passes none. */
function passedNames(call: Node): Omit<CallFact, 'scopes'> | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier' && callee?.type !== 'attribute') return undefined;
  const { positional, keywords } = argumentsOf(call);
  const isName = (n: Node | undefined) => n?.type === 'identifier' || n?.type === 'attribute';
  const args = positional.map((a) => (isName(a) ? a.text : undefined));
  const named: Record<string, string> = {};
  for (const [k, v] of keywords) if (isName(v)) named[k] = v.text;
  if (!args.some((a) => a !== undefined) && Object.keys(named).length === 0) return undefined;
  return { callee: callee.text, args, keywords: named };
}

/** The innermost function a node is in: its name and the scope it is defined in. */
function enclosingFunction(node: Node): { name: string; definedIn: number } | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type !== 'function_definition') continue;
    const name = n.childForFieldName('name')?.text;
    return name ? { name, definedIn: scopesOf(n)[0]! } : undefined;
  }
  return undefined;
}

/** The node types read, found in one walk of the tree (each walk crosses into WebAssembly per node). */
const READ_TYPES = [
  'import_from_statement',
  'import_statement',
  'decorator',
  'expression_statement',
  'assignment',
  'return_statement',
  'class_definition',
  'function_definition'
];

export function readRouteFacts(root: Node): ModuleRouteFacts {
  const byType = new Map<string, Node[]>(READ_TYPES.map((t) => [t, []]));
  for (const node of root.descendantsOfType(READ_TYPES)) if (node) byType.get(node.type)!.push(node);
  const { imports, imported } = importsOf(byType);
  const facts: ModuleRouteFacts = {
    routes: [],
    objects: [],
    registrations: [],
    imports,
    aliases: [],
    bindings: [],
    functions: [],
    calls: [],
    returns: [],
    lenientSlashes: [],
    imported: [...imported]
  };
  const classes = new Map<string, Node>();
  /** Each class's first base, when it is a name (`class HTTPSApi(Api)`). */
  const bases = new Map<string, Node>();
  for (const cls of byType.get('class_definition')!) {
    const name = cls?.childForFieldName('name')?.text;
    if (!name || classes.has(name)) continue;
    classes.set(name, cls!);
    const base = cls!.childForFieldName('superclasses')?.namedChildren[0];
    if (base && (base.type === 'identifier' || base.type === 'attribute')) bases.set(name, base);
  }
  for (const fn of byType.get('function_definition')!) {
    const name = fn?.childForFieldName('name')?.text;
    if (!fn || !name) continue;
    facts.functions.push({
      name,
      definedIn: scopesOf(fn)[0]!,
      start: fn.startIndex,
      params: positionalParameters(fn),
      method: isMethod(fn)
    });
  }
  // `view = Items.as_view("items")`: the class-based views bound to names (classViewMethods).
  const views = new Map<string, string>();
  for (const assignment of byType.get('assignment')!) {
    const left = assignment?.childForFieldName('left');
    const right = assignment?.childForFieldName('right');
    const cls = right ? viewClass(right) : undefined;
    if (left?.type === 'identifier' && cls !== undefined) views.set(left.text, cls);
  }
  for (const decorator of byType.get('decorator')!) {
    const call = decorator?.namedChildren.find((c) => c?.type === 'call');
    if (!call) continue;
    // `@ns.route("/a")` above a class: a Resource of a REST extension, answering the verbs it defines.
    const decorated = decorator!.parent?.childForFieldName('definition');
    if (decorated?.type === 'class_definition') {
      const parts = callParts(call);
      if (parts?.method === 'route')
        for (const route of resourceRoutes(
          parts.owner,
          'route',
          parts.positional,
          decorated,
          decorator!,
          parts.keywords.get('methods')
        ))
          facts.routes.push(route);
      continue;
    }
    const route = routeOf(call, true, decorator!, classes, views);
    if (route) facts.routes.push(route);
  }
  for (const statement of byType.get('expression_statement')!) {
    const call = statement?.namedChildren[0];
    if (call?.type !== 'call') continue;
    const route = routeOf(call, false, call, classes, views);
    if (route) {
      facts.routes.push(route);
      continue;
    }
    const passed = passedNames(call);
    if (passed) facts.calls.push({ ...passed, scopes: scopesOf(statement!) });
    const parts = callParts(call);
    if (!parts) continue;
    const kind = parts.method;
    if (kind === 'add_resource') {
      const [cls, ...paths] = parts.positional;
      if (cls?.type === 'identifier')
        for (const route of resourceRoutes(
          parts.owner,
          kind,
          paths,
          classes.get(cls.text),
          call,
          parts.keywords.get('methods')
        ))
          facts.routes.push(route);
      continue;
    }
    // `api.add_namespace(ns, path=…)` and `api.init_app(app)`: registrations as Flask makes them (a
    // path given here replaces the namespace's own).
    if (kind === 'add_namespace' || kind === 'init_app') {
      const other = parts.positional[0] ?? parts.keywords.get(kind === 'init_app' ? 'app' : 'ns');
      if (!other || (other.type !== 'identifier' && other.type !== 'attribute')) continue;
      const prefixNode =
        kind === 'add_namespace' ? (parts.keywords.get('path') ?? parts.positional[1]) : undefined;
      const prefix = literalString(prefixNode);
      facts.registrations.push({
        parent: kind === 'add_namespace' ? parts.owner : other.text,
        child: kind === 'add_namespace' ? other.text : parts.owner,
        scopes: scopesOf(statement!),
        kind: 'register_blueprint',
        ...(prefix !== undefined ? { prefix } : {}),
        dynamicPrefix: prefixNode !== undefined && prefix === undefined,
        line: statement!.startPosition.row + 1
      });
      continue;
    }
    if (kind !== 'register_blueprint' && kind !== 'include_router' && kind !== 'mount') continue;
    let child = kind === 'mount' ? (parts.positional[1] ?? parts.keywords.get('app')) : parts.positional[0];
    // A WSGI app wrapped for an ASGI app (Starlette/a2wsgi's WSGIMiddleware, asgiref's WsgiToAsgi): the
    // wrapped app is what is mounted.
    const wrapper = child?.childForFieldName('function')?.text;
    const wrapped = kind === 'mount' && child?.type === 'call' ? wsgiWrapped(child) : undefined;
    if (wrapped) child = wrapped;
    // What is registered must be a name to be followed; a mounted call (`StaticFiles(…)`) is still said.
    if (!child || (child.type !== 'identifier' && child.type !== 'attribute' && kind !== 'mount')) continue;
    const prefixNode =
      kind === 'mount'
        ? (parts.positional[0] ?? parts.keywords.get('path'))
        : parts.keywords.get(kind === 'register_blueprint' ? 'url_prefix' : 'prefix');
    const prefix = literalString(prefixNode);
    facts.registrations.push({
      parent: parts.owner,
      child: child.text,
      scopes: scopesOf(statement!),
      kind,
      ...(prefix !== undefined ? { prefix } : {}),
      dynamicPrefix: prefixNode !== undefined && prefix === undefined,
      ...(wrapped && wrapper ? { wsgi: wrapper } : {}),
      line: statement!.startPosition.row + 1
    });
  }
  for (const assignment of byType.get('assignment')!) {
    const left = assignment?.childForFieldName('left');
    const right = assignment?.childForFieldName('right');
    if (!assignment || !left || !right) continue;
    // `app.url_map.strict_slashes = False`: every rule of that app serves both slash forms.
    if (left.type === 'attribute' && /\.url_map\.strict_slashes$/.test(left.text) && right.text === 'False') {
      facts.lenientSlashes.push({
        owner: left.text.replace(/\.url_map\.strict_slashes$/, ''),
        scopes: scopesOf(assignment)
      });
      continue;
    }
    // `api = SampleDto.api`: a name for an object held elsewhere (a Namespace kept on a class).
    if (left.type === 'identifier' && (right.type === 'identifier' || right.type === 'attribute')) {
      facts.bindings.push({
        name: left.text,
        scope: scopesOf(assignment)[0]!,
        target: right.text,
        scopes: scopesOf(assignment)
      });
      continue;
    }
    if ((left.type !== 'identifier' && left.type !== 'attribute') || right.type !== 'call') continue;
    const scope = scopesOf(assignment)[0]!;
    const built = constructed(right, imports, bases);
    if (built) {
      const { rest, ...object } = built;
      const prefix = prefixKeyword(right, built);
      facts.objects.push({
        name: left.text,
        scope,
        ...object,
        ...(built.role === 'group' && prefix !== undefined ? { prefix } : {}),
        line: assignment.startPosition.row + 1
      });
      // `api = Api(app)`: the Api's routes are the app's (or the blueprint's), under the Api's prefix.
      const parent = rest === 'Api' ? restApiParent(right) : undefined;
      if (parent)
        facts.registrations.push({
          parent: parent.text,
          child: left.text,
          scopes: scopesOf(assignment),
          kind: 'register_blueprint',
          dynamicPrefix: false,
          line: assignment.startPosition.row + 1
        });
      continue;
    }
    const callee = right.childForFieldName('function');
    if (left.type === 'identifier' && (callee?.type === 'identifier' || callee?.type === 'attribute'))
      facts.aliases.push({ name: left.text, scope, callee: callee.text, scopes: scopesOf(assignment) });
  }
  for (const statement of byType.get('return_statement')!) {
    const value = statement?.namedChildren[0];
    const fn = statement ? enclosingFunction(statement) : undefined;
    if (!value || !fn) continue;
    const scopes = scopesOf(statement!);
    if (value.type === 'identifier' || value.type === 'attribute') {
      facts.returns.push({ function: fn.name, definedIn: fn.definedIn, scopes, name: value.text });
      continue;
    }
    const built = value.type === 'call' ? constructed(value, imports, bases) : undefined;
    if (!built) continue;
    const prefix = prefixKeyword(value, built);
    const object = { framework: built.framework, role: built.role };
    facts.objects.push({
      name: 'return',
      scope: scopes[0]!,
      returnedBy: fn.name,
      ...object,
      ...(built.role === 'group' && prefix !== undefined ? { prefix } : {}),
      line: statement!.startPosition.row + 1
    });
    facts.returns.push({ function: fn.name, definedIn: fn.definedIn, scopes, name: 'return' });
  }
  facts.routes.sort((a, b) => a.region.line - b.region.line || a.region.column - b.region.column);
  return facts;
}

/**
 * The route facts of a module's text, or undefined when it holds no hint of routes (it is not parsed)
 * — unless `always`: a module imported by one with routes may only pass names on (`__init__.py`).
 */
export async function routeFactsOf(text: string, always = false): Promise<ModuleRouteFacts | undefined> {
  if (!always && !ROUTE_HINT.test(text)) return undefined;
  return withPythonTree(text, readRouteFacts);
}
