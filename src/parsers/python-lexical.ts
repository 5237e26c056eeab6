// Where a position of Python source stands lexically: in code at the top bracket level, or inside a
// string or comment. One pass over the text, far cheaper than a parse; used to parse an import
// statement on its own instead of the whole file before it. It answers only when sure: anything it
// cannot read with certainty (f-strings with replacement fields, whose rules changed in Python 3.12;
// unterminated strings; open brackets; backslash continuations) is 'unknown', and the caller parses.

export type LexicalPlace = 'code' | 'string-or-comment' | 'unknown';

/** Letters that may prefix a string: r, b, u, f, t and their pairs (PEP 701, PEP 750). */
const STRING_PREFIX = /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
const IDENTIFIER = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;

/** The place of each offset (sorted ascending) in `text`. */
export function placesOf(text: string, offsets: readonly number[]): LexicalPlace[] {
  const out: LexicalPlace[] = [];
  let depth = 0;
  let i = 0;
  let k = 0;
  let unknownFrom = Infinity;
  while (k < offsets.length) {
    const offset = offsets[k]!;
    if (offset >= unknownFrom) {
      out.push('unknown');
      k++;
      continue;
    }
    if (offset < i) {
      out.push('string-or-comment'); // inside the token just skipped
      k++;
      continue;
    }
    if (offset === i) {
      out.push(depth === 0 && !continuesLine(text, i) ? 'code' : 'unknown');
      k++;
      continue;
    }
    const c = text[i]!;
    if (c === '#') {
      i = lineEnd(text, i);
    } else if (c === '"' || c === "'") {
      const end = stringEnd(text, i, false);
      if (end === undefined) unknownFrom = i;
      else i = end;
    } else if (IDENTIFIER.test(c)) {
      let j = i + 1;
      while (j < text.length && IDENTIFIER.test(text[j]!)) j++;
      const word = text.slice(i, j);
      if ((text[j] === '"' || text[j] === "'") && STRING_PREFIX.test(word)) {
        const end = stringEnd(text, j, /[fFtT]/.test(word));
        if (end === undefined) unknownFrom = i;
        else i = end;
      } else i = j;
    } else {
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return out;
}

function lineEnd(text: string, i: number): number {
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
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
