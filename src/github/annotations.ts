// Workflow-command annotations. GitHub shows at most 10 per level per step (50 per job) and drops
// the rest silently, so we choose which ones: errors before warnings before notices, in report order.
import type { Finding, Severity } from '../model.js';

export const SHOWN_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export function selectAnnotations(findings: readonly Finding[]): {
  annotations: Annotation[];
  omitted: number;
} {
  const annotations: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    for (const f of findings.filter((x) => x.severity === level).slice(0, SHOWN_PER_LEVEL)) {
      annotations.push({
        level,
        title: `${f.ruleId} (phase ${f.phase})`,
        message: f.remediation ? `${f.message}\nFix: ${f.remediation}` : f.message,
        file: f.path,
        // A file-level finding annotates the file's first line.
        startLine: f.line ?? 1,
        ...(f.line !== undefined && f.line === f.endLine
          ? { startColumn: f.column, endColumn: f.endColumn }
          : {}),
        ...(f.endLine !== undefined ? { endLine: f.endLine } : {})
      });
    }
  }
  return { annotations, omitted: findings.length - annotations.length };
}
