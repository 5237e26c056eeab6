// Paths in the action: findings are relative to the scanned folder; GitHub wants them relative to the
// repository. And an annotation needs a file: a directory finding goes on its first file.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Report } from '../report/report.js';

/** The scanned folder relative to the repository root, with forward slashes ('' for the root). */
export function repositoryPrefix(workspace: string, scanned: string): string {
  const rel = relative(resolve(workspace), resolve(workspace, scanned));
  return rel.startsWith('..') ? '' : rel.split(sep).join('/');
}

const prefixed = (prefix: string, path: string): string =>
  prefix ? (path === '.' ? prefix : `${prefix}/${path}`) : path;

/** The report with every path made relative to the repository root. */
export function inRepository(report: Report, prefix: string): Report {
  if (!prefix) return report;
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      path: prefixed(prefix, f.path),
      ...(f.anchor !== undefined ? { anchor: prefixed(prefix, f.anchor) } : {})
    })),
    skipped: report.skipped.map((s) => ({ ...s, path: prefixed(prefix, s.path) })),
    notes: report.notes.map((n) => ({ ...n, path: prefixed(prefix, n.path) })),
    ...(report.fixes ? { fixes: report.fixes.map((f) => ({ ...f, path: prefixed(prefix, f.path) })) } : {})
  };
}

/** A file to annotate for a repository path: the file itself, a directory's first file, or undefined. */
export function annotatablePath(workspace: string, path: string): string | undefined {
  let current = path;
  for (let depth = 0; depth < 64; depth++) {
    let info;
    try {
      info = statSync(join(workspace, current));
    } catch {
      return undefined;
    }
    if (info.isFile()) return current;
    if (!info.isDirectory()) return undefined;
    const first = readdirSync(join(workspace, current)).sort()[0];
    if (!first) return undefined;
    current = `${current}/${first}`;
  }
  return undefined;
}
