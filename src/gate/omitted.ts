// Findings past the scan's caps (engine/scan.ts) are not kept, yet each one is judged: it counts in its
// rule and file, is new or old by its line, and is covered by the baseline like a kept one. What is not
// looked at is a suppression comment on such a line, so the gate can only be stricter for them.
import type { RawFinding } from '../model.js';

/**
 * The first lines of a rule's findings not kept in one file (0 for a file-level one), as runs: pairs
 * `first, last` for one finding on each line from first to last. A hostile file's findings are on
 * consecutive lines, so 80,000 of them take one run, not 80,000 numbers.
 */
export type OmittedLines = number[];

/** Rule id -> path -> the lines of the findings not kept. */
export type OmittedFindings = ReadonlyMap<string, ReadonlyMap<string, OmittedLines>>;

export function addOmittedLine(runs: OmittedLines, line: number): void {
  const last = runs.length - 1;
  if (last > 0 && line > 0 && runs[last] === line - 1) runs[last] = line;
  else runs.push(line, line);
}

export function omittedLineCount(runs: OmittedLines): number {
  let count = 0;
  for (let i = 0; i < runs.length; i += 2) count += runs[i + 1]! - runs[i]! + 1;
  return count;
}

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
  runs: OmittedLines,
  isNew?: (finding: RawFinding) => boolean
): OmittedTally {
  const count = omittedLineCount(runs);
  if (!isNew) return { fresh: 0, old: count };
  let fresh = 0;
  for (let i = 0; i < runs.length; i += 2)
    for (let line = runs[i]!; line <= runs[i + 1]!; line++) {
      const region = line > 0 ? { region: { line, column: 1, endLine: line, endColumn: 1 } } : {};
      if (isNew({ path, message: '', ...region })) fresh++;
    }
  return { fresh, old: count - fresh };
}

export const omittedCount = (tally: OmittedTally): number => tally.fresh + tally.old;
