// Text that must fit GitHub's limits, cut at a section boundary with a pointer to the rest.

/** Check-run output.summary and output.text: 65,535 characters each. */
export const CHECK_TEXT_MAX = 65_535;
/** GITHUB_STEP_SUMMARY: 1 MiB per step (over it, the upload fails). */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024;

/**
 * Joins sections while they fit in `max` (measured by `size`), then appends `overflow(n)` for the n
 * sections left out. Sections are never cut in the middle.
 */
export function fitSections(
  sections: readonly string[],
  max: number,
  overflow: (omitted: number) => string,
  size: (s: string) => number = (s) => s.length
): string {
  let out = '';
  for (let i = 0; i < sections.length; i++) {
    const next = out + sections[i];
    const tail = overflow(sections.length - i - 1);
    if (size(next) + (i < sections.length - 1 ? size(tail) : 0) > max) {
      const note = overflow(sections.length - i);
      return size(out + note) <= max ? out + note : out;
    }
    out = next;
  }
  return out;
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
