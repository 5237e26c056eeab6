// `migration-gate test [PATH...]`: runs rule tests (src/rules/rule-tests.ts) and prints each failing
// case with what was expected and what was reported; exit 1 when one fails.
import type { Io } from '../command-line.js';
import {
  bundledTestsFolder,
  passed,
  readRuleTestFile,
  runCase,
  shown,
  testFilesIn,
  type CaseResult
} from '../rules/rule-tests.js';
import { plural } from '../words.js';

/** A failing case: where it is, then `-` lines expected and not reported, `+` lines reported and not expected. */
export function failureLines(result: CaseResult, ruleSetName: string): string[] {
  const c = result.case;
  return [
    `✗ ${c.rule} › ${c.kind} #${c.index} (${c.at}, ${ruleSetName})`,
    ...result.missing.map((place) => `    - expected, not reported  ${place}`),
    ...result.unexpected.map((u) => `    + reported, not expected  ${u.place}  ${u.message}`)
  ];
}

export async function runRuleTests(
  paths: readonly string[],
  only: readonly string[],
  io: Io
): Promise<number> {
  const files = (await Promise.all((paths.length ? paths : [bundledTestsFolder()]).map(testFilesIn))).flat();
  let cases = 0;
  let failed = 0;
  const rules = new Set<string>();
  for (const file of files) {
    const tests = await readRuleTestFile(file, shown(file));
    const selected = tests.cases.filter((c) => only.length === 0 || only.includes(c.rule));
    for (const ruleCase of selected) {
      const result = await runCase(tests.ruleSet, ruleCase);
      cases++;
      rules.add(`${tests.ruleSet.name}\0${ruleCase.rule}`);
      if (passed(result)) continue;
      failed++;
      io.stdout(`${failureLines(result, tests.ruleSet.name).join('\n')}\n`);
    }
  }
  io.stdout(
    `${failed ? '\n' : ''}${plural(cases, 'case')} of ${plural(rules.size, 'rule')} in ${plural(files.length, 'file')}: ${failed ? `${failed} failed` : 'all passed'}.\n`
  );
  return failed ? 1 : 0;
}
