import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  findSuppressions
} from "./chunk-N5M66AOG.js";
import {
  combineProfiles,
  compileRoots,
  declaredRequirements,
  describeRequirement,
  importCandidates,
  loadRuleSet,
  profileDocument,
  readRuleSet
} from "./chunk-MWZUZHCR.js";
import {
  fileTypeOf,
  statementPlaces
} from "./chunk-ZLGMLFRG.js";
import {
  DEFAULT_PHASE_TITLES
} from "./chunk-GAMSNZDU.js";
import {
  Minimatch,
  compileGlobs
} from "./chunk-LNJJTR4R.js";
import {
  appendAll
} from "./chunk-2NCX2ZWH.js";
import {
  ConfigError
} from "./chunk-5OBZHJR5.js";
import {
  escapeRegex,
  parseImportStatement,
  parsePython,
  parsePythonImports
} from "./chunk-O63SYX52.js";
import {
  LineIndex
} from "./chunk-X4QDXHRQ.js";

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
    const also = this.lookedAlso.indexOf(text);
    if (also !== -1) return (this.presentAlso & 1 << also) !== 0;
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
  /** The tree-level rules' texts, when a tree-level check read the file, and which are present. */
  lookedAlso = [];
  presentAlso = 0;
  /**
   * Finds the tree-level rules' texts in one pass, when a tree-level check reads the file (a package
   * read again by ten rules asked `contains` ten times per file, each an `includes` over the file).
   * A bit mask, like the file pass's: thousands of files kept for the tree pass hold no map each.
   */
  lookAlso(texts) {
    if (this.lookedAlso.length > 0 || texts.length < 2 || texts.length > MAX_TEXTS) return;
    this.presentAlso = textsIn(this.text, texts);
    this.lookedAlso = texts;
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
  /** The texts tree-level rules look for (the same list for every file: textsIn keeps its regexes per list). */
  treeTexts = [];
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
    read: (path) => files.has(path) ? loader.load(path).then((file) => {
      file?.lookAlso(loader.treeTexts);
      return file;
    }) : Promise.resolve(void 0),
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

// src/rules/auto.ts
var DRUM_PACKAGE = "custom_model_runner/datarobot_drum";
var FROM_DATAROBOT = /^\s*FROM\s+(?:--\S+\s+)*(\S*datarobot\/\S+)/im;
var DRUM_SERVER = /\bdrum\s+server\b/;
var DRUM_HOOK = /^\s*def\s+(load_model|score|score_unstructured|transform|fit|init|chat)\s*\(/m;
var FLASK_IMPORT = /^[ \t]*(?:from[ \t]+(?:flask|werkzeug)(?:\.\w+)*[ \t]+import\b|import[ \t]+(?:flask|werkzeug)\b)/m;
var FLASK_PACKAGES = /* @__PURE__ */ new Set(["flask"]);
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
    const hit = (await declaredRequirements(tree, path)).find(
      (d) => FLASK_PACKAGES.has(d.normalized) && d.lockedFor === void 0
    );
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
async function profilesFor(source, listing) {
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
  return { chosen, roots };
}
async function autoRuleSet(source, listing) {
  const { chosen } = await profilesFor(source, listing);
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

export {
  decodeText,
  FileLoader,
  treeView,
  Roots,
  rootLabel,
  CONFIG_FILES,
  AUTO,
  chooseRuleSet,
  profilesFor,
  listedOnce
};
