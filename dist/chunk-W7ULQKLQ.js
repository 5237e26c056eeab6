import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/report/json.ts
var routeEntry = (r) => ({
  methods: r.methods,
  path: r.path,
  ...r.framework === "flask" ? { strictSlashes: r.strictSlashes } : {},
  file: r.file,
  line: r.region.line,
  ...r.app !== void 0 ? { app: r.app } : {}
});
function renderJson(report) {
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    kind: f.kind,
    phase: f.phase,
    severity: f.severity,
    path: f.path,
    ...f.line === void 0 ? {} : { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn },
    message: f.message,
    ...f.anchor !== void 0 ? { anchor: f.anchor } : {},
    ...f.remediation ? { remediation: f.remediation } : {},
    ...f.new === void 0 ? {} : { new: f.new },
    ...f.baselined === void 0 ? {} : { baselined: f.baselined },
    ...f.blocksFrom ? { blocksFrom: f.blocksFrom } : {}
  }));
  const rules = report.rules.map((r) => ({
    id: r.id,
    phase: r.phase,
    title: r.title,
    kind: r.kind,
    status: r.status,
    ...r.reason !== void 0 ? { reason: r.reason } : {},
    findings: r.findings,
    ...r.omitted ? { omitted: r.omitted } : {},
    enforcement: r.enforcement,
    ...r.origin !== void 0 ? { origin: r.origin } : {}
  }));
  const ordered = {
    version: report.version,
    tool: report.tool,
    ruleset: report.ruleset,
    target: report.target,
    conclusion: report.conclusion,
    counts: report.counts,
    findings,
    rules,
    phases: report.phases,
    stats: report.stats,
    skipped: report.skipped,
    notes: report.notes,
    routes: report.routes.map((t) => ({
      ruleId: t.ruleId,
      flask: t.flask.map(routeEntry),
      fastapi: t.fastapi.map(routeEntry),
      ...t.unknown?.length ? { unknown: t.unknown.map(routeEntry) } : {},
      pairs: t.pairs,
      ...t.apps?.length ? { apps: t.apps } : {}
    })),
    suppressions: report.suppressions,
    ...report.baseline ? { baseline: report.baseline } : {},
    ...report.change ? { change: report.change } : {},
    ...report.forecast ? { forecast: report.forecast } : {},
    ...report.environments ? { environments: report.environments } : {},
    ...report.repositories ? { repositories: report.repositories } : {}
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}

export {
  renderJson
};
