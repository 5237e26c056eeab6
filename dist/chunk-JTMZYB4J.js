import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/parsers/shell-words.ts
var OPERATORS = ["&&", "||", ";", "|"];
function shellWords(text, offsets, base = 0) {
  const at = (i) => offsets ? offsets[i] ?? (offsets.at(-1) ?? base) + 1 : base + i;
  const words = [];
  let value = "";
  let chars = [];
  let start = -1;
  const flush = (end) => {
    if (start !== -1) words.push({ value, offsets: chars, start, end });
    value = "";
    chars = [];
    start = -1;
  };
  const add = (c, i) => {
    if (start === -1) start = at(i);
    value += c;
    chars.push(at(i));
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === "\\" && text[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\r" && text[i + 2] === "\n") {
      i += 3;
      continue;
    }
    if (/\s/.test(c)) {
      flush(at(i));
      i++;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      flush(at(i));
      words.push({
        value: operator,
        offsets: [...operator].map((_, k) => at(i + k)),
        start: at(i),
        end: at(i + operator.length - 1) + 1,
        operator: true
      });
      i += operator.length;
      continue;
    }
    if (c === "'") {
      if (start === -1) start = at(i);
      const close = text.indexOf("'", i + 1);
      const stop = close === -1 ? text.length : close;
      for (let k = i + 1; k < stop; k++) add(text[k], k);
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      if (start === -1) start = at(i);
      let k = i + 1;
      for (; k < text.length && text[k] !== '"'; k++) {
        if (text[k] === "\\" && k + 1 < text.length) {
          const next = text[k + 1];
          if (next === "\n") {
            k++;
            continue;
          }
          if (next === '"' || next === "\\" || next === "$" || next === "`") {
            add(next, k + 1);
            k++;
            continue;
          }
        }
        add(text[k], k);
      }
      i = k + 1;
      continue;
    }
    if (c === "\\" && i + 1 < text.length) {
      if (start === -1) start = at(i);
      add(text[i + 1], i + 1);
      i += 2;
      continue;
    }
    add(c, i);
    i++;
  }
  flush(at(text.length - 1) + 1);
  return words;
}
var SHELL = /(^|\/)(sh|bash|dash|ash|zsh)$/;
function commandWords(text, base = 0) {
  return expand(shellWords(text, void 0, base), 0);
}
function expand(words, depth) {
  if (depth > 3) return words;
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    out.push(word);
    if (!SHELL.test(word.value) || word.operator) continue;
    let j = i + 1;
    while (j < words.length && /^-[a-z]+$/.test(words[j].value) && !words[j].value.includes("c")) j++;
    if (j + 1 >= words.length || !/^-[a-z]*c[a-z]*$/.test(words[j].value)) continue;
    const script = words[j + 1];
    out.push(...words.slice(i + 1, j + 1), ...expand(shellWords(script.value, script.offsets), depth + 1));
    i = j + 1;
  }
  return out;
}

export {
  shellWords,
  commandWords
};
