// The changed blocks of a fixed file, in whole lines of the file as it was: what GitHub suggestions
// (which replace lines of the pull request's head) and SARIF fixes (which replace regions) need.
import { structuredPatch } from 'diff';

export interface ChangedBlock {
  /** The first and last line replaced (1-based, the file before the fix). */
  startLine: number;
  endLine: number;
  /** The lines that replace them (none: they go), without line ends. */
  lines: string[];
}

export function changedBlocks(before: string, after: string): ChangedBlock[] {
  const out: ChangedBlock[] = [];
  for (const hunk of structuredPatch('a', 'b', before, after, '', '', { context: 0 }).hunks) {
    const added = hunk.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1).replace(/\r$/, ''));
    if (hunk.oldLines > 0)
      out.push({ startLine: hunk.oldStart, endLine: hunk.oldStart + hunk.oldLines - 1, lines: added });
    else {
      // Lines only inserted: they replace the line before them, kept, and themselves.
      const previous = before.split('\n')[hunk.oldStart - 1]?.replace(/\r$/, '') ?? '';
      out.push({ startLine: hunk.oldStart, endLine: hunk.oldStart, lines: [previous, ...added] });
    }
  }
  return out;
}
