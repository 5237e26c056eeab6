// Which mode a run is in and which commits it is about, from the event (PLATFORM.md "Which event is
// which"). Pure: main.ts passes the event name and payload from @actions/github's context.

export const MODES = ['auto', 'pr', 'push', 'audit', 'report', 'merge'] as const;
export type ModeInput = (typeof MODES)[number];
export type Mode = Exclude<ModeInput, 'auto'>;

export interface RunTarget {
  mode: Mode;
  event: string;
  /** The commit to report on: a PR's head, not its test merge commit. */
  headSha: string;
  /** The commit the change is compared with (PRs, pushes, merge queues); absent for full audits. */
  baseSha?: string;
  pullNumber?: number;
  /** A pull request from a fork: its token is read-only. */
  fromFork: boolean;
}

type Payload = Record<string, unknown>;
const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Payload)[k] : undefined), o);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

const DEFAULT_MODE: Record<string, Mode> = {
  pull_request: 'pr',
  pull_request_target: 'pr',
  merge_group: 'pr',
  push: 'push',
  schedule: 'audit',
  workflow_dispatch: 'report'
};

/** A push that creates a branch has an all-zero `before`: there is nothing to compare with. */
const ZERO_SHA = /^0+$/;

export function detectTarget(event: string, payload: Payload, sha: string, modeInput: ModeInput): RunTarget {
  const mode: Mode = modeInput !== 'auto' ? modeInput : (DEFAULT_MODE[event] ?? 'report');
  const base: RunTarget = { mode, event, headSha: sha, fromFork: false };
  if (event === 'pull_request' || event === 'pull_request_target') {
    const head = str(get(payload, 'pull_request', 'head', 'sha'));
    const baseSha = str(get(payload, 'pull_request', 'base', 'sha'));
    const number = get(payload, 'pull_request', 'number');
    const headRepo = str(get(payload, 'pull_request', 'head', 'repo', 'full_name'));
    const baseRepo = str(get(payload, 'pull_request', 'base', 'repo', 'full_name'));
    return {
      ...base,
      headSha: head ?? sha,
      ...(baseSha ? { baseSha } : {}),
      ...(typeof number === 'number' ? { pullNumber: number } : {}),
      fromFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo
    };
  }
  if (event === 'merge_group') {
    const head = str(get(payload, 'merge_group', 'head_sha'));
    const baseSha = str(get(payload, 'merge_group', 'base_sha'));
    return { ...base, headSha: head ?? sha, ...(baseSha ? { baseSha } : {}) };
  }
  if (event === 'push') {
    const before = str(get(payload, 'before'));
    const after = str(get(payload, 'after'));
    const created = get(payload, 'created') === true || (before !== undefined && ZERO_SHA.test(before));
    return { ...base, headSha: after ?? sha, ...(before && !created ? { baseSha: before } : {}) };
  }
  return base;
}
