// Route extraction, case by case: which calls declare a route in which framework, how methods,
// paths, prefixes and strict_slashes are read, and what is left out because it is not literal.
import { extractRoutes, findRoutes, type Framework, type Route } from '../../src/parsers/routes.js';
import { servedBy } from '../../src/routes/parity.js';
import { routeFactsOf } from '../../src/parsers/route-facts.js';

const brief = async (text: string, framework: Framework) =>
  (await extractRoutes(text, framework)).map((r) => [r.methods.join('|'), r.path, r.owner]);

describe('extractRoutes', () => {
  test('a route in full: framework, methods, path, strict_slashes, owner and the decorator region', async () => {
    const text = 'x = 1\n@model_api.route("/ping/", methods=["GET"])\ndef ping():\n    pass\n';
    expect(await extractRoutes(text, 'flask')).toEqual([
      {
        framework: 'flask',
        methods: ['GET'],
        path: '/ping/',
        strictSlashes: true,
        owner: 'model_api',
        region: { line: 2, column: 1, endLine: 2, endColumn: 44 }
      }
    ]);
  });

  test.each<[string, string, Framework, unknown[]]>([
    ['an f-string path', '@app.route(f"/x/{v}")\ndef f(): pass\n', 'flask', []],
    ['a path in a variable', '@app.get(PATH)\ndef f(): pass\n', 'fastapi', []],
    ['a bare decorator call', '@route("/x")\ndef f(): pass\n', 'flask', []],
    [
      'methods in a variable',
      '@app.route("/x", methods=METHODS)\ndef f(): pass\n',
      'flask',
      [['GET', '/x', 'app']]
    ],
    [
      'an empty methods list',
      '@app.route("/x", methods=[])\ndef f(): pass\n',
      'flask',
      [['GET', '/x', 'app']]
    ],
    [
      'lower-case methods in a tuple, and a set with a name in it',
      '@app.route("/x", methods=("post",))\ndef f(): pass\n@app.route("/y", methods={"PUT", other})\ndef g(): pass\n',
      'flask',
      [
        ['POST', '/x', 'app'],
        ['PUT', '/y', 'app']
      ]
    ],
    [
      'the path as a keyword',
      'app.add_url_rule(rule="/k", view_func=f)\napp.add_api_route(path="/p", endpoint=f)\n',
      'flask',
      [['GET', '/k', 'app']]
    ],
    [
      'add_api_route with methods, and a keyword path',
      'app.add_api_route(path="/p", endpoint=f, methods=["DELETE"])\n',
      'fastapi',
      [['DELETE', '/p', 'app']]
    ],
    [
      "the other framework's forms",
      '@app.api_route("/a")\ndef a(): pass\napp.add_api_route("/b", f)\n',
      'flask',
      []
    ],
    [
      'Flask forms under FastAPI',
      '@app.route("/a")\ndef a(): pass\napp.add_url_rule("/b", view_func=f)\n',
      'fastapi',
      []
    ],
    ['a route registration used as a decorator', '@app.add_url_rule("/a")\ndef a(): pass\n', 'flask', []],
    ['a verb called as a statement', 'app.get("/a")\nrequests.post("/b")\n', 'fastapi', []],
    [
      'every FastAPI verb decorator',
      ['get', 'post', 'put', 'delete', 'patch', 'options', 'head']
        .map((v) => `@r.${v}("/${v}")\ndef ${v}_(): pass\n`)
        .join(''),
      'fastapi',
      ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'].map((m) => [m, `/${m.toLowerCase()}`, 'r'])
    ],
    [
      'a comment among the arguments, before the path',
      '@app.route(  # the health check\n    "/ping",\n    # also HEAD\n    methods=["GET", "HEAD"],\n)\ndef ping(): pass\n',
      'flask',
      [['GET|HEAD', '/ping', 'app']]
    ],
    [
      'api_route and add_api_route without methods serve GET',
      '@r.api_route("/a")\ndef a(): pass\nr.add_api_route("/b", f)\n',
      'fastapi',
      [
        ['GET', '/a', 'r'],
        ['GET', '/b', 'r']
      ]
    ],
    [
      'decorators that are not calls, or calls of something else',
      '@staticmethod\n@app.route\n@functools.wraps(f)\n@app.route("/x")\ndef x(): pass\n',
      'flask',
      [['GET', '/x', 'app']]
    ],
    [
      'registrations and decorators in the order of the file',
      'app.add_url_rule("/a", view_func=f)\n@app.route("/b")\ndef b(): pass\napp.add_url_rule("/c", view_func=f)\n@app.route("/d")\ndef d(): pass\n',
      'flask',
      [
        ['GET', '/a', 'app'],
        ['GET', '/b', 'app'],
        ['GET', '/c', 'app'],
        ['GET', '/d', 'app']
      ]
    ],
    [
      'two registrations on one line, in column order',
      'app.add_url_rule("/b", view_func=g); app.add_url_rule("/a", view_func=f)\n',
      'flask',
      [
        ['GET', '/b', 'app'],
        ['GET', '/a', 'app']
      ]
    ]
  ])('%s', async (_name, text, framework, expected) => {
    expect(await brief(text, framework)).toEqual(expected);
  });

  test('strict_slashes is false only when written False', async () => {
    const text = [
      '@a.route("/1", strict_slashes=False)',
      'def one(): pass',
      '@a.route("/2", strict_slashes=True)',
      'def two(): pass',
      '@a.route("/3", strict_slashes=flag)',
      'def three(): pass',
      ''
    ].join('\n');
    expect((await extractRoutes(text, 'flask')).map((r) => [r.path, r.strictSlashes])).toEqual([
      ['/1', false],
      ['/2', true],
      ['/3', true]
    ]);
  });

  test.each<[string, string, Framework, string[]]>([
    [
      "the prefix given when a Blueprint is registered replaces the Blueprint's own (as Flask does)",
      'bp = flask.Blueprint("bp", __name__, url_prefix="/v1/")\napp.register_blueprint(bp, url_prefix="/api")\n@bp.route("x")\ndef x(): pass\n',
      'flask',
      ['/api/x']
    ],
    [
      "an empty Flask rule is the prefix itself; '/' is the prefix with its slash",
      'bp = Blueprint("bp", __name__, url_prefix="/items")\n@bp.route("")\ndef a(): pass\n@bp.route("/")\ndef b(): pass\n',
      'flask',
      ['/items', '/items/']
    ],
    [
      "a Blueprint's own prefix when it is registered without one; trailing slashes folded",
      'bp = Blueprint("bp", __name__, url_prefix="/v1//")\napp.register_blueprint(bp)\n@bp.route("/x")\ndef x(): pass\n',
      'flask',
      ['/v1/x']
    ],
    [
      'only register_blueprint registers a prefix',
      'bp = Blueprint("bp", __name__)\napp.register(bp, url_prefix="/no")\nregister_blueprint(bp, url_prefix="/no")\n@bp.route("/x")\ndef x(): pass\n',
      'flask',
      ['/x']
    ],
    [
      'a prefix assigned to an attribute; a name bound to that attribute is the same blueprint',
      'app.bp = Blueprint("bp", __name__, url_prefix="/v2")\n@app.bp.route("/x")\ndef x(): pass\nbp = app.bp\n@bp.route("/y")\ndef y(): pass\napp[0] = Blueprint("b", __name__, url_prefix="/no")\n',
      'flask',
      ['/v2/x', '/v2/y']
    ],
    [
      'a prefix that is not literal is no prefix',
      'bp = Blueprint("bp", __name__, url_prefix=PREFIX)\n@bp.route("/x")\ndef x(): pass\n',
      'flask',
      ['/x']
    ],
    [
      "another constructor's prefix is not read",
      'bp = Other("bp", url_prefix="/v1")\n@bp.route("/x")\ndef x(): pass\n',
      'flask',
      ['/x']
    ],
    [
      'an include_router prefix goes in front of the APIRouter prefix; FastAPI concatenates as written',
      'r = APIRouter(prefix="/v1")\napp.include_router(r, prefix="/api")\n@r.get("")\ndef root(): pass\n@r.get("/")\ndef slash(): pass\n@r.get("/s")\ndef s(): pass\n',
      'fastapi',
      ['/api/v1', '/api/v1/', '/api/v1/s']
    ],
    [
      'prefix keywords of the other framework are ignored',
      'r = APIRouter(url_prefix="/v1")\napp.include_router(r, url_prefix="/api")\n@r.get("/s")\ndef s(): pass\n',
      'fastapi',
      ['/s']
    ],
    [
      'an include of something that is not a name',
      'app.include_router(make(), prefix="/api")\n@r.get("/s")\ndef s(): pass\n',
      'fastapi',
      ['/s']
    ]
  ])('%s', async (_name, text, framework, paths) => {
    expect((await extractRoutes(text, framework)).map((r) => r.path)).toEqual(paths);
  });
});

describe('findRoutes: each route belongs to the framework of the object it hangs on', () => {
  const frameworks = async (text: string, fallback?: 'flask' | 'fastapi') =>
    (await findRoutes(text, fallback)).map((r) => [r.framework, r.methods.join('|'), r.path, r.region.line]);

  test('both apps in one module, Flask 2 verbs and FastAPI verbs alike', async () => {
    const text = [
      'import flask',
      'from fastapi import APIRouter',
      'admin = flask.Blueprint("admin", __name__, url_prefix="/admin")',
      'router = APIRouter(prefix="/admin")',
      '@admin.get("/status")',
      'def a(): pass',
      '@router.get("/status")',
      'def b(): pass',
      ''
    ].join('\n');
    expect(await frameworks(text)).toEqual([
      ['flask', 'GET', '/admin/status', 5],
      ['fastapi', 'GET', '/admin/status', 7]
    ]);
  });

  test('aliases of the constructors, a router built inside a method, an attribute owner', async () => {
    const text = [
      'from fastapi import APIRouter as Router',
      'from flask import Flask',
      'class Server:',
      '    def __init__(self):',
      '        self.app = Flask(__name__)',
      '    def routes(self):',
      '        @self.app.route("/ping/")',
      '        def ping(): pass',
      '    def _materialize_fastapi(self):',
      '        router = Router()',
      '        @router.get("/ping")',
      '        def ping(): pass',
      ''
    ].join('\n');
    expect(await frameworks(text)).toEqual([
      ['flask', 'GET', '/ping/', 7],
      ['fastapi', 'GET', '/ping', 11]
    ]);
  });

  test('the same name built by different frameworks in different functions: each in its scope', async () => {
    const text = [
      'from flask import Flask',
      'from fastapi import FastAPI',
      'def flask_app():',
      '    app = Flask(__name__)',
      '    @app.get("/x")',
      '    def x(): pass',
      'def fastapi_app():',
      '    app = FastAPI()',
      '    @app.get("/x")',
      '    def x(): pass',
      ''
    ].join('\n');
    expect(await frameworks(text)).toEqual([
      ['flask', 'GET', '/x', 5],
      ['fastapi', 'GET', '/x', 9]
    ]);
  });

  test("without a constructor: the registration's own form, then the module's imports, then the fallback", async () => {
    const both = 'import flask\nimport fastapi\n';
    expect(
      await frameworks(`${both}@bp.route("/a")\ndef a(): pass\n@r.api_route("/b")\ndef b(): pass\n`)
    ).toEqual([
      ['flask', 'GET', '/a', 3],
      ['fastapi', 'GET', '/b', 5]
    ]);
    expect(await frameworks('from flask import request\n@bp.get("/c")\ndef c(): pass\n')).toEqual([
      ['flask', 'GET', '/c', 2]
    ]);
    expect(await frameworks(`${both}@x.get("/d")\ndef d(): pass\n`)).toEqual([['unknown', 'GET', '/d', 3]]);
    expect(await frameworks(`${both}@x.get("/d")\ndef d(): pass\n`, 'fastapi')).toEqual([
      ['fastapi', 'GET', '/d', 3]
    ]);
  });
});

test('servedBy answers from an index made once per list: the first route of the list that serves the path, by method and canonical path', () => {
  const route = (path: string, methods: string[], line: number): Route => ({
    framework: 'fastapi',
    methods,
    path,
    strictSlashes: true,
    owner: 'router',
    region: { line, column: 1, endLine: line, endColumn: 2 }
  });
  const routes = [
    route('/items/{id}', ['POST'], 1),
    route('/items/{key}', ['GET', 'POST'], 2),
    route('/items/{n}', ['GET'], 3)
  ];
  expect(servedBy(routes, 'GET', 'flask', '/items/<int:x>')?.region.line).toBe(2);
  expect(servedBy(routes, 'POST', 'flask', '/items/<x>')?.region.line).toBe(1);
  expect(servedBy(routes, 'PUT', 'flask', '/items/<x>')).toBeUndefined();
  expect(servedBy(routes, 'GET', 'fastapi', '/items')).toBeUndefined();
  // A list is indexed as it is when first asked about; another list is another index.
  expect(servedBy(routes.slice(2), 'GET', 'flask', '/items/<x>')?.region.line).toBe(3);
});

test.each([
  ['@mock.patch("os.path")\ndef test_it(path):\n    pass\n', false],
  ["session.mount('https://', adapter)\n", false],
  ['@router.get(ITEMS_PATH)\nasync def item():\n    pass\n', false],
  ['@router.get(\n    # the health check\n    "/ping")\nasync def ping():\n    pass\n', true],
  ['@router.get("")\nasync def root():\n    pass\n', true],
  ["app.mount('/static', files)\n", true],
  ['app.add_url_rule(rule="/x", view_func=x)\n', true],
  ['app.url_map.strict_slashes = False\n', true],
  ['api.include_router(router)\n', true]
])('a module is parsed for routes only when it can hold one (%j: %s)', async (text, parsed) => {
  expect((await routeFactsOf(text)) !== undefined).toBe(parsed);
});
