// Words in messages: counts with the right plural.
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "a" or "an", as the word's first letter sounds (good enough for the nouns in messages). */
export const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
