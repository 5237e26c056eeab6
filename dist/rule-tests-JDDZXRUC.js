import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  bundledTestsFolder,
  passed,
  readRuleTestFile,
  runCase,
  shown,
  testFilesIn
} from "./chunk-AI3EGFYK.js";
import "./chunk-EEBZSATL.js";
import "./chunk-V2U2N4LQ.js";
import "./chunk-W7IGUFQP.js";
import "./chunk-AMYM5BO3.js";
import "./chunk-N5M66AOG.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-KMBNRKZF.js";
import "./chunk-G35L3SEP.js";
import "./chunk-NFQN2KZ7.js";
import "./chunk-VHI4WFXH.js";
import "./chunk-MWZUZHCR.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-GAMSNZDU.js";
import "./chunk-LNJJTR4R.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-J22OGSNJ.js";
import "./chunk-J3ZCB4OI.js";
import "./chunk-5OBZHJR5.js";
import "./chunk-GDWBPA24.js";
import {
  plural
} from "./chunk-7WBFJJUZ.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-O63SYX52.js";
import "./chunk-QIFTQJHM.js";
import "./chunk-X4QDXHRQ.js";
import "./chunk-YESXCYSA.js";
import "./chunk-TUQ47QQM.js";

// src/commands/rule-tests.ts
function failureLines(result, ruleSetName) {
  const c = result.case;
  return [
    `\u2717 ${c.rule} \u203A ${c.kind} #${c.index} (${c.at}, ${ruleSetName})`,
    ...result.missing.map((place) => `    - expected, not reported  ${place}`),
    ...result.unexpected.map((u) => `    + reported, not expected  ${u.place}  ${u.message}`)
  ];
}
async function runRuleTests(paths, only, io) {
  const files = (await Promise.all((paths.length ? paths : [bundledTestsFolder()]).map(testFilesIn))).flat();
  let cases = 0;
  let failed = 0;
  const rules = /* @__PURE__ */ new Set();
  for (const file of files) {
    const tests = await readRuleTestFile(file, shown(file));
    const selected = tests.cases.filter((c) => only.length === 0 || only.includes(c.rule));
    for (const ruleCase of selected) {
      const result = await runCase(tests.ruleSet, ruleCase);
      cases++;
      rules.add(`${tests.ruleSet.name}\0${ruleCase.rule}`);
      if (passed(result)) continue;
      failed++;
      io.stdout(`${failureLines(result, tests.ruleSet.name).join("\n")}
`);
    }
  }
  io.stdout(
    `${failed ? "\n" : ""}${plural(cases, "case")} of ${plural(rules.size, "rule")} in ${plural(files.length, "file")}: ${failed ? `${failed} failed` : "all passed"}.
`
  );
  return failed ? 1 : 0;
}
export {
  failureLines,
  runRuleTests
};
