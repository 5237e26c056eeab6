// A cheap, conservative test run before parsing: can this text contain an import of one of these names?
// An import statement starts a line or follows `;` or `:` (`try: import flask`), and may continue over
// parentheses or backslashes (LF, CRLF or CR line ends). If no such statement mentions a name, no import of it exists. Docstrings
// and comments that merely mention the name (common during a migration) no longer cost a parse.

import { escapeRegex } from '../regex-escape.js';

const STATEMENT_START = /(?:^|[;:])[ \t]*(?:from|import)(?=[ \t\\(.])/g;

/**
 * Where the lines that can start an import statement begin. Every import statement contains the word
 * `import`, on its first line unless backslashes continue `from x` onto later lines; so only lines with
 * that word, and the backslash-continued lines before them, are looked at. (A file that mentions a
 * module in its docstrings and comments, common during a migration, is then not scanned line by line.)
 */
function candidateLines(text: string): number[] {
  const starts = new Set<number>();
  for (let i = text.indexOf('import'); i !== -1; i = text.indexOf('import', i + 6)) {
    let start = lineStartOf(text, i);
    if (starts.has(start)) continue;
    starts.add(start);
    // Back over the lines this one continues, until one already seen: each line is walked once, even
    // in a file of thousands of backslash-continued lines.
    while (start > 0 && continued(text, start)) {
      start = lineStartOf(text, start - 1 - (text[start - 1] === '\n' && text[start - 2] === '\r' ? 1 : 0));
      if (starts.has(start)) break;
      starts.add(start);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

const isLineEnd = (code: number): boolean => code === 10 || code === 13;

// Both walk the line itself: searching for a CR with lastIndexOf/indexOf would cross the whole text
// whenever it has none (most files), for every line looked at.

/** The start of the line holding `index` (after a LF, CRLF or lone CR). */
function lineStartOf(text: string, index: number): number {
  let i = index;
  while (i > 0 && !isLineEnd(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The end of the line that starts at `start` (before its LF, CR or CRLF), or the end of the text. */
function lineEndOf(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isLineEnd(text.charCodeAt(i))) i++;
  return i;
}

/** Whether the line before the one starting at `lineStart` ends with a backslash. */
function continued(text: string, lineStart: number): boolean {
  const before = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? lineStart - 3 : lineStart - 2;
  return text[before] === '\\';
}

/** The text of the statement starting at `start`: to `;` or the end of the logical line, across (...) and `\`. */
function statementText(text: string, start: number): string {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r'))
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
    else if ((c === '\n' || c === '\r') && depth === 0) break;
    else if ((c === '#' || c === ';') && depth === 0) break;
  }
  return text.slice(start, i);
}

/** A statement that may be an import: where its keyword starts, its text (to the end of its logical line) and where it ends. */
export interface ImportCandidate {
  start: number;
  text: string;
  end: number;
  /**
   * It starts inside the statement before it (a line that parentheses or a backslash continue): its
   * text then runs to that statement's end, a superset of its own, and only a parse of the file up to
   * there can say what it is. Not scanning it again keeps a file of thousands of continued lines linear.
   */
  nested?: true;
}

/** Every statement of the text that starts with `from` or `import`; computed once per file. */
export function importCandidates(text: string): ImportCandidate[] {
  const out: ImportCandidate[] = [];
  let coveredUntil = 0;
  for (const lineStart of candidateLines(text)) {
    const line = text.slice(lineStart, lineEndOf(text, lineStart));
    STATEMENT_START.lastIndex = 0;
    for (let m = STATEMENT_START.exec(line); m; m = STATEMENT_START.exec(line)) {
      const start = lineStart + m.index + m[0].search(/from|import/);
      if (start < coveredUntil) {
        out.push({ start, text: text.slice(start, coveredUntil), end: coveredUntil, nested: true });
        continue;
      }
      const statement = statementText(text, start);
      coveredUntil = start + statement.length;
      out.push({ start, text: statement, end: coveredUntil });
    }
  }
  return out;
}

/** Whole-word patterns for names, made once per rule. */
export function namePatterns(names: readonly string[]): RegExp[] {
  return names.map((n) => new RegExp(`\\b${escapeRegex(n)}\\b`));
}

/** The candidates that name one of the names: every import of them is among these. */
export function naming(candidates: readonly ImportCandidate[], names: readonly RegExp[]): ImportCandidate[] {
  return candidates.filter((c) => names.some((w) => w.test(c.text)));
}
