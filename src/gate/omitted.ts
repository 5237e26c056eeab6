// Findings past the scan's caps (engine/scan.ts) are not kept, yet each one is judged: it counts in its
// rule and file, is new or old by its line, and is covered by the baseline like a kept one. What is not
// looked at is a suppression comment on such a line, so the gate can only be stricter for them.
import type { RawFinding } from '../model.js';

/** Rule id -> path -> the first line of each finding not kept (0 for a file-level one). */
export type OmittedFindings = ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;

/** Of a rule's omitted findings in one file: how many the change introduced, how many it did not. */
export interface OmittedTally {
  fresh: number;
  /** Not new, or a full scan (nothing is new). */
  old: number;
}

/** Rule id -> path -> tally. */
export type OmittedTallies = ReadonlyMap<string, ReadonlyMap<string, OmittedTally>>;

export function tallyOmitted(
  path: string,
  lines: readonly number[],
  isNew?: (finding: RawFinding) => boolean
): OmittedTally {
  if (!isNew) return { fresh: 0, old: lines.length };
  let fresh = 0;
  for (const line of lines) {
    const region = line > 0 ? { region: { line, column: 1, endLine: line, endColumn: 1 } } : {};
    if (isNew({ path, message: '', ...region })) fresh++;
  }
  return { fresh, old: lines.length - fresh };
}

export const omittedCount = (tally: OmittedTally): number => tally.fresh + tally.old;
