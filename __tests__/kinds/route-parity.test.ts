import { scan } from '../../src/engine/scan.js';
import { extractRoutes } from '../../src/parsers/routes.js';
import { canonicalPath, directForms } from '../../src/routes/parity.js';
import type { RouteTable } from '../../src/kinds/route-parity.js';
import { MemorySource, loadRules, where } from '../helpers.js';
import { judge } from '../../src/gate/verdict.js';

const RULE = `
id: parity
phase: 2
title: t
kind: route-parity
files: ["app/flask_server.py"]
fastapi: ["app/fastapi/*.py"]
message: m.
`;

const FLASK = `from flask import Blueprint

model_api = Blueprint("model_api", __name__)


@model_api.route("/", methods=["GET"])
@model_api.route("/ping/", methods=["GET"])
def ping():
    return {"message": "OK"}


@model_api.route("/predict/", methods=["POST"])
@model_api.route("/invocations", methods=["POST"])
def predict():
    pass


@model_api.route("/nim/<path:path>", methods=["GET", "POST"])
def forward(path):
    pass


model_api.add_url_rule("/stats/", "stats", stats, strict_slashes=False)
`;

const FASTAPI_COMPLETE = `from fastapi import APIRouter

router = APIRouter()


@router.get("/")
@router.get("/ping")
@router.get("/ping/")
async def ping():
    return {"message": "OK"}


@router.api_route(
    "/predict/",
    methods=["POST"],
)
@router.post("/invocations")
async def predict():
    pass


@router.api_route("/nim/{path:path}", methods=["GET", "POST"])
async def forward(path: str):
    pass


router.add_api_route("/stats", stats, methods=["GET"])
router.add_api_route("/stats/", stats, methods=["GET"])
`;

async function run(files: Record<string, string>) {
  const rules = loadRules(RULE);
  const result = await scan(new MemorySource(files), rules.rules);
  const findings = judge(rules, 'beta', result.findings).findings;
  return { findings, table: result.sections.routes?.[0] as RouteTable };
}

describe('route extraction', () => {
  test('Flask decorators, add_url_rule, methods, strict_slashes and a literal blueprint prefix', async () => {
    const routes = await extractRoutes(
      FLASK.replace('Blueprint("model_api", __name__)', 'Blueprint("model_api", __name__, url_prefix="/v1")'),
      'flask'
    );
    expect(routes.map((r) => [r.methods.join('|'), r.path, r.strictSlashes, r.region.line])).toEqual([
      ['GET', '/v1/', true, 6],
      ['GET', '/v1/ping/', true, 7],
      ['POST', '/v1/predict/', true, 12],
      ['POST', '/v1/invocations', true, 13],
      ['GET|POST', '/v1/nim/<path:path>', true, 18],
      ['GET', '/v1/stats/', false, 23]
    ]);
  });

  test('FastAPI verbs, multi-line api_route, add_api_route and include_router prefixes', async () => {
    const routes = await extractRoutes(
      `${FASTAPI_COMPLETE}\napp.include_router(router, prefix="/api")\n`,
      'fastapi'
    );
    expect(routes.map((r) => [r.methods.join('|'), r.path, r.region.line])).toEqual([
      ['GET', '/api/', 6],
      ['GET', '/api/ping', 7],
      ['GET', '/api/ping/', 8],
      ['POST', '/api/predict/', 13],
      ['POST', '/api/invocations', 17],
      ['GET|POST', '/api/nim/{path:path}', 22],
      ['GET', '/api/stats', 27],
      ['GET', '/api/stats/', 28]
    ]);
  });

  test('canonical paths match parameters by kind, and strict_slashes=False serves both forms', () => {
    expect(canonicalPath({ framework: 'flask' }, '/a/<int:id>/<path:rest>')).toBe('/a/{}/{*}');
    expect(canonicalPath({ framework: 'fastapi' }, '/a/{id}/{rest:path}')).toBe('/a/{}/{*}');
    const route = {
      framework: 'flask' as const,
      methods: ['GET'],
      path: '/stats/',
      strictSlashes: false,
      owner: 'x',
      region: { line: 1, column: 1, endLine: 1, endColumn: 1 }
    };
    expect(directForms(route)).toEqual(['/stats', '/stats/']);
    expect(directForms({ ...route, strictSlashes: true })).toEqual(['/stats/']);
  });
});

describe('route-parity', () => {
  test('Flask only: no parity findings yet, but the table is reported', async () => {
    const { findings, table } = await run({ 'app/flask_server.py': FLASK });
    expect(findings).toEqual([]);
    expect(table.fastapi).toEqual([]);
    expect(table.pairs.map((p) => `${p.method} ${p.path} ${p.flask}`)).toEqual([
      'GET / app/flask_server.py:6',
      'GET /ping/ app/flask_server.py:7',
      'POST /predict/ app/flask_server.py:12',
      'POST /invocations app/flask_server.py:13',
      'GET /nim/<path:path> app/flask_server.py:18',
      'POST /nim/<path:path> app/flask_server.py:18',
      'GET /stats/ app/flask_server.py:23'
    ]);
  });

  test('dual and complete: passes', async () => {
    const { findings, table } = await run({
      'app/flask_server.py': FLASK,
      'app/fastapi/routes.py': FASTAPI_COMPLETE
    });
    expect(findings).toEqual([]);
    expect(table.pairs.find((p) => p.path === '/stats/')!.fastapi).toEqual([
      'app/fastapi/routes.py:27',
      'app/fastapi/routes.py:28'
    ]);
  });

  test('dual with missing endpoints: each Flask method+path without a counterpart, at the Flask decorator', async () => {
    const partial = FASTAPI_COMPLETE.replace('@router.post("/invocations")\n', '')
      .replace('router.add_api_route("/stats", stats, methods=["GET"])\n', '')
      .replace('methods=["GET", "POST"]', 'methods=["GET"]');
    const { findings } = await run({ 'app/flask_server.py': FLASK, 'app/fastapi/routes.py': partial });
    expect(where(findings)).toEqual([
      ['parity', 'app/flask_server.py', [13, 1, 13, 51]],
      ['parity', 'app/flask_server.py', [18, 1, 18, 62]],
      ['parity', 'app/flask_server.py', [23, 1, 23, 72]]
    ]);
    expect(findings.map((f) => f.detail)).toEqual([
      '`POST /invocations` has no FastAPI counterpart.',
      '`POST /nim/<path:path>` has no FastAPI counterpart.',
      '`GET /stats/` is served by Flask as `/stats` and `/stats/`; FastAPI does not serve `/stats` directly.'
    ]);
  });

  test('a catch-all route is not a counterpart for specific endpoints', async () => {
    const catchAll =
      'from fastapi import FastAPI\napp = FastAPI()\n\n@app.api_route("/{path:path}", methods=["GET", "POST"])\nasync def error(path):\n    pass\n\n@app.get("/ping")\n@app.get("/ping/")\nasync def ping():\n    pass\n';
    const { findings } = await run({ 'app/flask_server.py': FLASK, 'app/fastapi/errors.py': catchAll });
    expect(findings.map((f) => f.detail)).toEqual([
      '`GET /` has no FastAPI counterpart.',
      '`POST /predict/` has no FastAPI counterpart.',
      '`POST /invocations` has no FastAPI counterpart.',
      '`GET /nim/<path:path>` has no FastAPI counterpart.',
      '`POST /nim/<path:path>` has no FastAPI counterpart.',
      '`GET /stats/` has no FastAPI counterpart.'
    ]);
  });

  test('/ping without its slash twin, at the FastAPI decorator', async () => {
    const noTwin = FASTAPI_COMPLETE.replace('@router.get("/ping")\n', '');
    const { findings } = await run({ 'app/flask_server.py': FLASK, 'app/fastapi/routes.py': noTwin });
    expect(where(findings)).toEqual([['parity', 'app/fastapi/routes.py', [7, 1, 7, 22]]]);
    expect(findings[0]!.detail).toBe(
      'FastAPI serves `GET /ping/` but not `/ping` directly; callers that do not follow redirects fail.'
    );
  });

  test('health paths are configurable; one that Flask serves and FastAPI serves in neither form is one file-level finding', async () => {
    const rules = loadRules(RULE.replace('message: m.', 'health: [/health/]\nmessage: m.'));
    const flask =
      'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/health/")\ndef health(): pass\n';
    const files = { 'app/flask_server.py': flask, 'app/fastapi/routes.py': FASTAPI_COMPLETE };
    const result = await scan(new MemorySource(files), rules.rules);
    expect(result.findings.get('parity')).toEqual([
      { path: 'app/fastapi/routes.py', message: 'FastAPI serves neither `/health` nor `/health/`.' }
    ]);
  });

  test('a health path neither app serves is not asked for', async () => {
    const rules = loadRules(RULE.replace('message: m.', 'health: [/health/]\nmessage: m.'));
    const result = await scan(new MemorySource({ 'app/fastapi/routes.py': FASTAPI_COMPLETE }), rules.rules);
    expect(result.findings.get('parity')).toEqual([]);
  });
});

describe('one `files` glob for both apps', () => {
  const ONE_GLOB = RULE.replace(
    'files: ["app/flask_server.py"]\nfastapi: ["app/fastapi/*.py"]',
    'files: ["**/*.py"]'
  );

  test('routes count for the framework of what they hang on, wherever their module is', async () => {
    const rules = loadRules(ONE_GLOB);
    const dual = [
      'from flask import Blueprint',
      'from fastapi import APIRouter',
      'model_api = Blueprint("model_api", __name__)',
      'router = APIRouter()',
      '@model_api.route("/ping/")',
      '@model_api.route("/predict/", methods=["POST"])',
      'def flask_side(): pass',
      '@router.get("/ping")',
      '@router.get("/ping/")',
      'def fastapi_side(): pass',
      ''
    ].join('\n');
    const result = await scan(new MemorySource({ 'server/prediction_server.py': dual }), rules.rules);
    const findings = judge(rules, 'beta', result.findings).findings;
    expect(where(findings)).toEqual([['parity', 'server/prediction_server.py', [6, 1, 6, 48]]]);
    expect(findings[0]!.detail).toBe('`POST /predict/` has no FastAPI counterpart.');
    const table = result.sections.routes?.[0] as RouteTable;
    expect([table.flask.length, table.fastapi.length, table.unknown.length]).toEqual([2, 2, 0]);
  });

  test('a route whose framework cannot be told is listed as unknown, with a note, and not compared', async () => {
    const rules = loadRules(ONE_GLOB);
    const files = {
      'app/routes.py': 'import flask\nimport fastapi\n@shared.get("/x")\ndef x(): pass\n',
      'app/api.py': 'from fastapi import APIRouter\nrouter = APIRouter()\n@router.get("/y")\ndef y(): pass\n'
    };
    const result = await scan(new MemorySource(files), rules.rules);
    expect(result.findings.get('parity')).toEqual([]);
    expect((result.sections.routes?.[0] as RouteTable).unknown.map((r) => [r.file, r.path])).toEqual([
      ['app/routes.py', '/x']
    ]);
    expect(result.notes).toEqual([
      {
        path: 'app/routes.py',
        line: 3,
        message:
          'route `GET /x` on `shared`: its framework cannot be told (`shared` is not built by Flask(), Blueprint(), FastAPI() or APIRouter() in the scanned modules, and its module imports both frameworks or neither); not compared'
      }
    ]);
  });

  test('before any FastAPI route exists the rule is not applicable, and says how many Flask routes wait', async () => {
    const rules = loadRules(ONE_GLOB);
    const result = await scan(new MemorySource({ 'app/flask_server.py': FLASK }), rules.rules);
    expect(result.notApplicable.get('parity')).toBe('no FastAPI routes yet (6 Flask routes listed)');
  });
});
