// Shared by forbidden-pattern and required-pattern: a regex or literal, searched in the whole file or
// only in its code, comments or strings (Python files, from the parser), optionally only inside
// named functions or classes.
import type { z } from 'zod';
import { inRanges, outermost } from '../parsers/line-index.js';
import type { PythonModule } from '../parsers/python.js';
import { requiredLiterals } from '../rules/regex-literals.js';
import { backtrackingRisk } from '../rules/regex-safety.js';
import { OptionError, type SourceFile, type Zod } from './kind.js';
import { escapeRegex } from '../regex-escape.js';
import { lexicalPlaces, type LexicalKind } from '../parsers/python-lexical.js';

const PLACES = ['anywhere', 'code', 'comments', 'strings'] as const;
type Place = (typeof PLACES)[number];

export const textMatchOptions = (z: Zod) => ({
  pattern: z
    .string()
    .optional()
    .describe(
      'A JavaScript regular expression (multiline: ^ and $ match at line ends). Give `pattern` or `literal`.'
    ),
  literal: z.string().optional().describe('Exact text to look for, instead of a regular expression.'),
  ignoreCase: z.boolean().optional().describe('Match letters regardless of case. Default: false.'),
  in: z
    .union([z.enum(PLACES), z.array(z.enum(PLACES)).min(1)])
    .optional()
    .describe(
      'Where a match counts, judged by where it starts: `anywhere`, or one or more of `code`, `comments`, `strings`. In Python files `code` excludes comments and string literals (docstrings too); in other files every match is code and none is a comment or string. Default: anywhere.'
    ),
  within: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'Python only: count matches only inside these functions or classes (a plain name matches at any depth, `Class.method` matches the qualified name).'
    )
});

type TextMatchOptions = z.infer<z.ZodObject<ReturnType<typeof textMatchOptions>>>;

/**
 * How long one rule's pattern may run, over all files of a scan. A pattern past it is not run on the
 * files that remain, and the scan says which rule did not check how many files (in a gate on a change,
 * an error: the gate fails closed). Matching cannot be interrupted, so one file may take longer; the
 * loader refuses the shapes that backtrack exponentially (regex-safety.ts), and V8 falls back to its
 * linear-time engine after excessive backtracking (regex-engine.ts).
 */
export const PATTERN_BUDGET_MS = 10_000;

/** What a pattern has spent of its budget, and what it could not check. */
export interface PatternSpending {
  ms: number;
  /** The file on which the budget ran out. */
  exhaustedOn?: string;
  /** Files not checked since. */
  unchecked: number;
}

export interface TextMatcher {
  regex: RegExp;
  spending: PatternSpending;
  /** How the pattern is named in messages. */
  label: string;
  /** Where matches count; 'anywhere' alone or a set of code/comments/strings. */
  where: ReadonlySet<Place>;
  within?: readonly string[];
  /** For `within`: a definition of one of its scopes (`class Name`, `def name`), which a match needs. */
  defines?: RegExp;
}

// Worked out on first use (a regexpp parse per pattern), not when rules load: start-up stays lean.
// Keyed by the compiled rule's RegExp, which lives as long as the rule.
const requiredByPattern = new WeakMap<RegExp, { literals: readonly string[] | undefined }>();
/** Texts of which every match contains at least one (undefined when the pattern has none to offer). */
export function requiredText({ regex }: TextMatcher): readonly string[] | undefined {
  let known = requiredByPattern.get(regex);
  if (!known)
    requiredByPattern.set(regex, (known = { literals: requiredLiterals(regex.source, regex.flags) }));
  return known.literals;
}

export function compileTextMatcher(options: TextMatchOptions): TextMatcher {
  if ((options.pattern === undefined) === (options.literal === undefined)) {
    throw new OptionError(
      options.pattern === undefined ? 'id' : 'literal',
      'give exactly one of `pattern` or `literal`'
    );
  }
  const flags = `gm${options.ignoreCase ? 'i' : ''}`;
  let regex: RegExp;
  try {
    regex = new RegExp(options.pattern ?? escapeRegex(options.literal!), flags);
  } catch (error) {
    throw new OptionError('pattern', `is not a valid regular expression: ${(error as Error).message}`);
  }
  const risk = options.pattern === undefined ? undefined : backtrackingRisk(options.pattern, flags);
  if (risk)
    throw new OptionError(
      'pattern',
      `can take exponential time on some inputs: \`${risk.fragment}\` ${risk.why}`
    );
  return {
    regex,
    spending: { ms: 0, unchecked: 0 },
    label: options.literal !== undefined ? `\`${options.literal}\`` : `/${options.pattern}/`,
    where: placesOf(options.in),
    ...(options.within
      ? { within: options.within, defines: definitionOf(options.within.map(lastSegment)) }
      : {})
  };
}

const lastSegment = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

/**
 * A `def` or `class` statement naming one of these scopes. A scope of `within` is a function or class
 * defined in the file itself, so a file that only uses the name (a test that calls `DrumServerRun`)
 * has no match and is not parsed. Whitespace and line continuations may separate the keyword and name.
 */
const definitionOf = (names: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:def|class)(?:\\s|\\\\)+(?:${names.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}_])`,
    'u'
  );

function placesOf(option: Place | Place[] | undefined): ReadonlySet<Place> {
  const places = new Set(
    option === undefined ? ['anywhere' as const] : Array.isArray(option) ? option : [option]
  );
  return places.has('anywhere') || places.size === 3 ? new Set(['anywhere']) : places;
}

export const isPythonPath = (path: string): boolean => /\.pyi?$/.test(path);

/** Where the scopes named by `within` are in a module; [] when none of them exists. */
export function scopeRanges(module: PythonModule, names: readonly string[]): Array<[number, number]> {
  return outermost(
    module.scopes
      .filter((s) => names.some((n) => (n.includes('.') ? s.qualifiedName === n : s.name === n)))
      .map((s) => [s.start, s.end] as [number, number])
  );
}

const PLACE_OF_KIND: Record<LexicalKind, Place> = {
  code: 'code',
  string: 'strings',
  comment: 'comments',
  unknown: 'anywhere'
};

function placeOf(offset: number, module: PythonModule): Place {
  if (inRanges(offset, module.comments)) return 'comments';
  return inRanges(offset, module.strings) ? 'strings' : 'code';
}

export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

/** False when the file cannot hold a match, told from the texts it contains (synchronous and cheap). */
export function mayMatch(file: SourceFile, matcher: TextMatcher): boolean {
  // A file without any text every match must contain has no match: the engine found which texts the
  // file contains in one pass, before the rules ran.
  const required = requiredText(matcher);
  if (required && !required.some((literal) => file.contains(literal))) return false;
  // `within` needs a Python scope, which the file must define: where none is (or the file is not
  // Python), nothing can match, and neither the pattern nor the parser need run.
  return !matcher.within || mayDefineScope(file, matcher);
}

/**
 * False when the file defines no function or class `within` names (it is not Python, no name appears
 * in its text, or no `def`/`class` statement names one), told without a parse; true when it may.
 */
export function mayDefineScope(file: SourceFile, matcher: TextMatcher): boolean {
  return (
    matcher.within !== undefined &&
    isPythonPath(file.path) &&
    matcher.within.some((name) => file.contains(lastSegment(name))) &&
    matcher.defines!.test(file.text)
  );
}

/**
 * Matches of the matcher in a file, filtered by `in` and `within`. The Python parse is requested only
 * when there is a raw match and the filter needs it, so files that do not match are never parsed.
 */
export async function findTextMatches(
  file: SourceFile,
  matcher: TextMatcher,
  limit = Infinity
): Promise<TextMatch[]> {
  if (!mayMatch(file, matcher)) return [];
  const spending = matcher.spending;
  if (spending.ms >= PATTERN_BUDGET_MS) {
    spending.unchecked++;
    return [];
  }
  const python = isPythonPath(file.path);
  const raw: TextMatch[] = [];
  // The rule's own RegExp, rewound: the loop below does not yield, so no other check can move it.
  const regex = matcher.regex;
  regex.lastIndex = 0;
  const started = performance.now();
  for (let m = regex.exec(file.text); m; m = regex.exec(file.text)) {
    raw.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) regex.lastIndex++;
  }
  spending.ms += performance.now() - started;
  if (spending.ms >= PATTERN_BUDGET_MS) spending.exhaustedOn ??= file.path;
  if (raw.length === 0) return raw;
  const anywhere = matcher.where.has('anywhere');
  if (!python) {
    // Outside Python there are no scopes, comments or strings: every match is code.
    return anywhere || matcher.where.has('code') ? raw.slice(0, limit) : [];
  }
  if (anywhere && !matcher.within) return raw.slice(0, limit);
  if (!matcher.within) {
    // Code, string or comment: a lexical pass tells without a parse, unless it cannot be sure.
    const places = lexicalPlaces(
      file.text,
      raw.map((m) => m.start)
    );
    if (places.every((p) => p.kind !== 'unknown'))
      return raw.filter((_, i) => matcher.where.has(PLACE_OF_KIND[places[i]!.kind])).slice(0, limit);
  }
  const module = await file.python();
  const scopes = matcher.within ? scopeRanges(module, matcher.within) : undefined;
  const kept: TextMatch[] = [];
  for (const m of raw) {
    if (scopes && !inRanges(m.start, scopes)) continue;
    if (!anywhere && !matcher.where.has(placeOf(m.start, module))) continue;
    kept.push(m);
    if (kept.length >= limit) break;
  }
  return kept;
}

/** A short, single-line excerpt of matched text for messages. */
export function excerpt(text: string, max = 60): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Why some files were not checked by a pattern (its time budget ran out), or undefined. */
export function patternIncomplete({ spending }: TextMatcher): string | undefined {
  if (spending.exhaustedOn === undefined) return undefined;
  return `its pattern ran past its time budget (${PATTERN_BUDGET_MS / 1000} s for the whole scan) on ${spending.exhaustedOn}; ${spending.unchecked} more ${spending.unchecked === 1 ? 'file was' : 'files were'} not checked`;
}
