// Inline suppressions, written in any comment syntax:
//   # migration-gate: ignore[rule-id, other-id] reason why, until 2027-03-31
//   # migration-gate: ignore-file[rule-id] reason why
// `ignore` at the end of a line of code covers that line; on a line of its own it covers the next
// line (so it can sit above the code); `ignore-file` covers the whole file. A reason is required; `until` is optional. An expired, unused or malformed suppression does not
// suppress anything and is itself reported.
import type { RawFinding } from '../model.js';
import { closest } from '../rules/did-you-mean.js';

export interface Suppression {
  path: string;
  line: number;
  column: number;
  scope: 'line' | 'file';
  /** On a comment-only line: it then covers the next line too. */
  standalone: boolean;
  rules: string[];
  reason: string;
  /** YYYY-MM-DD, inclusive. */
  until?: string;
  /** Why it cannot be used, when it is malformed. */
  problem?: string;
}

const MARKER = 'migration-gate:';
// Read in pieces, each linear in the line's length: one regex for the whole directive (lazy reason,
// optional closer, whitespace on both sides) backtracked quadratically on a line of spaces — 2,000
// spaces took 2 s, and a hostile file could have hung the scan.
const HEAD = /migration-gate:\s*(ignore|ignore-file)\[([^\]]*)\]/;
const UNTIL = /\buntil\s+(\S+)\s*$/i;
const COMMENT_MARKERS = /^(?:#|\/\/|<!--|\/\*|--|;|\*)*$/;
const CLOSERS = ['-->', '*/'];
const NOT_UNDERSTOOD = 'not understood; write `migration-gate: ignore[rule-id] reason`';

/** The reason as written after `]`: trimmed, without a comment's closing `-->` or `*` + `/`. */
function reasonText(rest: string): string {
  let reason = rest.trim();
  const closer = CLOSERS.find((c) => reason.endsWith(c));
  if (closer) reason = reason.slice(0, -closer.length).trimEnd();
  return reason.replace(/^[-–—:\s]+/, '');
}

/** The reason without a trailing `until DATE` (and the comma before it), and the date. */
function splitUntil(reason: string): { reason: string; until?: string } {
  const m = UNTIL.exec(reason);
  if (!m) return { reason };
  let before = reason.slice(0, m.index).trimEnd();
  if (before.endsWith(',')) before = before.slice(0, -1);
  return { reason: before.trim(), until: m[1]! };
}

/** Suppressions in a file's text (cheap when the marker is absent). */
export function findSuppressions(path: string, text: string): Suppression[] {
  if (!text.includes(MARKER)) return [];
  const out: Suppression[] = [];
  text.split('\n').forEach((raw, i) => {
    const at = raw.indexOf(MARKER);
    if (at === -1) return;
    const directive = raw.slice(at);
    const m = HEAD.exec(directive);
    const standalone = COMMENT_MARKERS.test(raw.slice(0, at).trim());
    const base = { path, line: i + 1, column: at + 1, standalone };
    if (!m) {
      out.push({ ...base, scope: 'line', rules: [], reason: '', problem: NOT_UNDERSTOOD });
      return;
    }
    const rest = directive.slice(m.index + m[0].length);
    // The reason ends the line: text after a lone CR (a file with old Mac line ends, read as one
    // line) makes the directive one that is not understood, as it always has.
    const lineEnd = rest.search(/[\r\u2028\u2029]/);
    if (lineEnd !== -1 && rest.slice(lineEnd).trim() !== '') {
      out.push({ ...base, scope: 'line', rules: [], reason: '', problem: NOT_UNDERSTOOD });
      return;
    }
    const rules = m[2]!
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    const { reason, until } = splitUntil(reasonText(rest));
    const problem =
      rules.length === 0
        ? 'names no rule'
        : !reason
          ? 'gives no reason'
          : until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(until)
            ? `has an 'until' date that is not YYYY-MM-DD ('${until}')`
            : undefined;
    out.push({
      ...base,
      scope: m[1] === 'ignore-file' ? 'file' : 'line',
      rules,
      reason,
      ...(until !== undefined ? { until } : {}),
      ...(problem ? { problem } : {})
    });
  });
  return out;
}

export interface SuppressionOutcome {
  /** Raw findings per rule, without the suppressed ones. */
  kept: Map<string, RawFinding[]>;
  used: Array<{ suppression: Suppression; suppressed: number }>;
  /** Findings about the suppressions themselves: expired, unused, malformed. */
  problems: Array<{ suppression: Suppression; message: string }>;
}

/**
 * The first suppression (in `usable` order) that covers a finding, found through an index by path,
 * rule and covered line: searching the whole list for every finding made a file with 100,000 findings
 * and as many suppressions take billions of steps.
 */
export function firstCovering(
  usable: readonly Suppression[]
): (ruleId: string, f: RawFinding) => Suppression | undefined {
  const first = new Map<string, number>();
  const note = (key: string, index: number) => {
    if (!first.has(key)) first.set(key, index);
  };
  usable.forEach((s, index) => {
    for (const rule of s.rules) {
      if (s.scope === 'file') note(`${s.path}\0${rule}`, index);
      else {
        note(`${s.path}\0${rule}\0${s.line}`, index);
        if (s.standalone) note(`${s.path}\0${rule}\0${s.line + 1}`, index);
      }
    }
  });
  return (ruleId, f) => {
    const inFile = first.get(`${f.path}\0${ruleId}`);
    const onLine = f.region ? first.get(`${f.path}\0${ruleId}\0${f.region.line}`) : undefined;
    const index = Math.min(inFile ?? Infinity, onLine ?? Infinity);
    return index === Infinity ? undefined : usable[index];
  };
}

export function applySuppressions(
  findings: ReadonlyMap<string, readonly RawFinding[]>,
  suppressions: readonly Suppression[],
  today: string,
  /** The rule set's rule ids, so that a suppression naming another can say so. */
  ruleIds?: readonly string[]
): SuppressionOutcome {
  const usable = suppressions.filter((s) => !s.problem && !(s.until && s.until < today));
  const coverFor = firstCovering(usable);
  const counts = new Map<Suppression, number>();
  const kept = new Map<string, RawFinding[]>();
  for (const [ruleId, list] of findings) {
    kept.set(
      ruleId,
      list.filter((f) => {
        const s = coverFor(ruleId, f);
        if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
        return !s;
      })
    );
  }
  const problems: SuppressionOutcome['problems'] = [];
  for (const s of suppressions) {
    if (s.problem)
      problems.push({ suppression: s, message: `This suppression ${s.problem}, so it suppresses nothing.` });
    else if (s.until && s.until < today)
      problems.push({
        suppression: s,
        message: `This suppression of ${s.rules.join(', ')} expired on ${s.until}; its findings are reported again.`
      });
    else if (!counts.get(s) && ruleIds && s.rules.some((r) => !ruleIds.includes(r)))
      problems.push({ suppression: s, message: unknownRulesMessage(s.rules, ruleIds) });
    else if (!counts.get(s))
      problems.push({
        suppression: s,
        message: `This suppression of ${s.rules.join(', ')} matches no finding; remove it.`
      });
  }
  return {
    kept,
    used: usable.filter((s) => counts.get(s)).map((s) => ({ suppression: s, suppressed: counts.get(s)! })),
    problems
  };
}

/** For a suppression that matches nothing and names rules the rule set does not have: which, and what was meant. */
function unknownRulesMessage(rules: readonly string[], ruleIds: readonly string[]): string {
  const unknown = rules.filter((r) => !ruleIds.includes(r));
  const named = unknown.map((r) => {
    const suggestion = closest(r, ruleIds);
    return `'${r}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`;
  });
  return `This suppression names ${unknown.length === 1 ? 'a rule' : 'rules'} this rule set does not have: ${named.join(', ')}; it suppresses nothing.`;
}
