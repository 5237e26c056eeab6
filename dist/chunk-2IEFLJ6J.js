import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  addOmittedLine,
  compareText,
  countFindings,
  findSuppressions,
  forecastOf,
  judge,
  omittedLineCount,
  parseBaseline,
  renderBaseline
} from "./chunk-IHTTXWCO.js";
import {
  MAX_FINDINGS_PER_FILE,
  MAX_FINDINGS_PER_SCAN
} from "./chunk-LXXCJO2X.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-G35L3SEP.js";
import {
  KINDS,
  combineProfiles,
  compileRoots,
  declaredRequirements,
  describeRequirement,
  fileTypeOf,
  importCandidates,
  loadRuleSet,
  overlaps,
  profileDocument,
  readRuleSet,
  statementPlaces
} from "./chunk-47V7URYM.js";
import {
  DEFAULT_PHASE_TITLES,
  Minimatch,
  compileGlobs,
  enforcementIn,
  firstSegments,
  isLiteralPath,
  literalPrefix,
  resolveEnforcement
} from "./chunk-H3V2GG56.js";
import {
  plural,
  withArticle
} from "./chunk-YDCNMZLA.js";
import {
  appendAll
} from "./chunk-2NCX2ZWH.js";
import {
  timelineOn,
  todayUtc
} from "./chunk-2VKDLDJN.js";
import {
  ConfigError,
  UsageError
} from "./chunk-FBITMWLA.js";
import {
  escapeRegex,
  parseImportStatement,
  parsePython,
  parsePythonImports
} from "./chunk-Z7DEGM5F.js";
import {
  LineIndex
} from "./chunk-KWNSDTA3.js";

// src/pipeline.ts
import { readFile, stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";

// src/one-at-a-time.ts
function oneAtATime() {
  let last = Promise.resolve();
  return (task) => {
    const run2 = last.then(task, task);
    last = run2.catch(() => {
    });
    return run2;
  };
}

// src/sources/decode.ts
import { isAscii } from "node:buffer";
var SNIFF_BYTES = 8192;
function decodeText(data) {
  if (data[0] === 255 && data[1] === 254)
    return { ok: true, text: new TextDecoder("utf-16le").decode(data.subarray(2)) };
  if (data[0] === 254 && data[1] === 255)
    return { ok: true, text: new TextDecoder("utf-16be").decode(data.subarray(2)) };
  const sniff = data.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, reason: "binary file" };
  const start = data[0] === 239 && data[1] === 187 && data[2] === 191 ? 3 : 0;
  const body = data.subarray(start);
  if (isAscii(body))
    return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("latin1") };
  return { ok: true, text: UTF8.decode(body) };
}
var UTF8 = new TextDecoder("utf-8");

// src/engine/literal-search.ts
var MAX_TEXTS = 30;
var alternations = /* @__PURE__ */ new WeakMap();
function alternation(texts, mask) {
  let byMask = alternations.get(texts);
  if (!byMask) alternations.set(texts, byMask = /* @__PURE__ */ new Map());
  let regex = byMask.get(mask);
  if (!regex) {
    const source = texts.filter((_, i) => mask & 1 << i).map(escapeRegex);
    byMask.set(mask, regex = new RegExp(source.join("|"), "g"));
  }
  return regex;
}
function textsIn(text, texts) {
  if (texts.length > MAX_TEXTS) throw new RangeError(`at most ${MAX_TEXTS} texts are looked for at once`);
  let found = 0;
  let remaining = 2 ** texts.length - 1;
  let from = 0;
  while (remaining !== 0) {
    const regex = alternation(texts, remaining);
    regex.lastIndex = from;
    const match = regex.exec(text);
    if (!match) break;
    for (let i = 0; i < texts.length; i++) {
      if (remaining & 1 << i && text.startsWith(texts[i], match.index)) {
        found |= 1 << i;
        remaining &= ~(1 << i);
      }
    }
    from = match.index + 1;
  }
  return found;
}

// src/engine/tree-view.ts
var TextFile = class {
  constructor(path, text) {
    this.path = path;
    this.text = text;
  }
  path;
  text;
  lineIndex;
  /** The texts the engine looked for in one pass, and which of them are present (bit i for texts[i]). */
  looked = [];
  present = 0;
  /** Whether the file contains a text, for other texts asked about. */
  found;
  parsed;
  get lines() {
    return this.lineIndex ??= new LineIndex(this.text);
  }
  python() {
    return this.parsed ??= parsePython(this.text);
  }
  contains(text) {
    const looked = this.looked.indexOf(text);
    if (looked !== -1) return (this.present & 1 << looked) !== 0;
    this.found ??= /* @__PURE__ */ new Map();
    const known = this.found.get(text);
    if (known !== void 0) return known;
    const present = this.text.includes(text);
    this.found.set(text, present);
    return present;
  }
  /** Finds these texts in one pass, for the rules that will ask `contains` about them (literal-search.ts). */
  lookFor(texts) {
    if (texts.length === 0 || texts.length > MAX_TEXTS) return;
    this.present = textsIn(this.text, texts);
    this.looked = texts;
  }
  candidates;
  importCandidates() {
    return this.candidates ??= importCandidates(this.text);
  }
  async importsAmong(candidates) {
    if (candidates.length === 0) return [];
    let last = 0;
    for (const c of candidates) if (c.end > last) last = c.end;
    if (this.parsed || this.prefix || candidates.some((c) => c.nested)) return this.pythonImports(last);
    const places = statementPlaces(
      this.text,
      candidates.map((c) => c.start)
    );
    if (places.includes("unknown")) return this.pythonImports(last);
    const out = [];
    for (const [i, candidate] of candidates.entries()) {
      if (places[i] !== "code") continue;
      const { imports, hasSyntaxError } = await parseImportStatement(candidate.text);
      if (hasSyntaxError) return this.pythonImports(last);
      const at = this.lines.position(candidate.start);
      appendAll(
        out,
        imports.map((imp) => ({ ...imp, region: shifted(imp.region, at) }))
      );
    }
    return out;
  }
  prefix;
  async pythonImports(upTo) {
    if (this.parsed) return (await this.parsed).imports;
    if (this.prefix && this.prefix.end >= upTo) return this.prefix.imports;
    const { imports, hasSyntaxError } = await parsePythonImports(this.text.slice(0, upTo));
    if (hasSyntaxError) return (await this.python()).imports;
    this.prefix = { end: upTo, imports };
    return imports;
  }
};
function shifted(region, at) {
  return {
    line: region.line + at.line - 1,
    column: region.line === 1 ? region.column + at.column - 1 : region.column,
    endLine: region.endLine + at.line - 1,
    endColumn: region.endLine === 1 ? region.endColumn + at.column - 1 : region.endColumn
  };
}
var FileLoader = class {
  constructor(source, maxFileBytes) {
    this.source = source;
    this.maxFileBytes = maxFileBytes;
  }
  source;
  maxFileBytes;
  cache = /* @__PURE__ */ new Map();
  skipped = [];
  suppressions = [];
  files = 0;
  bytes = 0;
  retain = /* @__PURE__ */ new Set();
  /** Keep these files after the file pass: tree-level checks will read them again. */
  retainAlso(paths) {
    for (const path of paths) this.retain.add(path);
  }
  load(path) {
    let pending = this.cache.get(path);
    if (!pending) {
      pending = this.read(path);
      this.cache.set(path, pending);
    }
    return pending;
  }
  /** Forget a file after the file pass unless a tree-level check needs it. */
  release(path) {
    if (!this.retain.has(path)) this.cache.delete(path);
  }
  async read(path) {
    const result = await this.source.read(path, this.maxFileBytes);
    if (!result.ok) {
      this.skipped.push({ path, reason: result.reason });
      return void 0;
    }
    const decoded = decodeText(result.data);
    if (!decoded.ok) {
      this.skipped.push({ path, reason: decoded.reason });
      return void 0;
    }
    this.files++;
    this.bytes += result.data.byteLength;
    appendAll(this.suppressions, findSuppressions(path, decoded.text));
    return new TextFile(path, decoded.text);
  }
};
function treeView(listing, loader, notes, sections) {
  const memos = /* @__PURE__ */ new Map();
  const files = new Set(listing.files);
  const all = /* @__PURE__ */ new Set([...listing.files, ...listing.directories, ...listing.links]);
  const packages = /* @__PURE__ */ new Map();
  const packageOfDir = (dir) => {
    let known = packages.get(dir);
    if (known === void 0) {
      if (!files.has(dir ? `${dir}/__init__.py` : "__init__.py")) known = "";
      else {
        const slash = dir.lastIndexOf("/");
        const parent = slash === -1 ? "" : packageOfDir(dir.slice(0, slash));
        const name = dir.slice(slash + 1);
        known = parent ? `${parent}.${name}` : dir ? name : "";
      }
      packages.set(dir, known);
    }
    return known;
  };
  return {
    files: listing.files,
    directories: listing.directories,
    links: listing.links,
    exists: (path) => all.has(path),
    read: (path) => files.has(path) ? loader.load(path) : Promise.resolve(void 0),
    pythonPackageOf: (path) => packageOfDir(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ""),
    memo: (key, compute) => {
      let pending = memos.get(key);
      if (!pending) memos.set(key, pending = compute());
      return pending;
    },
    note: (note) => void notes.set(`${note.path}\0${note.line ?? 0}\0${note.message}`, note),
    publish: (section, data) => void (sections[section] ??= []).push(data)
  };
}

// src/engine/rule-index.ts
var MAX_MASKED = 31;
var RuleIndex = class {
  constructor(rules) {
    this.rules = rules;
    for (const rule of rules) {
      const segments = rule.root === void 0 ? firstSegments(rule.files) : void 0;
      if (!segments) this.anywhere.push(rule);
      else for (const segment of segments) this.filed(segment).push(rule);
    }
  }
  rules;
  anywhere = [];
  byFirstSegment = /* @__PURE__ */ new Map();
  candidates = /* @__PURE__ */ new Map();
  /** The rules that select `path`, in the order the rules were given; the same selection is the same array. */
  selecting(path) {
    const slash = path.indexOf("/");
    const { rules, groups, selections } = this.candidatesFor(slash === -1 ? path : path.slice(0, slash));
    if (rules.length > MAX_MASKED) {
      const selected = rules.filter((rule) => rule.selects(path));
      return remembered(selections, selected.map((rule) => rule.id).join("\0"), () => selected);
    }
    let mask = 0;
    for (const group of groups) if (group.selects(path)) mask |= group.bits;
    return remembered(selections, mask, () => rules.filter((_, i) => mask & 1 << i));
  }
  filed(segment) {
    let rules = this.byFirstSegment.get(segment);
    if (!rules) this.byFirstSegment.set(segment, rules = []);
    return rules;
  }
  candidatesFor(first) {
    let known = this.candidates.get(first);
    if (!known) {
      const here = /* @__PURE__ */ new Set([...this.anywhere, ...this.byFirstSegment.get(first) ?? []]);
      const rules = this.rules.filter((rule) => here.has(rule));
      const groups = /* @__PURE__ */ new Map();
      rules.forEach((rule, i) => {
        const key = rule.selectionKey ?? JSON.stringify([rule.files, rule.exclude]);
        const group = groups.get(key);
        if (group) group.bits |= 1 << i;
        else groups.set(key, { selects: rule.selects, bits: 1 << i });
      });
      known = { rules, groups: [...groups.values()], selections: /* @__PURE__ */ new Map() };
      this.candidates.set(first, known);
    }
    return known;
  }
};
function remembered(selections, key, make) {
  let selection = selections.get(key);
  if (!selection) selections.set(key, selection = make());
  return selection;
}

// src/engine/roots.ts
var NAME_OPTIONS = { dot: true, nocomment: true, nonegate: true };
var folderOf = (path) => {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
};
var Roots = class {
  constructor(kind, files) {
    this.kind = kind;
    const matcher = (names) => {
      const globs = names.map((m) => new Minimatch(m, NAME_OPTIONS));
      return (name) => globs.some((m) => m.match(name));
    };
    const isMarker = matcher(kind.markers);
    const isSecondary = matcher(kind.secondaryMarkers ?? []);
    const isExcluding = matcher(kind.notWith ?? []);
    const excluded = /* @__PURE__ */ new Set();
    const folderGlobs = kind.folders.filter((g) => g !== "." && g !== "**");
    const anyFolder = kind.folders.includes("**");
    const topAllowed = anyFolder || kind.folders.includes(".");
    const globbed = compileGlobs(folderGlobs);
    const only = kind.onlyFolders && new Set(kind.onlyFolders);
    const allowed = (folder) => only ? only.has(folder) : globbed(folder);
    const primary = /* @__PURE__ */ new Map();
    const secondary = /* @__PURE__ */ new Map();
    for (const file of files) {
      const name = file.slice(file.lastIndexOf("/") + 1);
      if (isExcluding(name)) excluded.add(folderOf(file));
      const found = isMarker(name) ? primary : isSecondary(name) ? secondary : void 0;
      if (!found) continue;
      const folder = folderOf(file);
      if (only ? !only.has(folder) : folder === "" ? !topAllowed : !(anyFolder || allowed(folder))) continue;
      const list = found.get(folder);
      if (list) list.push(file);
      else found.set(folder, [file]);
    }
    const primaryFolders = new Set(primary.keys());
    const insidePrimary = (folder) => {
      for (let f = folder; ; f = folderOf(f)) {
        if (primaryFolders.has(f)) return true;
        if (f === "") return false;
      }
    };
    for (const [folder, list] of secondary) {
      const own = primary.get(folder);
      if (own) own.push(...list);
      else if (!insidePrimary(folder)) primary.set(folder, list);
    }
    for (const folder of excluded) primary.delete(folder);
    this.folders = [...primary.keys()].sort();
    this.markersOf = primary;
    this.set = new Set(this.folders);
  }
  kind;
  /** Root folders, sorted ('' is the top of the tree). */
  folders;
  /** For each root, the marker files that made it one (for anchors and reasons). */
  markersOf;
  set;
  memo = /* @__PURE__ */ new Map();
  /** Whether `folder` is a root. */
  isRoot(folder) {
    return this.set.has(folder);
  }
  /** The deepest root holding `path` (a file or folder), or undefined when none does. */
  rootOf(path) {
    return this.rootOfFolder(folderOf(path)) ?? void 0;
  }
  /** The deepest root that is `folder` or holds it. */
  rootOfFolder(folder) {
    let known = this.memo.get(folder);
    if (known === void 0) {
      known = this.set.has(folder) ? folder : folder === "" ? null : this.rootOfFolder(folderOf(folder)) ?? null;
      this.memo.set(folder, known);
    }
    return known ?? void 0;
  }
  /** `path` relative to `root` ('' is the top). */
  static relative(root, path) {
    return root === "" ? path : path.slice(root.length + 1);
  }
  /** A root-relative path as a tree path. */
  static join(root, path) {
    return root === "" ? path : path === "" || path === "." ? root : `${root}/${path}`;
  }
};
var rootLabel = (root) => root === "" ? "." : root;

// src/engine/applicability.ts
var DEPENDENCY_TYPES = /* @__PURE__ */ new Set([
  "requirements",
  "dockerfile",
  "pyproject",
  "setup.py",
  "setup.cfg",
  "pipfile",
  "uv.lock",
  "conda"
]);
async function evaluate(condition, tree, scope) {
  const relative2 = (path) => scope.root === void 0 ? path : Roots.relative(scope.root, path);
  switch (condition.type) {
    case "exists": {
      const found = scope.paths.find((p) => condition.match(relative2(p)));
      const globs = condition.globs.map((g) => `\`${g}\``).join(" or ");
      return found !== void 0 ? { holds: true, because: `${found} exists`, plain: true } : { holds: false, because: `nothing matches ${globs}` };
    }
    case "installs": {
      const names = condition.packages.map((p) => describeRequirement(p)).join(" or ");
      for (const path of scope.files) {
        if (!DEPENDENCY_TYPES.has(fileTypeOf(path) ?? "")) continue;
        for (const d of await declaredRequirements(tree, path)) {
          if (condition.packages.some(
            (p) => p.normalized === d.normalized && overlaps(d.specifier, p.specifier)
          ))
            return { holds: true, because: `${d.path}:${d.region.line} installs ${describeRequirement(d)}` };
        }
      }
      return { holds: false, because: `nothing installs ${names}` };
    }
    case "contains": {
      for (const path of scope.files) {
        if (!condition.match(relative2(path))) continue;
        const file = await tree.read(path);
        if (!file) continue;
        condition.regex.lastIndex = 0;
        const m = condition.regex.exec(file.text);
        if (m)
          return { holds: true, because: `${condition.label}: ${path}:${file.lines.position(m.index).line}` };
      }
      return { holds: false, because: `no file shows that ${condition.label}` };
    }
    case "not": {
      const inner = await evaluate(condition.of, tree, scope);
      return { holds: !inner.holds, because: inner.because, plain: true };
    }
    case "any": {
      const misses = [];
      for (const c of condition.of) {
        const outcome = await evaluate(c, tree, scope);
        if (outcome.holds) return outcome;
        misses.push(outcome.because);
      }
      return { holds: false, because: misses.join("; ") };
    }
    case "all": {
      const outcomes = [];
      for (const c of condition.of) {
        const outcome = await evaluate(c, tree, scope);
        if (!outcome.holds) return outcome;
        outcomes.push(outcome);
      }
      const telling = outcomes.filter((o) => !o.plain);
      return { holds: true, because: (telling.length ? telling : outcomes).map((o) => o.because).join("; ") };
    }
  }
}

// src/engine/anchors.ts
var TELLING = [
  "Dockerfile",
  "requirements.txt",
  "pyproject.toml",
  "setup.py",
  "env_info.json",
  "model-metadata.yaml",
  "__init__.py",
  "README.md"
];
var Anchors = class {
  constructor(files, folders) {
    this.files = files;
    this.fileSet = new Set(files);
    this.folderSet = new Set(folders);
  }
  files;
  directFiles;
  fileSet;
  folderSet;
  /** An existing file to show a finding about `path` on; undefined when `path` is a file itself, or the tree has none. */
  anchorFor(path) {
    if (this.fileSet.has(path)) return void 0;
    let folder = path === "." ? "" : path;
    while (folder !== "" && !this.folderSet.has(folder)) folder = parentOf(folder);
    for (; ; ) {
      const file = this.tellingFileIn(folder);
      if (file !== void 0) return file;
      if (folder === "") return void 0;
      folder = parentOf(folder);
    }
  }
  tellingFileIn(folder) {
    this.directFiles ??= filesByFolder(this.files);
    const direct = this.directFiles.get(folder);
    if (direct?.length) {
      const names = new Map(direct.map((f) => [f.slice(f.lastIndexOf("/") + 1), f]));
      for (const name of TELLING) if (names.has(name)) return names.get(name);
      return direct[0];
    }
    const prefix = folder === "" ? "" : `${folder}/`;
    let first;
    for (const f of this.files)
      if (f.startsWith(prefix) && (first === void 0 || compareText(f, first) < 0)) first = f;
    return first;
  }
};
var parentOf = (path) => {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
};
function filesByFolder(files) {
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    const folder = parentOf(file);
    const list = out.get(folder);
    if (list) list.push(file);
    else out.set(folder, [file]);
  }
  for (const list of out.values()) list.sort(compareText);
  return out;
}

// src/engine/scan.ts
var DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
var CONCURRENCY = 8;
var LARGE_FILE_CHARACTERS = 256 * 1024;
function ruleContext(rule, root, notApplicable) {
  const perGlob = rule.files.map((g) => [g, compileGlobs([g])]);
  const inTree = (p) => root === void 0 ? p : Roots.join(root, p);
  const relative2 = (p) => root === void 0 ? p : Roots.relative(root, p);
  return {
    id: rule.id,
    files: rule.files,
    ...root !== void 0 ? { root } : {},
    unmatched: (paths) => perGlob.filter(([, match]) => !paths.some((p) => match(relative2(p)))).map(([glob]) => {
      const literal = isLiteralPath(glob);
      const path = literal ? inTree(glob) : inTree(literalPrefix(glob));
      return { glob: inTree(glob), path: path === "" ? "." : path, literal };
    }),
    notApplicable
  };
}
function withFolders(paths) {
  const out = new Set(paths);
  for (const path of paths)
    for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1))
      out.add(path.slice(0, slash));
  return out;
}
var YIELD_EVERY = 64;
async function inPool(items, limit, work) {
  let next = 0;
  let sinceYield = 0;
  const worker = async () => {
    while (next < items.length) {
      await work(items[next++]);
      if (++sinceYield >= YIELD_EVERY) {
        sinceYield = 0;
        await new Promise((resolve2) => setImmediate(resolve2));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
var globList = (globs) => {
  const shown = globs.slice(0, 4).map((g) => `\`${g}\``).join(", ");
  return globs.length > 4 ? `${shown} (and ${globs.length - 4} more)` : shown;
};
async function scan(source, rules, options2 = {}) {
  const started = performance.now();
  const listing = await source.list();
  const findings = new Map(rules.map((r) => [r.id, []]));
  const omitted = /* @__PURE__ */ new Map();
  let kept = 0;
  const record = (ruleId, list) => {
    const perFile = /* @__PURE__ */ new Map();
    const target = findings.get(ruleId);
    for (const finding of list) {
      const inFile = (perFile.get(finding.path) ?? 0) + 1;
      perFile.set(finding.path, inFile);
      if (inFile <= MAX_FINDINGS_PER_FILE && kept < MAX_FINDINGS_PER_SCAN) {
        target.push(finding);
        kept++;
        continue;
      }
      const byPath = omitted.get(ruleId) ?? /* @__PURE__ */ new Map();
      omitted.set(ruleId, byPath);
      const lines = byPath.get(finding.path) ?? [];
      byPath.set(finding.path, lines);
      addOmittedLine(lines, finding.region?.line ?? 0);
    }
  };
  const notApplicable = /* @__PURE__ */ new Map();
  const loader = new FileLoader(source, options2.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const notes = /* @__PURE__ */ new Map();
  const sections = {};
  const tree = treeView(listing, loader, notes, sections);
  const roots = /* @__PURE__ */ new Map();
  for (const kind of rules.flatMap((r) => [...r.root ? [r.root] : [], ...r.skipRoots]))
    if (!roots.has(kind.name)) roots.set(kind.name, new Roots(kind, listing.files));
  const scoped = await applicableRules(rules, tree, listing, roots, notApplicable);
  const touched = options2.touched && withFolders(options2.touched);
  const untouched = scoped.filter(
    (r) => r.module.checkTree && touched && ![...touched].some((p) => r.selects(p) || r.module.watches?.(r.compiled, p))
  );
  const treeRules = scoped.filter((r) => r.module.checkTree && !untouched.includes(r));
  const selectedBy = new Map(treeRules.map((r) => [r, []]));
  const treeIndex = new RuleIndex(treeRules);
  const directoryIndex = new RuleIndex(treeRules.filter((r) => r.module.matchesDirectories));
  for (const path of listing.files)
    for (const rule of treeIndex.selecting(path)) selectedBy.get(rule).push(path);
  for (const path of [...listing.directories, ...listing.links])
    for (const rule of directoryIndex.selecting(path)) selectedBy.get(rule).push(path);
  const readsInTree = (r) => typeof r.module.readsInTree === "function" ? r.module.readsInTree(r.compiled) : r.module.readsInTree;
  loader.retainAlso(treeRules.filter(readsInTree).flatMap((r) => selectedBy.get(r)));
  const fileIndex = new RuleIndex(scoped.filter((r) => r.module.checkFile));
  const selectedFiles = /* @__PURE__ */ new Map();
  const work = [];
  for (const path of listing.files) {
    const forFile = fileIndex.selecting(path);
    if (forFile.length === 0) continue;
    for (const rule of forFile) selectedFiles.set(rule.id, (selectedFiles.get(rule.id) ?? 0) + 1);
    if (!options2.onlyFiles || options2.onlyFiles.has(path)) work.push({ path, rules: forFile });
  }
  const texts = /* @__PURE__ */ new WeakMap();
  const textsFor = (forFile) => {
    let union = texts.get(forFile);
    if (!union) {
      union = [...new Set(forFile.flatMap((r) => r.module.lookFor?.(r.compiled) ?? []))];
      texts.set(forFile, union);
    }
    return union;
  };
  const largeFiles = oneAtATime();
  await inPool(work, CONCURRENCY, async ({ path, rules: forFile }) => {
    const file = await loader.load(path);
    if (file) {
      const check = async () => {
        file.lookFor(textsFor(forFile));
        for (const rule of forFile) {
          const list = await rule.module.checkFile(file, rule.compiled, tree);
          if (list.length > 0) record(rule.id, list);
        }
      };
      await (file.text.length > LARGE_FILE_CHARACTERS ? largeFiles(check) : check());
    }
    loader.release(path);
  });
  for (const rule of scoped) {
    const selected = (selectedFiles.get(rule.id) ?? 0) + (selectedBy.get(rule)?.length ?? 0);
    if (selected > 0 || (rule.module.whenNothingSelected ?? "not-applicable") === "checked") continue;
    notApplicable.set(
      rule.id,
      rule.root !== void 0 ? `no file of ${withArticle(rule.root.name)} folder matches ${globList(rule.files)}` : `no file matches ${globList(rule.files)}`
    );
  }
  for (const rule of untouched)
    tree.note({ path: ".", message: `rule '${rule.id}' was not run: the change touches none of its files` });
  for (const rule of treeRules) {
    if (notApplicable.has(rule.id)) continue;
    const selected = selectedBy.get(rule);
    const calls = rule.scopes === void 0 ? [[void 0, selected]] : rule.scopes.map((root) => [root, selected.filter((p) => rule.rootOfPath(p) === root)]);
    const reasons = [];
    let applicableSomewhere = false;
    for (const [root, paths] of calls) {
      let said;
      const context = ruleContext(rule, root, (reason) => {
        said = reason;
      });
      const list = await rule.module.checkTree(tree, rule.compiled, context, paths);
      record(rule.id, list);
      if (said === void 0 || list.length > 0) applicableSomewhere = true;
      else reasons.push(root === void 0 ? said : `${rootLabel(root)}: ${said}`);
    }
    if (!applicableSomewhere) notApplicable.set(rule.id, summarize(reasons));
  }
  for (const rule of scoped) {
    if (!rule.whyByRoot) continue;
    for (const finding of findings.get(rule.id)) {
      const root = rule.whyByRoot.has(finding.path) ? finding.path : rule.rootOfPath(finding.path);
      const why = root === void 0 ? void 0 : rule.whyByRoot.get(root);
      if (why) finding.message = `${finding.message} (${root ? why.split(`${root}/`).join("") : why})`;
    }
  }
  const anchors = new Anchors(listing.files, listing.directories);
  for (const list of findings.values())
    for (const finding of list) {
      const anchor = anchors.anchorFor(finding.path);
      if (anchor !== void 0) finding.anchor = anchor;
    }
  const unchecked = [];
  for (const rule of scoped) {
    const why = rule.module.incomplete?.(rule.compiled);
    if (why) unchecked.push({ path: ".", reason: `not checked by rule '${rule.id}': ${why}` });
  }
  const inspection = options2.inspect ? await options2.inspect(tree, roots) : void 0;
  const skipped = [...listing.skipped, ...loader.skipped, ...unchecked].sort(
    (a, b) => compareText(a.path, b.path)
  );
  return {
    findings,
    omitted,
    notApplicable,
    skipped,
    sections,
    roots: Object.fromEntries([...roots].map(([name, r]) => [name, [...r.folders]])),
    ...options2.inspect ? { inspection } : {},
    suppressions: loader.suppressions.sort((a, b) => compareText(a.path, b.path) || a.line - b.line),
    notes: [...notes.values()].sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)),
    stats: { files: loader.files, bytes: loader.bytes, durationMs: Math.round(performance.now() - started) }
  };
}
async function applicableRules(rules, tree, listing, roots, notApplicable) {
  const allPaths = [...listing.files, ...listing.directories, ...listing.links];
  const outsideOf = (kinds) => {
    const kept = kinds.map((k) => roots.get(k.name));
    return {
      path: (path) => kept.every((r) => r.rootOf(path) === void 0 && !r.isRoot(path)),
      folder: (folder) => kept.every((r) => r.rootOfFolder(folder) === void 0)
    };
  };
  const byRoot = /* @__PURE__ */ new Map();
  const pathsOfRoots = (kind) => {
    let known = byRoot.get(kind);
    if (!known) {
      const r = roots.get(kind);
      known = new Map(r.folders.map((f) => [f, { files: [], paths: [] }]));
      for (const path of listing.files) {
        const root = r.rootOf(path);
        if (root !== void 0) known.get(root).files.push(path);
      }
      for (const path of allPaths) {
        const root = r.rootOf(path);
        if (root !== void 0) known.get(root).paths.push(path);
      }
      byRoot.set(kind, known);
    }
    return known;
  };
  const wholeTree = { files: listing.files, paths: allPaths };
  const out = [];
  for (const rule of rules) {
    const outside = rule.skipRoots.length ? outsideOf(rule.skipRoots) : void 0;
    if (rule.root === void 0) {
      if (rule.when) {
        const outcome = await evaluate(
          rule.when,
          tree,
          outside ? filterScope(wholeTree, outside.path) : wholeTree
        );
        if (!outcome.holds) {
          notApplicable.set(rule.id, outcome.because);
          continue;
        }
      }
      out.push(
        outside ? {
          ...rule,
          selects: (p) => rule.selects(p) && outside.path(p),
          selectionKey: `${rule.id}\0scoped`
        } : rule
      );
      continue;
    }
    const kind = roots.get(rule.root.name);
    const candidates = kind.folders.filter((f) => !outside || outside.folder(f));
    if (candidates.length === 0) {
      notApplicable.set(
        rule.id,
        `no ${rule.root.name} folder in this tree (a folder holding ${globList([...kind.kind.markers, ...kind.kind.secondaryMarkers ?? []])})`
      );
      continue;
    }
    const perRoot = pathsOfRoots(rule.root.name);
    const scopes = [];
    const misses = [];
    const whyByRoot = /* @__PURE__ */ new Map();
    for (const root of candidates) {
      if (rule.when) {
        const { files, paths } = perRoot.get(root);
        const outcome = await evaluate(rule.when, tree, { root, files, paths });
        if (!outcome.holds) {
          misses.push(outcome.because);
          continue;
        }
        if (!outcome.plain) whyByRoot.set(root, outcome.because);
      }
      scopes.push(root);
    }
    if (scopes.length === 0) {
      notApplicable.set(
        rule.id,
        `in none of the ${plural(candidates.length, `${rule.root.name} folder`)}: ${summarize(misses)}`
      );
      continue;
    }
    const inScope = new Set(scopes);
    const excluded = compileGlobs(rule.exclude);
    const rootOfPath = (p) => kind.rootOf(p);
    out.push({
      ...rule,
      scopes,
      rootOfPath,
      ...rule.when ? { whyByRoot } : {},
      selectionKey: `${rule.id}\0rooted`,
      selects: (p) => {
        const root = kind.rootOf(p);
        return root !== void 0 && inScope.has(root) && (!outside || outside.path(p)) && rule.selects(Roots.relative(root, p)) && !excluded(p);
      }
    });
  }
  return out;
}
function filterScope(scope, keep) {
  return { files: scope.files.filter(keep), paths: scope.paths.filter(keep) };
}
function summarize(reasons) {
  const distinct = [...new Set(reasons)];
  const shown = distinct.slice(0, 3).join("; ");
  return distinct.length > 3 ? `${shown}; and ${distinct.length - 3} more` : shown;
}

// src/sources/names.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var hex = (byte) => `\\x${byte.toString(16).padStart(2, "0").toUpperCase()}`;
function displayName(bytes) {
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = void 0;
  }
  if (text !== void 0)
    return text.replace(
      /[\\\x00-\x1f\x7f-\x9f\u2028\u2029]/g,
      (c) => c === "\\" ? "\\\\" : c.charCodeAt(0) <= 255 ? hex(c.charCodeAt(0)) : `\\u${c.charCodeAt(0).toString(16)}`
    );
  let out = "";
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      out += displayName(bytes.subarray(start, i)) + hex(bytes[i]);
      i += 1;
      start = i;
    } else i += length;
  }
  return out + displayName(bytes.subarray(start));
}
function sequenceLength(bytes, i) {
  const b = bytes[i];
  const n = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
  if (n <= 1) return n;
  if (i + n > bytes.length) return 0;
  try {
    utf8.decode(bytes.subarray(i, i + n));
    return n;
  } catch {
    return 0;
  }
}

// src/gate/changes.ts
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function addedLines(patch) {
  const lines = /* @__PURE__ */ new Set();
  let next = 0;
  for (const line of patch.split("\n")) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0) continue;
    if (line.startsWith("+")) lines.add(next++);
    else if (line.startsWith(" ")) next++;
  }
  return lines;
}
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquote(path) {
  if (!path.startsWith('"') || !path.endsWith('"') || path.length < 2) return displayName(Buffer.from(path));
  const bytes = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\" || i + 1 === body.length) {
      bytes.push(...Buffer.from(c));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 255);
      i += 3;
    } else {
      const next = body[++i];
      bytes.push(...C_ESCAPES[next] !== void 0 ? [C_ESCAPES[next]] : Buffer.from(next));
    }
  }
  return displayName(Uint8Array.from(bytes));
}
function side(raw, prefix) {
  if (raw === void 0) return void 0;
  const path = unquote(raw.trim());
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
function parseGitDiff(diff) {
  const changes = /* @__PURE__ */ new Map();
  for (const section of diff.split(/^(?=diff --git )/m)) {
    if (!section.startsWith("diff --git ")) continue;
    const header = section.slice(0, section.search(/^@@/m) === -1 ? section.length : section.search(/^@@/m));
    const to = side(/^\+\+\+ (.+)$/m.exec(header)?.[1], "b/");
    const from = side(/^--- (.+)$/m.exec(header)?.[1], "a/");
    const renameFrom = /^rename from (.+)$/m.exec(header)?.[1];
    const renameTo = /^rename to (.+)$/m.exec(header)?.[1];
    const names = /^diff --git a\/(.+) b\/(.+)$/m.exec(header);
    const path = renameTo ? unquote(renameTo) : to && to !== "/dev/null" ? to : names?.[2] ?? from ?? "";
    if (!path) continue;
    const binary = /^Binary files /m.test(header);
    if (/^deleted file mode/m.test(header) || to === "/dev/null") {
      changes.set(from ?? path, { status: "removed", lines: /* @__PURE__ */ new Set() });
      continue;
    }
    const status = /^new file mode/m.test(header) || from === "/dev/null" ? "added" : renameFrom ? "renamed" : "modified";
    changes.set(path, {
      status,
      lines: binary ? "all" : addedLines(section),
      ...renameFrom ? { previousPath: unquote(renameFrom) } : {}
    });
  }
  return changes;
}
var ESCAPED_NAME = /\\\\|\\x[0-9A-F]{2}|\\u[0-9a-f]{4}/;
function introducedBy(changes) {
  return (finding) => {
    const change = changes.get(finding.path);
    if (!change) {
      if (finding.anchor !== void 0 && changes.get(finding.anchor)?.status === "added") return true;
      return ESCAPED_NAME.test(finding.path);
    }
    if (change.status === "removed") return false;
    if (change.lines === "all" || change.status === "added") return true;
    if (!finding.region) return false;
    for (let line = finding.region.line; line <= finding.region.endLine; line++)
      if (change.lines.has(line)) return true;
    return false;
  };
}

// src/report/report.ts
function buildReport(ruleSet, stage, target, verdict, scanned, context = {}) {
  const byId = new Map(ruleSet.rules.map((r) => [r.id, r]));
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ruleset: {
      name: ruleSet.name,
      stage,
      ...stage !== "none" && ruleSet.stages?.[stage] ? { stageMeaning: ruleSet.stages[stage] } : {},
      ...context.since ? { since: context.since } : {},
      ...ruleSet.calendar ? { calendar: ruleSet.calendar } : {},
      file: ruleSet.file,
      profiles: ruleSet.profiles
    },
    target,
    conclusion: verdict.conclusion,
    counts: verdict.counts,
    findings: verdict.findings,
    rules: verdict.rules.map((r) => {
      const rule = byId.get(r.id);
      return { ...r, message: rule.message, ...rule.remediation ? { remediation: rule.remediation } : {} };
    }),
    phases: verdict.phases,
    stats: scanned.stats,
    skipped: scanned.skipped,
    notes: scanned.notes,
    routes: scanned.sections.routes ?? [],
    suppressions: {
      used: verdict.suppressions.used.map(({ suppression: s, suppressed }) => ({
        path: s.path,
        line: s.line,
        rules: s.rules,
        reason: s.reason,
        ...s.until ? { until: s.until } : {},
        suppressed,
        ...context.isNewLine ? { new: context.isNewLine(s.path, s.line) } : {}
      })),
      problems: verdict.suppressions.problems.map(({ suppression: s, message }) => ({
        path: s.path,
        line: s.line,
        rules: s.rules,
        message
      }))
    },
    ...verdict.baseline ? { baseline: { file: context.baselineFile ?? "", ...verdict.baseline } } : {},
    ...context.change ? { change: context.change } : {},
    ...context.forecast ? { forecast: context.forecast } : {}
  };
}

// src/rules/auto.ts
var DRUM_PACKAGE = "custom_model_runner/datarobot_drum";
var FROM_DATAROBOT = /^\s*FROM\s+(?:--\S+\s+)*(\S*datarobot\/\S+)/im;
var DRUM_SERVER = /\bdrum\s+server\b/;
var DRUM_HOOK = /^\s*def\s+(load_model|score|score_unstructured|transform|fit|init|chat)\s*\(/m;
var FLASK_IMPORT = /^[ \t]*(?:from[ \t]+(?:flask|werkzeug)(?:\.\w+)*[ \t]+import\b|import[ \t]+(?:flask|werkzeug)\b)/m;
var FLASK_STACK = /* @__PURE__ */ new Set(["flask", "werkzeug", "gunicorn", "gevent"]);
var SHOWN = 3;
function listed(items, noun) {
  const shown = items.slice(0, SHOWN).join(", ");
  const count = `${items.length} ${noun}${items.length === 1 ? "" : "s"}`;
  return `${count}: ${shown}${items.length > SHOWN ? `, and ${items.length - SHOWN} more` : ""}`;
}
async function detectProfiles({ listing, tree, roots }) {
  if (listing.directories.includes(DRUM_PACKAGE))
    return [
      {
        name: "drum",
        reason: `${DRUM_PACKAGE}/ exists (DRUM's package); DRUM's drop-in environment folders are checked by the environments profile it extends`
      }
    ];
  const chosen = [];
  const covered = [];
  const choose = async (profile, kind, noun, evidence, skip = []) => {
    const candidates = new Roots(kind, listing.files);
    const reasons = [];
    const folders = [];
    for (const root of candidates.folders) {
      if (skip.includes(root)) continue;
      const why = await evidence(root, candidates);
      if (!why) continue;
      reasons.push(`${rootLabel(root)} (${inRoot(root, why)})`);
      folders.push(root);
    }
    if (folders.length) {
      chosen.push({ name: profile, reason: listed(reasons, noun), rootFolders: { [kind.name]: folders } });
      covered.push(new Roots({ ...kind, onlyFolders: folders }, listing.files));
    }
    return folders;
  };
  const modelFolders = await choose(
    "models",
    roots.model,
    "custom model",
    (root, r) => modelEvidenceIn(tree, root, r)
  );
  await choose(
    "environments",
    roots.environment,
    "drop-in environment",
    (root, r) => environmentEvidence(tree, root, r),
    modelFolders
  );
  const outside = (path) => covered.every((r) => r.rootOf(path) === void 0);
  const flask = await flaskEvidence(tree, listing.files.filter(outside));
  if (flask) chosen.push({ name: "flask-service", reason: flask });
  return chosen;
}
var inRoot = (root, evidence) => root === "" ? evidence : evidence.split(`${root}/`).join("");
var filesOf = (files, roots, root) => files.filter((f) => roots.rootOf(f) === root);
async function environmentEvidence(tree, root, roots) {
  const files = filesOf(tree.files, roots, root);
  const named = (name) => files.find((f) => f === (root ? `${root}/${name}` : name));
  const info = named("env_info.json");
  if (info) return info;
  const dockerfiles = files.filter((f) => fileTypeOf(f) === "dockerfile");
  if (dockerfiles.length === 0) return void 0;
  for (const path of dockerfiles) {
    const file = await tree.read(path);
    const m = file && FROM_DATAROBOT.exec(file.text);
    if (m) return `${path}:${file.lines.position(m.index).line} FROM ${m[1]}`;
  }
  for (const path of files) {
    const type = fileTypeOf(path);
    if (type !== "requirements" && type !== "pyproject" && type !== "dockerfile" && type !== "conda")
      continue;
    const drum = (await declaredRequirements(tree, path)).find((d) => d.normalized === "datarobot-drum");
    if (drum) return `${drum.path}:${drum.region.line} installs ${describeRequirement(drum)}`;
  }
  for (const path of files) {
    if (!path.endsWith(".sh")) continue;
    const file = await tree.read(path);
    const m = file && DRUM_SERVER.exec(file.text);
    if (m) return `${path}:${file.lines.position(m.index).line} runs \`drum server\``;
  }
  const extension = named("custom_flask.py");
  return extension ? `${extension}, a DRUM Flask extension` : void 0;
}
async function modelEvidenceIn(tree, root, roots) {
  const files = filesOf(tree.files, roots, root);
  const named = (name) => files.find((f) => f === (root ? `${root}/${name}` : name));
  const metadata = named("model-metadata.yaml") ?? named("model-metadata.yml");
  if (metadata) return metadata;
  const custom = named("custom.py");
  if (custom) {
    const file = await tree.read(custom);
    const m = file && DRUM_HOOK.exec(file.text);
    if (m) return `${custom}:${file.lines.position(m.index).line} defines the hook \`${m[1]}\``;
  }
  return void 0;
}
async function flaskEvidence(tree, files) {
  for (const path of files) {
    const type = fileTypeOf(path);
    if (type === void 0 || type === "python-version" || type === "runtime.txt" || type === "workflow")
      continue;
    const hit = (await declaredRequirements(tree, path)).find((d) => FLASK_STACK.has(d.normalized));
    if (hit) return `${hit.path}:${hit.region.line} installs ${describeRequirement(hit)}`;
  }
  for (const path of files) {
    if (!/\.pyi?$/.test(path)) continue;
    const file = await tree.read(path);
    const m = file && FLASK_IMPORT.exec(file.text);
    if (m) return `${path}:${file.lines.position(m.index).line} imports ${m[0].trim().split(/\s+/)[1]}`;
  }
  return void 0;
}

// src/rules/choose.ts
var CONFIG_FILES = [
  ".github/migration-gate.yml",
  ".github/migration-gate.yaml",
  "migration-gate.yml",
  "migration-gate.yaml"
];
var AUTO = "auto";
var MAX_RULE_FILE_BYTES = 1024 * 1024;
function treeRuleSource(source) {
  return {
    async readText(path) {
      const result = await source.read(path, MAX_RULE_FILE_BYTES);
      if (!result.ok) return void 0;
      const decoded = decodeText(result.data);
      if (!decoded.ok) throw new ConfigError(`cannot read rule file ${path}: ${decoded.reason}`);
      return decoded.text;
    }
  };
}
async function chooseRuleSet(spec, source, listing) {
  if (spec !== void 0 && spec !== AUTO) return loadRuleSet(spec);
  if (spec === void 0) {
    const config = CONFIG_FILES.find((name) => listing.files.includes(name));
    if (config) {
      const rules = treeRuleSource(source);
      const text = await rules.readText(config);
      if (text !== void 0) return readRuleSet(text, config, { path: config, source: rules });
    }
  }
  return autoRuleSet(source, listing);
}
async function autoRuleSet(source, listing) {
  const notes = /* @__PURE__ */ new Map();
  const tree = treeView(listing, new FileLoader(source, MAX_RULE_FILE_BYTES * 2), notes, {});
  const [environments, models] = await Promise.all([
    profileDocument("environments"),
    profileDocument("models")
  ]);
  const roots = compileRoots({ ...environments.header.roots, ...models.header.roots });
  const chosen = await detectProfiles({
    listing,
    tree,
    roots: { environment: roots.environment, model: roots.model }
  });
  if (chosen.length > 0) return combineProfiles(chosen);
  return {
    file: AUTO,
    name: "No profile applies",
    description: "rules: auto found no DRUM package, drop-in environment, custom model or Flask code in this tree; nothing was checked.",
    stage: "beta",
    phases: { ...DEFAULT_PHASE_TITLES },
    rules: [],
    roots: {},
    profiles: []
  };
}

// src/engine/unreadable.ts
var UNREADABLE_RULE = {
  id: "unreadable-path",
  phase: 0,
  title: "The gate reads every file its rules look at",
  kind: "forbidden-path",
  message: "The gate could not read this path, so it cannot say what it holds; a gate that cannot look does not pass.",
  remediation: "Make the path readable by the job (permissions; a regular file, not a FIFO or socket), or exclude it from the rules that select it.",
  enforcement: resolveEnforcement("error"),
  files: [],
  exclude: [],
  selects: () => false,
  module: KINDS["forbidden-path"],
  compiled: void 0,
  line: 0,
  origin: "migration-gate",
  skipRoots: []
};
function unreadablePaths(skipped, listing) {
  const anchors = new Anchors(listing.files, listing.directories);
  return skipped.filter((s) => /^(unreadable|not a regular file|not checked)/.test(s.reason)).map((s) => {
    const anchor = anchors.anchorFor(s.path);
    return { path: s.path, message: `Not looked at: ${s.reason}.`, ...anchor ? { anchor } : {} };
  });
}

// src/sources/listed.ts
function listedOnce(source) {
  let listing;
  const list = () => listing ??= source.list();
  return {
    get label() {
      return source.label;
    },
    list,
    listing: list,
    read: (path, maxBytes) => source.read(path, maxBytes)
  };
}

// src/sources/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_BUFFER = 512 * 1024 * 1024;
var options = (cwd) => ({
  cwd,
  maxBuffer: MAX_BUFFER,
  env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
});
async function git(cwd, args) {
  const { stdout } = await run("git", ["-c", "core.quotePath=true", ...args], options(cwd));
  return stdout;
}
async function gitNames(cwd, args) {
  const { stdout } = await run("git", args, { ...options(cwd), encoding: "buffer" });
  const names = [];
  for (let start = 0; start < stdout.length; ) {
    const end = stdout.indexOf(0, start);
    const stop = end === -1 ? stdout.length : end;
    if (stop > start) names.push(displayName(stdout.subarray(start, stop)));
    start = stop + 1;
  }
  return names;
}
var safeRef = (ref) => /^[\w./@^~{}-]+$/.test(ref) && !ref.startsWith("-");
async function hasCommit(cwd, ref) {
  if (!safeRef(ref)) return false;
  try {
    await git(cwd, ["cat-file", "-e", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function repositoryRoot(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch {
    return void 0;
  }
}
async function gitChanges(cwd, base, head) {
  const untracked = head ? Promise.resolve([]) : gitNames(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]);
  untracked.catch(() => {
  });
  let mergeBase;
  try {
    mergeBase = (await git(cwd, ["merge-base", base, head ?? "HEAD"])).trim();
  } catch (error) {
    for (const ref of [base, head].filter((r) => r !== void 0)) {
      if (!await hasCommit(cwd, ref)) throw new UsageError(`git: '${ref}' is not a commit in ${cwd}`);
    }
    throw error;
  }
  const diff = await git(cwd, [
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--unified=0",
    "--find-renames",
    mergeBase,
    ...head ? [head] : [],
    "--"
  ]);
  const changes = parseGitDiff(diff);
  for (const path of await untracked) changes.set(path, { status: "added", lines: "all" });
  return changes;
}
async function showFile(cwd, ref, path) {
  if (!safeRef(ref)) return void 0;
  try {
    return await git(cwd, ["show", `${ref}:${path}`]);
  } catch {
    return void 0;
  }
}

// src/sources/local-directory.ts
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from "node:fs";
var IGNORED_DIRECTORIES = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "__pycache__",
  ".venv",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache"
]);
var describe = (error) => error.code ?? String(error);
var SLASH = Buffer.from("/");
var LocalDirectory = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** The bytes of every path whose name is shown escaped (not plain UTF-8), by the text shown. */
  rawPaths = /* @__PURE__ */ new Map();
  get label() {
    return this.root;
  }
  async list() {
    const files = [];
    const directories = [];
    const links = [];
    const skipped = [];
    const root = Buffer.from(this.root);
    const stack = [{ path: "", raw: Buffer.alloc(0) }];
    while (stack.length) {
      const dir = stack.pop();
      let entries;
      try {
        const at = dir.raw.length ? Buffer.concat([root, SLASH, dir.raw]) : root;
        entries = readdirSync(at, { withFileTypes: true, encoding: "buffer" });
      } catch (error) {
        skipped.push({ path: dir.path || ".", reason: `unreadable directory (${describe(error)})` });
        continue;
      }
      for (const entry of entries) {
        const name = displayName(entry.name);
        const path = dir.path ? `${dir.path}/${name}` : name;
        const raw = dir.raw.length ? Buffer.concat([dir.raw, SLASH, entry.name]) : Buffer.from(entry.name);
        if (raw.toString("utf8") !== path) this.rawPaths.set(path, raw);
        if (entry.isSymbolicLink()) links.push(path);
        else if (entry.isDirectory()) {
          if (IGNORED_DIRECTORIES.has(name)) continue;
          directories.push(path);
          stack.push({ path, raw });
        } else if (entry.isFile()) files.push(path);
        else skipped.push({ path, reason: "not a regular file" });
      }
    }
    return { files: files.sort(), directories: directories.sort(), links: links.sort(), skipped };
  }
  // Synchronous on purpose: for thousands of small files, a thread-pool round trip per open/stat/
  // read/close costs more than the reads themselves (measured with npm run bench). Most files are
  // small: one read into the free end of the current slab gets them whole (a short read of a regular
  // file is its end) and they are handed out as a view of it, without a copy; only a file that fills
  // the read is measured with fstat and given a buffer of its own.
  async read(path, maxBytes) {
    let fd;
    try {
      const raw = this.rawPaths.get(path);
      const at = raw ? Buffer.concat([Buffer.from(this.root), SLASH, raw]) : `${this.root}/${path}`;
      fd = openSync(at, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      if (!slab || SLAB_BYTES - slabUsed < FIRST_READ) {
        slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
        slabUsed = 0;
      }
      const first = readSync(fd, slab, slabUsed, FIRST_READ, 0);
      if (first === 0 && !fstatSync(fd).isFile()) return { ok: false, reason: "not a regular file" };
      const size = first < FIRST_READ ? first : fstatSync(fd).size;
      if (size > maxBytes)
        return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})` };
      if (first < FIRST_READ) {
        const data2 = slab.subarray(slabUsed, slabUsed + first);
        slabUsed += first;
        return { ok: true, data: data2 };
      }
      const data = Buffer.allocUnsafe(Math.max(size, first));
      slab.copy(data, 0, slabUsed, slabUsed + first);
      let read = first;
      while (read < data.length) {
        const n = readSync(fd, data, read, data.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return { ok: true, data: data.subarray(0, read) };
    } catch (error) {
      if (describe(error) === "EAGAIN") return { ok: false, reason: "not a regular file" };
      return { ok: false, reason: `unreadable (${describe(error)})` };
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
};
var SLAB_BYTES = 1024 * 1024;
var FIRST_READ = 64 * 1024;
var slab;
var slabUsed = 0;
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

// src/pipeline.ts
async function scanDirectory(request) {
  return (await scanSource(await directorySource(request.directory), request)).report;
}
async function directorySource(directory) {
  const info = await stat(directory).catch(() => void 0);
  if (!info?.isDirectory()) throw new UsageError(`not a directory: ${directory}`);
  return new LocalDirectory(directory);
}
async function scanSource(original, request) {
  const source = listedOnce(original);
  let ruleSet = request.ruleSet ?? await chooseRuleSet(request.rules, source, await source.listing());
  if (request.everyRule)
    ruleSet = {
      ...ruleSet,
      rules: ruleSet.rules.map((r) => ({ ...r, enforcement: resolveEnforcement("warning") }))
    };
  const today = request.today ?? todayUtc();
  const timeline = timelineOn(ruleSet.calendar ?? {}, ruleSet.stage, today, request.stage);
  const stage = request.everyRule && timeline.stage === "none" ? "beta" : timeline.stage;
  const next = request.everyRule ? void 0 : timeline.next;
  const active = ruleSet.rules.filter(
    (r) => enforcementIn(r.enforcement, stage) !== "off" || next && r.enforcement[next.stage] !== "off"
  );
  if (request.changedOnly && !request.changes) {
    throw new UsageError(
      "only changed files can be scanned when the change is known (--base, or pr/push mode)"
    );
  }
  const changes = request.changes && "files" in request.changes ? request.changes.files : void 0;
  const onlyFiles = request.changedOnly && changes ? changedFiles(changes) : void 0;
  const scanned = await scan(source, active, {
    ...request.maxFileBytes ? { maxFileBytes: request.maxFileBytes } : {},
    ...onlyFiles && changes ? { onlyFiles, touched: touchedPaths(changes) } : {},
    ...request.inspect ? { inspect: (tree, roots) => request.inspect(tree, roots, ruleSet) } : {}
  });
  const isNew = changes ? introducedBy(changes) : request.changes ? () => true : void 0;
  const unreadable = request.failClosed ? unreadablePaths(scanned.skipped, await source.listing()) : [];
  if (unreadable.length) {
    ruleSet = { ...ruleSet, rules: [...ruleSet.rules, UNREADABLE_RULE] };
    scanned.findings.set(UNREADABLE_RULE.id, unreadable);
  }
  const judgeOn = (when, day) => judge(ruleSet, when, scanned.findings, {
    notApplicable: scanned.notApplicable,
    omitted: scanned.omitted,
    ...isNew ? { isNew } : {},
    suppressions: scanned.suppressions,
    today: day,
    ...request.baseline ? { baseline: request.baseline.baseline } : {}
  });
  let verdict = judgeOn(stage, today);
  let forecast;
  if (next) {
    const then = judgeOn(next.stage, next.begins && next.begins > today ? next.begins : today);
    const touched = changes ? touchedPaths(changes) : void 0;
    const outcome = forecastOf(ruleSet, verdict, then, next, touched ? (p) => touched.has(p) : void 0);
    verdict = { ...verdict, findings: outcome.findings };
    forecast = outcome.forecast;
  }
  const report = buildReport(ruleSet, stage, source.label, verdict, scanned, {
    ...timeline.since && stage === timeline.stage ? { since: timeline.since } : {},
    ...forecast ? { forecast } : {},
    ...request.baseline ? { baselineFile: request.baseline.file } : {},
    ...request.changes ? {
      change: "files" in request.changes ? { base: request.changes.base, files: request.changes.files.size } : { base: request.changes.base, files: 0, unknown: request.changes.unknown }
    } : {},
    ...isNew ? {
      isNewLine: (path, line) => isNew({ path, message: "", region: { line, column: 1, endLine: line, endColumn: 1 } })
    } : {}
  });
  return {
    report,
    omitted: scanned.omitted,
    ...request.inspect ? { inspection: scanned.inspection } : {}
  };
}
function changedFiles(changes) {
  return new Set([...changes].filter(([, c]) => c.status !== "removed").map(([path]) => path));
}
function touchedPaths(changes) {
  const out = /* @__PURE__ */ new Set();
  for (const [path, change] of changes) {
    out.add(path);
    if (change.previousPath) out.add(change.previousPath);
  }
  return out;
}
function relativeChanges(changes, prefix) {
  if (!prefix) return new Map(changes);
  const strip = (p) => p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : void 0;
  const out = /* @__PURE__ */ new Map();
  for (const [path, change] of changes) {
    const inside = strip(path);
    if (inside === void 0) continue;
    const previous = change.previousPath ? strip(change.previousPath) : void 0;
    out.set(inside, { ...change, ...previous ? { previousPath: previous } : {} });
  }
  return out;
}
async function changesSince(directory, base) {
  const root = await repositoryRoot(directory);
  if (!root) throw new UsageError(`--base needs a git checkout; ${directory} is not inside one`);
  const prefix = relative(root, resolve(directory)).split(sep).join("/");
  return { base, files: relativeChanges(await gitChanges(root, base), prefix) };
}
async function readBaseline(file) {
  const text = await readFile(file, "utf8").catch((error) => {
    throw new UsageError(
      error.code === "ENOENT" ? `baseline not found: ${file} (create it with \`migration-gate baseline\`)` : `cannot read baseline ${file}: ${error.code}`
    );
  });
  return { file, baseline: parseBaseline(text, file) };
}
async function takeBaseline(request) {
  const { report, omitted } = await scanSource(await directorySource(request.directory), {
    ...request,
    everyRule: true
  });
  const extra = [...omitted].flatMap(
    ([rule, byPath]) => [...byPath].map(([path, lines]) => ({ rule, path, count: omittedLineCount(lines) }))
  );
  return renderBaseline({ ruleset: report.ruleset.name, entries: countFindings(report.findings, extra) });
}

export {
  displayName,
  addedLines,
  hasCommit,
  repositoryRoot,
  gitChanges,
  showFile,
  CONFIG_FILES,
  AUTO,
  oneAtATime,
  LocalDirectory,
  formatBytes,
  scanDirectory,
  scanSource,
  relativeChanges,
  changesSince,
  readBaseline,
  takeBaseline
};
