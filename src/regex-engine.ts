// Rule patterns run on V8's backtracking engine, which is fast but can take exponential time on a line
// that almost matches. V8 also has a linear-time engine; with this flag a pattern falls back to it
// after excessive backtracking (patterns it supports: no lookbehind or back-references). Set through
// Node's public v8.setFlagsFromString before any rule pattern is compiled: the action and the CLI call
// this first thing. The loader refuses the shapes known to backtrack exponentially either way
// (rules/regex-safety.ts), and each pattern has a time budget (kinds/text-match.ts).
import { setFlagsFromString } from 'node:v8';

let enabled = false;

export function enableLinearRegexFallback(): void {
  if (enabled) return;
  enabled = true;
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
}
