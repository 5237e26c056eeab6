// Rule tests (`migration-gate test`): YAML files that name a rule set and give, per rule, small trees
// the rule must find nothing in (`valid`) and trees where it must report exactly the marked places
// (`invalid`). A line marked `expect: RULE-ID` (in any comment: `#`, `//`, `<!--`) must be reported at
// that line; `expect:` under a case lists places no line can carry (a folder, a missing file: `path`,
// or `path:line`). Each case runs the one rule through the real engine and gate, on an in-memory tree.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, combineMistakes, UsageError } from '../errors.js';
import { scanSource } from '../pipeline.js';
import { InMemorySource } from '../sources/in-memory.js';
import { isProfileName } from './bundled.js';
import { loadRuleSet } from './load.js';
import { readRuleText } from './rule-text.js';
import type { RuleSet } from './rule-set.js';
import { closest } from './did-you-mean.js';

const tree = z.strictObject({
  files: z.record(z.string(), z.string()).describe('The tree: path -> text.'),
  expect: z
    .array(z.string().min(1))
    .optional()
    .describe('Places no line can be marked: `path` (a file-level finding) or `path:line`.')
});

const testFileSchema = z.strictObject({
  rules: z.string().min(1).describe('A bundled profile, or a rule file relative to this test file.'),
  common: z
    .record(z.string(), z.string())
    .optional()
    .describe("Files every case's tree starts from (a case's own files replace them by path)."),
  cases: z
    .array(
      z.strictObject({
        rule: z.string().min(1),
        valid: z.array(tree).optional(),
        invalid: z.array(tree).optional()
      })
    )
    .min(1)
});

export interface RuleCase {
  rule: string;
  kind: 'valid' | 'invalid';
  /** 1-based among the rule's cases of this kind. */
  index: number;
  files: Record<string, string>;
  /** Expected places: `path` or `path:line`. */
  expected: string[];
  /** Where the case is written (file:line). */
  at: string;
}

export interface RuleTestFile {
  file: string;
  ruleSet: RuleSet;
  cases: RuleCase[];
}

/** `expect: a-rule, other` in a comment on the line. */
const MARK = /\bexpect:\s*([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)/g;

/** The places a tree's lines are marked as expected for `rule`, as `path:line`. */
export function markedPlaces(files: Record<string, string>, rule: string): string[] {
  const out: string[] = [];
  for (const [path, text] of Object.entries(files))
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(MARK))
        if (m[1]!.split(/\s*,\s*/).includes(rule)) out.push(`${path}:${i + 1}`);
    });
  return out;
}

/** Reads a test file and loads the rule set it names; every mistake at file:line:col. */
export async function readRuleTestFile(path: string, shownAs = path): Promise<RuleTestFile> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read rule tests ${shownAs}: ${error.code ?? error.message}`);
  });
  const { data, at } = readRuleText(text, shownAs);
  const parsed = testFileSchema.safeParse(data);
  if (!parsed.success)
    throw combineMistakes(
      parsed.error.issues.map((issue) => {
        const p = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
        const detail =
          issue.code === 'unrecognized_keys' ? `unknown key '${issue.keys.join("', '")}'` : issue.message;
        return new ConfigError(`${p.length ? `key '${p.join('.')}': ` : ''}${detail}`, at(p));
      })
    )!;
  const spec = parsed.data.rules;
  const ruleSet = isProfileName(spec)
    ? await loadRuleSet(spec)
    : await loadRuleSet(resolve(dirname(path), spec), { displayName: spec });
  const ids = ruleSet.rules.map((r) => r.id);
  const mistakes: ConfigError[] = [];
  const cases: RuleCase[] = [];
  parsed.data.cases.forEach((c, i) => {
    if (!ids.includes(c.rule)) {
      const suggestion = closest(c.rule, ids);
      mistakes.push(
        new ConfigError(
          `key 'cases.${i}.rule': ${spec} has no rule '${c.rule}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
          at(['cases', i, 'rule'])
        )
      );
      return;
    }
    for (const kind of ['valid', 'invalid'] as const)
      (c[kind] ?? []).forEach((t, j) => {
        const where = at(['cases', i, kind, j]);
        const expected = kind === 'valid' ? [] : [...markedPlaces(t.files, c.rule), ...(t.expect ?? [])];
        if (kind === 'invalid' && expected.length === 0)
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

export interface CaseResult {
  case: RuleCase;
  /** Expected places not reported. */
  missing: string[];
  /** Places reported and not expected, with the finding's words. */
  unexpected: Array<{ place: string; message: string }>;
}

const placeOf = (f: { path: string; line?: number }) =>
  f.line === undefined ? f.path : `${f.path}:${f.line}`;

/** Runs one case: the rule alone, every stage's enforcement set aside (a test is about what it finds). */
export async function runCase(ruleSet: RuleSet, ruleCase: RuleCase): Promise<CaseResult> {
  const rule = ruleSet.rules.find((r) => r.id === ruleCase.rule)!;
  const { report } = await scanSource(new InMemorySource('case', ruleCase.files), {
    ruleSet: { ...ruleSet, rules: [rule] },
    everyRule: true
  });
  const reported = report.findings.filter((f) => f.ruleId === rule.id);
  const left = [...ruleCase.expected];
  const unexpected: CaseResult['unexpected'] = [];
  for (const f of reported) {
    const place = placeOf(f);
    const i = left.indexOf(place);
    if (i >= 0) left.splice(i, 1);
    else unexpected.push({ place, message: f.detail });
  }
  return { case: ruleCase, missing: left, unexpected };
}

export const passed = (r: CaseResult): boolean => r.missing.length === 0 && r.unexpected.length === 0;

/** The bundled profiles' tests (rules/tests beside the profiles, in the repository and in dist/). */
export function bundledTestsFolder(): string {
  for (const up of ['../', '../../']) {
    const candidate = fileURLToPath(new URL(`${up}rules/tests`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL('../../rules/tests', import.meta.url));
}

/** The test files a path names: the file, or the *.test.yml / *.test.yaml files below a folder. */
export async function testFilesIn(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`no rule tests at ${path}`);
  if (info.isFile()) return [path];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1
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

/** A path as shown: relative to the working directory when inside it. */
export const shown = (path: string): string => {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith('..') ? r : path;
};
