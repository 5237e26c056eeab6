import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  enforcementWords,
  rulesOf
} from "./chunk-KYG6LFS3.js";
import {
  KINDS
} from "./chunk-MWZUZHCR.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-GAMSNZDU.js";
import "./chunk-LNJJTR4R.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-J22OGSNJ.js";
import {
  closest
} from "./chunk-J3ZCB4OI.js";
import {
  UsageError
} from "./chunk-5OBZHJR5.js";
import "./chunk-GDWBPA24.js";
import "./chunk-7WBFJJUZ.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-O63SYX52.js";
import "./chunk-QIFTQJHM.js";
import "./chunk-X4QDXHRQ.js";
import "./chunk-TUQ47QQM.js";

// src/commands/explain.ts
function conditionWords(c) {
  switch (c.type) {
    case "exists":
      return `a path matching ${c.globs.join(" or ")} exists`;
    case "installs":
      return `a dependency file declares ${c.packages.map((p) => `${p.name}${p.specifier}`).join(" or ")}`;
    case "contains":
      return `one of ${c.files.join(", ")} shows that ${c.label}`;
    case "all":
      return c.of.map(conditionWords).join(", and ");
    case "any":
      return `either ${c.of.map(conditionWords).join(", or ")}`;
    case "not":
      return `not (${conditionWords(c.of)})`;
  }
}
async function explanation(rule, set) {
  const out = [
    `${rule.id}: ${rule.title}`,
    "",
    `  Phase      ${rule.phase} \xB7 ${set.phases[rule.phase] ?? ""}`,
    `  Kind       ${rule.kind}: ${KINDS[rule.kind].description}`,
    `  From       ${rule.origin}`,
    `  Files      ${rule.files.join(", ")}${rule.exclude.length ? ` (not ${rule.exclude.join(", ")})` : ""}`,
    ...rule.root ? [`  Checked    in each ${rule.root.name} folder on its own`] : [],
    `  Enforced   ${enforcementWords(rule.enforcement)}`,
    `  Applies    ${rule.when ? `when ${conditionWords(rule.when)}` : "always"}`,
    `  Finds      ${rule.message}`,
    ...rule.remediation ? [`  Fix        ${rule.remediation}`] : []
  ];
  out.push(...await exampleLines(rule));
  return out;
}
async function exampleLines(rule) {
  const { bundledTestsFolder, readRuleTestFile, shown, testFilesIn } = await import("./rule-tests-HFNGWUO7.js");
  const { scanSource } = await import("./pipeline-7BKCQIXL.js");
  const { InMemorySource } = await import("./in-memory-JOZ5I4O7.js");
  for (const file of await testFilesIn(bundledTestsFolder()).catch(() => [])) {
    const tests = await readRuleTestFile(file, shown(file)).catch(() => void 0);
    const example = tests?.cases.find((c) => c.rule === rule.id && c.kind === "invalid");
    if (!tests || !example) continue;
    const own = tests.ruleSet;
    const { report } = await scanSource(new InMemorySource("example", example.files), {
      ruleSet: { ...own, rules: own.rules.filter((r) => r.id === rule.id) },
      everyRule: true
    });
    const finding = report.findings[0];
    if (!finding) continue;
    const where = finding.line === void 0 ? finding.path : `${finding.path}:${finding.line}:${finding.column}`;
    return [
      "",
      `  Example    ${where}  ${finding.message}`,
      `             (its first invalid test case, ${example.at})`
    ];
  }
  return [];
}
async function explain(rest, spec, io) {
  if (rest.length !== 1)
    throw new UsageError("explain takes one rule id, e.g. `migration-gate explain no-flask`");
  const id = rest[0];
  const { rules } = await rulesOf(spec);
  const found = rules.find((r) => r.rule.id === id);
  if (!found) {
    const suggestion = closest(
      id,
      rules.map((r) => r.rule.id)
    );
    throw new UsageError(
      `no rule '${id}' in ${spec ?? "the bundled profiles"}${suggestion ? ` (did you mean '${suggestion}'?)` : ""}; 'migration-gate list-rules' lists them`
    );
  }
  io.stdout(`${(await explanation(found.rule, found.set)).join("\n")}
`);
  return 0;
}
export {
  conditionWords,
  explain,
  explanation
};
