// A file that must contain something. Absence is a file-level finding on the file; a file that does not
// exist is a finding on the path the rule names, saying so.
import type { RawFinding } from '../model.js';
import { commonDirectory } from '../rules/globs.js';
import { defineKind, type SourceFile } from './kind.js';
import {
  compileTextMatcher,
  findTextMatches,
  isPythonPath,
  patternIncomplete,
  requiredText,
  scopeRanges,
  textMatchOptions,
  type TextMatcher
} from './text-match.js';

function whereWords(where: ReadonlySet<string>): string {
  if (where.has('anywhere')) return '';
  return ` in ${[...where].join(' or ')}`;
}

export const requiredPattern = defineKind({
  kind: 'required-pattern',
  description:
    'Every selected file must contain a regular expression or literal (optionally in code only, or inside named Python functions or classes); a missing file is reported too.',
  options: (z) => ({
    ...textMatchOptions(z),
    scope: z
      .enum(['each', 'any'])
      .optional()
      .describe('`each` (default): every selected file must contain it; `any`: at least one of them must.')
  }),
  compile: ({ scope, ...options }) => ({ ...compileTextMatcher(options), scope: scope ?? 'each' }),
  // With scope `any` the verdict needs all selected files at once: checkTree reads them again.
  readsInTree: (matcher) => matcher.scope === 'any',
  whenNothingSelected: 'checked',
  lookFor: (matcher) => requiredText(matcher),
  incomplete: (matcher) => patternIncomplete(matcher),
  async checkFile(file, matcher): Promise<RawFinding[]> {
    if (matcher.scope === 'any') return [];
    if (await contains(file, matcher)) return [];
    const where = whereWords(matcher.where);
    if (matcher.within && isPythonPath(file.path)) {
      const scopes = scopeRanges(await file.python(), matcher.within);
      const names = matcher.within.map((n) => `\`${n}\``).join(' or ');
      if (scopes.length === 0)
        return [{ path: file.path, message: `Defines no function or class named ${names}.` }];
      return [{ path: file.path, message: `${names} does not contain ${matcher.label}${where}.` }];
    }
    return [{ path: file.path, message: `Does not contain ${matcher.label}${where}.` }];
  },
  async checkTree(tree, matcher, rule, selected): Promise<RawFinding[]> {
    const missing = rule.unmatched(selected).map(({ glob, path, literal }) => ({
      path,
      message: literal ? 'File is missing.' : `No file matches \`${glob}\`.`
    }));
    if (matcher.scope === 'each' || selected.length === 0) return missing;
    for (const path of selected) {
      const file = await tree.read(path);
      if (file && (await contains(file, matcher))) return [];
    }
    const where = whereWords(matcher.where);
    return [
      {
        path: commonDirectory(selected),
        message: `None of the ${selected.length} selected files contains ${matcher.label}${where}.`
      }
    ];
  }
});

const contains = async (file: SourceFile, matcher: TextMatcher): Promise<boolean> =>
  (await findTextMatches(file, matcher, 1)).length > 0;
