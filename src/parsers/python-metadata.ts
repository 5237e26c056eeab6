// Python packaging metadata, read as data and never executed: pyproject.toml (PEP 621, Poetry, uv),
// setup.py (literal arguments of setup(), through the Python parser), setup.cfg, Pipfile, conda
// environment files and uv.lock. Each gives located requirements and, when declared, the Python
// versions the project supports.
import { parse as parseToml } from 'smol-toml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Region } from '../model.js';
import { TextLocator } from './located.js';
import { normalizeName, parseRequirement } from './pep508.js';
import { regionOf, withPythonTree } from './python.js';
import type { LocatedRequirement } from './requirements.js';
import type { Node as TSNode } from 'web-tree-sitter';

/** A declared Python: a specifier set (`>=3.8`) or a version (`3.11`). */
export interface PythonDeclaration {
  specifier?: string;
  version?: string;
  region?: Region;
  source: string;
}

export interface PackageMetadata {
  requirements: LocatedRequirement[];
  python: PythonDeclaration[];
  /** What could not be read statically, for notes (e.g. `install_requires` computed at run time). */
  problems: string[];
}

const empty = (): PackageMetadata => ({ requirements: [], python: [], problems: [] });

function located(text: string, region: Region | undefined): LocatedRequirement | undefined {
  const r = parseRequirement(text);
  return r ? { ...r, region: region ?? { line: 1, column: 1, endLine: 1, endColumn: 1 } } : undefined;
}

/** Poetry's `^1.2`, `~1.2`, `1.2.*`, `*` as a PEP 440 specifier set. */
export function poetryToPep440(constraint: string): string {
  return constraint
    .split(',')
    .map((part) => {
      const c = part.trim();
      if (c === '*' || c === '') return '';
      const caret = /^\^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(c);
      if (caret) {
        const [major, minor, patch] = [Number(caret[1]), caret[2], caret[3]];
        const upper =
          major > 0 || minor === undefined
            ? `${major + 1}`
            : Number(minor) > 0 || patch === undefined
              ? `0.${Number(minor) + 1}`
              : `0.0.${Number(patch) + 1}`;
        return `>=${c.slice(1)},<${upper}`;
      }
      const tilde = /^~(\d+)(?:\.(\d+))?/.exec(c);
      if (tilde)
        return `>=${c.slice(1)},<${tilde[2] === undefined ? Number(tilde[1]) + 1 : `${tilde[1]}.${Number(tilde[2]) + 1}`}`;
      if (/^\d/.test(c)) return `==${c}`;
      return c.replace(/\s+/g, '');
    })
    .filter(Boolean)
    .join(',');
}

type TomlTable = Record<string, unknown>;
const table = (v: unknown): TomlTable | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as TomlTable) : undefined;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The TOML document, or undefined with the reason recorded as a problem. */
function readToml(text: string, out: PackageMetadata): TomlTable | undefined {
  try {
    return parseToml(text) as TomlTable;
  } catch (error) {
    out.problems.push(`not valid TOML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

export function parsePyproject(text: string): PackageMetadata {
  const out = empty();
  const doc = readToml(text, out);
  if (!doc) return out;
  const at = new TextLocator(text);
  const addList = (values: string[], sectionName: string) => {
    let from = at.section(sectionName);
    for (const v of values) {
      const region = at.find(v, from);
      if (region) from = at.lines.lineStart(region.line);
      const r = located(v, region);
      if (r) out.requirements.push(r);
    }
  };
  const project = table(doc.project);
  if (project) {
    addList(strings(project.dependencies), 'project');
    for (const list of Object.values(table(project['optional-dependencies']) ?? {}))
      addList(strings(list), 'project.optional-dependencies');
    if (typeof project['requires-python'] === 'string') {
      out.python.push({
        specifier: project['requires-python'],
        region: at.find(project['requires-python'], at.section('project')),
        source: 'requires-python'
      });
    }
  }
  for (const list of Object.values(table(doc['dependency-groups']) ?? {}))
    addList(strings(list), 'dependency-groups');
  const uv = table(table(doc.tool)?.uv);
  if (uv) addList(strings(uv['dev-dependencies']), 'tool.uv');

  const poetry = table(table(doc.tool)?.poetry);
  // Poetry 1.2+ puts everything but the main dependencies in groups: [tool.poetry.group.<name>.dependencies].
  const groups = Object.entries(table(poetry?.group) ?? {}).map(
    ([name, group]) => [`tool.poetry.group.${name}.dependencies`, table(table(group)?.dependencies)] as const
  );
  for (const [sectionName, deps] of [
    ['tool.poetry.dependencies', table(poetry?.dependencies)] as const,
    ['tool.poetry.dev-dependencies', table(poetry?.['dev-dependencies'])] as const,
    ...groups
  ]) {
    if (!deps) continue;
    const from = at.section(sectionName);
    for (const [name, spec] of Object.entries(deps)) {
      const region = at.find(name, from, true);
      const detail = table(spec);
      const constraint =
        typeof spec === 'string' ? spec : typeof detail?.version === 'string' ? detail.version : '*';
      if (name.toLowerCase() === 'python') {
        out.python.push({
          specifier: poetryToPep440(constraint),
          ...(region ? { region } : {}),
          source: 'tool.poetry.dependencies.python'
        });
        continue;
      }
      out.requirements.push({
        name,
        normalized: normalizeName(name),
        extras: strings(detail?.extras).map(normalizeName),
        specifier: poetryToPep440(constraint),
        region: region ?? at.lines.region(from, from)
      });
    }
  }
  return out;
}

export function parsePipfile(text: string): PackageMetadata {
  const out = empty();
  const doc = readToml(text, out);
  if (!doc) return out;
  const at = new TextLocator(text);
  for (const sectionName of ['packages', 'dev-packages']) {
    const from = at.section(sectionName);
    for (const [name, spec] of Object.entries(table(doc[sectionName]) ?? {})) {
      const detail = table(spec);
      const version =
        typeof spec === 'string' ? spec : typeof detail?.version === 'string' ? detail.version : '*';
      out.requirements.push({
        name,
        normalized: normalizeName(name),
        extras: strings(detail?.extras).map(normalizeName),
        specifier: version === '*' ? '' : version.replace(/\s+/g, ''),
        region: at.find(name, from, true) ?? at.lines.region(from, from)
      });
    }
  }
  const requires = table(doc.requires);
  const version = requires?.python_full_version ?? requires?.python_version;
  if (typeof version === 'string')
    out.python.push({
      version,
      region: at.find(version, at.section('requires')),
      source: 'Pipfile [requires]'
    });
  return out;
}

export function parseUvLock(text: string): PackageMetadata {
  const out = empty();
  const doc = readToml(text, out);
  if (!doc) return out;
  const at = new TextLocator(text);
  let from = 0;
  const packages = (Array.isArray(doc.package) ? doc.package : [])
    .map(table)
    .filter((p): p is Record<string, unknown> => typeof p?.name === 'string');
  const lockedFor = lockParents(packages);
  for (const p of packages) {
    const name = p.name as string;
    const region = at.find(name, from);
    if (region) from = at.lines.lineStart(region.line + 1);
    const version = typeof p.version === 'string' ? `==${p.version}` : '';
    const parent = lockedFor.get(normalizeName(name));
    out.requirements.push({
      name,
      normalized: normalizeName(name),
      extras: [],
      specifier: version,
      region: region ?? at.lines.region(0, 0),
      ...(parent !== undefined ? { lockedFor: parent } : {})
    });
  }
  if (typeof doc['requires-python'] === 'string')
    out.python.push({
      specifier: doc['requires-python'],
      region: at.find(doc['requires-python'], 0),
      source: 'uv.lock requires-python'
    });
  return out;
}

/** The names of a uv.lock dependency list (`[{ name = "x", extra = [...] }]`), or of a table of them. */
function dependencyNames(value: unknown): string[] {
  const lists = Array.isArray(value) ? [value] : Object.values(table(value) ?? {});
  return lists.flatMap((list) =>
    (Array.isArray(list) ? list : []).flatMap((d) => {
      const name = table(d)?.name;
      return typeof name === 'string' ? [normalizeName(name)] : [];
    })
  );
}

/**
 * For each locked package the project does not depend on itself, the project's dependency it is locked
 * for (the first whose dependencies lead to it). The project is the lock's workspace members (source
 * `editable` or `virtual`); its dependencies are their `dependencies`, `optional-dependencies` and
 * `dev-dependencies`. A lock without members: every package counts as the project's own.
 */
function lockParents(packages: ReadonlyArray<Record<string, unknown>>): Map<string, string> {
  const byName = new Map(packages.map((p) => [normalizeName(p.name as string), p]));
  const members = packages.filter((p) => {
    const source = table(p.source);
    return source !== undefined && ('editable' in source || 'virtual' in source);
  });
  const parents = new Map<string, string>();
  if (members.length === 0) return parents;
  const own = new Set([
    ...members.map((m) => normalizeName(m.name as string)),
    ...members.flatMap((m) =>
      ['dependencies', 'optional-dependencies', 'dev-dependencies'].flatMap((key) => dependencyNames(m[key]))
    )
  ]);
  // Breadth first from the project's dependencies, in order: each package gets the nearest one's name.
  const queue: Array<[string, string]> = [...own].map((name) => [name, name]);
  const seen = new Set(own);
  for (let i = 0; i < queue.length; i++) {
    const [name, root] = queue[i]!;
    const p = byName.get(name);
    if (!p) continue;
    for (const next of [...dependencyNames(p.dependencies), ...dependencyNames(p['optional-dependencies'])]) {
      if (seen.has(next)) continue;
      seen.add(next);
      parents.set(next, (byName.get(root)?.name as string) ?? root);
      queue.push([next, root]);
    }
  }
  return parents;
}

/** configparser's layout: `[section]`, `key = value`, indented continuation lines, `#`/`;` comments. */
function iniEntries(
  text: string
): Array<{ section: string; key: string; values: Array<{ text: string; line: number; column: number }> }> {
  const entries: Array<{
    section: string;
    key: string;
    values: Array<{ text: string; line: number; column: number }>;
  }> = [];
  let section = '';
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (/^\s*([#;]|$)/.test(raw)) return;
    const header = /^\[([^\]]+)\]/.exec(raw);
    if (header) {
      section = header[1]!.trim();
      return;
    }
    const current = entries[entries.length - 1];
    if (/^\s/.test(raw) && current) {
      current.values.push({ text: raw.trim(), line: i + 1, column: raw.length - raw.trimStart().length + 1 });
      return;
    }
    // `key = value` (or `:`), found with indexOf: a lazy key before `\s*[=:]` backtracked over
    // long runs of spaces (a line of 80,000 took 6 s).
    const separator = raw.search(/[=:]/);
    // Like the regex it replaces: a line end other than LF after the value's leading spaces is no entry.
    if (separator < 1 || /[\r\u2028\u2029]/.test(raw.slice(separator + 1).trimStart())) return;
    const value = raw.slice(separator + 1).trim();
    entries.push({
      section,
      key: raw.slice(0, separator).trim(),
      values: value ? [{ text: value, line: i + 1, column: raw.indexOf(value) + 1 }] : []
    });
  });
  return entries;
}

export function parseSetupCfg(text: string): PackageMetadata {
  const out = empty();
  for (const entry of iniEntries(text)) {
    const isRequires =
      (entry.section === 'options' && entry.key === 'install_requires') ||
      entry.section === 'options.extras_require';
    if (isRequires) {
      // One requirement per line, as setuptools' dangling lists are written.
      for (const v of entry.values) {
        const r = located(v.text, {
          line: v.line,
          column: v.column,
          endLine: v.line,
          endColumn: v.column + v.text.length
        });
        if (r) out.requirements.push(r);
      }
    }
    if (entry.section === 'options' && entry.key === 'python_requires' && entry.values[0]) {
      const v = entry.values[0];
      out.python.push({
        specifier: v.text,
        region: { line: v.line, column: v.column, endLine: v.line, endColumn: v.column + v.text.length },
        source: 'python_requires'
      });
    }
  }
  return out;
}

function stringValue(node: TSNode): string | undefined {
  if (node.type !== 'string') return undefined;
  const content = node.namedChildren.filter((c) => c?.type === 'string_content');
  if (node.namedChildren.some((c) => c?.type === 'interpolation')) return undefined;
  return content.map((c) => c!.text).join('');
}

/** The `setup(...)` or `setuptools.setup(...)` call of a setup.py, if there is one at any depth. */
function findSetupCall(root: TSNode): TSNode | undefined {
  for (const call of root.descendantsOfType('call')) {
    const callee = call?.childForFieldName('function');
    if (callee && /^(setuptools\.)?setup$/.test(callee.text)) return call!;
  }
  return undefined;
}

/** setup.py: the literal keyword arguments of setup(); anything computed is reported, never run. */
export async function parseSetupPy(text: string): Promise<PackageMetadata> {
  return withPythonTree(text, (root) => {
    const out = empty();
    const call = findSetupCall(root);
    const args =
      call?.childForFieldName('arguments')?.namedChildren.filter((a) => a?.type === 'keyword_argument') ?? [];
    for (const arg of args) {
      const name = arg!.childForFieldName('name')?.text;
      const value = arg!.childForFieldName('value');
      if (!value) continue;
      const line = value.startPosition.row + 1;
      if (name === 'install_requires' || name === 'extras_require' || name === 'tests_require') {
        const lists =
          value.type === 'dictionary'
            ? value.namedChildren.filter((p) => p?.type === 'pair').map((p) => p!.childForFieldName('value'))
            : [value];
        for (const list of lists) {
          if (!list || (list.type !== 'list' && list.type !== 'tuple')) {
            out.problems.push(`${name} is computed at run time (line ${line}); only literal lists are read`);
            continue;
          }
          for (const item of list.namedChildren) {
            if (!item || item.type === 'comment') continue;
            const literal = stringValue(item);
            const r = literal === undefined ? undefined : located(literal, regionOf(item));
            if (r) out.requirements.push(r);
            else
              out.problems.push(
                `${name} has an entry computed at run time (line ${item.startPosition.row + 1})`
              );
          }
        }
      }
      if (name === 'python_requires') {
        const literal = stringValue(value);
        if (literal === undefined)
          out.problems.push(`python_requires is computed at run time (line ${line})`);
        else out.python.push({ specifier: literal, region: regionOf(value), source: 'python_requires' });
      }
    }
    return out;
  });
}

function yamlRegion(node: Node | null | undefined, lines: LineCounter): Region | undefined {
  if (!node?.range) return undefined;
  const a = lines.linePos(node.range[0]);
  const b = lines.linePos(node.range[1]);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** A conda match spec (`flask=2.0`, `conda-forge::flask>=2`, `python 3.9.*`) as name and PEP 440-ish specifier. */
export function parseCondaSpec(spec: string): { name: string; specifier: string } | undefined {
  const m = /^(?:[\w.-]+::)?([A-Za-z0-9][\w.-]*)\s*(.*)$/.exec(spec.trim());
  if (!m) return undefined;
  let specifier = m[2]!.replace(/\s+/g, '');
  if (/^=[^=]/.test(specifier))
    specifier = `==${specifier
      .slice(1)
      .replace(/\*?$/, '*')
      .replace(/\.?\*$/, '.*')}`;
  else if (/^\d/.test(specifier)) specifier = `==${specifier}`;
  return { name: m[1]!, specifier: specifier.split('=').length > 3 ? '' : specifier };
}

export function parseCondaEnvironment(text: string): PackageMetadata {
  const out = empty();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    out.problems.push(`not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    return out;
  }
  const deps = isMap(doc.contents) ? doc.contents.get('dependencies', true) : undefined;
  if (!isSeq(deps)) return out;
  for (const item of deps.items) {
    if (isScalar(item) && typeof item.value === 'string') {
      const spec = parseCondaSpec(item.value);
      const region = yamlRegion(item, lines);
      if (!spec) continue;
      if (spec.name.toLowerCase() === 'python') {
        const version = /^==(\d+\.\d+)/.exec(spec.specifier)?.[1];
        out.python.push({
          ...(version ? { version } : { specifier: spec.specifier }),
          ...(region ? { region } : {}),
          source: 'conda dependencies'
        });
      } else if (region)
        out.requirements.push({
          name: spec.name,
          normalized: normalizeName(spec.name),
          extras: [],
          specifier: spec.specifier,
          region
        });
    } else if (isMap(item)) {
      const pip = item.get('pip', true);
      if (!isSeq(pip)) continue;
      for (const p of pip.items) {
        if (isScalar(p) && typeof p.value === 'string') {
          const r = located(p.value, yamlRegion(p, lines));
          if (r) out.requirements.push(r);
        }
      }
    }
  }
  return out;
}
