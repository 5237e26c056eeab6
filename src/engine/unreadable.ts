// In a gate on a change (pr and push modes), what the scan could not look at is a finding of its own:
// a path it could not read (permissions, a FIFO, gone mid-scan) or a file a rule's pattern had no time
// left for. Elsewhere these are notes among the skipped files.
import { Anchors } from './anchors.js';
import { KINDS } from '../kinds/index.js';
import { resolveEnforcement } from '../gate/policy.js';
import type { RawFinding, SkippedFile } from '../model.js';
import type { CompiledRule } from '../rules/rule-set.js';
import type { TreeListing } from '../sources/source.js';

/** The rule a gate's unreadable paths are findings of (failClosed). */
export const UNREADABLE_RULE: CompiledRule = {
  id: 'unreadable-path',
  phase: 0,
  title: 'The gate reads every file its rules look at',
  kind: 'forbidden-path',
  message:
    'The gate could not read this path, so it cannot say what it holds; a gate that cannot look does not pass.',
  remediation:
    'Make the path readable by the job (permissions; a regular file, not a FIFO or socket), or exclude it from the rules that select it.',
  enforcement: resolveEnforcement('error'),
  files: [],
  exclude: [],
  selects: () => false,
  module: KINDS['forbidden-path'],
  compiled: undefined,
  line: 0,
  origin: 'migration-gate',
  skipRoots: []
};

/** What the scan skipped because it could not read it (not by design, as binary or oversized files). */
export function unreadablePaths(skipped: readonly SkippedFile[], listing: TreeListing): RawFinding[] {
  const anchors = new Anchors(listing.files, listing.directories);
  return skipped
    .filter((s) => /^(unreadable|not a regular file|not checked)/.test(s.reason))
    .map((s) => {
      const anchor = anchors.anchorFor(s.path);
      return { path: s.path, message: `Not looked at: ${s.reason}.`, ...(anchor ? { anchor } : {}) };
    });
}
