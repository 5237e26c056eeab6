// Fixers: for a finding of a kind that has one, the smallest text edits that make it go away in the
// file's own syntax, keeping everything else as it is (formatting, comments, line endings, order) —
// or the reason no safe edit is known. Pure: they see the finding, its rule and the file's text.
// Whether an edit really worked is checked afterwards by scanning the edited tree (fix.ts).
import { fileTypeOf } from '../deps/file-types.js';
import type { Finding } from '../model.js';
import type { CompiledRule } from '../rules/rule-set.js';
import type { Requirement } from '../parsers/pep508.js';
import { missingHealthForm } from '../kinds/route-parity.js';
import { removeLines, type TextEdit } from './edits.js';

export type FixOutcome = { description: string; edits: TextEdit[] } | { reason: string };

/** What a fixer may need to know of the tree beyond the file (fix.ts works it out). */
export interface FixContext {
  /** The packages (PEP 503 names) the dependency files of the finding's folder, and below, install. */
  installed?: ReadonlySet<string>;
  /** The file the fix edits (its text is the fixer's `text`), when it is not the finding's. */
  target?: string;
}

type Fixer = (finding: Finding, rule: CompiledRule, text: string, context: FixContext) => FixOutcome;

/** What the FastAPI server needs installed before an environment may select it. */
export const FASTAPI_SERVER_PACKAGES = ['fastapi', 'uvicorn', 'httpx'] as const;

const stripCr = (line: string): string => line.replace(/\r$/, '');
const continues = (line: string | undefined): boolean => line !== undefined && /\\$/.test(stripCr(line));

/** Removes a forbidden requirement where it is declared. */
const removeRequirement: Fixer = (finding, _rule, text) => {
  if (finding.line === undefined) return { reason: 'the finding has no line to edit' };
  const lines = text.split('\n');
  const line = lines[finding.line - 1] ?? '';
  switch (fileTypeOf(finding.path)) {
    case 'requirements': {
      if (continues(lines[finding.line - 2]))
        return { reason: 'the requirement continues the line before it; edit the file by hand' };
      let last = finding.line;
      while (continues(lines[last - 1]) && last < lines.length) last++;
      return {
        description: `Remove \`${stripCr(line)
          .replace(/\s*\\$/, '')
          .trim()}\``,
        edits: [removeLines(finding.line, last)]
      };
    }
    case 'pyproject':
    case 'setup.py':
      return removeArrayItem(finding, line);
    case 'setup.cfg':
    case 'pipfile':
    case 'conda':
      return removeOwnLine(finding, lines, fileTypeOf(finding.path)!);
    case 'dockerfile':
      return removeInstallWord(finding, lines);
    default:
      return { reason: `no fixer edits ${fileTypeOf(finding.path) ?? 'this kind of file'} yet` };
  }
};

/** What may stand on a line besides the requirement, for the line to be the requirement's alone. */
const OWN_LINE: Record<string, { before: RegExp; after: RegExp }> = {
  // install_requires =\n    flask>=2  (a comment may follow)
  'setup.cfg': { before: /^\s+$/, after: /^\s*(?:[#;].*)?\r?$/ },
  // flask = ">=2" or flask = { version = "*", extras = [...] }
  pipfile: { before: /^\s*$/, after: /^\s*(?:=\s*)?(?:"[^"]*"|'[^']*'|\{.*\})?\s*(?:#.*)?\r?$/ },
  // - flask=2.3   (or, under pip:, - flask==2.3)
  conda: { before: /^\s*-\s+["']?$/, after: /^["']?\s*(?:#.*)?\r?$/ }
};

/** A requirement that has its line to itself (setup.cfg, Pipfile, conda): the line goes. */
function removeOwnLine(finding: Finding, lines: readonly string[], type: string): FixOutcome {
  const shape = OWN_LINE[type]!;
  const index = finding.line! - 1;
  const line = lines[index]!;
  // The only entry under conda's `- pip:` would leave `pip:` empty, which conda refuses.
  const indent = (l: string | undefined) => /^\s*/.exec(l ?? '')![0].length;
  if (
    type === 'conda' &&
    /^\s*-\s*pip:\s*$/.test(stripCr(lines[index - 1] ?? '')) &&
    !(indent(lines[index + 1]) === indent(line) && /^\s*-/.test(lines[index + 1] ?? ''))
  )
    return {
      reason:
        'it is the only pip package of the environment: `pip:` would be left empty; edit the file by hand'
    };
  const start = finding.column! - 1;
  const end = finding.endColumn! - 1;
  if (
    finding.line !== finding.endLine ||
    !shape.before.test(line.slice(0, start)) ||
    !shape.after.test(line.slice(end))
  )
    return { reason: `the requirement shares its line with something else; edit ${type} by hand` };
  return {
    description: `Remove \`${line.slice(start, end)}\``,
    edits: [removeLines(finding.line!, finding.line!)]
  };
}

/** A quoted entry of a TOML array: the line when it is alone on it, else the entry and its comma. */
function removeArrayItem(finding: Finding, line: string): FixOutcome {
  const at = finding.line!;
  const start = finding.column! - 1;
  const end = finding.endColumn! - 1;
  const entry = line.slice(start, end);
  if (finding.line !== finding.endLine || !/^(["']).*\1$/.test(entry))
    return { reason: 'the requirement is not a quoted entry on one line' };
  const description = `Remove ${entry}`;
  if (/^\s*$/.test(line.slice(0, start)) && /^\s*,?\s*(#.*)?\r?$/.test(line.slice(end)))
    return { description, edits: [removeLines(at, at)] };
  const after = /^\s*,\s*/.exec(line.slice(end));
  if (after)
    return {
      description,
      edits: [{ line: at, column: start + 1, endLine: at, endColumn: end + 1 + after[0].length, text: '' }]
    };
  const before = /,\s*$/.exec(line.slice(0, start));
  if (before)
    return {
      description,
      edits: [{ line: at, column: start + 1 - before[0].length, endLine: at, endColumn: end + 1, text: '' }]
    };
  // The array's only entry: the array is left empty (`dependencies = []`).
  if (/\[\s*$/.test(line.slice(0, start)) && /^\s*\]/.test(line.slice(end)))
    return {
      description,
      edits: [{ line: at, column: start + 1, endLine: at, endColumn: end + 1, text: '' }]
    };
  return { reason: 'the entry is not separated by a comma' };
}

/** Options of install commands that take a value (the value is not a package). */
const VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--only-binary',
  '--no-binary',
  '--upgrade-strategy',
  '--src',
  '--progress-bar',
  '-n',
  '--name',
  '-p'
]);
const INSTALLER = /^(?:pip[0-9.]*|conda|mamba|micromamba)$/;

/** Whether a shell command still installs something: `pip install` with a package, `-r`, or `-e`. */
function installsSomething(words: readonly string[]): boolean {
  const at = words.findIndex(
    (w, i) => w === 'install' && i > 0 && (INSTALLER.test(words[i - 1]!) || words[i - 1] === 'pip')
  );
  if (at === -1) return true;
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i]!;
    if (
      w === '-r' ||
      w === '--requirement' ||
      w === '-e' ||
      w === '--editable' ||
      /^--requirement=|^-r\S/.test(w)
    )
      return true;
    if (VALUE_OPTIONS.has(w)) {
      i++;
      continue;
    }
    if (!w.startsWith('-')) return true;
  }
  return false;
}

/** Removes one package word from a RUN instruction, when the install command keeps a package. */
function removeInstallWord(finding: Finding, lines: readonly string[]): FixOutcome {
  if (finding.line !== finding.endLine) return { reason: 'the package spans several lines' };
  const index = finding.line! - 1;
  const line = lines[index]!;
  const start = finding.column! - 1;
  const end = finding.endColumn! - 1;
  const word = line.slice(start, end);
  const before = /[ \t]+$/.exec(line.slice(0, start));
  const after = /^[ \t]+/.exec(line.slice(end));
  // The blank before the word goes with it, unless the word starts the line (its indentation stays).
  const [from, to] =
    before && before.index > 0 ? [start - before[0].length, end] : [start, end + (after?.[0].length ?? 0)];
  // The instruction's logical line, as the shell reads it, without the word.
  let first = index;
  while (first > 0 && continues(lines[first - 1])) first--;
  let last = index;
  while (continues(lines[last]) && last < lines.length - 1) last++;
  const edited = lines
    .slice(first, last + 1)
    .map((l, i) => (first + i === index ? l.slice(0, from) + l.slice(to) : l));
  const logical = edited.map((l) => stripCr(l).replace(/\\$/, ' ')).join(' ');
  const commands = logical.split(/&&|\|\||;|\|/).map((c) => c.trim().split(/\s+/));
  if (!commands.every(installsSomething))
    return {
      reason: `removing \`${word}\` leaves an install command without a package; edit the RUN instruction by hand`
    };
  const description = `Remove \`${word}\` from the install command`;
  const rest = line.slice(0, from) + line.slice(to);
  if (index > first && /^\s*\\?\r?$/.test(rest)) {
    // The word had a continued line of its own: the line goes; when it ended the instruction, the
    // line before it ends it now.
    const edits: TextEdit[] = [removeLines(finding.line!, finding.line!)];
    const previous = lines[index - 1]!;
    const tail = /\s*\\(\r?)$/.exec(previous)!;
    if (!continues(line))
      edits.push({
        line: index,
        column: tail.index + 1,
        endLine: index,
        endColumn: previous.length - tail[1]!.length + 1,
        text: ''
      });
    return { description, edits };
  }
  return {
    description,
    edits: [{ line: finding.line!, column: from + 1, endLine: finding.line!, endColumn: to + 1, text: '' }]
  };
}

/** The install commands of a Dockerfile's RUN instructions that install nothing (`pip install` alone). */
function emptyInstalls(text: string): number {
  const lines = text.split('\n');
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*RUN\b/i.test(lines[i]!)) continue;
    let last = i;
    while (continues(lines[last]) && last < lines.length - 1) last++;
    const logical = lines
      .slice(i, last + 1)
      .map((l) => stripCr(l).replace(/\\$/, ' '))
      .join(' ');
    count += logical
      .split(/&&|\|\||;|\|/)
      .map((c) => c.trim().split(/\s+/))
      .filter((words) => !installsSomething(words)).length;
    i = last;
  }
  return count;
}

/**
 * A Dockerfile whose edits emptied install commands (`RUN pip install flask gunicorn` lost both), with
 * those commands dropped: from an `&&` chain on one line, or the whole RUN line when nothing else is
 * left. Undefined when a command to drop spans several lines or sits among other shell operators:
 * that edit is left to a person.
 */
export function dropEmptyInstalls(before: string, after: string): string | undefined {
  if (emptyInstalls(after) <= emptyInstalls(before)) return after;
  const lines = after.split('\n');
  const out: string[] = [];
  const isEmpty = (command: string) => !installsSomething(command.trim().split(/\s+/));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const run = /^(\s*RUN\s+)(.*?)(\r?)$/i.exec(line);
    if (run && !continues(line) && !continues(lines[i - 1])) {
      // One line: the empty commands leave its && chain (the line goes when nothing is left).
      const commands = run[2]!.split('&&');
      const empty = commands.map(isEmpty);
      if (empty.some(Boolean)) {
        if (/;|\|/.test(run[2]!)) return undefined;
        const kept = commands.filter((_, k) => !empty[k]).map((c) => c.trim());
        if (kept.length) out.push(`${run[1]}${kept.join(' && ')}${run[3]}`);
        continue;
      }
    } else if (!run && continues(lines[i - 1])) {
      // A continued line that is one empty command of an && chain goes, with its `&&`.
      const part = /^(\s*)(&&\s*)?(.*?)(\s*&&)?(\s*\\)?(\r?)$/.exec(line)!;
      const body = part[3]!;
      if (
        body &&
        !/&&|;|\|/.test(body) &&
        isEmpty(body) &&
        (part[2] || part[4] || /&&\s*\\\r?$/.test(lines[i - 1]!))
      ) {
        if (!part[5]) {
          // The instruction's last line: the line before now ends it.
          const previous = out.pop()!;
          out.push(previous.replace(/\s*(?:&&)?\s*\\(\r?)$/, '$1'));
        }
        continue;
      }
    }
    out.push(line);
  }
  const result = out.join('\n');
  return emptyInstalls(result) <= emptyInstalls(before) ? result : undefined;
}

/**
 * Whether a Dockerfile's edits, all together, leave an install command without a package (each
 * removal alone may keep one: `pip install flask gunicorn` loses both).
 */
export const leavesEmptyInstall = (before: string, after: string): boolean =>
  emptyInstalls(after) > emptyInstalls(before);

/** The server type an environment selects: the Flask or gunicorn value becomes `fastapi`. */
const selectFastapi: Fixer = (finding, _rule, text, context) => {
  if (finding.line === undefined || finding.line !== finding.endLine)
    return { reason: 'the value is not on one line' };
  // Selecting FastAPI in an image without it would break the image: the stack comes first.
  const lacking = FASTAPI_SERVER_PACKAGES.filter((p) => !context.installed?.has(p));
  if (lacking.length)
    return {
      reason: `the environment does not install ${lacking.join(', ')} yet; install the FastAPI stack first, then select fastapi`
    };
  const line = text.split('\n')[finding.line - 1] ?? '';
  const value = line.slice(finding.column! - 1, finding.endColumn! - 1);
  if (!/^(?:flask|gunicorn)$/i.test(value))
    return { reason: `the value \`${value}\` is not a word to replace` };
  return {
    description: `Set the server type to \`fastapi\` (was \`${value}\`)`,
    edits: [
      {
        line: finding.line,
        column: finding.column!,
        endLine: finding.line,
        endColumn: finding.endColumn!,
        text: 'fastapi'
      }
    ]
  };
};

/** Missing required packages go at the end of the folder's requirements file, in the file's line ends. */
const addRequirements: Fixer = (_finding, rule, text, context) => {
  const packages = (rule.compiled as { packages: readonly Requirement[] }).packages;
  const missing = packages.filter((p) => !context.installed?.has(p.normalized));
  if (missing.length === 0)
    return {
      reason: 'the packages are declared, with other versions or extras; edit those declarations by hand'
    };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const specs = missing.map(
    (p) => `${p.name}${p.extras.length ? `[${p.extras.join(',')}]` : ''}${p.specifier}`
  );
  const lines = text.split('\n');
  const last = lines.length;
  const column = lines[last - 1]!.length + 1;
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  return {
    description: `Add ${specs.map((s) => `\`${s}\``).join(', ')} to ${context.target ?? 'the requirements file'}`,
    edits: [
      { line: last, column, endLine: last, endColumn: column, text: `${separator}${specs.join(eol)}${eol}` }
    ]
  };
};

/**
 * A Python below the rule's minimum, raised to it where the file says it in one place: the tag of an
 * official `python` base image, a `.python-version` line, a conda `python=` pin, or the lower bound of
 * a specifier (`python_requires`, `requires-python`, Poetry's `python`). The other bounds stay; a set
 * with no lower bound, an exact pin or a distribution's python3 is left to a person.
 */
const raisePython: Fixer = (finding, rule, text) => {
  const min = (rule.compiled as { min: string }).min;
  if (finding.line === undefined || finding.line !== finding.endLine || finding.column === undefined)
    return { reason: 'the declaration is not on one line' };
  const line = text.split('\n')[finding.line - 1] ?? '';
  const replace = (start: number, end: number, value: string, was: string, now = value): FixOutcome => ({
    description: `Raise Python to ${min}: \`${was}\` becomes \`${now}\``,
    edits: [
      { line: finding.line!, column: start + 1, endLine: finding.line!, endColumn: end + 1, text: value }
    ]
  });
  switch (fileTypeOf(finding.path)) {
    case 'dockerfile': {
      if (!/^\s*FROM\s/i.test(line))
        return {
          reason: 'the Python comes from an installed package; change the package or the base image by hand'
        };
      // The official image only (`python:3.7-slim`, `docker.io/library/python:3.7`): other images' tags
      // are their own.
      const image = /(?<=[\s/])python:(\d+\.\d+(?:\.\d+)?)(?=[-\s@]|$)/.exec(line.replace(/\r$/, ''));
      if (!image || !/^\s*FROM\s+(?:--\S+\s+)*(?:docker\.io\/)?(?:library\/)?python:/i.test(line))
        return {
          reason: 'the base image is not the official python image named by a literal tag; change it by hand'
        };
      if (/@sha256:/.test(line))
        return { reason: 'the image is pinned by digest; choose the new digest by hand' };
      const start = image.index + 'python:'.length;
      return replace(start, start + image[1]!.length, min, image[0], `python:${min}`);
    }
    case 'runtime.txt':
      return { reason: 'runtime.txt names a whole release; choose one of Python ' + min + ' by hand' };
    case 'workflow':
      return { reason: 'a workflow value may be one entry of a matrix; edit the workflow by hand' };
    default:
  }
  // The declaration: the quoted value from the finding's column on, else the finding's own text.
  const from = finding.column - 1;
  const quoted = /(["'])([^"'\n]*)\1/.exec(line.slice(from));
  const region = line.slice(from, finding.endColumn! - 1);
  const [start, value] = quoted
    ? [from + quoted.index + 1, quoted[2]!]
    : (() => {
        // conda's `python=3.7` / `python>=3.6`: the name stays.
        const name = /^python\s*/i.exec(region)?.[0] ?? '';
        return [from + name.length, region.slice(name.length)] as const;
      })();
  const raised = raiseSpecifier(value, min);
  if (typeof raised !== 'string') return raised;
  return replace(start, start + value.length, raised, value);
};

/**
 * A version or specifier set with its lower bound raised to `min`: `>=3.6, <4` -> `>=3.8, <4`,
 * `^3.7` -> `^3.8`, `3.7.4` -> `3.8`, conda's `=3.7` -> `=3.8`, `==3.7.*` -> `==3.8.*`.
 */
export function raiseSpecifier(value: string, min: string): string | { reason: string } {
  let raised = false;
  const clauses = value.split(',').map((clause) => {
    const m = /^(\s*)(>=|>|\^|~=|~|==|=)?(\s*)(\d+(?:\.\d+)*)(\.\*)?(\s*)$/.exec(clause);
    if (!m) return clause;
    const [, lead, op = '', gap, version, wildcard = '', trail] = m;
    // An exact release (`==3.7.4`) is a choice of one build; a person picks the new one.
    if (op === '==' && !wildcard && version!.split('.').length > 2) return clause;
    raised = true;
    return `${lead}${op === '>' ? '>=' : op}${gap}${min}${wildcard}${trail}`;
  });
  if (!raised) return { reason: `\`${value}\` has no lower bound to raise; edit it by hand` };
  return clauses.join(',');
}

/**
 * A health route FastAPI serves one way only (`/ping` without `/ping/`): its twin, the same
 * registration with the other form of the path, stacked under it. Only a one-line registration with a
 * literal path; other route findings are left to a person (they need a handler).
 */
const addRouteTwin: Fixer = (finding, _rule, text) => {
  if (missingHealthForm(finding.detail) === undefined)
    return { reason: 'a missing FastAPI route needs its handler written; add it by hand' };
  if (finding.line === undefined || finding.line !== finding.endLine)
    return { reason: 'the route registration spans several lines; add its twin by hand' };
  const line = text.split('\n')[finding.line - 1] ?? '';
  const m = /^(\s*)(@?[\w.]+\.(?:get|api_route|add_api_route)\(\s*)(["'])([^"'\\]*)\3(.*?)(\r?)$/.exec(line);
  if (!m)
    return { reason: 'the route is not registered on one line with a literal path; add its twin by hand' };
  const [, indent, head, quote, path, rest, cr] = m;
  const twin = path!.endsWith('/') ? path!.replace(/\/+$/, '') : `${path}/`;
  return {
    description: `Serve \`${twin}\` too: add \`${head!.trimStart()}${quote}${twin}${quote}${rest}\``,
    edits: [
      {
        line: finding.line + 1,
        column: 1,
        endLine: finding.line + 1,
        endColumn: 1,
        text: `${indent}${head}${quote}${twin}${quote}${rest}${cr}\n`
      }
    ]
  };
};

/** The fixer of each kind that has one. */
export const FIXERS: Partial<Record<string, Fixer>> = {
  'required-dependency': addRequirements,
  'forbidden-dependency': removeRequirement,
  'server-type': selectFastapi,
  'python-version': raisePython,
  'route-parity': addRouteTwin
};

/** Whether the rule's kind has a fixer (and the rule did not switch it off). */
export const hasFixer = (rule: CompiledRule): boolean =>
  rule.fix !== false && FIXERS[rule.kind] !== undefined;

export function fixFor(
  finding: Finding,
  rule: CompiledRule,
  text: string,
  context: FixContext = {}
): FixOutcome | undefined {
  return FIXERS[rule.kind]?.(finding, rule, text, context);
}
