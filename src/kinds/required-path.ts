import type { RawFinding } from '../model.js';
import { isLiteralPath } from '../rules/globs.js';
import { defineKind } from './kind.js';

export const requiredPath = defineKind({
  kind: 'required-path',
  description: 'Files or directories that must exist: every glob in `files` must match at least one path.',
  matchesDirectories: true,
  options: () => ({}),
  compile: () => undefined,
  checkTree(_tree, _compiled, rule, selected): RawFinding[] {
    return rule.unmatchedGlobs(selected).map((glob) => ({
      path: glob,
      message: isLiteralPath(glob) ? 'Does not exist.' : `Nothing matches \`${glob}\`.`
    }));
  }
});
