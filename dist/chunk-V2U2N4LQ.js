import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  FileLoader,
  Roots,
  chooseRuleSet,
  listedOnce,
  rootLabel,
  treeView
} from "./chunk-W7IGUFQP.js";
import {
  addOmittedLine,
  compareText,
  countFindings,
  forecastOf,
  judge,
  omittedLineCount,
  parseBaseline,
  renderBaseline
} from "./chunk-AMYM5BO3.js";
import {
  MAX_FINDINGS_PER_FILE,
  MAX_FINDINGS_PER_SCAN
} from "./chunk-LXXCJO2X.js";
import {
  LocalDirectory,
  displayName
} from "./chunk-KMBNRKZF.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-G35L3SEP.js";
import {
  KINDS,
  declaredRequirements,
  describeRequirement,
  overlaps
} from "./chunk-MWZUZHCR.js";
import {
  fileTypeOf
} from "./chunk-ZLGMLFRG.js";
import {
  enforcementIn,
  resolveEnforcement
} from "./chunk-GAMSNZDU.js";
import {
  compileGlobs,
  firstSegments,
  isLiteralPath,
  literalPrefix
} from "./chunk-LNJJTR4R.js";
import {
  groupBy
} from "./chunk-2NCX2ZWH.js";
import {
  timelineOn,
  todayUtc
} from "./chunk-J22OGSNJ.js";
import {
  UsageError
} from "./chunk-5OBZHJR5.js";
import {
  plural,
  withArticle
} from "./chunk-7WBFJJUZ.js";

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
var kindSays = (rule, property) => typeof property === "function" ? property(rule.compiled) : property === true;
var globsOf = /* @__PURE__ */ new WeakMap();
function ruleContext(rule, root, notApplicable) {
  let perGlob = globsOf.get(rule);
  if (!perGlob) globsOf.set(rule, perGlob = rule.files.map((g) => [g, compileGlobs([g])]));
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
  loader.treeTexts = [...new Set(treeRules.flatMap((r) => r.module.lookFor?.(r.compiled) ?? []))];
  loader.retainAlso(
    treeRules.filter((r) => kindSays(r, r.module.readsInTree)).flatMap((r) => selectedBy.get(r))
  );
  const fileIndex = new RuleIndex(scoped.filter((r) => r.module.checkFile));
  const selectedFiles = /* @__PURE__ */ new Map();
  const running = new Set(treeRules.filter((r) => kindSays(r, r.module.gathersForTree)));
  const work = [];
  const treeParts = /* @__PURE__ */ new WeakMap();
  for (const path of listing.files) {
    const forFile = fileIndex.selecting(path);
    if (forFile.length === 0) continue;
    for (const rule of forFile) selectedFiles.set(rule.id, (selectedFiles.get(rule.id) ?? 0) + 1);
    if (!options2.onlyFiles || options2.onlyFiles.has(path)) {
      work.push({ path, rules: forFile });
      continue;
    }
    let forTree = treeParts.get(forFile);
    if (!forTree) treeParts.set(forFile, forTree = forFile.filter((r) => running.has(r)));
    if (forTree.length > 0) work.push({ path, rules: forTree, forTree: true });
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
  let done = 0;
  await inPool(work, CONCURRENCY, async ({ path, rules: forFile, forTree }) => {
    const file = await loader.load(path);
    if (file) {
      const check = async () => {
        file.lookFor(textsFor(forFile));
        for (const rule of forFile) {
          const list = await rule.module.checkFile(file, rule.compiled, tree);
          if (list.length > 0 && !forTree) record(rule.id, list);
        }
      };
      await (file.text.length > LARGE_FILE_CHARACTERS ? largeFiles(check) : check());
    }
    loader.release(path);
    options2.onProgress?.(++done, work.length);
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
    const grouped = rule.scopes === void 0 ? void 0 : groupBy(selected, rule.rootOfPath);
    const calls = rule.scopes === void 0 ? [[void 0, selected]] : rule.scopes.map((root) => [root, grouped.get(root) ?? []]);
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
        candidates.length === 1 ? `in the only ${rule.root.name} folder (${rootLabel(candidates[0])}): ${summarize(misses)}` : `in none of the ${plural(candidates.length, `${rule.root.name} folder`)}: ${summarize(misses)}`
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
    ...request.inspect ? { inspect: (tree, roots) => request.inspect(tree, roots, ruleSet) } : {},
    ...request.onProgress ? { onProgress: request.onProgress } : {}
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
  addedLines,
  hasCommit,
  repositoryRoot,
  gitChanges,
  showFile,
  oneAtATime,
  scanDirectory,
  scanSource,
  relativeChanges,
  changesSince,
  readBaseline,
  takeBaseline
};
