// Words in messages: counts with the right plural.
export const plural = (n: number, word: string, several = `${word}s`): string =>
  `${n} ${n === 1 ? word : several}`;

/** "a" or "an", as the word's first letter sounds (good enough for the nouns in messages). */
export const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
