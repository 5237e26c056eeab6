import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/report/markdown-text.ts
function longestBacktickRun(text) {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}
function codeSpan(text) {
  const flat = text.replace(/\r?\n|\r/g, " ");
  const fence = "`".repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || /^ +$/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
var escapeText = (text) => text.replace(/\r?\n|\r/g, " ").split(/(`[^`]*`)/).map((part, i) => i % 2 === 1 ? part : part.replace(/[\\*_{}[\]#+!|<>~`]/g, (c) => `\\${c}`)).join("");
var tableCell = (text) => text.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
function codeBlock(text) {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}
${text}
${fence}`;
}

export {
  codeSpan,
  escapeText,
  tableCell,
  codeBlock
};
