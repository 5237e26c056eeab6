// Test helpers: an in-memory tree and a one-call "run these rules on these files" that goes through
// the real loader, engine and gate, so kind tests exercise what users run.
import fc from 'fast-check';
import { scan } from '../src/engine/scan.js';
import { judge } from '../src/gate/verdict.js';
import type { Finding, Stage } from '../src/model.js';
import { parseRuleSet } from '../src/rules/parse.js';
import type { RuleSet } from '../src/rules/rule-set.js';
import { InMemorySource } from '../src/sources/in-memory.js';

/** A tree given as { 'path/file.py': 'text' }; directories are implied; `links` are symlink paths. */
export class MemorySource extends InMemorySource {
  constructor(files: Record<string, string | Uint8Array>, links: string[] = []) {
    super('memory', files, links);
  }
}

/** A rule file with the given YAML rule bodies (each a string of `key: value` lines, no leading dash). */
export function ruleSetYaml(...rules: string[]): string {
  const body = rules.map((r) => `  - ${r.trim().split('\n').join('\n    ')}`).join('\n');
  return `name: test\nrules:\n${body}\n`;
}

export function loadRules(...rules: string[]): RuleSet {
  return parseRuleSet(ruleSetYaml(...rules), 'test.yml');
}

/** Runs rules over an in-memory tree and returns the findings (as the gate reports them). */
export async function findingsFor(
  rules: RuleSet | string,
  files: Record<string, string | Uint8Array>,
  options: { stage?: Stage; links?: string[] } = {}
): Promise<Finding[]> {
  const ruleSet = typeof rules === 'string' ? loadRules(rules) : rules;
  const result = await scan(new MemorySource(files, options.links), ruleSet.rules);
  return judge(ruleSet, options.stage ?? 'beta', result.findings).findings;
}

/** The parts of findings that case tables assert: rule, path, and [line, column, endLine, endColumn]. */
export function where(findings: Finding[]): Array<[string, string, number[] | null]> {
  return findings.map((f) => [
    f.ruleId,
    f.path,
    f.line === undefined ? null : [f.line, f.column!, f.endLine!, f.endColumn!]
  ]);
}

/** Python files made of up to eight of these fragments, one after another, with LF or CRLF line ends. */
export function generatedPython(fragments: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...fragments), fc.constantFrom('\n', '\r\n')), { maxLength: 8 })
    .map((parts) => parts.map(([f, nl]) => f.replace(/\n/g, nl) + nl).join(''));
}
