// Which of several texts occur in a file, in about one pass over it. Pattern rules first check that a
// file contains a text every match must contain (text-match.ts); with several rules on the same files,
// one `includes` per text reads each file several times. Instead, one regex alternation finds the
// leftmost occurrence of any text; the texts found there are dropped from the alternation (a text that
// occurs hundreds of times costs one match, not hundreds) and the search resumes just after it. No text
// left can occur before that position, so nothing is read twice.

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternations by the texts they look for; files selected by the same rules ask for the same ones. */
const alternations = new Map<string, RegExp>();
const MAX_ALTERNATIONS = 1024;

function alternation(texts: readonly string[]): RegExp {
  const key = JSON.stringify(texts);
  let regex = alternations.get(key);
  if (!regex) {
    regex = new RegExp(texts.map(escapeRegex).join('|'), 'g');
    if (alternations.size < MAX_ALTERNATIONS) alternations.set(key, regex);
  }
  return regex;
}

/** The texts among `texts` that occur in `text`. */
export function textsIn(text: string, texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  let remaining = [...new Set(texts)];
  if (remaining.includes('')) {
    found.add('');
    remaining = remaining.filter((t) => t !== '');
  }
  let from = 0;
  while (remaining.length > 0) {
    const regex = alternation(remaining);
    regex.lastIndex = from;
    const match = regex.exec(text);
    if (!match) break;
    // The alternation reports one text; any other that starts at the same place is there too.
    for (const t of remaining) if (text.startsWith(t, match.index)) found.add(t);
    remaining = remaining.filter((t) => !found.has(t));
    from = match.index + 1;
  }
  return found;
}
