import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changedBlocks
} from "./chunk-7QFGSTRW.js";
import {
  applyEdits,
  dropEmptyInstalls,
  fixFor,
  hasFixer,
  leavesEmptyInstall
} from "./chunk-7SPJIZHJ.js";
import {
  scanSource
} from "./chunk-V2U2N4LQ.js";
import {
  FileLoader,
  chooseRuleSet,
  decodeText,
  listedOnce,
  treeView
} from "./chunk-W7IGUFQP.js";
import {
  parse
} from "./chunk-LLLNS3OK.js";
import {
  declaredRequirements
} from "./chunk-MWZUZHCR.js";
import {
  fileTypeOf,
  isPythonPath
} from "./chunk-ZLGMLFRG.js";
import {
  withPythonTree
} from "./chunk-O63SYX52.js";

// src/fix/fix.ts
var MAX_FIX_BYTES = 2 * 1024 * 1024;
var UTF8_BOM = [239, 187, 191];
function withEdits(source, edited) {
  return {
    label: source.label,
    list: () => source.list(),
    read: async (path, maxBytes) => {
      const bytes = edited.get(path);
      return bytes ? { ok: true, data: bytes } : source.read(path, maxBytes);
    }
  };
}
var folderOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
var result = (f, description) => ({
  ruleId: f.ruleId,
  path: f.path,
  ...f.line !== void 0 ? { line: f.line } : {},
  description
});
var identity = (f) => JSON.stringify([f.ruleId, f.path, f.detail]);
async function stillParses(path, before, after) {
  if (fileTypeOf(path) === "dockerfile") return !leavesEmptyInstall(before, after);
  if (isPythonPath(path)) {
    const clean = (text) => withPythonTree(text, (root) => !root.hasError);
    return !await clean(before) || clean(after);
  }
  if (fileTypeOf(path) !== "pyproject") return true;
  const parses = (text) => {
    try {
      parse(text);
      return true;
    } catch {
      return false;
    }
  };
  return !parses(before) || parses(after);
}
var MAX_ROUNDS = 3;
async function planFixes(original, request = {}) {
  const source = listedOnce(original);
  const ruleSet = request.ruleSet ?? await chooseRuleSet(request.rules, source, await source.listing());
  const edited = /* @__PURE__ */ new Map();
  const fixed = [];
  let first;
  let last;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const overlay = listedOnce(withEdits(source, new Map([...edited].map(([p, f]) => [p, f.bytes]))));
    last = await planRound(overlay, ruleSet, request, last?.verified);
    first ??= last;
    for (const f of last.files) edited.set(f.path, { ...f, before: edited.get(f.path)?.before ?? f.before });
    fixed.push(...last.fixed);
    if (last.files.length === 0) break;
  }
  return {
    ruleSet,
    notices: first.notices,
    files: [...edited.values()].filter((f) => f.before !== f.after),
    fixed,
    notFixed: last.notFixed
  };
}
async function planRound(source, ruleSet, request, scanned) {
  const scanOptions = {
    ruleSet,
    ...request.stage ? { stage: request.stage } : {},
    ...request.today ? { today: request.today } : {}
  };
  const report = scanned ?? (await scanSource(source, scanOptions)).report;
  const rules = new Map(ruleSet.rules.map((r) => [r.id, r]));
  const fixed = [];
  const notFixed = [];
  const perFile = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const textOf = async (path) => {
    if (!texts.has(path)) {
      const read = await source.read(path, MAX_FIX_BYTES);
      if (!read.ok) texts.set(path, { reason: `the file cannot be read (${read.reason})` });
      else if (read.data[0] === 255 || read.data[0] === 254)
        texts.set(path, { reason: "the file is UTF-16; fixes edit UTF-8 files only" });
      else {
        const decoded = decodeText(read.data);
        texts.set(
          path,
          decoded.ok ? { text: decoded.text, bom: UTF8_BOM.every((b, i) => read.data[i] === b) } : { reason: `the file is not text (${decoded.reason})` }
        );
      }
    }
    return texts.get(path);
  };
  const listing = await source.listing();
  const tree = treeView(listing, new FileLoader(source, MAX_FIX_BYTES), /* @__PURE__ */ new Map(), {});
  const installedUnder = async (folder) => {
    const out = /* @__PURE__ */ new Set();
    for (const path of listing.files)
      if ((folder === "" || path.startsWith(`${folder}/`)) && fileTypeOf(path))
        for (const r of await declaredRequirements(tree, path)) out.add(r.normalized);
    return out;
  };
  const requirementsFileFor = async (path) => {
    if (fileTypeOf(path) === "requirements") return path;
    const folder = listing.files.includes(path) ? folderOf(path) : path === "." ? "" : path;
    const file = folder ? `${folder}/requirements.txt` : "requirements.txt";
    if (!listing.files.includes(file)) return void 0;
    for (const dockerfile of listing.files.filter(
      (p) => folderOf(p) === folder && fileTypeOf(p) === "dockerfile"
    )) {
      const text = await textOf(dockerfile);
      if ("text" in text && text.text.includes("requirements.txt")) return file;
    }
    return void 0;
  };
  let notices = 0;
  for (const finding of report.findings) {
    const rule = rules.get(finding.ruleId);
    if (!rule || rule.fix === false || request.only?.length && !request.only.includes(rule.id)) continue;
    if (finding.severity === "notice") {
      if (hasFixer(rule)) notices++;
      continue;
    }
    if (!hasFixer(rule)) continue;
    const target = rule.kind === "required-dependency" ? await requirementsFileFor(finding.path) : finding.path;
    if (target === void 0) {
      notFixed.push(
        result(
          finding,
          "the folder has no requirements.txt its Dockerfile installs; add the packages by hand"
        )
      );
      continue;
    }
    const file = await textOf(target).catch(() => ({ reason: "the path is not a file" }));
    if ("reason" in file) {
      notFixed.push(result(finding, file.reason));
      continue;
    }
    const needsInstalled = rule.kind === "server-type" || rule.kind === "required-dependency";
    const folder = rule.kind === "required-dependency" ? folderOf(target) : folderOf(finding.path);
    const outcome = fixFor(finding, rule, file.text, {
      ...needsInstalled ? { installed: await installedUnder(folder) } : {},
      target
    });
    if (!outcome) continue;
    if ("reason" in outcome) notFixed.push(result(finding, outcome.reason));
    else perFile.set(target, [...perFile.get(target) ?? [], { finding, ...outcome }]);
  }
  const candidates = /* @__PURE__ */ new Map();
  const made = /* @__PURE__ */ new Map();
  for (const [path, fixes] of perFile) {
    const file = await textOf(path);
    const { text, overlapping } = applyEdits(
      file.text,
      fixes.flatMap((f) => f.edits)
    );
    const clashing = new Set(overlapping);
    const kept = fixes.filter((f) => !f.edits.some((e) => clashing.has(e)));
    for (const f of fixes.filter((x) => !kept.includes(x)))
      notFixed.push(result(f.finding, "it overlaps another fix in the same place; run fix again"));
    const edited = overlapping.length ? applyEdits(
      file.text,
      kept.flatMap((f) => f.edits)
    ).text : text;
    const after = fileTypeOf(path) === "dockerfile" ? dropEmptyInstalls(file.text, edited) ?? edited : edited;
    if (after === file.text) continue;
    const encoded = new TextEncoder().encode(after);
    const bytes = file.bom ? new Uint8Array([...UTF8_BOM, ...encoded]) : encoded;
    candidates.set(path, { path, before: file.text, after, bytes });
    made.set(path, kept);
  }
  const again = candidates.size === 0 ? report : (await scanSource(
    withEdits(source, new Map([...candidates].map(([p, f]) => [p, f.bytes]))),
    scanOptions
  )).report;
  const remaining = new Set(again.findings.map(identity));
  const where = (f) => JSON.stringify([f.ruleId, f.path]);
  const before = /* @__PURE__ */ new Map();
  for (const f of report.findings) before.set(where(f), (before.get(where(f)) ?? 0) + 1);
  const brought = [];
  for (const f of again.findings) {
    const left = before.get(where(f)) ?? 0;
    if (left > 0) before.set(where(f), left - 1);
    else brought.push(f);
  }
  const bringsFindings = (path) => brought.some((f) => f.path === path || f.path === "." || path.startsWith(`${f.path}/`));
  const files = [];
  for (const [path, file] of candidates) {
    const fixes = made.get(path);
    const stubborn = fixes.filter((f) => remaining.has(identity(f.finding)));
    const broken = !await stillParses(path, file.before, file.after);
    const worse = bringsFindings(path);
    if (stubborn.length || broken || worse) {
      const why = broken ? fileTypeOf(path) === "dockerfile" ? "the fixes together would leave an install command without a package; the file is left as it was" : "the edited file would no longer parse; the file is left as it was" : worse ? `the edit would bring ${brought.filter((f) => f.path === path || path.startsWith(`${f.path}/`) || f.path === ".").map((f) => f.ruleId).join(", ")} findings; the file is left as it was` : "the finding is still reported after the edit; the file is left as it was";
      for (const f of fixes) notFixed.push(result(f.finding, why));
      continue;
    }
    files.push(file);
    for (const f of fixes) fixed.push(result(f.finding, f.description));
  }
  return {
    ruleSet,
    notices,
    files,
    fixed,
    notFixed,
    ...files.length === candidates.size ? { verified: again } : {}
  };
}
function findingFixes(plan) {
  const blocks = new Map(plan.files.map((f) => [f.path, changedBlocks(f.before, f.after)]));
  return plan.fixed.flatMap((r) => {
    const all = blocks.get(r.path) ?? [];
    const own = r.line === void 0 ? all : all.filter((b) => b.startLine <= r.line && r.line <= b.endLine);
    return own.length ? [{ ...r, replacements: own }] : [];
  });
}

export {
  planFixes,
  findingFixes
};
