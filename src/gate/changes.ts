// What a change touched, per file, for deciding which findings are new. From unified diffs
// (`git diff --unified=0`, or GitHub's per-file `patch`): hunk headers `@@ -a,b +c,d @@`, walking from
// c; `+` lines are added lines. A file without a patch (binary, or over GitHub's size limit) counts as
// wholly changed. Renames keep the findings of unchanged lines old.
import type { RawFinding } from '../model.js';
import { displayName } from '../sources/names.js';

export interface FileChange {
  status: 'added' | 'modified' | 'renamed' | 'removed';
  /** Added or changed lines (new-file numbering), or 'all' when the patch is unknown. */
  lines: ReadonlySet<number> | 'all';
  previousPath?: string;
}

export type ChangeSet = ReadonlyMap<string, FileChange>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Added lines of one file's patch (the part after its `diff --git` header). */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    // Before the first hunk are the headers (`+++ b/…` among them); inside hunks every `+` line is
    // added, `++i` and `+++` included.
    if (next === 0) continue;
    if (line.startsWith('+')) lines.add(next++);
    else if (line.startsWith(' ')) next++;
    // '-' lines and '\ No newline at end of file' do not advance the new-file numbering
  }
  return lines;
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as git prints it, as the name the scan shows (names.ts): git quotes a name with unusual bytes
 * in C style (`"caf\303\251\n.py"`), octal for every byte past ASCII, so the bytes are rebuilt
 * first and then shown exactly as the source shows them.
 */
function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"') || path.length < 2) return displayName(Buffer.from(path));
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\' || i + 1 === body.length) {
      bytes.push(...Buffer.from(c));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      i += 3;
    } else {
      const next = body[++i]!;
      bytes.push(...(C_ESCAPES[next] !== undefined ? [C_ESCAPES[next]] : Buffer.from(next)));
    }
  }
  return displayName(Uint8Array.from(bytes));
}

/** A `---`/`+++` path: unquoted first (git quotes unusual names), then without its a/ or b/ prefix. */
function side(raw: string | undefined, prefix: string): string | undefined {
  if (raw === undefined) return undefined;
  const path = unquote(raw.trim());
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** A whole `git diff` (several files) as a change set. Paths are repository-relative. */
export function parseGitDiff(diff: string): Map<string, FileChange> {
  const changes = new Map<string, FileChange>();
  for (const section of diff.split(/^(?=diff --git )/m)) {
    if (!section.startsWith('diff --git ')) continue;
    const header = section.slice(0, section.search(/^@@/m) === -1 ? section.length : section.search(/^@@/m));
    const to = side(/^\+\+\+ (.+)$/m.exec(header)?.[1], 'b/');
    const from = side(/^--- (.+)$/m.exec(header)?.[1], 'a/');
    const renameFrom = /^rename from (.+)$/m.exec(header)?.[1];
    const renameTo = /^rename to (.+)$/m.exec(header)?.[1];
    const names = /^diff --git a\/(.+) b\/(.+)$/m.exec(header);
    const path = renameTo ? unquote(renameTo) : to && to !== '/dev/null' ? to : (names?.[2] ?? from ?? '');
    if (!path) continue;
    const binary = /^Binary files /m.test(header);
    if (/^deleted file mode/m.test(header) || to === '/dev/null') {
      changes.set(from ?? path, { status: 'removed', lines: new Set() });
      continue;
    }
    const status =
      /^new file mode/m.test(header) || from === '/dev/null' ? 'added' : renameFrom ? 'renamed' : 'modified';
    changes.set(path, {
      status,
      lines: binary ? 'all' : addedLines(section),
      ...(renameFrom ? { previousPath: unquote(renameFrom) } : {})
    });
  }
  return changes;
}

/**
 * A finding is new when the change introduced it: on an added or changed line, or (file-level) in a
 * file the change added. Findings in files the change did not touch are old.
 */
const ESCAPED_NAME = /\\\\|\\x[0-9A-F]{2}|\\u[0-9a-f]{4}/;

export function introducedBy(changes: ChangeSet): (finding: RawFinding) => boolean {
  return (finding) => {
    const change = changes.get(finding.path);
    if (!change) {
      // A finding on a folder (an environment that lacks something) is new when the change added the
      // file it is anchored to (the environment's Dockerfile): the change added the environment.
      if (finding.anchor !== undefined && changes.get(finding.anchor)?.status === 'added') return true;
      // A name shown escaped (not UTF-8, or with control characters) may be spelt differently by the
      // change's source (GitHub's file list decodes names its own way): unmatched, it counts as new.
      return ESCAPED_NAME.test(finding.path);
    }
    if (change.status === 'removed') return false;
    if (change.lines === 'all' || change.status === 'added') return true;
    if (!finding.region) return false;
    for (let line = finding.region.line; line <= finding.region.endLine; line++)
      if (change.lines.has(line)) return true;
    return false;
  };
}
