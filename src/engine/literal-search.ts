// Which of several texts occur in a file, in about one pass over it. Pattern rules first check that a
// file contains a text every match must contain (text-match.ts); with several rules on the same files,
// one `includes` per text reads each file several times. Instead, one regex alternation finds the
// leftmost occurrence of any text; the texts found there are dropped from the alternation (a text that
// occurs hundreds of times costs one match, not hundreds) and the search resumes just after it. No text
// left can occur before that position, so nothing is read twice.

import { escapeRegex } from '../regex-escape.js';

/** Texts per search, at most: which are present is a bit mask. */
export const MAX_TEXTS = 30;

/**
 * Alternations per list of texts (the engine passes the same list for every file its rules select) and
 * per mask of the texts still looked for.
 */
const alternations = new WeakMap<readonly string[], Map<number, RegExp>>();

function alternation(texts: readonly string[], mask: number): RegExp {
  let byMask = alternations.get(texts);
  if (!byMask) alternations.set(texts, (byMask = new Map()));
  let regex = byMask.get(mask);
  if (!regex) {
    const source = texts.filter((_, i) => mask & (1 << i)).map(escapeRegex);
    byMask.set(mask, (regex = new RegExp(source.join('|'), 'g')));
  }
  return regex;
}

/** Which of `texts` (at most MAX_TEXTS) occur in `text`: bit i is set when texts[i] does. */
export function textsIn(text: string, texts: readonly string[]): number {
  if (texts.length > MAX_TEXTS) throw new RangeError(`at most ${MAX_TEXTS} texts are looked for at once`);
  let found = 0;
  // An empty text is an empty alternative: it matches where the search starts, so it is found at once.
  let remaining = 2 ** texts.length - 1;
  let from = 0;
  while (remaining !== 0) {
    const regex = alternation(texts, remaining);
    regex.lastIndex = from;
    const match = regex.exec(text);
    if (!match) break;
    // The alternation reports one text; any other that starts at the same place is there too.
    for (let i = 0; i < texts.length; i++) {
      if (remaining & (1 << i) && text.startsWith(texts[i]!, match.index)) {
        found |= 1 << i;
        remaining &= ~(1 << i);
      }
    }
    from = match.index + 1;
  }
  return found;
}
