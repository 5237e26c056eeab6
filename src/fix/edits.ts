// Text edits, as fixers make them: a range of a file (1-based lines, UTF-16 columns, end exclusive, as
// findings' regions are) and the text that replaces it. Applied from the end of the file backwards,
// so that one edit never moves another; overlapping edits are refused (the second is not applied).

export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** The offset of each line's first character. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The UTF-16 offset of a 1-based line and column (a column past the line's end stops at it). */
export function offsetOf(starts: readonly number[], text: string, line: number, column: number): number {
  if (line > starts.length) return text.length;
  return Math.min(starts[line - 1]! + column - 1, line < starts.length ? starts[line]! : text.length);
}

/** The text with the edits applied, and the edits that overlapped another (left out). */
export function applyEdits(
  text: string,
  edits: readonly TextEdit[]
): { text: string; overlapping: TextEdit[] } {
  const starts = lineStarts(text);
  const ranged = edits
    .map((edit) => ({
      edit,
      start: offsetOf(starts, text, edit.line, edit.column),
      end: offsetOf(starts, text, edit.endLine, edit.endColumn)
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  const overlapping: TextEdit[] = [];
  let out = text;
  let limit = Infinity;
  for (const { edit, start, end } of ranged) {
    if (end > limit) {
      overlapping.push(edit);
      continue;
    }
    out = out.slice(0, start) + edit.text + out.slice(end);
    limit = start;
  }
  return { text: out, overlapping };
}

/** An edit that removes whole lines `from`..`to` (with their line breaks). */
export const removeLines = (from: number, to: number): TextEdit => ({
  line: from,
  column: 1,
  endLine: to + 1,
  endColumn: 1,
  text: ''
});
