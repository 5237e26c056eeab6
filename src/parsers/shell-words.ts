// The words of a shell command line as the shell sees them (POSIX quoting): whitespace separates words
// outside quotes; '…' keeps everything literally; "…" keeps everything but `\"`, `\\`, `\$` and
// `\` + newline; a backslash outside quotes escapes the next character, and a backslash before a
// newline continues the line (as a RUN instruction's continuations do). `&&`, `||`, `;` and `|` are
// words of their own even when glued to another (`a&&b`). Every character of a word keeps the offset
// it came from, so that a script inside a word (`sh -c "pip install -r requirements.txt"`) can be
// split again with exact positions. Pure.

export interface ShellWord {
  value: string;
  /** The source offset of each character of `value`. */
  offsets: number[];
  /** Source offsets of the word as written, quotes included: [start, end). */
  start: number;
  end: number;
  /** An operator (`&&`, `||`, `;`, `|`), not a word. */
  operator?: true;
}

const OPERATORS = ['&&', '||', ';', '|'];

/**
 * Splits `text` (whose character i came from source offset `offsets[i]`, by default i + `base`).
 * Unterminated quotes run to the end, as a shell would complain but a reader should not lose words.
 */
export function shellWords(text: string, offsets?: readonly number[], base = 0): ShellWord[] {
  const at = (i: number): number => (offsets ? (offsets[i] ?? (offsets.at(-1) ?? base) + 1) : base + i);
  const words: ShellWord[] = [];
  let value = '';
  let chars: number[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start !== -1) words.push({ value, offsets: chars, start, end });
    value = '';
    chars = [];
    start = -1;
  };
  const add = (c: string, i: number) => {
    if (start === -1) start = at(i);
    value += c;
    chars.push(at(i));
  };
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') {
      i += 3;
      continue;
    }
    if (/\s/.test(c)) {
      flush(at(i));
      i++;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      flush(at(i));
      words.push({
        value: operator,
        offsets: [...operator].map((_, k) => at(i + k)),
        start: at(i),
        end: at(i + operator.length - 1) + 1,
        operator: true
      });
      i += operator.length;
      continue;
    }
    if (c === "'") {
      if (start === -1) start = at(i);
      const close = text.indexOf("'", i + 1);
      const stop = close === -1 ? text.length : close;
      for (let k = i + 1; k < stop; k++) add(text[k]!, k);
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      if (start === -1) start = at(i);
      let k = i + 1;
      for (; k < text.length && text[k] !== '"'; k++) {
        if (text[k] === '\\' && k + 1 < text.length) {
          const next = text[k + 1]!;
          if (next === '\n') {
            k++;
            continue;
          }
          if (next === '"' || next === '\\' || next === '$' || next === '`') {
            add(next, k + 1);
            k++;
            continue;
          }
        }
        add(text[k]!, k);
      }
      i = k + 1;
      continue;
    }
    if (c === '\\' && i + 1 < text.length) {
      if (start === -1) start = at(i);
      add(text[i + 1]!, i + 1);
      i += 2;
      continue;
    }
    add(c, i);
    i++;
  }
  flush(at(text.length - 1) + 1);
  return words;
}

/** Shells that run a script given with `-c`. */
const SHELL = /(^|\/)(sh|bash|dash|ash|zsh)$/;

/**
 * The words of a command line with every `sh -c SCRIPT` (or `bash -c`, `bash -lc`, …) opened up: the
 * script's words take the place of the script, at their own positions.
 */
export function commandWords(text: string, base = 0): ShellWord[] {
  return expand(shellWords(text, undefined, base), 0);
}

function expand(words: ShellWord[], depth: number): ShellWord[] {
  if (depth > 3) return words;
  const out: ShellWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.push(word);
    if (!SHELL.test(word.value) || word.operator) continue;
    // Options up to and including one with `c` in it (`-c`, `-lc`, `-ec`), then the script.
    let j = i + 1;
    while (j < words.length && /^-[a-z]+$/.test(words[j]!.value) && !words[j]!.value.includes('c')) j++;
    if (j + 1 >= words.length || !/^-[a-z]*c[a-z]*$/.test(words[j]!.value)) continue;
    const script = words[j + 1]!;
    out.push(...words.slice(i + 1, j + 1), ...expand(shellWords(script.value, script.offsets), depth + 1));
    i = j + 1;
  }
  return out;
}
