// A rule's regular expression must not be able to hang the scan. JavaScript's engine backtracks, and
// three shapes take exponential time on a line that almost matches; they are refused when the rule
// file is loaded, on the pattern's syntax tree from regexpp (a real ECMAScript regex parser, lookbehind
// included), not guessed from the text:
// - a repeat of something that itself repeats without bound: `(a+)+`, `(\w+\s?)*`;
// - a repeat of a choice whose alternatives can match the same text: `(a|a)*`, `(\w|\d)*`;
// - a repeat of a single counted repeat of varying length: `(a{1,10}){1,10}`, `(a?){20}`;
// - an unbounded repeat of something that can match nothing: `(?:a?a?)*`.
// Besides, the scan lets V8 fall back to its linear-time engine after excessive backtracking
// (guard.ts), and each rule's patterns have a time budget (text-match.ts).
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type {
  Alternative,
  CharacterClass,
  CharacterClassElement,
  Element,
  Quantifier
} from '@eslint-community/regexpp/ast';

/** A pattern's risky construct: its text, and what is wrong with it and how to rewrite it. */
export interface BacktrackingRisk {
  fragment: string;
  why: string;
}

const unbounded = (q: Quantifier): boolean => q.max === Infinity || q.max > 10;

/** The first construct of a pattern that can backtrack exponentially, or undefined when none. */
export function backtrackingRisk(source: string, flags: string): BacktrackingRisk | undefined {
  // Every risky shape is a repeated group: without `)` followed by `*`, `+`, `?` or `{`, there is
  // nothing to look for (and no parser to load).
  if (!/\)[*+?{]/.test(source)) return undefined;
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source.replace(/\//g, '\\/')}/${flags}`);
  } catch {
    return undefined; // the RegExp constructor reports syntax errors in its own words
  }
  const ignoreCase = flags.includes('i');
  let found: BacktrackingRisk | undefined;
  visitRegExpAST(ast, {
    onQuantifierEnter(outer) {
      if (found || outer.max <= 1) return;
      if (unbounded(outer)) {
        let nested = false;
        visitRegExpAST(outer.element as never, {
          onQuantifierEnter(inner) {
            if (inner !== outer && unbounded(inner)) nested = true;
          }
        });
        if (nested) {
          found = {
            fragment: outer.raw,
            why: 'repeats something that itself repeats without bound; rewrite it (e.g. `(a+)+` as `a+`)'
          };
          return;
        }
      }
      if (unbounded(outer) && firstOf(outer.element).nullable) {
        found = {
          fragment: outer.raw,
          why: 'repeats without bound something that can match nothing; make each repetition match at least one character (e.g. `(?:a?b?)*` as `(?:a|b)*`)'
        };
        return;
      }
      const alternatives = groupAlternatives(outer.element);
      if (alternatives && overlapping(alternatives, ignoreCase)) {
        found = {
          fragment: outer.raw,
          why: 'repeats a choice whose alternatives can match the same text; make them exclusive (e.g. `(\\w|\\d)*` as `\\w*`, `(ab|ac)*` as `(a[bc])*`)'
        };
        return;
      }
      const single = alternatives?.length === 1 ? alternatives[0]!.elements : undefined;
      const inner = single?.length === 1 && single[0]!.type === 'Quantifier' ? single[0] : undefined;
      if (inner && inner.min !== inner.max)
        found = {
          fragment: outer.raw,
          why: 'repeats a repeat of varying length, which can split the same text in many ways; use one count (e.g. `(a{1,10}){1,10}` as `a{1,100}`)'
        };
    }
  });
  return found;
}

/** The alternatives of a group (capturing or not); undefined for any other element. */
function groupAlternatives(element: Element): readonly Alternative[] | undefined {
  return element.type === 'Group' || element.type === 'CapturingGroup' ? element.alternatives : undefined;
}

// First characters, as code point ranges ('any' for what cannot be told).
type CharSet = 'any' | Array<[number, number]>;

const WORD: Array<[number, number]> = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
];
const DIGIT: Array<[number, number]> = [[48, 57]];
const SPACE: Array<[number, number]> = [
  [9, 13],
  [32, 32],
  [160, 160],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff]
];
const MAX = 0x10ffff;

function complement(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

function union(a: CharSet, b: CharSet): CharSet {
  return a === 'any' || b === 'any' ? 'any' : [...a, ...b];
}

function intersects(a: CharSet, b: CharSet): boolean {
  if (a === 'any') return b === 'any' || b.length > 0;
  if (b === 'any') return a.length > 0;
  return a.some(([lo, hi]) => b.some(([l, h]) => lo <= h && l <= hi));
}

/** With `i`, each ASCII letter stands for both cases. */
function withCases(set: CharSet): CharSet {
  if (set === 'any') return set;
  const extra: Array<[number, number]> = [];
  for (const [lo, hi] of set) {
    const upper: [number, number] = [Math.max(lo, 65), Math.min(hi, 90)];
    const lower: [number, number] = [Math.max(lo, 97), Math.min(hi, 122)];
    if (upper[0] <= upper[1]) extra.push([upper[0] + 32, upper[1] + 32]);
    if (lower[0] <= lower[1]) extra.push([lower[0] - 32, lower[1] - 32]);
  }
  return [...set, ...extra];
}

function escapeSet(kind: string, negate: boolean): CharSet {
  const ranges = kind === 'digit' ? DIGIT : kind === 'space' ? SPACE : kind === 'word' ? WORD : undefined;
  if (!ranges) return 'any';
  return negate ? complement(ranges) : ranges;
}

function classElementSet(element: CharacterClassElement): CharSet {
  switch (element.type) {
    case 'Character':
      return [[element.value, element.value]];
    case 'CharacterClassRange':
      return [[element.min.value, element.max.value]];
    case 'CharacterSet':
      return escapeSet(element.kind, 'negate' in element ? Boolean(element.negate) : false);
    default:
      return 'any';
  }
}

function classSet(element: CharacterClass): CharSet {
  let set: CharSet = [];
  for (const e of element.elements) set = union(set, classElementSet(e as CharacterClassElement));
  if (!element.negate) return set;
  return set === 'any' ? 'any' : complement(set);
}

/** What an element's matches can start with, and whether it can match nothing. */
function firstOf(element: Element): { set: CharSet; nullable: boolean } {
  switch (element.type) {
    case 'Character':
      return { set: [[element.value, element.value]], nullable: false };
    case 'CharacterClass':
      return { set: classSet(element), nullable: false };
    case 'CharacterSet':
      return {
        set:
          element.kind === 'any'
            ? 'any'
            : escapeSet(element.kind, 'negate' in element ? Boolean(element.negate) : false),
        nullable: false
      };
    case 'Group':
    case 'CapturingGroup': {
      let set: CharSet = [];
      let nullable = false;
      for (const alternative of element.alternatives) {
        const first = firstOfAlternative(alternative);
        set = union(set, first.set);
        nullable ||= first.nullable;
      }
      return { set, nullable };
    }
    case 'Quantifier': {
      const first = firstOf(element.element);
      return { set: first.set, nullable: element.min === 0 || first.nullable };
    }
    case 'Assertion':
      return { set: [], nullable: true };
    default:
      return { set: 'any', nullable: true };
  }
}

function firstOfAlternative(alternative: Alternative): { set: CharSet; nullable: boolean } {
  let set: CharSet = [];
  for (const element of alternative.elements) {
    const first = firstOf(element);
    set = union(set, first.set);
    if (!first.nullable) return { set, nullable: false };
  }
  return { set, nullable: true };
}

/** Whether two alternatives can start the same way (or one can match nothing, which any other follows). */
function overlapping(alternatives: readonly Alternative[], ignoreCase: boolean): boolean {
  if (alternatives.length < 2) return false;
  const firsts = alternatives.map((a) => {
    const first = firstOfAlternative(a);
    return { set: ignoreCase ? withCases(first.set) : first.set, nullable: first.nullable };
  });
  for (let i = 0; i < firsts.length; i++)
    for (let j = i + 1; j < firsts.length; j++)
      if (firsts[i]!.nullable || firsts[j]!.nullable || intersects(firsts[i]!.set, firsts[j]!.set))
        return true;
  return false;
}
