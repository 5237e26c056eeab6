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

export {
  normalizeName,
  parseRequirement,
  eggName
};
