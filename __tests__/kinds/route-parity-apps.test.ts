// Route parity across modules and applications: routes hang on the objects that serve them wherever
// those are built, registered or imported; each Flask application is compared with the FastAPI one
// that replaces it. Trees in the shapes of real code (DRUM's plan, where both apps live in the same
// modules; a service split over packages; a monorepo of services), written for these tests.
import { scan } from '../../src/engine/scan.js';
import { judge } from '../../src/gate/verdict.js';
import type { RouteTable } from '../../src/kinds/route-parity.js';
import { MemorySource, loadRules } from '../helpers.js';

const rule = (files: string) => `
id: parity
phase: 2
title: t
kind: route-parity
files: ["${files}"]
message: m.
`;

async function parity(files: Record<string, string>, glob = '**/*.py') {
  const rules = loadRules(rule(glob));
  const result = await scan(new MemorySource(files), rules.rules);
  const verdict = judge(rules, 'beta', result.findings);
  return {
    findings: verdict.findings.map((f) => [f.path, f.line, f.detail]),
    table: result.sections.routes?.[0] as RouteTable,
    notes: result.notes.map((n) => [n.path, n.line, n.message]),
    status: verdict.rules[0]!.status,
    notApplicable: result.notApplicable.get('parity')
  };
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

// DRUM's plan: the FastAPI router is built inside the prediction server's own method, next to the
// Flask routes; the base blueprint (/ and /ping/) comes from a factory in server.py; the error server
// in runtime.py gets its blueprint from another factory.
const DRUM_PLAN = {
  'drum/__init__.py': '',
  'drum/server.py': lines(
    'import os',
    'from flask import Blueprint, Flask',
    'from fastapi import FastAPI, Request',
    'from fastapi.responses import JSONResponse',
    '',
    'def get_flask_app(api_blueprint, app=None):',
    '    app = app or Flask(__name__)',
    '    app.register_blueprint(api_blueprint, url_prefix=os.environ.get("URL_PREFIX", ""))',
    '    return app',
    '',
    'def base_api_blueprint(predictor=None):',
    '    model_api = Blueprint("model_api", __name__)',
    '',
    '    @model_api.route("/", methods=["GET"])',
    '    @model_api.route("/ping/", methods=["GET"], strict_slashes=False)',
    '    def ping():',
    '        return {"message": "OK"}, 200',
    '',
    '    return model_api',
    '',
    'def empty_api_blueprint():',
    '    return Blueprint("model_api", __name__)',
    '',
    'class StdoutFlusherMiddleware:',
    '    pass',
    '',
    'def create_fastapi_app():',
    '    app = FastAPI()',
    '',
    '    @app.exception_handler(Exception)',
    '    async def on_error(request: Request, exc: Exception):',
    '        return JSONResponse({"message": str(exc)}, status_code=500)',
    '',
    '    return app'
  ),
  'drum/root_predictors/__init__.py': '',
  'drum/root_predictors/prediction_server.py': lines(
    'from fastapi import APIRouter',
    'from drum.server import base_api_blueprint, get_flask_app',
    '',
    'class PredictionServer:',
    '    def _materialize_flask(self):',
    '        model_api = base_api_blueprint(self._predictor)',
    '',
    '        @model_api.route("/capabilities/", methods=["GET"])',
    '        def capabilities():',
    '            pass',
    '',
    '        @model_api.route("/health/", methods=["GET"])',
    '        def health():',
    '            pass',
    '',
    '        @model_api.route("/predictions/", methods=["POST"])',
    '        @model_api.route("/predict/", methods=["POST"])',
    '        @model_api.route("/invocations", methods=["POST"])',
    '        def predict():',
    '            pass',
    '',
    '        @model_api.route("/transform/", methods=["POST"])',
    '        def transform():',
    '            pass',
    '',
    '        return get_flask_app(model_api)',
    '',
    '    def _materialize_fastapi(self):',
    '        router = APIRouter()',
    '',
    '        @router.get("/")',
    '        @router.get("/ping")',
    '        @router.get("/ping/")',
    '        async def ping():',
    '            return {"message": "OK"}',
    '',
    '        @router.get("/capabilities/")',
    '        async def capabilities():',
    '            pass',
    '',
    '        @router.get("/health/")',
    '        async def health():',
    '            pass',
    '',
    '        @router.post("/predictions/")',
    '        @router.post("/predict/")',
    '        @router.post("/invocations")',
    '        async def predict():',
    '            pass',
    '',
    '        return router'
  ),
  'drum/runtime.py': lines(
    'from drum.server import empty_api_blueprint, get_flask_app',
    '',
    'def run_error_server(host, port, exc_value):',
    '    model_api = empty_api_blueprint()',
    '',
    '    @model_api.route("/", methods=["GET"])',
    '    @model_api.route("/ping/", methods=["GET"], strict_slashes=False)',
    '    @model_api.route("/health/", methods=["GET"])',
    '    def health():',
    '        pass',
    '',
    '    @model_api.route("/predict/", methods=["POST"])',
    '    def predict():',
    '        pass',
    '',
    '    app = get_flask_app(model_api)',
    '    app.run(host, port)'
  )
};

describe("DRUM's plan: both apps in the same modules", () => {
  test('only the endpoints FastAPI really lacks are reported; no FastAPI decorator is read as Flask', async () => {
    const { findings, table } = await parity(DRUM_PLAN);
    // /transform/ is missing from the router; the error server (runtime.py) is compared with the same
    // router, the only FastAPI app, and lacks nothing. /ping and /ping/ on one function pass.
    expect(findings).toEqual([
      [
        'drum/root_predictors/prediction_server.py',
        22,
        '`POST /transform/` has no FastAPI counterpart in `router (drum/root_predictors/prediction_server.py:29)`.'
      ]
    ]);
    // Every Flask route is before the FastAPI method (line 28) or in another module.
    expect(table.flask.every((r) => !r.file.endsWith('prediction_server.py') || r.region.line < 28)).toBe(
      true
    );
    expect(table.fastapi.map((r) => [r.methods.join('|'), r.path, r.region.line])).toEqual([
      ['GET', '/', 31],
      ['GET', '/ping', 32],
      ['GET', '/ping/', 33],
      ['GET', '/capabilities/', 37],
      ['GET', '/health/', 41],
      ['POST', '/predictions/', 45],
      ['POST', '/predict/', 46],
      ['POST', '/invocations', 47]
    ]);
  });

  test('the blueprint built by a factory in another module carries its routes into the app that uses it', async () => {
    const { table } = await parity(DRUM_PLAN);
    const byApp = (app: string) =>
      table.flask
        .filter((r) => r.app === app)
        .map((r) => `${r.methods.join('|')} ${r.path} ${r.file}:${r.region.line}`);
    // The prediction server's blueprint: server.py's base routes and prediction_server.py's own.
    expect(byApp('model_api (drum/server.py:12)')).toEqual([
      'GET /capabilities/ drum/root_predictors/prediction_server.py:8',
      'GET /health/ drum/root_predictors/prediction_server.py:12',
      'POST /predictions/ drum/root_predictors/prediction_server.py:16',
      'POST /predict/ drum/root_predictors/prediction_server.py:17',
      'POST /invocations drum/root_predictors/prediction_server.py:18',
      'POST /transform/ drum/root_predictors/prediction_server.py:22',
      'GET / drum/server.py:14',
      'GET /ping/ drum/server.py:15'
    ]);
    // The error server: a blueprint of its own, from empty_api_blueprint().
    expect(byApp('empty_api_blueprint() (drum/server.py:22)')).toEqual([
      'GET / drum/runtime.py:6',
      'GET /ping/ drum/runtime.py:7',
      'GET /health/ drum/runtime.py:8',
      'POST /predict/ drum/runtime.py:12'
    ]);
    expect(
      table.apps?.filter((a) => a.framework === 'flask').map((a) => [a.app, a.counterparts, a.pairing])
    ).toEqual([
      ['model_api (drum/server.py:12)', ['router (drum/root_predictors/prediction_server.py:29)'], 'only'],
      [
        'empty_api_blueprint() (drum/server.py:22)',
        ['router (drum/root_predictors/prediction_server.py:29)'],
        'only'
      ]
    ]);
  });

  test('a blueprint handed to a function as a parameter is not followed into it: nothing is guessed', async () => {
    // get_flask_app registers `api_blueprint` (a parameter) with a prefix from the environment: the
    // routes are listed without a prefix, as written, and no note claims more than is known.
    const { notes, table } = await parity(DRUM_PLAN);
    expect(notes).toEqual([]);
    expect(table.flask.map((r) => r.path)).toContain('/capabilities/');
  });
});

describe('a service split over packages', () => {
  const SERVICE = {
    'svc/__init__.py': '',
    'svc/routes/__init__.py': 'from .items import router\n',
    'svc/routes/items.py': lines(
      'from fastapi import APIRouter',
      'router = APIRouter(prefix="/items")',
      '@router.get("/{item_id}")',
      'def get_item(item_id: int): pass',
      '@router.get("/")',
      'def list_items(): pass'
    ),
    'svc/main.py': lines(
      'from fastapi import FastAPI',
      'from svc import routes',
      'from svc.admin import admin_app',
      'app = FastAPI()',
      'app.include_router(routes.router, prefix="/v1")',
      'app.mount("/admin", admin_app)',
      'app.mount("/static", StaticFiles(directory="static"))',
      '@app.get("/ping")',
      '@app.get("/ping/")',
      'def ping(): pass'
    ),
    'svc/admin.py': lines(
      'from fastapi import FastAPI',
      'admin_app = FastAPI()',
      '@admin_app.get("/users")',
      'def users(): pass'
    ),
    'svc/blueprints.py': lines(
      'from flask import Blueprint',
      'bp = Blueprint("items", __name__, url_prefix="/ignored")',
      '@bp.route("/<int:item_id>")',
      'def get_item(item_id): pass',
      '@bp.route("/")',
      'def list_items(): pass'
    ),
    'svc/legacy.py': lines(
      'from flask import Flask',
      'from .blueprints import bp',
      'app = Flask(__name__)',
      'app.url_map.strict_slashes = False',
      'app.register_blueprint(bp, url_prefix="/v1/items")',
      '@app.route("/ping/")',
      'def ping(): pass',
      '@app.route("/admin/users")',
      'def users(): pass',
      '@app.route("/admin/groups", methods=["GET", "POST"])',
      'def groups(): pass'
    )
  };

  test('prefixes from other modules, a mounted sub-application and an app-wide slash rule', async () => {
    const { findings, table, notes } = await parity(SERVICE);
    expect(table.fastapi.map((r) => `${r.methods.join('|')} ${r.path} ${r.file}`)).toEqual([
      'GET /admin/users svc/admin.py',
      'GET /ping svc/main.py',
      'GET /ping/ svc/main.py',
      'GET /v1/items/{item_id} svc/routes/items.py',
      'GET /v1/items/ svc/routes/items.py'
    ]);
    // `app.url_map.strict_slashes = False`: every rule of the Flask app, its blueprint's included,
    // answers with and without the trailing slash (Werkzeug), so FastAPI must serve both forms.
    expect(table.flask.map((r) => `${r.methods.join('|')} ${r.path} ${r.strictSlashes}`)).toEqual([
      'GET /v1/items/<int:item_id> false',
      'GET /v1/items/ false',
      'GET /ping/ false',
      'GET /admin/users false',
      'GET|POST /admin/groups false'
    ]);
    expect(findings).toEqual([
      [
        'svc/blueprints.py',
        3,
        '`GET /v1/items/<int:item_id>` is served by Flask as `/v1/items/<int:item_id>` and `/v1/items/<int:item_id>/`; FastAPI does not serve `/v1/items/<int:item_id>/` directly.'
      ],
      [
        'svc/blueprints.py',
        5,
        '`GET /v1/items/` is served by Flask as `/v1/items` and `/v1/items/`; FastAPI does not serve `/v1/items` directly.'
      ],
      [
        'svc/legacy.py',
        8,
        '`GET /admin/users` is served by Flask as `/admin/users` and `/admin/users/`; FastAPI does not serve `/admin/users/` directly.'
      ],
      ['svc/legacy.py', 10, '`GET /admin/groups` has no FastAPI counterpart.'],
      ['svc/legacy.py', 10, '`POST /admin/groups` has no FastAPI counterpart.']
    ]);
    expect(notes).toEqual([
      [
        'svc/main.py',
        7,
        '`app.mount("/static", StaticFiles(directory="static"))`: serves static files, no routes; not compared'
      ]
    ]);
  });

  test('a mounted app the scan cannot follow is said; a static file server has no routes', async () => {
    const { notes } = await parity({
      'svc/main.py': lines(
        'from fastapi import FastAPI',
        'from fastapi.staticfiles import StaticFiles',
        'from elsewhere import make_app',
        'app = FastAPI()',
        'app.mount("/static", StaticFiles(directory="static"))',
        'app.mount("/sub", make_app())',
        '@app.get("/x")',
        'def x(): pass'
      )
    });
    expect(notes).toEqual([
      [
        'svc/main.py',
        5,
        '`app.mount("/static", StaticFiles(directory="static"))`: serves static files, no routes; not compared'
      ],
      [
        'svc/main.py',
        6,
        '`app.mount("/sub", make_app())`: what is mounted is not built in the scanned files; its routes are not listed'
      ]
    ]);
  });

  test('the same modules selected one by one: what they import is read too', async () => {
    const { table } = await parity(SERVICE, 'svc/main.py');
    expect(table.fastapi.map((r) => `${r.path} ${r.file}`)).toEqual([
      '/admin/users svc/admin.py',
      '/ping svc/main.py',
      '/ping/ svc/main.py',
      '/v1/items/{item_id} svc/routes/items.py',
      '/v1/items/ svc/routes/items.py'
    ]);
  });
});

describe('a monorepo of services', () => {
  const service = (name: string, fastapiRoutes: string[]) => ({
    [`${name}/flask_app.py`]: lines(
      'from flask import Flask',
      'app = Flask(__name__)',
      '@app.route("/orders/")',
      'def orders(): pass',
      '@app.route("/refunds/", methods=["POST"])',
      'def refunds(): pass'
    ),
    [`${name}/fastapi_app.py`]: lines(
      'from fastapi import FastAPI',
      'app = FastAPI()',
      ...fastapiRoutes.flatMap((r, i) => [`@app.${r}`, `def r${i}(): pass`])
    )
  });

  test("each Flask app is compared with the FastAPI app of its own folder, not with another service's", async () => {
    const { findings, table } = await parity({
      ...service('billing', ['get("/orders/")', 'post("/refunds/")']),
      ...service('shipping', ['get("/orders/")'])
    });
    expect(findings).toEqual([
      [
        'shipping/flask_app.py',
        5,
        '`POST /refunds/` has no FastAPI counterpart in `app (shipping/fastapi_app.py:2)`.'
      ]
    ]);
    expect(
      table.apps?.filter((a) => a.framework === 'flask').map((a) => [a.app, a.counterparts, a.pairing])
    ).toEqual([
      ['app (billing/flask_app.py:2)', ['app (billing/fastapi_app.py:2)'], 'nearest'],
      ['app (shipping/flask_app.py:2)', ['app (shipping/fastapi_app.py:2)'], 'nearest']
    ]);
  });

  test('where several FastAPI apps are equally near, all of them are compared, and a note says so', async () => {
    const { notes, findings } = await parity({
      'svc/legacy/app.py': lines(
        'from flask import Flask',
        'app = Flask(__name__)',
        '@app.route("/a/")',
        'def a(): pass',
        '@app.route("/c/")',
        'def c(): pass'
      ),
      'svc/one/api.py': lines(
        'from fastapi import FastAPI',
        'app = FastAPI()',
        '@app.get("/a/")',
        'def a(): pass'
      ),
      'svc/two/api.py': lines(
        'from fastapi import FastAPI',
        'app = FastAPI()',
        '@app.get("/b/")',
        'def b(): pass'
      )
    });
    expect(findings).toEqual([
      [
        'svc/legacy/app.py',
        5,
        '`GET /c/` has no FastAPI counterpart in `app (svc/one/api.py:2)`, `app (svc/two/api.py:2)`.'
      ]
    ]);
    expect(notes).toEqual([
      [
        'svc/legacy/app.py',
        2,
        'which FastAPI application replaces `app (svc/legacy/app.py:2)` is not clear: its routes are compared with those of `app (svc/one/api.py:2)`, `app (svc/two/api.py:2)`'
      ]
    ]);
  });

  test('a Flask project with no FastAPI app in any folder it shares, among several elsewhere: listed, not compared, and no ✓', async () => {
    const { notes, findings, table, notApplicable } = await parity({
      'legacy/app.py': lines(
        'from flask import Flask',
        'app = Flask(__name__)',
        '@app.route("/c/")',
        'def c(): pass'
      ),
      'one/api.py': lines(
        'from fastapi import FastAPI',
        'app = FastAPI()',
        '@app.get("/a/")',
        'def a(): pass'
      ),
      'two/api.py': lines(
        'from fastapi import FastAPI',
        'app = FastAPI()',
        '@app.get("/b/")',
        'def b(): pass'
      )
    });
    expect(findings).toEqual([]);
    expect(table.pairs).toEqual([
      {
        method: 'GET',
        path: '/c/',
        flask: 'legacy/app.py:3',
        fastapi: [null],
        app: 'app (legacy/app.py:2)',
        compared: false
      }
    ]);
    expect(notes).toEqual([
      [
        'legacy/app.py',
        2,
        'no FastAPI application shares a folder with `app (legacy/app.py:2)`: its routes are listed, not compared (a FastAPI app in its folder, or a rule whose `files` select only this project, pairs them)'
      ]
    ]);
    // Nothing was compared: the item is not done, nor failed.
    expect(notApplicable).toBe(
      'no FastAPI application is paired with the Flask app (1 Flask route listed, not compared; see the notes)'
    );
  });
});

describe('a Flask app mounted into the FastAPI app through WSGI', () => {
  const FLASK = lines(
    'from flask import Flask',
    'legacy = Flask(__name__)',
    '@legacy.route("/items/")',
    'def items(): pass'
  );
  const MAIN = (mountPath: string) =>
    lines(
      'from fastapi import FastAPI',
      'from fastapi.middleware.wsgi import WSGIMiddleware',
      'from svc.old import legacy',
      'api = FastAPI()',
      '@api.get("/new")',
      'def new(): pass',
      `api.mount("${mountPath}", WSGIMiddleware(legacy))`
    );

  test('at the top: FastAPI serves every form Flask serves, at the mount; nothing is missing', async () => {
    const { findings, table, notes } = await parity({ 'svc/old.py': FLASK, 'svc/main.py': MAIN('/') });
    expect(findings).toEqual([]);
    expect(table.pairs).toEqual([
      {
        method: 'GET',
        path: '/items/',
        flask: 'svc/old.py:3',
        fastapi: ['svc/main.py:7']
      }
    ]);
    expect(notes).toEqual([
      [
        'svc/main.py',
        7,
        '`api.mount("/", WSGIMiddleware(legacy))`: the Flask app `legacy` is served through the ASGI app, by Flask\'s own rules'
      ]
    ]);
  });

  test('at the top, the health path Flask serves both ways is served both ways; under a path, it is not', async () => {
    const withPing = FLASK + lines('@legacy.route("/ping", strict_slashes=False)', 'def ping(): pass');
    expect((await parity({ 'svc/old.py': withPing, 'svc/main.py': MAIN('/') })).findings).toEqual([]);
    expect((await parity({ 'svc/old.py': withPing, 'svc/main.py': MAIN('/legacy') })).findings).toEqual([
      ['svc/main.py', undefined, 'FastAPI serves neither `/ping` nor `/ping/`.'],
      [
        'svc/old.py',
        3,
        '`GET /items/` is served by FastAPI only under `/legacy` (as `/legacy/items/`), through the Flask app mounted at svc/main.py:7; callers of `/items/` fail.'
      ]
    ]);
  });

  test('under a path: the routes are reported where Flask declares them, with the paths FastAPI serves them at', async () => {
    const { findings } = await parity({ 'svc/old.py': FLASK, 'svc/main.py': MAIN('/legacy') });
    expect(findings).toEqual([
      [
        'svc/old.py',
        3,
        '`GET /items/` is served by FastAPI only under `/legacy` (as `/legacy/items/`), through the Flask app mounted at svc/main.py:7; callers of `/items/` fail.'
      ]
    ]);
  });
});

// Flask's REST extensions: routes are Resource classes answering the verbs they define, on an Api
// attached to the app (or a blueprint) and on Namespaces added to it, each with its prefix.
describe('Flask-RESTX and Flask-RESTful resources', () => {
  const FASTAPI = lines(
    'from fastapi import FastAPI',
    'fast = FastAPI()',
    '@fast.post("/api/models/predict")',
    'def predict(): pass',
    '@fast.get("/api/health")',
    'def health(): pass'
  );
  const RESTX = lines(
    'from flask import Flask',
    'from flask_restx import Api, Namespace, Resource',
    'app = Flask(__name__)',
    'api = Api(app, prefix="/api")',
    'ns = Namespace("models", description="models")',
    'api.add_namespace(ns)',
    '@ns.route("/predict")',
    'class Predict(Resource):',
    '    def post(self): pass',
    '@api.route("/health", "/healthz")',
    'class Health(Resource):',
    '    @staticmethod',
    '    def get(): pass',
    '    def helper(self): pass',
    '@ns.route("/base")',
    'class Inherited(Base):',
    '    pass'
  );

  test('a class under `@ns.route` answers its own verbs, under the Api prefix and the namespace path', async () => {
    const { table, findings, notes } = await parity({ 'svc/old.py': RESTX, 'svc/new.py': FASTAPI });
    expect(table.flask.map((r) => `${r.methods.join('|')} ${r.path} ${r.region.line}`)).toEqual([
      'POST /api/models/predict 7',
      'GET /api/health 10',
      'GET /api/healthz 10'
    ]);
    // A class that defines no verb itself (inherited) is not read as a route of some guessed method.
    expect(findings).toEqual([['svc/old.py', 10, '`GET /api/healthz` has no FastAPI counterpart.']]);
    expect(notes).toEqual([]);
  });

  test("a path given to add_namespace replaces the namespace's own; Namespace(path=) is its own", async () => {
    const moved = RESTX.replace('api.add_namespace(ns)', 'api.add_namespace(ns, path="/v2")');
    expect((await parity({ 'svc/old.py': moved })).table.flask.map((r) => r.path)).toEqual([
      '/api/v2/predict',
      '/api/health',
      '/api/healthz'
    ]);
    const own = RESTX.replace('Namespace("models", description="models")', 'Namespace("models", path="/m")');
    expect((await parity({ 'svc/old.py': own })).table.flask.map((r) => r.path)[0]).toBe('/api/m/predict');
  });

  test('Flask-RESTful: add_resource with several paths, on an Api built on a blueprint with a prefix', async () => {
    const restful = lines(
      'from flask import Blueprint, Flask',
      'from flask_restful import Api, Resource',
      'class Predict(Resource):',
      '    def post(self): pass',
      '    def put(self): pass',
      'app = Flask(__name__)',
      'bp = Blueprint("v1", __name__, url_prefix="/v1")',
      'api = Api(bp)',
      'api.add_resource(Predict, "/predict", "/predictions/")',
      'app.register_blueprint(bp)'
    );
    expect(
      (await parity({ 'svc/app.py': restful })).table.flask.map((r) => `${r.methods.join('|')} ${r.path}`)
    ).toEqual(['POST|PUT /v1/predict', 'POST|PUT /v1/predictions/']);
    const later = restful
      .replace('api = Api(bp)', 'api = Api(prefix="/p")')
      .replace('app.register_blueprint(bp)', 'api.init_app(app)');
    expect((await parity({ 'svc/app.py': later })).table.flask.map((r) => r.path)).toEqual([
      '/p/predict',
      '/p/predictions/'
    ]);
  });

  test('`methods=` given to a resource route limits it to those methods', async () => {
    const limited = RESTX.replace(
      '@api.route("/health", "/healthz")',
      '@api.route("/health", methods=["GET", "HEAD"])'
    );
    expect(
      (await parity({ 'svc/old.py': limited })).table.flask.map((r) => `${r.methods.join('|')} ${r.path}`)
    ).toEqual(['POST /api/models/predict', 'GET|HEAD /api/health']);
  });

  test('a MethodView given to add_url_rule answers the verbs it defines; `methods=` still wins', async () => {
    const views = lines(
      'from flask import Flask',
      'from flask.views import MethodView',
      'class Items(MethodView):',
      '    def get(self): pass',
      '    def post(self): pass',
      'app = Flask(__name__)',
      'app.add_url_rule("/items", view_func=Items.as_view("items"))',
      'app.add_url_rule("/only", view_func=Items.as_view("only"), methods=["DELETE"])',
      'app.add_url_rule("/other", view_func=Elsewhere.as_view("other"))',
      'def init(app):',
      '    view = Items.as_view("named")',
      '    app.add_url_rule("/named", view_func=view)'
    );
    expect(
      (await parity({ 'svc/app.py': views })).table.flask.map((r) => `${r.methods.join('|')} ${r.path}`)
    ).toEqual(['GET|POST /items', 'DELETE /only', 'GET /other', 'GET|POST /named']);
  });

  test('a Namespace kept on a class in another module, an Api subclass, add_namespace with a positional path, a star import', async () => {
    const files = {
      'svc/__init__.py': '',
      'svc/dto.py': lines(
        'from flask_restx import Namespace',
        'class SampleDto:',
        '    api = Namespace("sample")'
      ),
      'svc/views.py': lines(
        'from flask_restx import Resource',
        'from svc.dto import SampleDto',
        'api = SampleDto.api',
        '@api.route("/whoami")',
        'class WhoAmI(Resource):',
        '    def get(self): pass'
      ),
      'svc/app.py': lines(
        'from flask import Flask',
        'from flask_restx import Api',
        'from svc.views import api as ns_sample',
        'class HTTPSApi(Api):',
        '    pass',
        'app = Flask(__name__)',
        'api = HTTPSApi(app, prefix="/api/v1")',
        'api.add_namespace(ns_sample, "/s")'
      )
    };
    const { table } = await parity(files);
    expect(table.flask.map((r) => `${r.methods.join('|')} ${r.path} ${r.app}`)).toEqual([
      'GET /api/v1/s/whoami app (svc/app.py:6)'
    ]);
    // Through a star import of a module that passes the name on.
    const starred = {
      ...files,
      'svc/names.py': 'from svc.views import api as ns_sample\n',
      'svc/app.py': files['svc/app.py'].replace(
        'from svc.views import api as ns_sample',
        'from svc.names import *'
      )
    };
    expect((await parity(starred)).table.flask.map((r) => r.path)).toEqual(['/api/v1/s/whoami']);
    // Not registered: the namespace is an app of its own, under its own path.
    const alone = { ...files, 'svc/app.py': lines('from flask import Flask', 'app = Flask(__name__)') };
    expect((await parity(alone)).table.flask.map((r) => r.path)).toEqual(['/sample/whoami']);
  });

  test('namespaces added to a parameter (`def add_all(api)`): one app for that parameter, each under its path', async () => {
    const ns = (name: string) =>
      lines(
        'from flask_restx import Namespace, Resource',
        `${name} = Namespace("${name}")`,
        `@${name}.route("/")`,
        'class Index(Resource):',
        '    def get(self): pass'
      );
    const { table } = await parity({
      'svc/__init__.py': '',
      'svc/users.py': ns('users'),
      'svc/orders.py': ns('orders'),
      'svc/admin.py': lines(
        'from svc.users import users',
        'from svc.orders import orders',
        'def add_all(api):',
        '    api.add_namespace(users, path="/admin/users")',
        '    api.add_namespace(orders, path="/admin/orders")'
      )
    });
    expect(table.flask.map((r) => `${r.path} ${r.app}`)).toEqual([
      '/admin/orders/ api (svc/admin.py:4)',
      '/admin/users/ api (svc/admin.py:4)'
    ]);
  });

  test('star imports that all import each other: each name is looked up once per module, and found', async () => {
    const files: Record<string, string> = { 'pkg/__init__.py': '' };
    const names = Array.from({ length: 30 }, (_, i) => `m${i}`);
    for (const n of names)
      files[`pkg/${n}.py`] = names
        .filter((o) => o !== n)
        .map((o) => `from pkg.${o} import *`)
        .join('\n');
    files['pkg/m29.py'] += '\nfrom flask import Blueprint\nbp = Blueprint("b", __name__, url_prefix="/b")\n';
    // `nope` is in none of them: every module is asked once, not once per path through the stars.
    files['pkg/routes.py'] = lines(
      'from pkg.m0 import *',
      '@bp.route("/x")',
      'def x(): pass',
      '@nope.route("/y")',
      'def y(): pass'
    );
    const { table } = await parity(files);
    expect(table.flask.map((r) => `${r.path} ${r.app}`)).toEqual([
      '/b/x bp (pkg/m29.py:31)',
      '/y nope (pkg/routes.py)'
    ]);
  });

  test('a parameter is what its calls pass: registrations and routes on it belong to that app', async () => {
    const files = {
      'svc/__init__.py': '',
      'svc/api.py': lines(
        'from flask import Blueprint',
        'api_bp = Blueprint("api", __name__)',
        '@api_bp.route("/items")',
        'def items(): pass'
      ),
      'svc/ext.py': lines(
        'from svc.api import api_bp',
        'def register_blueprints(app):',
        '    app.register_blueprint(api_bp, url_prefix="/api")',
        'def init(app):',
        '    @app.route("/ping")',
        '    def ping(): pass'
      ),
      'svc/app.py': lines(
        'from flask import Flask',
        'from svc import ext',
        'from svc.ext import register_blueprints',
        'def create_app():',
        '    app = Flask(__name__)',
        '    app.url_map.strict_slashes = False',
        '    register_blueprints(app)',
        '    ext.init(app=app)',
        '    return app'
      ),
      'svc/fast.py': lines(
        'from fastapi import FastAPI',
        'fast = FastAPI()',
        '@fast.get("/api/items")',
        'def items(): pass',
        '@fast.get("/ping")',
        '@fast.get("/ping/")',
        'def ping(): pass'
      )
    };
    const { table, findings } = await parity(files);
    expect(table.flask.map((r) => `${r.path} ${r.app}`)).toEqual([
      '/api/items app (svc/app.py:5)',
      '/ping app (svc/app.py:5)'
    ]);
    // The app serves both slash forms (strict_slashes = False): FastAPI must too.
    expect(findings).toEqual([
      [
        'svc/api.py',
        3,
        '`GET /api/items` is served by Flask as `/api/items` and `/api/items/`; FastAPI does not serve `/api/items/` directly.'
      ]
    ]);
    // Two calls passing different apps: nothing is guessed, the parameter is an app of its own.
    const twice = {
      ...files,
      'svc/other.py': lines(
        'from flask import Flask',
        'from svc.ext import register_blueprints',
        'other = Flask(__name__)',
        'register_blueprints(other)'
      )
    };
    expect((await parity(twice)).table.flask.map((r) => `${r.path} ${r.app}`)[0]).toBe(
      '/api/items app (svc/ext.py:3)'
    );
  });

  test('an `Api` from another library is not a Flask object: its prefix does not apply', async () => {
    const other = lines(
      'from flask import Flask',
      'from mylib import Api',
      'app = Flask(__name__)',
      'api = Api(app, prefix="/api")',
      '@app.route("/x")',
      'def x(): pass'
    );
    expect((await parity({ 'svc/app.py': other })).table.flask.map((r) => r.path)).toEqual(['/x']);
  });
});
