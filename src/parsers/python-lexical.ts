// Where a position of Python source stands lexically: in code, in a string or in a comment, and at
// what bracket depth. One pass over the text, far cheaper than a parse; used to parse an import
// statement on its own instead of the whole file before it, and to tell whether a pattern matched in
// code, a string or a comment. It answers only when sure: anything it cannot read with certainty
// (f-strings with replacement fields, whose rules changed in Python 3.12; unterminated strings) makes
// the rest of the text 'unknown', and the caller parses.

export type LexicalKind = 'code' | 'string' | 'comment' | 'unknown';

export interface LexicalPlace {
  kind: LexicalKind;
  /** Open brackets around the position (code only). */
  depth: number;
  /** Whether the position's line continues the previous one (a backslash before the line end). */
  continued: boolean;
}

/** Letters that may prefix a string: r, b, u, f, t and their pairs (PEP 701, PEP 750). */
const STRING_PREFIX = /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
const IDENTIFIER = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
/** IDENTIFIER over ASCII is [A-Za-z0-9_]: a table lookup, the regex only for other characters. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0));
const isWordChar = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_WORD[code] === 1 : IDENTIFIER.test(text[i]!);
};

/** The place of each offset (sorted ascending) in `text`. */
export function lexicalPlaces(text: string, offsets: readonly number[]): LexicalPlace[] {
  const out: LexicalPlace[] = [];
  let depth = 0;
  let i = 0;
  let k = 0;
  const settle = (end: number, kind: LexicalKind) => {
    for (; k < offsets.length && offsets[k]! < end; k++)
      out.push({ kind, depth: kind === 'code' ? depth : 0, continued: continuesLine(text, offsets[k]!) });
  };
  while (k < offsets.length && i < text.length) {
    const c = text[i]!;
    let end = i + 1;
    let kind: LexicalKind = 'code';
    if (c === '#') {
      // To the line feed, as tree-sitter reads comments (a carriage return before it belongs to them).
      end = text.indexOf('\n', i);
      if (end === -1) end = text.length;
      kind = 'comment';
    } else if (c === '"' || c === "'") {
      const after = stringEnd(text, i, false);
      if (after === undefined) break;
      end = after;
      kind = 'string';
    } else if (isWordChar(text, i)) {
      while (end < text.length && isWordChar(text, end)) end++;
      const word = text.slice(i, end);
      if ((text[end] === '"' || text[end] === "'") && STRING_PREFIX.test(word)) {
        const after = stringEnd(text, end, /[fFtT]/.test(word));
        if (after === undefined) break;
        end = after;
        kind = 'string';
      }
    }
    settle(end, kind);
    if (kind === 'code') {
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    }
    i = end;
  }
  while (out.length < offsets.length) out.push({ kind: 'unknown', depth: 0, continued: false });
  return out;
}

/** Whether the line holding `i` is the continuation of one ending in a backslash. */
function continuesLine(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let before = start - 1;
  if (text[before] === '\n' && text[before - 1] === '\r') before--;
  return before > 0 && text[before - 1] === '\\';
}

/**
 * The offset after the string whose opening quote is at `i`, or undefined when it cannot be told:
 * unterminated, or a formatted string with a replacement field.
 */
function stringEnd(text: string, i: number, formatted: boolean): number | undefined {
  const quote = text[i]!;
  const triple = text[i + 1] === quote && text[i + 2] === quote;
  let j = i + (triple ? 3 : 1);
  while (j < text.length) {
    const ch = text[j]!;
    if (ch === '\\') {
      // An escaped character, in raw strings too (a backslash-quote never ends a string).
      j += text[j + 1] === '\r' && text[j + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (formatted && ch === '{') {
      if (text[j + 1] !== '{') return undefined;
      j += 2;
      continue;
    }
    if (triple) {
      if (ch === quote && text[j + 1] === quote && text[j + 2] === quote) return j + 3;
    } else {
      if (ch === quote) return j + 1;
      if (ch === '\n' || ch === '\r') return undefined;
    }
    j++;
  }
  return undefined;
}

/**
 * Whether a statement starting at each offset is plainly code: outside strings and comments, outside
 * brackets, not a continued line. 'unknown' where only a parse can tell.
 */
export function statementPlaces(
  text: string,
  offsets: readonly number[]
): Array<'code' | 'string-or-comment' | 'unknown'> {
  return lexicalPlaces(text, offsets).map((p) =>
    p.kind === 'string' || p.kind === 'comment'
      ? 'string-or-comment'
      : p.kind === 'code' && p.depth === 0 && !p.continued
        ? 'code'
        : 'unknown'
  );
}
