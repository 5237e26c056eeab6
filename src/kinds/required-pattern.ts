// A file that must contain something. Absence is a file-level finding on the file; a file that does not
// exist is a finding on the path the rule names, saying so.
import type { RawFinding } from '../model.js';
import { isLiteralPath } from '../rules/globs.js';
import { defineKind } from './kind.js';
import {
  compileTextMatcher,
  findTextMatches,
  isPythonPath,
  scopeRanges,
  TEXT_MATCH_OPTIONS
} from './text-match.js';

function whereWords(where: ReadonlySet<string>): string {
  if (where.has('anywhere')) return '';
  return ` in ${[...where].join(' or ')}`;
}

export const requiredPattern = defineKind({
  kind: 'required-pattern',
  description:
    'Every selected file must contain a regular expression or literal (optionally in code only, or inside named Python functions or classes); a missing file is reported too.',
  options: TEXT_MATCH_OPTIONS,
  compile: compileTextMatcher,
  async checkFile(file, matcher): Promise<RawFinding[]> {
    if ((await findTextMatches(file, matcher, 1)).length > 0) return [];
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
  checkTree(_tree, _matcher, rule, selected): RawFinding[] {
    return rule.unmatchedGlobs(selected).map((glob) => ({
      path: glob,
      message: isLiteralPath(glob) ? 'File is missing.' : `No file matches \`${glob}\`.`
    }));
  }
});
