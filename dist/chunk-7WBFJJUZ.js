import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/words.ts
var plural = (n, word, several = `${word}s`) => `${n} ${n === 1 ? word : several}`;
var withArticle = (word) => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;

export {
  plural,
  withArticle
};
