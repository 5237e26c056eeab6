import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/parsers/pep508.ts
var normalizeName = (name) => name.replace(/[-_.]+/g, "-").toLowerCase();
var NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
function parseRequirement(text) {
  const name = NAME.exec(text);
  if (!name) return void 0;
  let rest = text.slice(name[0].length);
  let extras = [];
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close === -1) return void 0;
    extras = rest.slice(1, close).split(",").map((e) => normalizeName(e.trim())).filter(Boolean);
    rest = rest.slice(close + 1).trim();
  }
  let marker;
  const semicolon = rest.startsWith("@") ? rest.search(/;(\s|$)|\s;/) : rest.indexOf(";");
  if (semicolon !== -1) {
    marker = rest.slice(rest.indexOf(";", semicolon) + 1).trim();
    rest = rest.slice(0, semicolon).trim();
  }
  let url;
  let specifier = "";
  if (rest.startsWith("@")) {
    url = rest.slice(1).trim();
  } else {
    specifier = rest.replace(/^\(|\)$/g, "").replace(/\s+/g, "");
    if (specifier && !/^(===?|~=|!=|<=?|>=?)/.test(specifier)) return void 0;
  }
  return {
    name: name[1],
    normalized: normalizeName(name[1]),
    extras,
    specifier,
    ...marker ? { marker } : {},
    ...url ? { url } : {}
  };
}
function eggName(url) {
  return /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url)?.[1];
}

// src/parsers/line-index.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  get lineCount() {
    return this.starts.length;
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  region(start, end) {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }
};
function inRanges(offset, ranges) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = ranges[mid];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
function outermost(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (!last || start >= last[1]) out.push([start, end]);
  }
  return out;
}

export {
  normalizeName,
  parseRequirement,
  eggName,
  LineIndex,
  inRanges,
  outermost
};
