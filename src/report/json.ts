import type { FileRoute } from '../kinds/route-parity.js';
import type { Report } from './report.js';

const routeEntry = (r: FileRoute) => ({
  methods: r.methods,
  path: r.path,
  ...(r.framework === 'flask' ? { strictSlashes: r.strictSlashes } : {}),
  file: r.file,
  line: r.region.line,
  ...(r.app !== undefined ? { app: r.app } : {})
});

/** The version-1 JSON report (DESIGN.md): fields may be added, never renamed. Key order is fixed. */
export function renderJson(report: Report): string {
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    kind: f.kind,
    phase: f.phase,
    severity: f.severity,
    path: f.path,
    ...(f.line === undefined
      ? {}
      : { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }),
    message: f.message,
    ...(f.anchor !== undefined ? { anchor: f.anchor } : {}),
    ...(f.remediation ? { remediation: f.remediation } : {}),
    ...(f.new === undefined ? {} : { new: f.new }),
    ...(f.baselined === undefined ? {} : { baselined: f.baselined }),
    ...(f.blocksFrom ? { blocksFrom: f.blocksFrom } : {})
  }));
  const rules = report.rules.map((r) => ({
    id: r.id,
    phase: r.phase,
    title: r.title,
    kind: r.kind,
    status: r.status,
    ...(r.reason !== undefined ? { reason: r.reason } : {}),
    findings: r.findings,
    ...(r.omitted ? { omitted: r.omitted } : {}),
    enforcement: r.enforcement,
    ...(r.origin !== undefined ? { origin: r.origin } : {})
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
      ...(t.unknown?.length ? { unknown: t.unknown.map(routeEntry) } : {}),
      pairs: t.pairs,
      ...(t.apps?.length ? { apps: t.apps } : {})
    })),
    suppressions: report.suppressions,
    ...(report.baseline ? { baseline: report.baseline } : {}),
    ...(report.change ? { change: report.change } : {}),
    ...(report.forecast ? { forecast: report.forecast } : {}),
    ...(report.environments ? { environments: report.environments } : {}),
    ...(report.repositories ? { repositories: report.repositories } : {})
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
