// A rule's regular expression must not be able to hang the scan. JavaScript's engine backtracks, and
// the classic exponential case is a repeated group that itself contains something repeated without
// bound — `(a+)+`, `(\w+\s?)*` — which can take exponential time on a line that almost matches. Such
// patterns are refused when the rule file is loaded. Parsed with regexpp (a real ECMAScript regex
// parser, lookbehind included), not guessed from the text.
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Quantifier } from '@eslint-community/regexpp/ast';

const unbounded = (q: Quantifier): boolean => q.max === Infinity || q.max > 10;

/** The first nested unbounded quantifier (its source text), or undefined when there is none. */
export function nestedQuantifier(source: string, flags: string): string | undefined {
  // Only a group can hold a quantifier, so nesting needs a group with a quantifier of its own: without
  // `)` followed by `*`, `+` or `{`, there is nothing to look for (and no parser to load).
  if (!/\)[*+{]/.test(source)) return undefined;
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source.replace(/\//g, '\\/')}/${flags}`);
  } catch {
    return undefined; // the RegExp constructor reports syntax errors in its own words
  }
  let found: string | undefined;
  visitRegExpAST(ast, {
    onQuantifierEnter(outer) {
      if (found || !unbounded(outer)) return;
      visitRegExpAST(outer.element as never, {
        onQuantifierEnter(inner) {
          if (!found && inner !== outer && unbounded(inner)) found = outer.raw;
        }
      });
    }
  });
  return found;
}
