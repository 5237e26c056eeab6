// One tracking issue in the workflow's repository, opened once and then edited in place: found by a
// hidden marker (never duplicated), it keeps the history of the totals per run and shows the burndown.
import type { AuditTotals } from '../report/environments.js';
import type { GitHubClient } from './client.js';
import { UnexpectedAnswer } from './requests.js';
import type { Repo } from './change-source.js';

export const MARKER = '<!-- migration-gate:tracking-issue -->';
const HISTORY = /<!-- migration-gate:history (\[[\s\S]*?\]) -->/;
const KEEP = 60;

export interface HistoryPoint extends AuditTotals {
  date: string;
}

export function readHistory(body: string | null | undefined): HistoryPoint[] {
  const m = HISTORY.exec(body ?? '');
  if (!m) return [];
  try {
    const points = JSON.parse(m[1]!);
    return Array.isArray(points) ? points.filter((p) => typeof p?.date === 'string') : [];
  } catch {
    return [];
  }
}

/** The issue body: the matrix, the burndown (Mermaid) and the history, hidden for the next run. */
export function renderTrackingIssue(
  matrix: string,
  history: readonly HistoryPoint[],
  runUrl?: string
): string {
  const last = history.slice(-KEEP);
  const labels = burndownLabels(last)
    .map((l) => JSON.stringify(l))
    .join(', ');
  const chart = [
    '```mermaid',
    'xychart-beta',
    '  title "Drop-in environments still installing the Flask stack"',
    `  x-axis [${labels}]`,
    '  y-axis "environments"',
    `  line [${last.map((p) => p.withFlaskStack).join(', ')}]`,
    '```'
  ].join('\n');
  return [
    MARKER,
    '## Flask → FastAPI migration: drop-in environments',
    '',
    `Updated by migration-gate on ${last.at(-1)?.date ?? 'unknown'}${runUrl ? ` ([run](${runUrl}))` : ''}. This issue is edited in place by the nightly audit.`,
    '',
    chart,
    matrix,
    '| Date | Stage | Environments | Flask stack | FastAPI | Below 3.8 | Errors | Warnings | Will block next |',
    '|---|---|---|---|---|---|---|---|---|',
    ...last
      .slice(-10)
      .reverse()
      .map(
        (p) =>
          `| ${p.date.slice(0, 10)} | ${stageCell(p.stage)} | ${p.environments} | ${p.withFlaskStack} | ${p.withFastapi} | ${p.belowPython38} | ${p.errors} | ${p.warnings} | ${p.next ? `${p.next.blocking} in ${stageCell(p.next.stage)}` : '—'} |`
      ),
    '',
    `<!-- migration-gate:history ${JSON.stringify(last)} -->`
  ].join('\n');
}

/** A stage read back from the issue's history (edited by anyone who can edit the issue): a word or a dash. */
const stageCell = (stage: unknown): string =>
  typeof stage === 'string' && /^[a-z]{1,20}$/.test(stage) ? stage : '—';

/**
 * The burndown's labels: the day of each run, and the stage where a new one is in force — the chart
 * marks the stage boundaries (Mermaid's xychart has no markers of its own).
 */
export function burndownLabels(points: readonly HistoryPoint[]): string[] {
  return points.map((p, i) => {
    const day = p.date.slice(5, 10);
    const stage = stageCell(p.stage);
    const changed = stage !== '—' && (i === 0 || stageCell(points[i - 1]!.stage) !== stage);
    return changed ? `${day} ▶ ${stage}` : day;
  });
}

/** Opens the tracking issue, or edits the open one carrying the marker; returns its number. */
export async function upsertTrackingIssue(
  client: GitHubClient,
  repo: Repo,
  matrix: string,
  totals: AuditTotals,
  now: string,
  runUrl?: string
): Promise<{ number: number; created: boolean }> {
  const open = (await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    state: 'open',
    per_page: 100
  })) as unknown;
  // Anything but the documented list is an API failure: never "no issue yet" (that would open a duplicate).
  if (!Array.isArray(open) || !open.every((i) => typeof i?.number === 'number'))
    throw new UnexpectedAnswer('listing the open issues');
  const existing = (open as Array<{ number: number; body?: string | null; pull_request?: unknown }>).find(
    (i) => !i.pull_request && (i.body ?? '').includes(MARKER)
  );
  const history = [...readHistory(existing?.body), { date: now, ...totals }];
  const body = renderTrackingIssue(matrix, history, runUrl);
  if (existing) {
    await client.rest.issues.update({ ...repo, issue_number: existing.number, body });
    return { number: existing.number, created: false };
  }
  const created = await client.rest.issues.create({
    ...repo,
    title: 'Flask → FastAPI migration: drop-in environments',
    body
  });
  const number = (created.data as { number?: unknown } | undefined)?.number;
  if (typeof number !== 'number') throw new UnexpectedAnswer('opening the tracking issue');
  return { number, created: true };
}
