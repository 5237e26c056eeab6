import type { RawFinding } from '../model.js';
import { defineKind } from './kind.js';

export const requiredPath = defineKind({
  kind: 'required-path',
  description: 'Files or directories that must exist: every glob in `files` must match at least one path.',
  matchesDirectories: true,
  whenNothingSelected: 'checked',
  options: () => ({}),
  compile: () => undefined,
  checkTree(_tree, _compiled, rule, selected): RawFinding[] {
    return rule.unmatched(selected).map(({ glob, path, literal }) => ({
      path,
      message: literal ? 'Does not exist.' : `Nothing matches \`${glob}\`.`
    }));
  }
});
