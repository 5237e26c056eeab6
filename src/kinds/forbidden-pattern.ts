import type { RawFinding } from '../model.js';
import { defineKind } from './kind.js';
import {
  compileTextMatcher,
  excerpt,
  findTextMatches,
  mayMatch,
  patternIncomplete,
  requiredText,
  textMatchOptions
} from './text-match.js';

export const forbiddenPattern = defineKind({
  kind: 'forbidden-pattern',
  description:
    'A regular expression or literal that must not appear in the selected files, optionally only in code, comments or strings, or inside named Python functions or classes.',
  options: textMatchOptions,
  compile: compileTextMatcher,
  lookFor: requiredText,
  incomplete: patternIncomplete,
  // Synchronous when the file cannot match (most files): no async call per rule and file.
  checkFile(file, matcher): RawFinding[] | Promise<RawFinding[]> {
    if (!mayMatch(file, matcher)) return [];
    return findTextMatches(file, matcher).then((matches) =>
      matches.map((m) => ({
        path: file.path,
        region: file.lines.region(m.start, m.end),
        message: `Found \`${excerpt(m.text)}\`.`
      }))
    );
  }
});
