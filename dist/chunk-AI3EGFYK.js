import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  InMemorySource
} from "./chunk-EEBZSATL.js";
import {
  scanSource
} from "./chunk-V2U2N4LQ.js";
import {
  readRuleText
} from "./chunk-NFQN2KZ7.js";
import {
  external_exports
} from "./chunk-VHI4WFXH.js";
import {
  loadRuleSet
} from "./chunk-MWZUZHCR.js";
import {
  isProfileName
} from "./chunk-J22OGSNJ.js";
import {
  closest
} from "./chunk-J3ZCB4OI.js";
import {
  ConfigError,
  UsageError,
  combineMistakes
} from "./chunk-5OBZHJR5.js";

// src/rules/rule-tests.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
var tree = external_exports.strictObject({
  files: external_exports.record(external_exports.string(), external_exports.string()).describe("The tree: path -> text."),
  expect: external_exports.array(external_exports.string().min(1)).optional().describe("Places no line can be marked: `path` (a file-level finding) or `path:line`.")
});
var testFileSchema = external_exports.strictObject({
  rules: external_exports.string().min(1).describe("A bundled profile, or a rule file relative to this test file."),
  common: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("Files every case's tree starts from (a case's own files replace them by path)."),
  cases: external_exports.array(
    external_exports.strictObject({
      rule: external_exports.string().min(1),
      valid: external_exports.array(tree).optional(),
      invalid: external_exports.array(tree).optional()
    })
  ).min(1)
});
var MARK = /\bexpect:\s*([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)/g;
function markedPlaces(files, rule) {
  const out = [];
  for (const [path, text] of Object.entries(files))
    text.split("\n").forEach((line, i) => {
      for (const m of line.matchAll(MARK))
        if (m[1].split(/\s*,\s*/).includes(rule)) out.push(`${path}:${i + 1}`);
    });
  return out;
}
async function readRuleTestFile(path, shownAs = path) {
  const text = await readFile(path, "utf8").catch((error) => {
    throw new UsageError(`cannot read rule tests ${shownAs}: ${error.code ?? error.message}`);
  });
  const { data, at } = readRuleText(text, shownAs);
  const parsed = testFileSchema.safeParse(data);
  if (!parsed.success)
    throw combineMistakes(
      parsed.error.issues.map((issue) => {
        const p = issue.path.filter((s) => typeof s !== "symbol");
        const detail = issue.code === "unrecognized_keys" ? `unknown key '${issue.keys.join("', '")}'` : issue.message;
        return new ConfigError(`${p.length ? `key '${p.join(".")}': ` : ""}${detail}`, at(p));
      })
    );
  const spec = parsed.data.rules;
  const ruleSet = isProfileName(spec) ? await loadRuleSet(spec) : await loadRuleSet(resolve(dirname(path), spec), { displayName: spec });
  const ids = ruleSet.rules.map((r) => r.id);
  const mistakes = [];
  const cases = [];
  parsed.data.cases.forEach((c, i) => {
    if (!ids.includes(c.rule)) {
      const suggestion = closest(c.rule, ids);
      mistakes.push(
        new ConfigError(
          `key 'cases.${i}.rule': ${spec} has no rule '${c.rule}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`,
          at(["cases", i, "rule"])
        )
      );
      return;
    }
    for (const kind of ["valid", "invalid"])
      (c[kind] ?? []).forEach((t, j) => {
        const where = at(["cases", i, kind, j]);
        const expected = kind === "valid" ? [] : [...markedPlaces(t.files, c.rule), ...t.expect ?? []];
        if (kind === "invalid" && expected.length === 0)
          mistakes.push(
            new ConfigError(
              `an invalid case of '${c.rule}' expects nothing: mark a line \`expect: ${c.rule}\`, or list places under \`expect\``,
              where
            )
          );
        cases.push({
          rule: c.rule,
          kind,
          index: j + 1,
          files: { ...parsed.data.common, ...t.files },
          expected,
          at: `${where.file}:${where.line}`
        });
      });
  });
  const mistake = combineMistakes(mistakes);
  if (mistake) throw mistake;
  return { file: shownAs, ruleSet, cases };
}
var placeOf = (f) => f.line === void 0 ? f.path : `${f.path}:${f.line}`;
async function runCase(ruleSet, ruleCase) {
  const rule = ruleSet.rules.find((r) => r.id === ruleCase.rule);
  const { report } = await scanSource(new InMemorySource("case", ruleCase.files), {
    ruleSet: { ...ruleSet, rules: [rule] },
    everyRule: true
  });
  const reported = report.findings.filter((f) => f.ruleId === rule.id);
  const left = [...ruleCase.expected];
  const unexpected = [];
  for (const f of reported) {
    const place = placeOf(f);
    const i = left.indexOf(place);
    if (i >= 0) left.splice(i, 1);
    else unexpected.push({ place, message: f.detail });
  }
  return { case: ruleCase, missing: left, unexpected };
}
var passed = (r) => r.missing.length === 0 && r.unexpected.length === 0;
function bundledTestsFolder() {
  for (const up of ["../", "../../"]) {
    const candidate = fileURLToPath(new URL(`${up}rules/tests`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL("../../rules/tests", import.meta.url));
}
async function testFilesIn(path) {
  const info = await stat(path).catch(() => void 0);
  if (!info) throw new UsageError(`no rule tests at ${path}`);
  if (info.isFile()) return [path];
  const out = [];
  const walk = async (dir) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort(
      (a, b) => a.name < b.name ? -1 : 1
    )) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.test\.ya?ml$/.test(entry.name)) out.push(full);
    }
  };
  await walk(path);
  if (out.length === 0) throw new UsageError(`no rule tests (*.test.yml) in ${path}`);
  return out;
}
var shown = (path) => {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith("..") ? r : path;
};

export {
  markedPlaces,
  readRuleTestFile,
  runCase,
  passed,
  bundledTestsFolder,
  testFilesIn,
  shown
};
