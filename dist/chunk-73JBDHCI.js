import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  compareText,
  countFindings,
  findSuppressions,
  judge,
  parseBaseline,
  renderBaseline
} from "./chunk-B4GS4ZWT.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-G35L3SEP.js";
import {
  compileRuleSet,
  importCandidates,
  statementPlaces
} from "./chunk-DNCIOBVT.js";
import {
  compileGlobs,
  firstSegments,
  resolveEnforcement
} from "./chunk-SBCWM3BY.js";
import {
  appendAll
} from "./chunk-2NCX2ZWH.js";
import {
  ConfigError,
  UsageError
} from "./chunk-KNG67IWB.js";
import {
  LineIndex,
  escapeRegex,
  parseImportStatement,
  parsePython,
  parsePythonImports
} from "./chunk-MNXL75AL.js";

// src/pipeline.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";

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
  constructor(source, maxFileBytes, retain) {
    this.source = source;
    this.maxFileBytes = maxFileBytes;
    this.retain = retain;
  }
  source;
  maxFileBytes;
  retain;
  cache = /* @__PURE__ */ new Map();
  skipped = [];
  suppressions = [];
  files = 0;
  bytes = 0;
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
      const segments = firstSegments(rule.files);
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
        const key = JSON.stringify([rule.files, rule.exclude]);
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

// src/engine/scan.ts
var DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
var CONCURRENCY = 8;
function ruleContext(rule) {
  const perGlob = rule.files.map((g) => [g, compileGlobs([g])]);
  return {
    id: rule.id,
    files: rule.files,
    unmatchedGlobs: (paths) => perGlob.filter(([, match]) => !paths.some(match)).map(([g]) => g)
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
async function scan(source, rules, options = {}) {
  const started = performance.now();
  const listing = await source.list();
  const findings = new Map(rules.map((r) => [r.id, []]));
  const touched = options.touched && withFolders(options.touched);
  const untouched = rules.filter(
    (r) => r.module.checkTree && touched && ![...touched].some((p) => r.selects(p) || r.module.watches?.(r.compiled, p))
  );
  const treeRules = rules.filter((r) => r.module.checkTree && !untouched.includes(r));
  const selectedBy = new Map(treeRules.map((r) => [r, []]));
  const treeIndex = new RuleIndex(treeRules);
  const directoryIndex = new RuleIndex(treeRules.filter((r) => r.module.matchesDirectories));
  for (const path of listing.files)
    for (const rule of treeIndex.selecting(path)) selectedBy.get(rule).push(path);
  for (const path of [...listing.directories, ...listing.links])
    for (const rule of directoryIndex.selecting(path)) selectedBy.get(rule).push(path);
  const readsInTree = (r) => typeof r.module.readsInTree === "function" ? r.module.readsInTree(r.compiled) : r.module.readsInTree;
  const retain = new Set(treeRules.filter(readsInTree).flatMap((r) => selectedBy.get(r)));
  const loader = new FileLoader(source, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, retain);
  const notes = /* @__PURE__ */ new Map();
  const sections = {};
  const tree = treeView(listing, loader, notes, sections);
  const fileIndex = new RuleIndex(rules.filter((r) => r.module.checkFile));
  const work = listing.files.filter((path) => !options.onlyFiles || options.onlyFiles.has(path)).map((path) => ({ path, rules: fileIndex.selecting(path) })).filter((w) => w.rules.length > 0);
  const texts = /* @__PURE__ */ new WeakMap();
  const textsFor = (forFile) => {
    let union = texts.get(forFile);
    if (!union) {
      union = [...new Set(forFile.flatMap((r) => r.module.lookFor?.(r.compiled) ?? []))];
      texts.set(forFile, union);
    }
    return union;
  };
  await inPool(work, CONCURRENCY, async ({ path, rules: forFile }) => {
    const file = await loader.load(path);
    if (file) {
      file.lookFor(textsFor(forFile));
      for (const rule of forFile) {
        const list = await rule.module.checkFile(file, rule.compiled, tree);
        if (list.length > 0) appendAll(findings.get(rule.id), list);
      }
    }
    loader.release(path);
  });
  for (const rule of untouched)
    tree.note({ path: ".", message: `rule '${rule.id}' was not run: the change touches none of its files` });
  for (const rule of treeRules) {
    appendAll(
      findings.get(rule.id),
      await rule.module.checkTree(tree, rule.compiled, ruleContext(rule), selectedBy.get(rule))
    );
  }
  const inspection = options.inspect ? await options.inspect(tree) : void 0;
  const skipped = [...listing.skipped, ...loader.skipped].sort((a, b) => compareText(a.path, b.path));
  return {
    findings,
    skipped,
    sections,
    ...options.inspect ? { inspection } : {},
    suppressions: loader.suppressions.sort((a, b) => compareText(a.path, b.path) || a.line - b.line),
    notes: [...notes.values()].sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)),
    stats: { files: loader.files, bytes: loader.bytes, durationMs: Math.round(performance.now() - started) }
  };
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
var unquote = (p) => p.startsWith('"') ? JSON.parse(p) : p;
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
function introducedBy(changes) {
  return (finding) => {
    const change = changes.get(finding.path);
    if (!change || change.status === "removed") return false;
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
    ruleset: { name: ruleSet.name, stage, file: ruleSet.file },
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
    ...context.change ? { change: context.change } : {}
  };
}

// src/rules/default-rules.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var DEFAULT_RULES_NAME = "rules/drum-flask-removal.yml";
function defaultRulesPath() {
  for (const up of ["../", "../../"]) {
    const candidate = fileURLToPath(new URL(`${up}${DEFAULT_RULES_NAME}`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL(`../${DEFAULT_RULES_NAME}`, import.meta.url));
}
function bundledRuleText(text, snapshotJson = false ? void 0 : '{"text":"# yaml-language-server: $schema=./schema.json\\n#\\n# DRUM: removing Flask and Werkzeug (+ gunicorn, gevent) after the FastAPI migration.\\n# Every rule enforces one item of the migration strategy\'s phase checklist; `title` is the checklist\\n# wording. Paths are those of datarobot/datarobot-user-models.\\n#\\n# Enforcement follows the dual-support timeline:\\n# - removals (Flask code that must go) are a notice in beta, a warning in rc, block only what a change\\n#   introduces in lts, and block everything in decommission;\\n# - additions the FastAPI server needs (the feature flag, middleware, worker context, StreamingResponse,\\n#   FastAPI test fixtures) warn in beta and block from rc on, when FastAPI becomes the default.\\nname: DRUM Flask removal\\ndescription: >-\\n  Gate for DataRobot DRUM\'s move from Flask/Werkzeug (+ gunicorn, gevent) to FastAPI/uvicorn,\\n  derived item by item from the strategy \\"Removing Flask and Werkzeug\\".\\nstage: beta\\nphases:\\n  0: Prerequisites & Environment Audit\\n  1: Cleanup\\n  2: Refactoring\\n  3: Dependencies\\n  4: Test Cleanup\\n  5: Environment & Docker Updates\\n\\nrules:\\n  # ---------------------------------------------------------------- Phase 0: prerequisites\\n  - id: python-3-8-in-target-environments\\n    phase: 0\\n    title: \'Python Version Audit: ensure all target environments and base images support Python 3.8+\'\\n    kind: python-version\\n    files:\\n      - custom_model_runner/setup.py\\n      - custom_model_runner/setup.cfg\\n      - custom_model_runner/pyproject.toml\\n      - \'{public_dropin_environments,public_dropin_environments_sandbox,example_dropin_environments}/**/{Dockerfile,Dockerfile.*,*.Dockerfile,setup.py,pyproject.toml,Pipfile,.python-version,runtime.txt,environment*.yml,environment*.yaml}\'\\n      - \'.github/workflows/*.{yml,yaml}\'\\n    min: \'3.8\'\\n    message: FastAPI and Uvicorn require Python 3.8 or higher.\\n    remediation: Move the environment to a Python 3.8+ base image (3.11 or newer recommended) and raise python_requires / requires-python to >=3.8.\\n    enforce: error\\n\\n  - id: pydantic-v1-pins-with-fastapi\\n    phase: 0\\n    title: \'Dependency Audit: check for potential conflicts with existing user dependencies (e.g. `pydantic` versions)\'\\n    kind: dependency-conflict\\n    files:\\n      - \'custom_model_runner/{requirements*.txt,setup.py,setup.cfg,pyproject.toml}\'\\n      - \'docker/**/{Dockerfile,Dockerfile.*,requirements*.txt}\'\\n      - \'{public_dropin_environments,public_dropin_environments_sandbox,example_dropin_environments}/**/{Dockerfile,Dockerfile.*,requirements*.txt,pyproject.toml,setup.py,environment*.yml}\'\\n    when: fastapi>=0.100\\n    conflicts: [\'pydantic<2\', \'langchain<0.1\', \'mlflow<2.9\', \'ray<2.8\']\\n    message: FastAPI 0.100 and later require pydantic v2; these pins keep pydantic v1 (pip then silently resolves an old FastAPI, or fails).\\n    remediation: Upgrade the pinned package to a pydantic-v2-compatible release (pydantic>=2, langchain>=0.1, mlflow>=2.9, ray>=2.8), or pin fastapi<0.100 in this environment until it can.\\n    enforce: error\\n\\n  - id: fastapi-feature-flag-defined\\n    phase: 0\\n    title: \'Feature Flag Setup: implement `DRUM_FASTAPI_ENABLED` to allow controlled rollout\'\\n    kind: required-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/enum.py]\\n    pattern: \\"\\\\\\\\bDRUM_FASTAPI_ENABLED\\\\\\\\b\\"\\n    in: [code, strings]\\n    message: The FastAPI rollout is switched by the `DRUM_FASTAPI_ENABLED` flag, defined with DRUM\'s other constants.\\n    remediation: Add `DRUM_FASTAPI_ENABLED = \\"DRUM_FASTAPI_ENABLED\\"` to enum.py and read it where the server type is chosen.\\n    enforce: error\\n\\n  # ---------------------------------------------------------------- Phase 1: cleanup\\n  - id: gunicorn-directory\\n    phase: 1\\n    title: Remove `custom_model_runner/datarobot_drum/drum/gunicorn/` directory\\n    kind: forbidden-path\\n    files: [custom_model_runner/datarobot_drum/drum/gunicorn]\\n    message: The gunicorn launcher only serves the Flask WSGI app; uvicorn replaces it.\\n    remediation: Delete the directory and launch the server with `fastapi/run_uvicorn.py`.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: flask-app-factory-in-server\\n    phase: 1\\n    title: Remove `create_flask_app`, `get_flask_app` from `server.py`\\n    kind: forbidden-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/server.py]\\n    pattern: \\"\\\\\\\\b(?:create_flask_app|get_flask_app)\\\\\\\\b\\"\\n    in: code\\n    message: The Flask app factories go away with the Flask server.\\n    remediation: Build the app with the FastAPI app factory (`fastapi/app.py`) and delete these functions.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: flask-app-factory-imported\\n    phase: 1\\n    title: Remove `create_flask_app`, `get_flask_app` from `server.py`\\n    kind: forbidden-import\\n    files: [\'custom_model_runner/**/*.py\', \'tests/**/*.py\']\\n    modules:\\n      - datarobot_drum.drum.server.create_flask_app\\n      - datarobot_drum.drum.server.get_flask_app\\n      - datarobot_drum.drum.server.base_api_blueprint\\n    message: Callers of the Flask app factories keep them alive.\\n    remediation: Import the FastAPI app factory instead; drop the Flask code path.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: flask-blueprint-in-server\\n    phase: 1\\n    title: Remove all `Blueprint` logic from `server.py`\\n    kind: forbidden-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/server.py]\\n    pattern: \\"\\\\\\\\bBlueprint\\\\\\\\b\\"\\n    in: code\\n    message: Blueprints are Flask-only.\\n    remediation: Register the routes on a FastAPI `APIRouter`.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: flask-error-handlers\\n    phase: 1\\n    title: Remove Flask-specific error handlers\\n    kind: forbidden-pattern\\n    files: [\'custom_model_runner/**/*.py\']\\n    pattern: \\"\\\\\\\\.(?:errorhandler|register_error_handler)\\\\\\\\b\\"\\n    in: code\\n    message: \\"`errorhandler`/`register_error_handler` are Flask\'s error-handling hooks.\\"\\n    remediation: \'Use `app.add_exception_handler(...)` / `@app.exception_handler(...)` and keep Flask\'\'s `{\\"message\\": ...}` response shape.\'\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  # ---------------------------------------------------------------- Phase 2: refactoring\\n  - id: isinstance-flask-app\\n    phase: 2\\n    title: In `prediction_server.py`, remove all conditional checks `if isinstance(self.app, Flask)`\\n    kind: forbidden-pattern\\n    files: [\'custom_model_runner/**/*.py\']\\n    pattern: \\"isinstance\\\\\\\\(\\\\\\\\s*self\\\\\\\\.app\\\\\\\\s*,\\\\\\\\s*(?:\\\\\\\\w+\\\\\\\\.)?Flask\\\\\\\\s*\\\\\\\\)\\"\\n    in: code\\n    message: With FastAPI the only app type, branching on the app type is dead code.\\n    remediation: Keep the FastAPI branch and delete the Flask one.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: flask-app-constructed\\n    phase: 2\\n    title: Make `FastAPI` the only supported app type\\n    kind: forbidden-pattern\\n    files: [\'custom_model_runner/**/*.py\']\\n    exclude: [\'custom_model_runner/datarobot_drum/drum/gunicorn/**\']\\n    pattern: \\"\\\\\\\\b(?:flask\\\\\\\\.)?Flask\\\\\\\\s*\\\\\\\\(\\"\\n    in: code\\n    message: DRUM must not create Flask apps any more.\\n    remediation: Create the app with the FastAPI app factory.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: flask-stack-import-in-runner\\n    phase: 2\\n    title: Make `FastAPI` the only supported app type\\n    kind: forbidden-import\\n    files: [\'custom_model_runner/**/*.py\']\\n    exclude: [\'custom_model_runner/datarobot_drum/drum/gunicorn/**\']\\n    modules: [flask, werkzeug, gunicorn, gevent]\\n    message: The runner must not depend on Flask, Werkzeug, gunicorn or gevent.\\n    remediation: Use the FastAPI/Starlette equivalent (Request, Response, StreamingResponse, HTTPException) or remove the code path.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: timeout-wsgi-request-handler\\n    phase: 2\\n    title: Remove `TimeoutWSGIRequestHandler` as it\'s Flask/Werkzeug specific\\n    kind: forbidden-pattern\\n    files: [\'custom_model_runner/**/*.py\']\\n    pattern: \\"\\\\\\\\bTimeoutWSGIRequestHandler\\\\\\\\b\\"\\n    in: code\\n    message: The Werkzeug request handler does nothing under uvicorn.\\n    remediation: Configure timeouts through uvicorn (`timeout_keep_alive`) in the uvicorn config.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: resource-monitor-flask-request\\n    phase: 2\\n    title: \'Refactor `ResourceMonitor`: remove imports of `flask.request`\'\\n    kind: forbidden-import\\n    files: [custom_model_runner/datarobot_drum/drum/resource_monitor.py]\\n    modules: [flask]\\n    message: ResourceMonitor must not depend on Flask\'s request context.\\n    remediation: Pass what the monitor needs as arguments instead of reading `flask.request`.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: resource-monitor-tree-climbing\\n    phase: 2\\n    title: \'Refactor `ResourceMonitor`: ensure `collect_drum_info()` uses the tree-climbing logic to find the `entry_point` process\'\\n    kind: required-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/resource_monitor.py]\\n    pattern: \\"\\\\\\\\.parents?\\\\\\\\(\\"\\n    in: code\\n    within: [collect_drum_info]\\n    message: Under uvicorn the DRUM entry point can be several processes up; a fixed parent lookup misses it.\\n    remediation: In `collect_drum_info()`, walk `psutil.Process().parents()` until the `entry_point` process is found.\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: resource-monitor-cgroups-v2\\n    phase: 2\\n    title: \'Refactor `ResourceMonitor`: fully transition to Cgroups v2 as the primary memory discovery mechanism\'\\n    kind: required-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/resource_monitor.py]\\n    pattern: \\"memory\\\\\\\\.(?:max|current)\\\\\\\\b\\"\\n    in: [code, strings]\\n    message: Memory limits must be read from cgroup v2 (`memory.max`, `memory.current`) first.\\n    remediation: Read `/sys/fs/cgroup/memory.max` and `memory.current`; keep cgroup v1 only as a fallback.\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: stdout-flusher-after-request\\n    phase: 2\\n    title: \'Refactor `StdoutFlusher`: remove the `after_request` integration\'\\n    kind: forbidden-pattern\\n    files: [\'custom_model_runner/**/*.py\']\\n    pattern: \\"\\\\\\\\bafter_request\\\\\\\\b\\"\\n    in: code\\n    message: \'`after_request` is a Flask hook; activity tracking moves to middleware.\'\\n    remediation: Delete the hook; `StdoutFlusherMiddleware` records activity for every request.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: stdout-flusher-middleware\\n    phase: 2\\n    title: \'Refactor `StdoutFlusher`: exclusively use `StdoutFlusherMiddleware` for activity tracking\'\\n    kind: required-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/fastapi/server.py]\\n    pattern: \\"\\\\\\\\bStdoutFlusherMiddleware\\\\\\\\b\\"\\n    in: code\\n    message: The FastAPI server records request activity for the stdout flusher through `StdoutFlusherMiddleware`.\\n    remediation: Define `StdoutFlusherMiddleware` in `fastapi/server.py` and add it with `app.add_middleware(...)`.\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: stdout-flusher-worker-ctx\\n    phase: 2\\n    title: \\"Refactor `StdoutFlusher`: ensure the flusher thread\'s lifecycle is strictly tied to `FastAPIWorkerCtx`\\"\\n    kind: required-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/fastapi/context.py]\\n    pattern: \\"\\\\\\\\bStdoutFlusher\\\\\\\\b\\"\\n    in: code\\n    within: [FastAPIWorkerCtx]\\n    message: The flusher thread must start and stop with the uvicorn worker, not with the process.\\n    remediation: Create, start and stop the `StdoutFlusher` in `FastAPIWorkerCtx` (start in the lifespan start-up, stop on shutdown).\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: setup-otel-flask-specific\\n    phase: 2\\n    title: \'Refactor `common.py`: update `setup_otel` to detect multiprocessing in a server-agnostic way\'\\n    kind: forbidden-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/common.py]\\n    pattern: \\"\\\\\\\\b(?:flask|gunicorn|werkzeug)\\\\\\\\b\\"\\n    ignoreCase: true\\n    within: [setup_otel]\\n    message: \'`setup_otel` must not assume a Flask/gunicorn process model (comments included).\'\\n    remediation: Detect multiprocessing from the worker count / process role, whatever the server, and reword the comments.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: predict-mixin-flask-request-response\\n    phase: 2\\n    title: \'Refactor `PredictMixin`: remove `flask.request` and `flask.Response`\'\\n    kind: forbidden-import\\n    files: [custom_model_runner/datarobot_drum/drum/root_predictors/predict_mixin.py]\\n    modules: [flask.request, flask.Response]\\n    message: PredictMixin must work without Flask\'s request and response objects.\\n    remediation: Read the request through `RequestAdapter` and return FastAPI/Starlette responses.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: predict-mixin-request-adapter\\n    phase: 2\\n    title: \'Refactor `PredictMixin`: make `RequestAdapter` the mandatory way to access request data\'\\n    kind: forbidden-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/root_predictors/predict_mixin.py]\\n    pattern: \\"(?<![.\\\\\\\\w])request\\\\\\\\.(?:json|data|args|form|files|headers|values|get_data|get_json|mimetype|content_type|content_length|method)\\\\\\\\b\\"\\n    in: code\\n    message: Reading the global `request` object ties PredictMixin to one server.\\n    remediation: Use the `RequestAdapter` passed to the handler (`adapter.json`, `adapter.headers`, ...).\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: stream-with-context\\n    phase: 2\\n    title: \\"Refactor `PredictMixin`: replace `stream_with_context` with FastAPI\'s `StreamingResponse`\\"\\n    kind: forbidden-pattern\\n    files: [\'custom_model_runner/**/*.py\']\\n    pattern: \\"\\\\\\\\bstream_with_context\\\\\\\\b\\"\\n    in: code\\n    message: \\"`stream_with_context` keeps Flask\'s request context alive while streaming; FastAPI streams with `StreamingResponse`.\\"\\n    remediation: Return `StreamingResponse(generator, media_type=...)`.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: predict-mixin-streaming-response\\n    phase: 2\\n    title: \\"Refactor `PredictMixin`: replace `stream_with_context` with FastAPI\'s `StreamingResponse`\\"\\n    kind: required-pattern\\n    files: [custom_model_runner/datarobot_drum/drum/root_predictors/predict_mixin.py]\\n    pattern: \\"\\\\\\\\bStreamingResponse\\\\\\\\b\\"\\n    in: code\\n    message: Streaming responses (chat completions) must be FastAPI `StreamingResponse`s.\\n    remediation: Import `StreamingResponse` from `fastapi.responses` (or `starlette.responses`) and return it for streamed output.\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: fastapi-route-parity\\n    phase: 2\\n    title: \'Endpoints: ensure consistency between `/ping/` and `/ping`; FastAPI serves every Flask endpoint\'\\n    kind: route-parity\\n    files:\\n      - custom_model_runner/datarobot_drum/drum/server.py\\n      - custom_model_runner/datarobot_drum/drum/root_predictors/prediction_server.py\\n    fastapi: [\'custom_model_runner/datarobot_drum/drum/fastapi/**/*.py\']\\n    health: [/ping]\\n    message: Clients (health checkers, the DataRobot platform, the OpenAI client) call these paths directly and may not follow redirects.\\n    remediation: Register a FastAPI route for every Flask method and path, in every form Flask serves directly; serve health paths both ways (stacked `@router.get(\\"/ping\\")` and `@router.get(\\"/ping/\\")`).\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: otel-excludes-health-endpoints\\n    phase: 2\\n    title: \'Health Checks: exclude health endpoints from OTel tracing to reduce noise\'\\n    kind: required-pattern\\n    files: [\'custom_model_runner/datarobot_drum/drum/fastapi/**/*.py\']\\n    pattern: \\"\\\\\\\\bexcluded_urls\\\\\\\\b|OTEL_PYTHON_(?:FASTAPI_)?EXCLUDED_URLS\\"\\n    in: [code, strings]\\n    scope: any\\n    message: Every health probe becomes a trace unless the health endpoints are excluded from instrumentation.\\n    remediation: Instrument with `FastAPIInstrumentor.instrument_app(app, excluded_urls=\\"ping,health\\")` (or set OTEL_PYTHON_FASTAPI_EXCLUDED_URLS).\\n    enforce: { beta: notice, rc: warning }\\n\\n  - id: fastapi-error-handler\\n    phase: 2\\n    title: \'Errors: standardize error messages to match Flask format for client compatibility\'\\n    kind: required-pattern\\n    files: [\'custom_model_runner/datarobot_drum/drum/fastapi/**/*.py\']\\n    pattern: \\"\\\\\\\\b(?:add_exception_handler|exception_handler)\\\\\\\\b\\"\\n    in: code\\n    scope: any\\n    message: \'FastAPI answers errors with `{\\"detail\\": ...}`; DRUM\'\'s clients expect Flask\'\'s `{\\"message\\": ...}`.\'\\n    remediation: \'Register exception handlers (`@app.exception_handler(HTTPException)` and `Exception`) that return `JSONResponse({\\"message\\": ...}, status_code=...)`.\'\\n    enforce: { beta: warning, rc: error }\\n\\n  # ---------------------------------------------------------------- Phase 3: dependencies\\n  - id: runner-requirements-flask-stack\\n    phase: 3\\n    title: Remove `flask`, `gunicorn`, `gevent`, `werkzeug` from `requirements.txt`\\n    kind: forbidden-dependency\\n    files: [\'custom_model_runner/requirements*.txt\']\\n    packages: [flask, gunicorn, gevent, werkzeug]\\n    message: DRUM\'s runner must not install the Flask stack any more.\\n    remediation: Delete these lines; FastAPI, uvicorn[standard] and httpx replace them.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: runner-setup-flask-stack\\n    phase: 3\\n    title: Remove `flask`, `gunicorn`, `gevent`, `werkzeug` from the runner\'s setup metadata\\n    kind: forbidden-dependency\\n    files: [custom_model_runner/setup.py, custom_model_runner/setup.cfg, custom_model_runner/pyproject.toml]\\n    packages: [flask, gunicorn, gevent, werkzeug]\\n    message: The `datarobot-drum` package must not depend on the Flask stack any more.\\n    remediation: Remove them from install_requires / dependencies (and from extras).\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  # ---------------------------------------------------------------- Phase 4: tests\\n  - id: custom-flask-functional-test\\n    phase: 4\\n    title: Remove `tests/functional/test_drum_server_custom_flask.py`\\n    kind: forbidden-path\\n    files: [tests/functional/test_drum_server_custom_flask.py]\\n    message: The custom-Flask-extension test has nothing to test once Flask is gone.\\n    remediation: Delete the file (port any behaviour still needed to a FastAPI extension test).\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: custom-flask-auth-fixture\\n    phase: 4\\n    title: Remove `tests/fixtures/custom_flask_demo_auth.py`\\n    kind: forbidden-path\\n    files: [tests/fixtures/custom_flask_demo_auth.py]\\n    message: The Flask auth demo fixture only serves the custom-Flask test.\\n    remediation: Delete the file.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: conftest-fastapi-fixtures\\n    phase: 4\\n    title: Update `tests/unit/datarobot_drum/drum/conftest.py` with FastAPI fixtures\\n    kind: required-pattern\\n    files: [tests/unit/datarobot_drum/drum/conftest.py]\\n    pattern: \\"\\\\\\\\b(?:fastapi|TestClient|AsyncClient)\\\\\\\\b\\"\\n    in: code\\n    message: Unit tests need FastAPI fixtures (an app and a `TestClient`/`httpx.AsyncClient`).\\n    remediation: Add fixtures that build the FastAPI app and a `fastapi.testclient.TestClient` for it.\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: test-model-templates-backends\\n    phase: 4\\n    title: Update `tests/unit/datarobot_drum/drum/test_model_templates.py` to support multiple backends\\n    kind: required-pattern\\n    files: [tests/unit/datarobot_drum/drum/test_model_templates.py]\\n    pattern: \'fastapi\'\\n    ignoreCase: true\\n    in: [code, strings]\\n    message: Model template tests must run against the FastAPI backend too.\\n    remediation: Parametrize the tests over the server type (`flask`, `fastapi`) or over both app fixtures.\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: test-request-headers-tracing-fastapi\\n    phase: 4\\n    title: Update `tests/unit/datarobot_drum/drum/test_request_headers_tracing.py` for FastAPI compatibility\\n    kind: required-pattern\\n    files: [tests/unit/datarobot_drum/drum/test_request_headers_tracing.py]\\n    pattern: \'fastapi\'\\n    ignoreCase: true\\n    in: [code, strings]\\n    message: Header tracing must be tested under FastAPI.\\n    remediation: Run the tracing tests with the FastAPI app fixture.\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: test-prediction-server-fastapi\\n    phase: 4\\n    title: Update `tests/unit/datarobot_drum/drum/test_prediction_server.py`\\n    kind: required-pattern\\n    files: [tests/unit/datarobot_drum/drum/test_prediction_server.py]\\n    pattern: \'fastapi\'\\n    ignoreCase: true\\n    in: [code, strings]\\n    message: The prediction server tests must cover the FastAPI server.\\n    remediation: Test PredictionServer with the FastAPI app fixture.\\n    enforce: { beta: warning, rc: error }\\n\\n  - id: dr-api-mock-server-flask\\n    phase: 4\\n    title: \'Update `tests/functional/test_dr_api_access.py`: migrate mock DataRobot API server from Flask to FastAPI/uvicorn\'\\n    kind: forbidden-import\\n    files: [tests/functional/test_dr_api_access.py]\\n    modules: [flask, werkzeug]\\n    message: The mock DataRobot API server still runs on Flask.\\n    remediation: Serve the mock API with a FastAPI app under uvicorn.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: mlops-mock-server-flask\\n    phase: 4\\n    title: \'Update `tests/functional/test_mlops_monitoring.py`: migrate mock MLOps API server from Flask to FastAPI/uvicorn\'\\n    kind: forbidden-import\\n    files: [tests/functional/test_mlops_monitoring.py]\\n    modules: [flask, werkzeug]\\n    message: The mock MLOps API server still runs on Flask.\\n    remediation: Serve the mock API with a FastAPI app under uvicorn.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: drum-server-flask-assertion\\n    phase: 4\\n    title: Replace `assert response_dict[ModelInfoKeys.DRUM_SERVER] == \\"flask\\"` with a check that supports both or defaults to `fastapi`\\n    kind: forbidden-pattern\\n    files: [\'tests/**/*.py\']\\n    pattern: \\"DRUM_SERVER\\\\\\\\s*\\\\\\\\]\\\\\\\\s*==\\\\\\\\s*[\\\\\\"\']flask[\\\\\\"\']\\"\\n    in: code\\n    message: Tests that insist on the Flask server fail under FastAPI.\\n    remediation: Assert `response_dict[ModelInfoKeys.DRUM_SERVER] in (\\"flask\\", \\"fastapi\\")`, or compare with the server type under test.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: locust-readme-flask\\n    phase: 4\\n    title: Update `tests/locust/README.md` to remove references to Flask and update to FastAPI\\n    kind: forbidden-pattern\\n    files: [tests/locust/README.md]\\n    pattern: \\"\\\\\\\\b(?:flask|gunicorn)\\\\\\\\b\\"\\n    ignoreCase: true\\n    message: The load-testing guide still describes the Flask server.\\n    remediation: Describe running the FastAPI/uvicorn server instead.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: drum-server-run-flask-option\\n    phase: 4\\n    title: Update `DrumServerRun` to default to `fastapi` and remove `flask` option\\n    kind: forbidden-pattern\\n    files: [\'custom_model_runner/**/*.py\', \'tests/**/*.py\']\\n    pattern: \'[\\"\'\']flask[\\"\'\']\'\\n    ignoreCase: true\\n    in: [code, strings]\\n    within: [DrumServerRun]\\n    message: \'`DrumServerRun` must start the FastAPI server by default and no longer offer Flask.\'\\n    remediation: Default the server type to `\\"fastapi\\"` and delete the `\\"flask\\"` choice.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  # ---------------------------------------------------------------- Phase 5: environments and Docker\\n  - id: base-images-install-fastapi-stack\\n    phase: 5\\n    title: \'Update `docker/dropin_env_base/Dockerfile` (and other base images): install `fastapi`, `uvicorn[standard]`, `httpx`\'\\n    kind: required-dependency\\n    files: [\'docker/dropin_env_base*/Dockerfile\']\\n    packages: [fastapi, \'uvicorn[standard]\', httpx]\\n    message: Every base image must be able to run DRUM\'s FastAPI server.\\n    remediation: Install them in the Dockerfile (`pip install fastapi \\"uvicorn[standard]\\" httpx`) or add them to the requirements file the image installs.\\n    enforce: error\\n\\n  - id: base-images-flask-stack\\n    phase: 5\\n    title: \'Update base images: (optional) remove `gunicorn`, `gevent`, `flask` if not needed for backward compatibility\'\\n    kind: forbidden-dependency\\n    files: [\'docker/dropin_env_base*/Dockerfile\']\\n    packages: [flask, gunicorn, gevent, werkzeug]\\n    message: Base images need the Flask stack only while Flask is still supported.\\n    remediation: Drop them once no environment built on this image runs the Flask server.\\n    enforce: { beta: notice, rc: warning, decommission: error }\\n\\n  - id: base-images-python-3-8\\n    phase: 5\\n    title: \'Ensure minimum Python version in base images is 3.8+ as required by FastAPI/Uvicorn\'\\n    kind: python-version\\n    files: [\'docker/**/{Dockerfile,Dockerfile.*,*.Dockerfile}\']\\n    min: \'3.8\'\\n    message: FastAPI and Uvicorn require Python 3.8 or higher in every base image.\\n    remediation: Base the image on Python 3.8+ (for non-Python bases, install python3.8 or newer).\\n    enforce: error\\n\\n  - id: dropin-environments-flask-stack\\n    phase: 5\\n    title: \'Audit all `public_dropin_environments` and `public_dropin_environments_sandbox` for Flask usage and provide migration path for each\'\\n    kind: forbidden-dependency\\n    files:\\n      - \'{public_dropin_environments,public_dropin_environments_sandbox}/**/{Dockerfile,Dockerfile.*,requirements*.txt,pyproject.toml,setup.py,environment*.yml}\'\\n    packages: [flask, werkzeug, gunicorn, gevent]\\n    message: This drop-in environment still installs the Flask stack.\\n    remediation: Migration path - drop flask/werkzeug/gunicorn/gevent from the environment, install fastapi, uvicorn[standard] and httpx (or rebuild on a FastAPI base image), and run with DRUM_SERVER_TYPE=fastapi.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: dropin-environments-flask-code\\n    phase: 5\\n    title: \'Audit all `public_dropin_environments` and `public_dropin_environments_sandbox` for Flask usage and provide migration path for each\'\\n    kind: forbidden-import\\n    files: [\'{public_dropin_environments,public_dropin_environments_sandbox}/**/*.py\']\\n    modules: [flask, werkzeug, gunicorn, gevent]\\n    message: Code in this drop-in environment uses Flask directly (custom Flask extensions stop working under FastAPI).\\n    remediation: Port the hook to a FastAPI extension (routers/middleware registered on the app) or remove it.\\n    enforce: { beta: notice, rc: warning, lts: new, decommission: error }\\n\\n  - id: example-environment-uses-fastapi\\n    phase: 5\\n    title: \'Update `example_dropin_environments/` to include FastAPI-based examples\'\\n    kind: required-dependency\\n    files: [\'example_dropin_environments/**/{Dockerfile,requirements*.txt,pyproject.toml}\']\\n    packages: [fastapi]\\n    scope: any\\n    message: Users copy the examples; at least one must show the FastAPI setup.\\n    remediation: Add (or convert) an example environment that installs fastapi and uvicorn[standard] and runs DRUM with DRUM_SERVER_TYPE=fastapi.\\n    enforce: { beta: warning, rc: error }\\n","data":{"name":"DRUM Flask removal","description":"Gate for DataRobot DRUM\'s move from Flask/Werkzeug (+ gunicorn, gevent) to FastAPI/uvicorn, derived item by item from the strategy \\"Removing Flask and Werkzeug\\".","stage":"beta","phases":{"0":"Prerequisites & Environment Audit","1":"Cleanup","2":"Refactoring","3":"Dependencies","4":"Test Cleanup","5":"Environment & Docker Updates"},"rules":[{"id":"python-3-8-in-target-environments","phase":0,"title":"Python Version Audit: ensure all target environments and base images support Python 3.8+","kind":"python-version","files":["custom_model_runner/setup.py","custom_model_runner/setup.cfg","custom_model_runner/pyproject.toml","{public_dropin_environments,public_dropin_environments_sandbox,example_dropin_environments}/**/{Dockerfile,Dockerfile.*,*.Dockerfile,setup.py,pyproject.toml,Pipfile,.python-version,runtime.txt,environment*.yml,environment*.yaml}",".github/workflows/*.{yml,yaml}"],"min":"3.8","message":"FastAPI and Uvicorn require Python 3.8 or higher.","remediation":"Move the environment to a Python 3.8+ base image (3.11 or newer recommended) and raise python_requires / requires-python to >=3.8.","enforce":"error"},{"id":"pydantic-v1-pins-with-fastapi","phase":0,"title":"Dependency Audit: check for potential conflicts with existing user dependencies (e.g. `pydantic` versions)","kind":"dependency-conflict","files":["custom_model_runner/{requirements*.txt,setup.py,setup.cfg,pyproject.toml}","docker/**/{Dockerfile,Dockerfile.*,requirements*.txt}","{public_dropin_environments,public_dropin_environments_sandbox,example_dropin_environments}/**/{Dockerfile,Dockerfile.*,requirements*.txt,pyproject.toml,setup.py,environment*.yml}"],"when":"fastapi>=0.100","conflicts":["pydantic<2","langchain<0.1","mlflow<2.9","ray<2.8"],"message":"FastAPI 0.100 and later require pydantic v2; these pins keep pydantic v1 (pip then silently resolves an old FastAPI, or fails).","remediation":"Upgrade the pinned package to a pydantic-v2-compatible release (pydantic>=2, langchain>=0.1, mlflow>=2.9, ray>=2.8), or pin fastapi<0.100 in this environment until it can.","enforce":"error"},{"id":"fastapi-feature-flag-defined","phase":0,"title":"Feature Flag Setup: implement `DRUM_FASTAPI_ENABLED` to allow controlled rollout","kind":"required-pattern","files":["custom_model_runner/datarobot_drum/drum/enum.py"],"pattern":"\\\\bDRUM_FASTAPI_ENABLED\\\\b","in":["code","strings"],"message":"The FastAPI rollout is switched by the `DRUM_FASTAPI_ENABLED` flag, defined with DRUM\'s other constants.","remediation":"Add `DRUM_FASTAPI_ENABLED = \\"DRUM_FASTAPI_ENABLED\\"` to enum.py and read it where the server type is chosen.","enforce":"error"},{"id":"gunicorn-directory","phase":1,"title":"Remove `custom_model_runner/datarobot_drum/drum/gunicorn/` directory","kind":"forbidden-path","files":["custom_model_runner/datarobot_drum/drum/gunicorn"],"message":"The gunicorn launcher only serves the Flask WSGI app; uvicorn replaces it.","remediation":"Delete the directory and launch the server with `fastapi/run_uvicorn.py`.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"flask-app-factory-in-server","phase":1,"title":"Remove `create_flask_app`, `get_flask_app` from `server.py`","kind":"forbidden-pattern","files":["custom_model_runner/datarobot_drum/drum/server.py"],"pattern":"\\\\b(?:create_flask_app|get_flask_app)\\\\b","in":"code","message":"The Flask app factories go away with the Flask server.","remediation":"Build the app with the FastAPI app factory (`fastapi/app.py`) and delete these functions.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"flask-app-factory-imported","phase":1,"title":"Remove `create_flask_app`, `get_flask_app` from `server.py`","kind":"forbidden-import","files":["custom_model_runner/**/*.py","tests/**/*.py"],"modules":["datarobot_drum.drum.server.create_flask_app","datarobot_drum.drum.server.get_flask_app","datarobot_drum.drum.server.base_api_blueprint"],"message":"Callers of the Flask app factories keep them alive.","remediation":"Import the FastAPI app factory instead; drop the Flask code path.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"flask-blueprint-in-server","phase":1,"title":"Remove all `Blueprint` logic from `server.py`","kind":"forbidden-pattern","files":["custom_model_runner/datarobot_drum/drum/server.py"],"pattern":"\\\\bBlueprint\\\\b","in":"code","message":"Blueprints are Flask-only.","remediation":"Register the routes on a FastAPI `APIRouter`.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"flask-error-handlers","phase":1,"title":"Remove Flask-specific error handlers","kind":"forbidden-pattern","files":["custom_model_runner/**/*.py"],"pattern":"\\\\.(?:errorhandler|register_error_handler)\\\\b","in":"code","message":"`errorhandler`/`register_error_handler` are Flask\'s error-handling hooks.","remediation":"Use `app.add_exception_handler(...)` / `@app.exception_handler(...)` and keep Flask\'s `{\\"message\\": ...}` response shape.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"isinstance-flask-app","phase":2,"title":"In `prediction_server.py`, remove all conditional checks `if isinstance(self.app, Flask)`","kind":"forbidden-pattern","files":["custom_model_runner/**/*.py"],"pattern":"isinstance\\\\(\\\\s*self\\\\.app\\\\s*,\\\\s*(?:\\\\w+\\\\.)?Flask\\\\s*\\\\)","in":"code","message":"With FastAPI the only app type, branching on the app type is dead code.","remediation":"Keep the FastAPI branch and delete the Flask one.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"flask-app-constructed","phase":2,"title":"Make `FastAPI` the only supported app type","kind":"forbidden-pattern","files":["custom_model_runner/**/*.py"],"exclude":["custom_model_runner/datarobot_drum/drum/gunicorn/**"],"pattern":"\\\\b(?:flask\\\\.)?Flask\\\\s*\\\\(","in":"code","message":"DRUM must not create Flask apps any more.","remediation":"Create the app with the FastAPI app factory.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"flask-stack-import-in-runner","phase":2,"title":"Make `FastAPI` the only supported app type","kind":"forbidden-import","files":["custom_model_runner/**/*.py"],"exclude":["custom_model_runner/datarobot_drum/drum/gunicorn/**"],"modules":["flask","werkzeug","gunicorn","gevent"],"message":"The runner must not depend on Flask, Werkzeug, gunicorn or gevent.","remediation":"Use the FastAPI/Starlette equivalent (Request, Response, StreamingResponse, HTTPException) or remove the code path.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"timeout-wsgi-request-handler","phase":2,"title":"Remove `TimeoutWSGIRequestHandler` as it\'s Flask/Werkzeug specific","kind":"forbidden-pattern","files":["custom_model_runner/**/*.py"],"pattern":"\\\\bTimeoutWSGIRequestHandler\\\\b","in":"code","message":"The Werkzeug request handler does nothing under uvicorn.","remediation":"Configure timeouts through uvicorn (`timeout_keep_alive`) in the uvicorn config.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"resource-monitor-flask-request","phase":2,"title":"Refactor `ResourceMonitor`: remove imports of `flask.request`","kind":"forbidden-import","files":["custom_model_runner/datarobot_drum/drum/resource_monitor.py"],"modules":["flask"],"message":"ResourceMonitor must not depend on Flask\'s request context.","remediation":"Pass what the monitor needs as arguments instead of reading `flask.request`.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"resource-monitor-tree-climbing","phase":2,"title":"Refactor `ResourceMonitor`: ensure `collect_drum_info()` uses the tree-climbing logic to find the `entry_point` process","kind":"required-pattern","files":["custom_model_runner/datarobot_drum/drum/resource_monitor.py"],"pattern":"\\\\.parents?\\\\(","in":"code","within":["collect_drum_info"],"message":"Under uvicorn the DRUM entry point can be several processes up; a fixed parent lookup misses it.","remediation":"In `collect_drum_info()`, walk `psutil.Process().parents()` until the `entry_point` process is found.","enforce":{"beta":"warning","rc":"error"}},{"id":"resource-monitor-cgroups-v2","phase":2,"title":"Refactor `ResourceMonitor`: fully transition to Cgroups v2 as the primary memory discovery mechanism","kind":"required-pattern","files":["custom_model_runner/datarobot_drum/drum/resource_monitor.py"],"pattern":"memory\\\\.(?:max|current)\\\\b","in":["code","strings"],"message":"Memory limits must be read from cgroup v2 (`memory.max`, `memory.current`) first.","remediation":"Read `/sys/fs/cgroup/memory.max` and `memory.current`; keep cgroup v1 only as a fallback.","enforce":{"beta":"warning","rc":"error"}},{"id":"stdout-flusher-after-request","phase":2,"title":"Refactor `StdoutFlusher`: remove the `after_request` integration","kind":"forbidden-pattern","files":["custom_model_runner/**/*.py"],"pattern":"\\\\bafter_request\\\\b","in":"code","message":"`after_request` is a Flask hook; activity tracking moves to middleware.","remediation":"Delete the hook; `StdoutFlusherMiddleware` records activity for every request.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"stdout-flusher-middleware","phase":2,"title":"Refactor `StdoutFlusher`: exclusively use `StdoutFlusherMiddleware` for activity tracking","kind":"required-pattern","files":["custom_model_runner/datarobot_drum/drum/fastapi/server.py"],"pattern":"\\\\bStdoutFlusherMiddleware\\\\b","in":"code","message":"The FastAPI server records request activity for the stdout flusher through `StdoutFlusherMiddleware`.","remediation":"Define `StdoutFlusherMiddleware` in `fastapi/server.py` and add it with `app.add_middleware(...)`.","enforce":{"beta":"warning","rc":"error"}},{"id":"stdout-flusher-worker-ctx","phase":2,"title":"Refactor `StdoutFlusher`: ensure the flusher thread\'s lifecycle is strictly tied to `FastAPIWorkerCtx`","kind":"required-pattern","files":["custom_model_runner/datarobot_drum/drum/fastapi/context.py"],"pattern":"\\\\bStdoutFlusher\\\\b","in":"code","within":["FastAPIWorkerCtx"],"message":"The flusher thread must start and stop with the uvicorn worker, not with the process.","remediation":"Create, start and stop the `StdoutFlusher` in `FastAPIWorkerCtx` (start in the lifespan start-up, stop on shutdown).","enforce":{"beta":"warning","rc":"error"}},{"id":"setup-otel-flask-specific","phase":2,"title":"Refactor `common.py`: update `setup_otel` to detect multiprocessing in a server-agnostic way","kind":"forbidden-pattern","files":["custom_model_runner/datarobot_drum/drum/common.py"],"pattern":"\\\\b(?:flask|gunicorn|werkzeug)\\\\b","ignoreCase":true,"within":["setup_otel"],"message":"`setup_otel` must not assume a Flask/gunicorn process model (comments included).","remediation":"Detect multiprocessing from the worker count / process role, whatever the server, and reword the comments.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"predict-mixin-flask-request-response","phase":2,"title":"Refactor `PredictMixin`: remove `flask.request` and `flask.Response`","kind":"forbidden-import","files":["custom_model_runner/datarobot_drum/drum/root_predictors/predict_mixin.py"],"modules":["flask.request","flask.Response"],"message":"PredictMixin must work without Flask\'s request and response objects.","remediation":"Read the request through `RequestAdapter` and return FastAPI/Starlette responses.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"predict-mixin-request-adapter","phase":2,"title":"Refactor `PredictMixin`: make `RequestAdapter` the mandatory way to access request data","kind":"forbidden-pattern","files":["custom_model_runner/datarobot_drum/drum/root_predictors/predict_mixin.py"],"pattern":"(?<![.\\\\w])request\\\\.(?:json|data|args|form|files|headers|values|get_data|get_json|mimetype|content_type|content_length|method)\\\\b","in":"code","message":"Reading the global `request` object ties PredictMixin to one server.","remediation":"Use the `RequestAdapter` passed to the handler (`adapter.json`, `adapter.headers`, ...).","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"stream-with-context","phase":2,"title":"Refactor `PredictMixin`: replace `stream_with_context` with FastAPI\'s `StreamingResponse`","kind":"forbidden-pattern","files":["custom_model_runner/**/*.py"],"pattern":"\\\\bstream_with_context\\\\b","in":"code","message":"`stream_with_context` keeps Flask\'s request context alive while streaming; FastAPI streams with `StreamingResponse`.","remediation":"Return `StreamingResponse(generator, media_type=...)`.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"predict-mixin-streaming-response","phase":2,"title":"Refactor `PredictMixin`: replace `stream_with_context` with FastAPI\'s `StreamingResponse`","kind":"required-pattern","files":["custom_model_runner/datarobot_drum/drum/root_predictors/predict_mixin.py"],"pattern":"\\\\bStreamingResponse\\\\b","in":"code","message":"Streaming responses (chat completions) must be FastAPI `StreamingResponse`s.","remediation":"Import `StreamingResponse` from `fastapi.responses` (or `starlette.responses`) and return it for streamed output.","enforce":{"beta":"warning","rc":"error"}},{"id":"fastapi-route-parity","phase":2,"title":"Endpoints: ensure consistency between `/ping/` and `/ping`; FastAPI serves every Flask endpoint","kind":"route-parity","files":["custom_model_runner/datarobot_drum/drum/server.py","custom_model_runner/datarobot_drum/drum/root_predictors/prediction_server.py"],"fastapi":["custom_model_runner/datarobot_drum/drum/fastapi/**/*.py"],"health":["/ping"],"message":"Clients (health checkers, the DataRobot platform, the OpenAI client) call these paths directly and may not follow redirects.","remediation":"Register a FastAPI route for every Flask method and path, in every form Flask serves directly; serve health paths both ways (stacked `@router.get(\\"/ping\\")` and `@router.get(\\"/ping/\\")`).","enforce":{"beta":"warning","rc":"error"}},{"id":"otel-excludes-health-endpoints","phase":2,"title":"Health Checks: exclude health endpoints from OTel tracing to reduce noise","kind":"required-pattern","files":["custom_model_runner/datarobot_drum/drum/fastapi/**/*.py"],"pattern":"\\\\bexcluded_urls\\\\b|OTEL_PYTHON_(?:FASTAPI_)?EXCLUDED_URLS","in":["code","strings"],"scope":"any","message":"Every health probe becomes a trace unless the health endpoints are excluded from instrumentation.","remediation":"Instrument with `FastAPIInstrumentor.instrument_app(app, excluded_urls=\\"ping,health\\")` (or set OTEL_PYTHON_FASTAPI_EXCLUDED_URLS).","enforce":{"beta":"notice","rc":"warning"}},{"id":"fastapi-error-handler","phase":2,"title":"Errors: standardize error messages to match Flask format for client compatibility","kind":"required-pattern","files":["custom_model_runner/datarobot_drum/drum/fastapi/**/*.py"],"pattern":"\\\\b(?:add_exception_handler|exception_handler)\\\\b","in":"code","scope":"any","message":"FastAPI answers errors with `{\\"detail\\": ...}`; DRUM\'s clients expect Flask\'s `{\\"message\\": ...}`.","remediation":"Register exception handlers (`@app.exception_handler(HTTPException)` and `Exception`) that return `JSONResponse({\\"message\\": ...}, status_code=...)`.","enforce":{"beta":"warning","rc":"error"}},{"id":"runner-requirements-flask-stack","phase":3,"title":"Remove `flask`, `gunicorn`, `gevent`, `werkzeug` from `requirements.txt`","kind":"forbidden-dependency","files":["custom_model_runner/requirements*.txt"],"packages":["flask","gunicorn","gevent","werkzeug"],"message":"DRUM\'s runner must not install the Flask stack any more.","remediation":"Delete these lines; FastAPI, uvicorn[standard] and httpx replace them.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"runner-setup-flask-stack","phase":3,"title":"Remove `flask`, `gunicorn`, `gevent`, `werkzeug` from the runner\'s setup metadata","kind":"forbidden-dependency","files":["custom_model_runner/setup.py","custom_model_runner/setup.cfg","custom_model_runner/pyproject.toml"],"packages":["flask","gunicorn","gevent","werkzeug"],"message":"The `datarobot-drum` package must not depend on the Flask stack any more.","remediation":"Remove them from install_requires / dependencies (and from extras).","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"custom-flask-functional-test","phase":4,"title":"Remove `tests/functional/test_drum_server_custom_flask.py`","kind":"forbidden-path","files":["tests/functional/test_drum_server_custom_flask.py"],"message":"The custom-Flask-extension test has nothing to test once Flask is gone.","remediation":"Delete the file (port any behaviour still needed to a FastAPI extension test).","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"custom-flask-auth-fixture","phase":4,"title":"Remove `tests/fixtures/custom_flask_demo_auth.py`","kind":"forbidden-path","files":["tests/fixtures/custom_flask_demo_auth.py"],"message":"The Flask auth demo fixture only serves the custom-Flask test.","remediation":"Delete the file.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"conftest-fastapi-fixtures","phase":4,"title":"Update `tests/unit/datarobot_drum/drum/conftest.py` with FastAPI fixtures","kind":"required-pattern","files":["tests/unit/datarobot_drum/drum/conftest.py"],"pattern":"\\\\b(?:fastapi|TestClient|AsyncClient)\\\\b","in":"code","message":"Unit tests need FastAPI fixtures (an app and a `TestClient`/`httpx.AsyncClient`).","remediation":"Add fixtures that build the FastAPI app and a `fastapi.testclient.TestClient` for it.","enforce":{"beta":"warning","rc":"error"}},{"id":"test-model-templates-backends","phase":4,"title":"Update `tests/unit/datarobot_drum/drum/test_model_templates.py` to support multiple backends","kind":"required-pattern","files":["tests/unit/datarobot_drum/drum/test_model_templates.py"],"pattern":"fastapi","ignoreCase":true,"in":["code","strings"],"message":"Model template tests must run against the FastAPI backend too.","remediation":"Parametrize the tests over the server type (`flask`, `fastapi`) or over both app fixtures.","enforce":{"beta":"warning","rc":"error"}},{"id":"test-request-headers-tracing-fastapi","phase":4,"title":"Update `tests/unit/datarobot_drum/drum/test_request_headers_tracing.py` for FastAPI compatibility","kind":"required-pattern","files":["tests/unit/datarobot_drum/drum/test_request_headers_tracing.py"],"pattern":"fastapi","ignoreCase":true,"in":["code","strings"],"message":"Header tracing must be tested under FastAPI.","remediation":"Run the tracing tests with the FastAPI app fixture.","enforce":{"beta":"warning","rc":"error"}},{"id":"test-prediction-server-fastapi","phase":4,"title":"Update `tests/unit/datarobot_drum/drum/test_prediction_server.py`","kind":"required-pattern","files":["tests/unit/datarobot_drum/drum/test_prediction_server.py"],"pattern":"fastapi","ignoreCase":true,"in":["code","strings"],"message":"The prediction server tests must cover the FastAPI server.","remediation":"Test PredictionServer with the FastAPI app fixture.","enforce":{"beta":"warning","rc":"error"}},{"id":"dr-api-mock-server-flask","phase":4,"title":"Update `tests/functional/test_dr_api_access.py`: migrate mock DataRobot API server from Flask to FastAPI/uvicorn","kind":"forbidden-import","files":["tests/functional/test_dr_api_access.py"],"modules":["flask","werkzeug"],"message":"The mock DataRobot API server still runs on Flask.","remediation":"Serve the mock API with a FastAPI app under uvicorn.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"mlops-mock-server-flask","phase":4,"title":"Update `tests/functional/test_mlops_monitoring.py`: migrate mock MLOps API server from Flask to FastAPI/uvicorn","kind":"forbidden-import","files":["tests/functional/test_mlops_monitoring.py"],"modules":["flask","werkzeug"],"message":"The mock MLOps API server still runs on Flask.","remediation":"Serve the mock API with a FastAPI app under uvicorn.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"drum-server-flask-assertion","phase":4,"title":"Replace `assert response_dict[ModelInfoKeys.DRUM_SERVER] == \\"flask\\"` with a check that supports both or defaults to `fastapi`","kind":"forbidden-pattern","files":["tests/**/*.py"],"pattern":"DRUM_SERVER\\\\s*\\\\]\\\\s*==\\\\s*[\\"\']flask[\\"\']","in":"code","message":"Tests that insist on the Flask server fail under FastAPI.","remediation":"Assert `response_dict[ModelInfoKeys.DRUM_SERVER] in (\\"flask\\", \\"fastapi\\")`, or compare with the server type under test.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"locust-readme-flask","phase":4,"title":"Update `tests/locust/README.md` to remove references to Flask and update to FastAPI","kind":"forbidden-pattern","files":["tests/locust/README.md"],"pattern":"\\\\b(?:flask|gunicorn)\\\\b","ignoreCase":true,"message":"The load-testing guide still describes the Flask server.","remediation":"Describe running the FastAPI/uvicorn server instead.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"drum-server-run-flask-option","phase":4,"title":"Update `DrumServerRun` to default to `fastapi` and remove `flask` option","kind":"forbidden-pattern","files":["custom_model_runner/**/*.py","tests/**/*.py"],"pattern":"[\\"\']flask[\\"\']","ignoreCase":true,"in":["code","strings"],"within":["DrumServerRun"],"message":"`DrumServerRun` must start the FastAPI server by default and no longer offer Flask.","remediation":"Default the server type to `\\"fastapi\\"` and delete the `\\"flask\\"` choice.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"base-images-install-fastapi-stack","phase":5,"title":"Update `docker/dropin_env_base/Dockerfile` (and other base images): install `fastapi`, `uvicorn[standard]`, `httpx`","kind":"required-dependency","files":["docker/dropin_env_base*/Dockerfile"],"packages":["fastapi","uvicorn[standard]","httpx"],"message":"Every base image must be able to run DRUM\'s FastAPI server.","remediation":"Install them in the Dockerfile (`pip install fastapi \\"uvicorn[standard]\\" httpx`) or add them to the requirements file the image installs.","enforce":"error"},{"id":"base-images-flask-stack","phase":5,"title":"Update base images: (optional) remove `gunicorn`, `gevent`, `flask` if not needed for backward compatibility","kind":"forbidden-dependency","files":["docker/dropin_env_base*/Dockerfile"],"packages":["flask","gunicorn","gevent","werkzeug"],"message":"Base images need the Flask stack only while Flask is still supported.","remediation":"Drop them once no environment built on this image runs the Flask server.","enforce":{"beta":"notice","rc":"warning","decommission":"error"}},{"id":"base-images-python-3-8","phase":5,"title":"Ensure minimum Python version in base images is 3.8+ as required by FastAPI/Uvicorn","kind":"python-version","files":["docker/**/{Dockerfile,Dockerfile.*,*.Dockerfile}"],"min":"3.8","message":"FastAPI and Uvicorn require Python 3.8 or higher in every base image.","remediation":"Base the image on Python 3.8+ (for non-Python bases, install python3.8 or newer).","enforce":"error"},{"id":"dropin-environments-flask-stack","phase":5,"title":"Audit all `public_dropin_environments` and `public_dropin_environments_sandbox` for Flask usage and provide migration path for each","kind":"forbidden-dependency","files":["{public_dropin_environments,public_dropin_environments_sandbox}/**/{Dockerfile,Dockerfile.*,requirements*.txt,pyproject.toml,setup.py,environment*.yml}"],"packages":["flask","werkzeug","gunicorn","gevent"],"message":"This drop-in environment still installs the Flask stack.","remediation":"Migration path - drop flask/werkzeug/gunicorn/gevent from the environment, install fastapi, uvicorn[standard] and httpx (or rebuild on a FastAPI base image), and run with DRUM_SERVER_TYPE=fastapi.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"dropin-environments-flask-code","phase":5,"title":"Audit all `public_dropin_environments` and `public_dropin_environments_sandbox` for Flask usage and provide migration path for each","kind":"forbidden-import","files":["{public_dropin_environments,public_dropin_environments_sandbox}/**/*.py"],"modules":["flask","werkzeug","gunicorn","gevent"],"message":"Code in this drop-in environment uses Flask directly (custom Flask extensions stop working under FastAPI).","remediation":"Port the hook to a FastAPI extension (routers/middleware registered on the app) or remove it.","enforce":{"beta":"notice","rc":"warning","lts":"new","decommission":"error"}},{"id":"example-environment-uses-fastapi","phase":5,"title":"Update `example_dropin_environments/` to include FastAPI-based examples","kind":"required-dependency","files":["example_dropin_environments/**/{Dockerfile,requirements*.txt,pyproject.toml}"],"packages":["fastapi"],"scope":"any","message":"Users copy the examples; at least one must show the FastAPI setup.","remediation":"Add (or convert) an example environment that installs fastapi and uvicorn[standard] and runs DRUM with DRUM_SERVER_TYPE=fastapi.","enforce":{"beta":"warning","rc":"error"}}]},"ruleLines":[27,42,56,68,77,88,101,112,124,135,147,158,169,179,191,202,213,224,236,248,258,269,280,291,304,316,329,339,350,359,368,379,391,403,415,425,435,446,457,471,481,491,501,512,522]}') {
  if (snapshotJson === void 0) return void 0;
  const snapshot = JSON.parse(snapshotJson);
  return snapshot.text === text ? { data: snapshot.data, ruleLines: snapshot.ruleLines } : void 0;
}

// src/rules/load.ts
import { readFile } from "node:fs/promises";
async function loadRuleSet(file, displayName = file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ConfigError(
      code === "ENOENT" ? `rule file not found: ${displayName}` : `cannot read rule file ${displayName}: ${code ?? error}`
    );
  }
  return readRuleSet(text, displayName);
}
async function readRuleSet(text, file, prepared = bundledRuleText(text)) {
  if (prepared) {
    const header = prepared.data;
    try {
      return compileRuleSet(file, header, header.rules, positionsUnknown, prepared.ruleLines);
    } catch (error) {
      if (!(error instanceof PositionsNeeded)) throw error;
    }
  }
  return (await import("./parse-5TCEVCBP.js")).parseRuleSet(text, file);
}
var PositionsNeeded = class extends Error {
};
var positionsUnknown = () => {
  throw new PositionsNeeded();
};

// src/sources/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_BUFFER = 512 * 1024 * 1024;
async function git(cwd, args) {
  const { stdout } = await run("git", ["-c", "core.quotePath=false", ...args], {
    cwd,
    maxBuffer: MAX_BUFFER,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
  });
  return stdout;
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
  const untracked = head ? Promise.resolve("") : git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]);
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
  for (const path of (await untracked).split("\0").filter(Boolean))
    changes.set(path, { status: "added", lines: "all" });
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
import { join } from "node:path";
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
var LocalDirectory = class {
  constructor(root) {
    this.root = root;
  }
  root;
  get label() {
    return this.root;
  }
  async list() {
    const files = [];
    const directories = [];
    const links = [];
    const skipped = [];
    const stack = [""];
    while (stack.length) {
      const dir = stack.pop();
      let entries;
      try {
        entries = readdirSync(join(this.root, dir), { withFileTypes: true });
      } catch (error) {
        skipped.push({ path: dir || ".", reason: `unreadable directory (${describe(error)})` });
        continue;
      }
      for (const entry of entries) {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isSymbolicLink()) links.push(path);
        else if (entry.isDirectory()) {
          if (IGNORED_DIRECTORIES.has(entry.name)) continue;
          directories.push(path);
          stack.push(path);
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
      fd = openSync(`${this.root}/${path}`, constants.O_RDONLY | constants.O_NOFOLLOW);
      if (!slab || SLAB_BYTES - slabUsed < FIRST_READ) {
        slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
        slabUsed = 0;
      }
      const first = readSync(fd, slab, slabUsed, FIRST_READ, 0);
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
async function loadRules(request) {
  if (request.ruleSet) return request.ruleSet;
  return request.rules ? loadRuleSet(request.rules) : loadRuleSet(defaultRulesPath(), DEFAULT_RULES_NAME);
}
async function scanDirectory(request) {
  const info = await stat(request.directory).catch(() => void 0);
  if (!info?.isDirectory()) throw new UsageError(`not a directory: ${request.directory}`);
  return (await scanSource(new LocalDirectory(request.directory), request)).report;
}
async function scanSource(source, request) {
  let ruleSet = await loadRules(request);
  if (request.everyRule)
    ruleSet = {
      ...ruleSet,
      rules: ruleSet.rules.map((r) => ({ ...r, enforcement: resolveEnforcement("warning") }))
    };
  const stage = request.stage ?? ruleSet.stage;
  const active = ruleSet.rules.filter((r) => r.enforcement[stage] !== "off");
  if (request.changedOnly && !request.changes) {
    throw new UsageError(
      "only changed files can be scanned when the change is known (--base, or pr/push mode)"
    );
  }
  const onlyFiles = request.changedOnly && request.changes ? changedFiles(request.changes.files) : void 0;
  const scanned = await scan(source, active, {
    ...request.maxFileBytes ? { maxFileBytes: request.maxFileBytes } : {},
    ...onlyFiles ? { onlyFiles, touched: touchedPaths(request.changes.files) } : {},
    ...request.inspect ? { inspect: request.inspect } : {}
  });
  const changes = request.changes?.files;
  const verdict = judge(ruleSet, stage, scanned.findings, {
    ...changes ? { isNew: introducedBy(changes) } : {},
    suppressions: scanned.suppressions,
    ...request.today ? { today: request.today } : {},
    ...request.baseline ? { baseline: request.baseline.baseline } : {}
  });
  const report = buildReport(ruleSet, stage, source.label, verdict, scanned, {
    ...request.baseline ? { baselineFile: request.baseline.file } : {},
    ...request.changes ? { change: { base: request.changes.base, files: request.changes.files.size } } : {},
    ...changes ? {
      isNewLine: (path, line) => introducedBy(changes)({
        path,
        message: "",
        region: { line, column: 1, endLine: line, endColumn: 1 }
      })
    } : {}
  });
  return { report, ...request.inspect ? { inspection: scanned.inspection } : {} };
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
  const text = await readFile2(file, "utf8").catch((error) => {
    throw new UsageError(
      error.code === "ENOENT" ? `baseline not found: ${file} (create it with \`migration-gate baseline\`)` : `cannot read baseline ${file}: ${error.code}`
    );
  });
  return { file, baseline: parseBaseline(text, file) };
}
async function takeBaseline(request) {
  const report = await scanDirectory({ ...request, everyRule: true });
  return renderBaseline({ ruleset: report.ruleset.name, entries: countFindings(report.findings) });
}

export {
  addedLines,
  hasCommit,
  repositoryRoot,
  gitChanges,
  showFile,
  readRuleSet,
  formatBytes,
  loadRules,
  scanDirectory,
  scanSource,
  relativeChanges,
  changesSince,
  readBaseline,
  takeBaseline
};
