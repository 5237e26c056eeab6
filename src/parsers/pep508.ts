// PEP 508 requirement strings (`name[extra] >=1.0 ; python_version < "3.9"`, `name @ https://…`) and
// PEP 503 name normalisation. npm has no maintained PEP 508 parser; this follows the grammar's
// top-level structure and leaves version specifiers to @renovatebot/pep440.

export interface Requirement {
  /** The name as written. */
  name: string;
  /** PEP 503: lower case, runs of `-`, `_`, `.` folded to one `-`. */
  normalized: string;
  extras: string[];
  /** The version specifier set, '' when none (a URL requirement has none). */
  specifier: string;
  marker?: string;
  url?: string;
}

export const normalizeName = (name: string): string => name.replace(/[-_.]+/g, '-').toLowerCase();

const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;

/** Parses one requirement; undefined when the text is not a requirement at all. */
export function parseRequirement(text: string): Requirement | undefined {
  const name = NAME.exec(text);
  if (!name) return undefined;
  let rest = text.slice(name[0].length);
  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) return undefined;
    extras = rest
      .slice(1, close)
      .split(',')
      .map((e) => normalizeName(e.trim()))
      .filter(Boolean);
    rest = rest.slice(close + 1).trim();
  }
  let marker: string | undefined;
  // `name>=1;marker` needs no space, but a URL may hold `;`: after one, a marker must be set apart
  // by whitespace (as pip reads it).
  const semicolon = rest.startsWith('@') ? rest.search(/;(\s|$)|\s;/) : rest.indexOf(';');
  if (semicolon !== -1) {
    marker = rest.slice(rest.indexOf(';', semicolon) + 1).trim();
    rest = rest.slice(0, semicolon).trim();
  }
  let url: string | undefined;
  let specifier = '';
  if (rest.startsWith('@')) {
    url = rest.slice(1).trim();
  } else {
    specifier = rest.replace(/^\(|\)$/g, '').replace(/\s+/g, '');
    if (specifier && !/^(===?|~=|!=|<=?|>=?)/.test(specifier)) return undefined;
  }
  return {
    name: name[1]!,
    normalized: normalizeName(name[1]!),
    extras,
    specifier,
    ...(marker ? { marker } : {}),
    ...(url ? { url } : {})
  };
}

/** The project name of a VCS or URL requirement, from `#egg=name`. */
export function eggName(url: string): string | undefined {
  return /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url)?.[1];
}
