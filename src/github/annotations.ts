// Which findings become annotations, and in what shape. Pure.
// - Check runs accept at most 50 annotations per request (more is a 422): batches of 50.
// - `start_column`/`end_column` only when start_line == end_line.
// - A budget keeps a PR readable: findings on changed lines first, then errors, warnings, notices.
// - Workflow-command annotations (the read-only fallback) show only 10 per level per step.
import type { Finding, Severity } from '../model.js';

export const BATCH_SIZE = 50;
export const COMMAND_ANNOTATIONS_PER_LEVEL = 10;
const TITLE_MAX = 255;
const MESSAGE_MAX = 64 * 1024 - 1;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice'
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Most important first: on a changed line (new), then by severity; report order otherwise. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        Number(b.f.new === true) - Number(a.f.new === true) ||
        RANK[a.f.severity] - RANK[b.f.severity] ||
        a.i - b.i
    )
    .map(({ f }) => f);
}

/**
 * Check-run annotations for the most important findings, within `budget`. `resolvePath` maps a
 * finding's path to a file GitHub can annotate (a directory's first file; undefined when none exists).
 */
export function checkAnnotations(
  findings: readonly Finding[],
  budget: number,
  resolvePath: (path: string) => string | undefined,
  /** The day the next stage begins, for findings that will block then. */
  nextBegins?: string
): { annotations: CheckAnnotation[]; omitted: number } {
  const annotations: CheckAnnotation[] = [];
  for (const f of rankFindings(findings)) {
    if (annotations.length >= budget) break;
    const path = resolvePath(f.anchor ?? f.path);
    if (!path) continue;
    const onFile = path === f.path;
    const line = onFile ? (f.line ?? 1) : 1;
    const endLine = onFile ? (f.endLine ?? line) : 1;
    const message = `${onFile ? '' : `${f.path}: `}${f.message}${later(f, nextBegins)}${f.remediation ? `\n\nFix: ${f.remediation}` : ''}`;
    annotations.push({
      path,
      start_line: line,
      end_line: endLine,
      ...(onFile && f.line !== undefined && f.line === f.endLine
        ? { start_column: f.column!, end_column: f.endColumn! }
        : {}),
      annotation_level: LEVEL[f.severity],
      message: message.slice(0, MESSAGE_MAX),
      title: `${f.ruleId} (phase ${f.phase})`.slice(0, TITLE_MAX)
    });
  }
  return { annotations, omitted: findings.length - annotations.length };
}

/** For a finding that does not block now and will in the next stage: when it will. */
const later = (f: Finding, begins: string | undefined): string =>
  f.blocksFrom ? ` It will block from ${f.blocksFrom}${begins ? ` (${begins})` : ''}.` : '';

export function batches<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface CommandAnnotation {
  level: Severity;
  message: string;
  properties: {
    title: string;
    file: string;
    startLine: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
  };
}

/** The read-only fallback: what GitHub will display of workflow-command annotations, most important first. */
export function commandAnnotations(
  findings: readonly Finding[],
  nextBegins?: string
): {
  annotations: CommandAnnotation[];
  omitted: number;
} {
  const perLevel: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: CommandAnnotation[] = [];
  for (const f of rankFindings(findings)) {
    if (perLevel[f.severity] >= COMMAND_ANNOTATIONS_PER_LEVEL) continue;
    perLevel[f.severity]++;
    const anchored = f.anchor !== undefined;
    const message = `${anchored ? `${f.path}: ` : ''}${f.message}${later(f, nextBegins)}`;
    annotations.push({
      level: f.severity,
      message: f.remediation ? `${message}\nFix: ${f.remediation}` : message,
      properties: {
        title: `${f.ruleId} (phase ${f.phase})`,
        file: f.anchor ?? f.path,
        startLine: anchored ? 1 : (f.line ?? 1),
        ...(!anchored && f.endLine !== undefined ? { endLine: f.endLine } : {}),
        ...(!anchored && f.line !== undefined && f.line === f.endLine
          ? { startColumn: f.column!, endColumn: f.endColumn! }
          : {})
      }
    });
  }
  return { annotations, omitted: findings.length - annotations.length };
}
