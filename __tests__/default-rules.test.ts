// The bundled DRUM rule set: complete (every checklist item has a rule), documented (title, message,
// remediation), and proven (each rule fires on the legacy example and stays silent on the migrated twin).
import { scan } from '../src/engine/scan.js';
import { loadRuleSet } from '../src/rules/load.js';
import type { RuleSet } from '../src/rules/rule-set.js';
import { LocalDirectory } from '../src/sources/local-directory.js';
import { MemorySource } from './helpers.js';

// The strategy's checklist items (every phase item of the seed, and the key recommendations that can be
// checked), in its own words (shortened), with the rule ids that enforce each.
const CHECKLIST: Array<[number, string, string[]]> = [
  [
    0,
    'Python Version Audit: all target environments and base images support Python 3.8+',
    ['python-3-8-in-target-environments', 'python-3-8-in-environments']
  ],
  [
    0,
    'Dependency Audit: conflicts with existing user dependencies (e.g. pydantic versions)',
    [
      'pydantic-v1-pins-with-fastapi',
      'pydantic-v1-with-fastapi-in-environments',
      'pydantic-v1-with-datarobot-drum'
    ]
  ],
  [0, 'Feature Flag Setup: Implement DRUM_FASTAPI_ENABLED', ['fastapi-feature-flag-defined']],
  [
    1,
    'Remove custom_model_runner/datarobot_drum/drum/gunicorn/ directory (and what imports it)',
    ['gunicorn-directory', 'gunicorn-package-importers']
  ],
  [
    1,
    'Remove create_flask_app, get_flask_app and all Blueprint logic from server.py',
    [
      'flask-app-factory-in-server',
      'flask-app-factory-imported',
      'flask-blueprint-in-server',
      'flask-request-hooks'
    ]
  ],
  [1, 'Remove Flask-specific error handlers', ['flask-error-handlers']],
  [
    2,
    'In prediction_server.py, remove all conditional checks if isinstance(self.app, Flask)',
    ['isinstance-flask-app']
  ],
  [2, 'Make FastAPI the only supported app type', ['flask-app-constructed', 'flask-stack-import-in-runner']],
  [
    2,
    'Timeline, LTS: the Flask server is deprecated; DRUM warns when it is chosen',
    ['flask-server-deprecation-warning']
  ],
  [
    2,
    'Implementation order: config.py, app.py (lifespan), extensions.py, run_uvicorn.py, entry_point.py',
    [
      'fastapi-uvicorn-config',
      'fastapi-app-lifespan',
      'fastapi-extensions',
      'uvicorn-launcher',
      'entry-point-fastapi'
    ]
  ],

  [2, 'Remove TimeoutWSGIRequestHandler', ['timeout-wsgi-request-handler']],
  [2, 'ResourceMonitor: remove imports of flask.request', ['resource-monitor-flask-request']],
  [
    2,
    'ResourceMonitor: collect_drum_info() uses the tree-climbing logic',
    ['resource-monitor-tree-climbing']
  ],
  [
    2,
    'ResourceMonitor: Cgroups v2 as the primary memory discovery mechanism',
    ['resource-monitor-cgroups-v2']
  ],
  [2, 'StdoutFlusher: remove the after_request integration', ['stdout-flusher-after-request']],
  [2, 'StdoutFlusher: exclusively use StdoutFlusherMiddleware', ['stdout-flusher-middleware']],
  [2, "StdoutFlusher: flusher thread's lifecycle tied to FastAPIWorkerCtx", ['stdout-flusher-worker-ctx']],
  [
    2,
    'common.py: setup_otel detects multiprocessing in a server-agnostic way',
    ['setup-otel-flask-specific']
  ],
  [2, 'PredictMixin: remove flask.request and flask.Response', ['predict-mixin-flask-request-response']],
  [
    2,
    'PredictMixin: RequestAdapter is the mandatory way to access request data',
    ['predict-mixin-request-adapter']
  ],
  [
    2,
    "PredictMixin: replace stream_with_context with FastAPI's StreamingResponse",
    ['stream-with-context', 'predict-mixin-streaming-response']
  ],
  [
    2,
    'Endpoints: ensure consistency between /ping/ and /ping (and FastAPI serves every Flask endpoint)',
    ['fastapi-route-parity']
  ],
  [2, 'Health Checks: exclude health endpoints from OTel tracing', ['otel-excludes-health-endpoints']],
  [2, 'Errors: standardize error messages to match Flask format', ['fastapi-error-handler']],
  [
    3,
    'Remove flask, gunicorn, gevent, werkzeug from requirements.txt',
    ['runner-requirements-flask-stack', 'runner-setup-flask-stack']
  ],
  [4, 'Remove tests/functional/test_drum_server_custom_flask.py', ['custom-flask-functional-test']],
  [4, 'Remove tests/fixtures/custom_flask_demo_auth.py', ['custom-flask-auth-fixture']],
  [4, 'Update conftest.py with FastAPI fixtures', ['conftest-fastapi-fixtures']],
  [4, 'Update test_model_templates.py to support multiple backends', ['test-model-templates-backends']],
  [
    4,
    'Update test_request_headers_tracing.py for FastAPI compatibility',
    ['test-request-headers-tracing-fastapi']
  ],
  [4, 'Update test_prediction_server.py', ['test-prediction-server-fastapi']],
  [
    4,
    'test_dr_api_access.py: migrate mock DataRobot API server to FastAPI/uvicorn',
    ['dr-api-mock-server-flask']
  ],
  [
    4,
    'test_mlops_monitoring.py: migrate mock MLOps API server to FastAPI/uvicorn',
    ['mlops-mock-server-flask']
  ],
  [4, 'Replace assert response_dict[ModelInfoKeys.DRUM_SERVER] == "flask"', ['drum-server-flask-assertion']],
  [4, 'Update tests/locust/README.md to remove references to Flask', ['locust-readme-flask']],
  [
    4,
    'Update DrumServerRun to default to fastapi and remove flask option',
    ['drum-server-run-flask-option', 'drum-server-run-defaults-to-fastapi']
  ],
  [
    4,
    'Monitoring: test_mlops_monitoring.py verifies metrics parity under FastAPI',
    ['mlops-monitoring-tests-fastapi']
  ],
  [
    4,
    'Test cleanup: tests, fixtures and model templates stop importing Flask and Werkzeug',
    ['tests-import-flask-stack']
  ],
  [5, 'Base images: install fastapi, uvicorn[standard], httpx', ['base-images-install-fastapi-stack']],
  [5, 'Base images: (optional) remove gunicorn, gevent, flask', ['base-images-flask-stack']],
  [
    5,
    'Base images: ensure Python 3.8+ is available; minimum Python in base images is 3.8+',
    ['base-images-python-3-8']
  ],
  [
    5,
    'Update example_dropin_environments/ to include FastAPI-based examples',
    ['example-environment-uses-fastapi']
  ],
  [
    5,
    'Audit public_dropin_environments(_sandbox) for Flask usage, with a migration path for each',
    [
      'dropin-environments-flask-stack',
      'dropin-environments-gunicorn',
      'gunicorn-serves-another-app',
      'dropin-environments-server-type',
      'dropin-environments-flask-code',
      'custom-flask-extension',
      'environment-installs-fastapi-stack'
    ]
  ]
];

let rules: RuleSet;
let legacy: Map<string, unknown[]>;
let migrated: Map<string, unknown[]>;

let migratedNotApplicable: Map<string, string>;

beforeAll(async () => {
  rules = await loadRuleSet('drum');
  legacy = (await scan(new LocalDirectory('examples/drum-legacy'), rules.rules)).findings;
  const twin = await scan(new LocalDirectory('__tests__/fixtures/drum-migrated'), rules.rules);
  migrated = twin.findings;
  migratedNotApplicable = twin.notApplicable;
});

describe('the default DRUM rule set', () => {
  test('declares beta as the current stage, as the strategy timeline says', () => {
    expect(rules.stage).toBe('beta');
  });

  test('every rule carries its checklist wording, a message and a remediation', () => {
    for (const rule of rules.rules) {
      expect([
        rule.id,
        rule.title.length > 10,
        rule.message.length > 10,
        (rule.remediation ?? '').length > 10
      ]).toEqual([rule.id, true, true, true]);
    }
  });

  test.each(CHECKLIST)('phase %i item "%s" is enforced', (phase, _item, ids) => {
    for (const id of ids) expect(rules.rules.find((r) => r.id === id)?.phase).toBe(phase);
  });

  test('every rule enforces a checklist item', () => {
    const listed = new Set(CHECKLIST.flatMap(([, , ids]) => ids));
    expect(rules.rules.map((r) => r.id).filter((id) => !listed.has(id))).toEqual([]);
  });

  test('every rule fires on examples/drum-legacy', () => {
    expect(rules.rules.filter((r) => legacy.get(r.id)!.length === 0).map((r) => r.id)).toEqual([]);
  });

  test('extends the environments profile for its own environment folders', () => {
    expect(rules.profiles.map((p) => p.name)).toEqual(['drum', 'environments']);
    expect(rules.roots.environment!.folders).toEqual(['public_dropin_*/*', 'example_dropin_environments/*']);
    expect(rules.rules.filter((r) => r.origin === 'environments').map((r) => r.id)).toEqual([
      'python-3-8-in-environments',
      'pydantic-v1-with-fastapi-in-environments',
      'pydantic-v1-with-datarobot-drum',
      'dropin-environments-flask-stack',
      'dropin-environments-gunicorn',
      'gunicorn-serves-another-app',
      'dropin-environments-server-type',
      'dropin-environments-flask-code',
      'custom-flask-extension',
      'environment-installs-fastapi-stack'
    ]);
  });

  test('on the migrated twin only what has nothing to look at is not applicable, and says why', () => {
    expect(Object.fromEntries(migratedNotApplicable)).toEqual({
      'gunicorn-serves-another-app':
        'in none of the 2 environment folders: no file shows that gunicorn is started by something other than DRUM',
      'dropin-environments-flask-code': 'no file of an environment folder matches `**/*.py`',
      'flask-server-deprecation-warning': "no file shows that DRUM's package still imports Flask"
    });
  });

  test('no rule fires on the migrated twin, which has Flask only in comments, docstrings and unrelated strings', () => {
    expect(
      rules.rules.filter((r) => migrated.get(r.id)!.length > 0).map((r) => [r.id, migrated.get(r.id)])
    ).toEqual([]);
  });
});

test("the plan's required FastAPI items count wherever the plan puts them in DRUM's package", async () => {
  // The plan writes the middleware and the exception handlers in drum/server.py, the worker context in
  // its own module: not in one hard-coded file.
  const PKG = 'custom_model_runner/datarobot_drum';
  const ids = [
    'stdout-flusher-middleware',
    'stdout-flusher-worker-ctx',
    'fastapi-error-handler',
    'otel-excludes-health-endpoints'
  ];
  const only = rules.rules.filter((r) => ids.includes(r.id));
  const tree = (files: Record<string, string>) =>
    new MemorySource({ [`${PKG}/__init__.py`]: '', [`${PKG}/drum/__init__.py`]: '', ...files });
  const placed = await scan(
    tree({
      [`${PKG}/drum/server.py`]: [
        'class StdoutFlusherMiddleware:',
        '    pass',
        'def create_app(app):',
        '    app.add_middleware(StdoutFlusherMiddleware)',
        '    app.add_exception_handler(Exception, on_error)',
        '    FastAPIInstrumentor.instrument_app(app, excluded_urls="ping,health")',
        ''
      ].join('\n'),
      [`${PKG}/drum/root_predictors/worker.py`]: [
        'class FastAPIWorkerCtx:',
        '    def start(self):',
        '        self.flusher = StdoutFlusher()',
        ''
      ].join('\n')
    }),
    only
  );
  expect(ids.map((id) => [id, placed.findings.get(id)])).toEqual(ids.map((id) => [id, []]));
  const missing = await scan(tree({ [`${PKG}/drum/server.py`]: 'app = Flask(__name__)\n' }), only);
  expect(ids.map((id) => missing.findings.get(id)!.map((f) => f.path))).toEqual(ids.map(() => [PKG]));
});
