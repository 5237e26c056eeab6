// What a change touched, per file, for deciding which findings are new. From unified diffs
// (`git diff --unified=0`, or GitHub's per-file `patch`): hunk headers `@@ -a,b +c,d @@`, walking from
// c; `+` lines are added lines. A file without a patch (binary, or over GitHub's size limit) counts as
// wholly changed. Renames keep the findings of unchanged lines old.
import type { RawFinding } from '../model.js';

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

const unquote = (p: string): string => (p.startsWith('"') ? JSON.parse(p) : p);

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
export function introducedBy(changes: ChangeSet): (finding: RawFinding) => boolean {
  return (finding) => {
    const change = changes.get(finding.path);
    if (!change || change.status === 'removed') return false;
    if (change.lines === 'all' || change.status === 'added') return true;
    if (!finding.region) return false;
    for (let line = finding.region.line; line <= finding.region.endLine; line++)
      if (change.lines.has(line)) return true;
    return false;
  };
}
