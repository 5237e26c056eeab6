// Positions for values read by parsers that do not keep them (TOML): find the value's text in the
// source, searching forward from a known point so repeated values map to successive occurrences.
import type { Region } from '../model.js';
import { LineIndex } from './line-index.js';
import { escapeRegex } from '../regex-escape.js';

export class TextLocator {
  readonly lines: LineIndex;
  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
  }

  /**
   * Offset of a TOML/INI section header `[name]`, or 0. Spaces and tabs only around it: `\\s` would
   * cross line ends, and backtrack over every run of blank lines (80,000 of them took 6 s).
   */
  section(name: string): number {
    const escaped = escapeRegex(name);
    const m = new RegExp(`^[ \\t]*\\[[ \\t]*${escaped}[ \\t]*\\]`, 'm').exec(this.text);
    return m ? m.index : 0;
  }

  /** Region of the first quoted occurrence of `value` at or after `from` (a key line when `key` is set). */
  find(value: string, from: number, key = false): Region | undefined {
    const escaped = escapeRegex(value);
    const re = key
      ? new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*=`, 'gm')
      : new RegExp(`(["'])${escaped}\\1`, 'g');
    re.lastIndex = from;
    const m = re.exec(this.text);
    if (!m) return undefined;
    const start = key ? m.index + (m[0].length - m[0].trimStart().length) : m.index;
    return this.lines.region(start, m.index + m[0].length);
  }
}
