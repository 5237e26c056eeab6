// The YAML half of reading a rule file: text -> plain data and the line of each rule, or a ConfigError
// at file:line:col. Positions of other keys are only needed to report a mistake, so the document they
// come from is kept and asked only then.
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ConfigError } from '../errors.js';
import { positionOf, type YamlPath } from './yaml-position.js';

/** A document with more alias expansions than this is refused (a "billion laughs" file). */
const MAX_ALIAS_COUNT = 100;

/** What the rest of loading needs from the YAML: the data, and where each rule starts. */
export interface RuleText {
  data: unknown;
  /** The 1-based line of `rules[i]`, for each rule of `data.rules`. */
  ruleLines: number[];
}

export type At = (path: YamlPath, key?: boolean) => { file: string; line: number; column: number };

/** Parses rule-file text; throws a ConfigError (syntax, alias bomb) at its position in the file. */
export function readRuleText(text: string, file: string): RuleText & { at: At } {
  const { doc, lines } = parse(text);
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    throw new ConfigError(`YAML syntax error: ${syntax.message.split('\n')[0]}`, { file, line, column: col });
  }
  const data = toPlainData(doc, file, lines);
  const at: At = (path, key = false) => ({ file, ...positionOf(doc, lines, path, key) });
  const rules = (data as { rules?: unknown } | null)?.rules;
  const ruleLines = Array.isArray(rules) ? rules.map((_, i) => at(['rules', i]).line) : [];
  return { data, ruleLines, at };
}

function parse(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false
  });
  return { doc, lines };
}

function toPlainData(doc: Document, file: string, lines: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
    });
    const { line, col } = lines.linePos(offset);
    throw new ConfigError(
      `YAML aliases expand too much (limit ${MAX_ALIAS_COUNT}): ${(error as Error).message}`,
      { file, line, column: col }
    );
  }
}
