// The one pipeline the CLI and the action share: rules -> scan -> gate -> report.
import { stat } from 'node:fs/promises';
import { UsageError } from './errors.js';
import { scan } from './engine/scan.js';
import { judge } from './gate/verdict.js';
import type { Stage } from './model.js';
import { buildReport, type Report } from './report/report.js';
import { defaultRulesPath, DEFAULT_RULES_NAME } from './rules/default-rules.js';
import { loadRuleSet } from './rules/load.js';
import { LocalDirectory } from './sources/local-directory.js';

export interface ScanRequest {
  directory: string;
  /** A rule file; the bundled DRUM rule set when absent. */
  rules?: string;
  /** The stage to enforce; the rule set's own `stage` when absent. */
  stage?: Stage;
  maxFileBytes?: number;
}

export async function scanDirectory(request: ScanRequest): Promise<Report> {
  const info = await stat(request.directory).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`not a directory: ${request.directory}`);
  const ruleSet = request.rules
    ? await loadRuleSet(request.rules)
    : await loadRuleSet(defaultRulesPath(), DEFAULT_RULES_NAME);
  const stage = request.stage ?? ruleSet.stage;
  const source = new LocalDirectory(request.directory);
  const active = ruleSet.rules.filter((r) => r.enforcement[stage] !== 'off');
  const scanned = await scan(
    source,
    active,
    request.maxFileBytes ? { maxFileBytes: request.maxFileBytes } : {}
  );
  const verdict = judge(ruleSet, stage, scanned.findings);
  return buildReport(ruleSet, stage, source.label, verdict, scanned);
}
