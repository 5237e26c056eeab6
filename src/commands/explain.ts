// `migration-gate explain RULE-ID`: everything about one rule in words — what it is, where it looks,
// how hard each stage enforces it, when it applies, what it finds and how to fix it — and an example
// finding, made by running the rule on the first `invalid` case of its tests.
import type { Io } from '../command-line.js';
import { UsageError } from '../errors.js';
import { KINDS } from '../kinds/index.js';
import type { CompiledCondition } from '../rules/conditions.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import { closest } from '../rules/did-you-mean.js';
import { enforcementWords } from './list-rules.js';
import { rulesOf } from './rule-sets.js';

/** A `when` condition in words. */
export function conditionWords(c: CompiledCondition): string {
  switch (c.type) {
    case 'exists':
      return `a path matching ${c.globs.join(' or ')} exists`;
    case 'installs':
      return `a dependency file declares ${c.packages.map((p) => `${p.name}${p.specifier}`).join(' or ')}`;
    case 'contains':
      return `one of ${c.files.join(', ')} shows that ${c.label}`;
    case 'all':
      return c.of.map(conditionWords).join(', and ');
    case 'any':
      return `either ${c.of.map(conditionWords).join(', or ')}`;
    case 'not':
      return `not (${conditionWords(c.of)})`;
  }
}

export async function explanation(rule: CompiledRule, set: RuleSet): Promise<string[]> {
  const out = [
    `${rule.id}: ${rule.title}`,
    '',
    `  Phase      ${rule.phase} · ${set.phases[rule.phase] ?? ''}`,
    `  Kind       ${rule.kind}: ${KINDS[rule.kind].description}`,
    `  From       ${rule.origin}`,
    `  Files      ${rule.files.join(', ')}${rule.exclude.length ? ` (not ${rule.exclude.join(', ')})` : ''}`,
    ...(rule.root ? [`  Checked    in each ${rule.root.name} folder on its own`] : []),
    `  Enforced   ${enforcementWords(rule.enforcement)}`,
    `  Applies    ${rule.when ? `when ${conditionWords(rule.when)}` : 'always'}`,
    `  Finds      ${rule.message}`,
    ...(rule.remediation ? [`  Fix        ${rule.remediation}`] : [])
  ];
  out.push(...(await exampleLines(rule)));
  return out;
}

/** The first finding of the rule's first invalid test case (bundled tests), as the scan prints it. */
async function exampleLines(rule: CompiledRule): Promise<string[]> {
  const { bundledTestsFolder, readRuleTestFile, shown, testFilesIn } = await import('../rules/rule-tests.js');
  const { scanSource } = await import('../pipeline.js');
  const { InMemorySource } = await import('../sources/in-memory.js');
  for (const file of await testFilesIn(bundledTestsFolder()).catch(() => [])) {
    const tests = await readRuleTestFile(file, shown(file)).catch(() => undefined);
    const example = tests?.cases.find((c) => c.rule === rule.id && c.kind === 'invalid');
    if (!tests || !example) continue;
    // The test file's rule set: its roots and `when` are the ones the case was written for.
    const own = tests.ruleSet;
    const { report } = await scanSource(new InMemorySource('example', example.files), {
      ruleSet: { ...own, rules: own.rules.filter((r) => r.id === rule.id) },
      everyRule: true
    });
    const finding = report.findings[0];
    if (!finding) continue;
    const where =
      finding.line === undefined ? finding.path : `${finding.path}:${finding.line}:${finding.column}`;
    return [
      '',
      `  Example    ${where}  ${finding.message}`,
      `             (its first invalid test case, ${example.at})`
    ];
  }
  return [];
}

export async function explain(rest: readonly string[], spec: string | undefined, io: Io): Promise<number> {
  if (rest.length !== 1)
    throw new UsageError('explain takes one rule id, e.g. `migration-gate explain no-flask`');
  const id = rest[0]!;
  const { rules } = await rulesOf(spec);
  const found = rules.find((r) => r.rule.id === id);
  if (!found) {
    const suggestion = closest(
      id,
      rules.map((r) => r.rule.id)
    );
    throw new UsageError(
      `no rule '${id}' in ${spec ?? 'the bundled profiles'}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; 'migration-gate list-rules' lists them`
    );
  }
  io.stdout(`${(await explanation(found.rule, found.set)).join('\n')}\n`);
  return 0;
}
