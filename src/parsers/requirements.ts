// requirements*.txt / *.in as pip reads them: comments, `\` continuations, options (`--hash=…`,
// `--index-url …`), `-r`/`-c` includes, `-e` editable and VCS lines (`#egg=name`), URL requirements,
// environment markers, CRLF and BOM. Each requirement keeps the line where it starts.
import type { Region } from '../model.js';
import { eggName, normalizeName, parseRequirement, type Requirement } from './pep508.js';

export interface LocatedRequirement extends Requirement {
  region: Region;
  /**
   * In a lock file: the project's own dependency this package is locked for, when the project does not
   * declare it itself (uv.lock's `werkzeug` brought by `nemo-evaluator`). It is installed all the same,
   * but not the project's to remove.
   */
  lockedFor?: string;
}

export interface RequirementsInclude {
  kind: 'requirement' | 'constraint';
  /** As written, relative to the including file. */
  target: string;
  line: number;
}

export interface RequirementsFile {
  requirements: LocatedRequirement[];
  includes: RequirementsInclude[];
  /** Lines that are neither requirements nor known options, with their line numbers. */
  unparsed: Array<{ line: number; text: string }>;
}

/** Logical lines: physical lines joined at a trailing backslash, comments removed, with their first line. */
function logicalLines(text: string): Array<{ line: number; column: number; text: string }> {
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: Array<{ line: number; column: number; text: string }> = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    // Parts joined once at the end: testing a growing joined string at every line made a file of
    // continued lines quadratic (40,000 lines took 4 s).
    const parts = [physical[i]!];
    while (parts[parts.length - 1]!.endsWith('\\') && i + 1 < physical.length) {
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      parts.push(physical[++i]!);
    }
    const joined = parts.join(' ');
    // A comment starts at `#` at the line start or after whitespace (`#egg=` inside a URL is not one).
    const withoutComment = joined.replace(/(^|\s)#.*$/, '');
    const leading = withoutComment.length - withoutComment.trimStart().length;
    if (withoutComment.trim())
      out.push({ line: start + 1, column: leading + 1, text: withoutComment.trim() });
  }
  return out;
}

const INCLUDE = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/;
const EDITABLE = /^(-e|--editable)(?:\s*=\s*|\s+)(\S+)/;

export function parseRequirementsFile(text: string): RequirementsFile {
  const result: RequirementsFile = { requirements: [], includes: [], unparsed: [] };
  for (const { line, column, text: entry } of logicalLines(text)) {
    const include = INCLUDE.exec(entry);
    if (include) {
      result.includes.push({
        kind: include[1]!.includes('c') ? 'constraint' : 'requirement',
        target: include[2]!,
        line
      });
      continue;
    }
    const editable = EDITABLE.exec(entry);
    const body = editable ? editable[2]! : entry.replace(/\s--?[a-z][\w-]*(=\S*|\s+\S+)?/g, '').trim();
    if (!editable && body.startsWith('-')) continue; // a global option line: --index-url, --no-binary …
    const region = { line, column, endLine: line, endColumn: column + entry.length };
    const requirement = requirementFromEntry(body);
    if (requirement) result.requirements.push({ ...requirement, region });
    else if (!/^[./]|^\w+:/.test(body)) result.unparsed.push({ line, text: entry });
  }
  return result;
}

/** A requirement line, or a VCS/URL/path line whose name is known from `#egg=`. */
function requirementFromEntry(body: string): Requirement | undefined {
  const direct = /^(\w+\+)?(https?|file|ssh|git):/.test(body) || body.startsWith('.') || body.startsWith('/');
  if (direct) {
    const egg = eggName(body);
    return egg
      ? { name: egg, normalized: normalizeName(egg), extras: [], specifier: '', url: body }
      : undefined;
  }
  return parseRequirement(body);
}
