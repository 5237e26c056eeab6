// Text that every match of a pattern must contain: `\bstream_with_context\b` cannot match a file
// without "stream_with_context", and `String.prototype.includes` says so faster than the regex engine
// can scan for `\b`. Read from the pattern's syntax tree (regexpp), never guessed from its text; when
// in doubt (ignored case, classes, optional parts) the answer is "nothing required".
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';

/** Alternatives: every match contains at least one of these strings. */
type Requirement = readonly string[];

/** Shorter literals reject too few files to be worth a search. */
const MIN_LENGTH = 3;

const strength = (r: Requirement): number => Math.min(...r.map((s) => s.length));

/**
 * Strings one of which every match of `/source/flags` contains, or undefined when no useful such
 * strings can be named (case-insensitive patterns, or nothing literal of MIN_LENGTH characters).
 */
export function requiredLiterals(source: string, flags: string): Requirement | undefined {
  if (flags.includes('i')) return undefined;
  let pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: flags.includes('u'),
      unicodeSets: flags.includes('v')
    });
  } catch {
    return undefined;
  }
  const found = ofAlternatives(pattern.alternatives);
  return found && strength(found) >= MIN_LENGTH ? found : undefined;
}

/** A disjunction needs one of its branches: the union of theirs, if every branch has one. */
function ofAlternatives(alternatives: readonly Alternative[]): Requirement | undefined {
  const out: string[] = [];
  for (const alternative of alternatives) {
    const r = ofSequence(alternative.elements);
    if (!r) return undefined;
    out.push(...r);
  }
  return out.length ? [...new Set(out)] : undefined;
}

/** A sequence needs all of its parts: the strongest of their requirements, runs of plain characters included. */
function ofSequence(elements: readonly Element[]): Requirement | undefined {
  let best: Requirement | undefined;
  const consider = (r: Requirement | undefined) => {
    if (r && (!best || strength(r) > strength(best))) best = r;
  };
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run) consider([run]);
    run = '';
    consider(ofElement(element));
  }
  if (run) consider([run]);
  return best;
}

function ofElement(node: Node): Requirement | undefined {
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'Group':
      // `(?i:…)` changes case-sensitivity inside: its letters are not literal text.
      return node.modifiers ? undefined : ofAlternatives(node.alternatives);
    case 'CapturingGroup':
      return ofAlternatives(node.alternatives);
    case 'Quantifier':
      return node.min >= 1 ? ofElement(node.element) : undefined;
    default:
      // Classes, sets, assertions, lookarounds, backreferences: nothing they require can be named.
      return undefined;
  }
}
