// A cheap, conservative test run before parsing: can this text contain an import of one of these names?
// An import statement starts a line or follows `;` or `:` (`try: import flask`), and may continue over
// parentheses or backslashes. If no such statement mentions a name, no import of it exists. Docstrings
// and comments that merely mention the name (common during a migration) no longer cost a parse.

const STATEMENT_START = /(?:^|[;:])[ \t]*(?:from|import)(?=[ \t\\(.])/gm;

/** The text of the statement starting at `start`: to the end of the logical line, across (...) and `\`. */
function statementText(text: string, start: number): string {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\\' && text[i + 1] === '\n') i++;
    else if (c === '\n' && depth === 0) break;
    else if (c === '#' && depth === 0) break;
  }
  return text.slice(start, i);
}

/**
 * Where the last import statement that names one of `names` ends, or undefined when none does (then
 * the text imports none of them). Parsing the text up to there finds every such import.
 */
export function importRegionEnd(text: string, names: readonly string[]): number | undefined {
  if (!names.some((n) => text.includes(n))) return undefined;
  const words = names.map((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  let end: number | undefined;
  STATEMENT_START.lastIndex = 0;
  for (let m = STATEMENT_START.exec(text); m; m = STATEMENT_START.exec(text)) {
    const statement = statementText(text, m.index);
    if (words.some((w) => w.test(statement))) end = m.index + statement.length;
  }
  return end;
}
