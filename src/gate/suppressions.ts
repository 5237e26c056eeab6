// Inline suppressions, written in any comment syntax:
//   # migration-gate: ignore[rule-id, other-id] reason why, until 2027-03-31
//   # migration-gate: ignore-file[rule-id] reason why
// `ignore` at the end of a line of code covers that line; on a line of its own it covers the next
// line (so it can sit above the code); `ignore-file` covers the whole file. A reason is required; `until` is optional. An expired, unused or malformed suppression does not
// suppress anything and is itself reported.
import type { RawFinding } from '../model.js';

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
const DIRECTIVE = /migration-gate:\s*(ignore|ignore-file)\[([^\]]*)\]\s*(.*?)\s*(?:-->|\*\/)?\s*$/;
const UNTIL = /,?\s*\buntil\s+(\S+)\s*$/i;

/** Suppressions in a file's text (cheap when the marker is absent). */
export function findSuppressions(path: string, text: string): Suppression[] {
  if (!text.includes(MARKER)) return [];
  const out: Suppression[] = [];
  text.split('\n').forEach((raw, i) => {
    const at = raw.indexOf(MARKER);
    if (at === -1) return;
    const m = DIRECTIVE.exec(raw.slice(at));
    const standalone = /^\s*(#|\/\/|<!--|\/\*|--|;|\*)*\s*$/.test(raw.slice(0, at));
    const base = { path, line: i + 1, column: at + 1, standalone };
    if (!m) {
      out.push({
        ...base,
        scope: 'line',
        rules: [],
        reason: '',
        problem: 'not understood; write `migration-gate: ignore[rule-id] reason`'
      });
      return;
    }
    const rules = m[2]!
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    let reason = m[3]!.replace(/^[-–—:\s]+/, '');
    const until = UNTIL.exec(reason);
    if (until) reason = reason.slice(0, until.index).trim();
    const problem =
      rules.length === 0
        ? 'names no rule'
        : !reason
          ? 'gives no reason'
          : until && !/^\d{4}-\d{2}-\d{2}$/.test(until[1]!)
            ? `has an 'until' date that is not YYYY-MM-DD ('${until[1]}')`
            : undefined;
    out.push({
      ...base,
      scope: m[1] === 'ignore-file' ? 'file' : 'line',
      rules,
      reason,
      ...(until ? { until: until[1]! } : {}),
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

const covers = (s: Suppression, ruleId: string, f: RawFinding): boolean =>
  s.path === f.path &&
  s.rules.includes(ruleId) &&
  (s.scope === 'file' ||
    (f.region !== undefined && (f.region.line === s.line || (s.standalone && f.region.line === s.line + 1))));

export function applySuppressions(
  findings: ReadonlyMap<string, readonly RawFinding[]>,
  suppressions: readonly Suppression[],
  today: string
): SuppressionOutcome {
  const usable = suppressions.filter((s) => !s.problem && !(s.until && s.until < today));
  const counts = new Map<Suppression, number>();
  const kept = new Map<string, RawFinding[]>();
  for (const [ruleId, list] of findings) {
    kept.set(
      ruleId,
      list.filter((f) => {
        const s = usable.find((x) => covers(x, ruleId, f));
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
