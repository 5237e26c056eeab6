// Text from the scanned tree (file and folder names, matched text, route paths, suppression reasons,
// package names) in Markdown: it must read as text, never as markup — no heading, link, image, table
// cell or HTML made of a name. Pure.

/** The longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

/** A code span holding `text` literally, whatever backticks it holds (CommonMark §6.1), on one line. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ');
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ +$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Prose that may hold code spans of its own (`name`) around names from the scanned tree: the spans
 * are kept (their content is never markup), and everything outside them is escaped. Parentheses are
 * not: with `[` and `]` escaped no link can be made, and a reason like "(404)" stays readable.
 */
export const escapeText = (text: string): string =>
  text
    .replace(/\r?\n|\r/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\*_{}[\]#+!|<>~`]/g, (c) => `\\${c}`)))
    .join('');

/** A table cell: its text on one line, and no `|` that would end the cell. */
export const tableCell = (text: string): string => text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');

/** A fenced code block holding `text`, with a fence no line of it can close. */
export function codeBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}\n${text}\n${fence}`;
}
