import type { RawFinding } from '../model.js';
import { defineKind } from './kind.js';
import {
  compileTextMatcher,
  excerpt,
  findTextMatches,
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
  async checkFile(file, matcher): Promise<RawFinding[]> {
    const matches = await findTextMatches(file, matcher);
    return matches.map((m) => ({
      path: file.path,
      region: file.lines.region(m.start, m.end),
      message: `Found \`${excerpt(m.text)}\`.`
    }));
  }
});
