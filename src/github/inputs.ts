// Action inputs, parsed and validated once at the edge (STYLE.md §2). Pure: takes a getter, so tests
// pass a plain map and main.ts passes @actions/core's getInput.
import { UsageError } from '../errors.js';
import { STAGES, type Stage } from '../model.js';
import { isDate } from '../rules/calendar.js';
import { MODES, type Mode, type ModeInput } from './event.js';

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionInputs {
  token: string;
  path: string;
  rules?: string;
  stage?: Stage;
  /** Judge as on this day (YYYY-MM-DD, UTC): a "what if" run of the calendar. */
  today?: string;
  mode: ModeInput;
  checkName: string;
  /** Empty: decided by the mode (pr and push fail on errors; audit and report never fail). */
  failOn?: FailOn;
  /** How many findings become check-run annotations (0: none). */
  annotations: number;
  sarifFile?: string;
  reportFile?: string;
  /** Where to write the fixes for the whole tree, as one patch for `git apply` (empty: none). */
  patchFile?: string;
  /** A baseline file (findings it counts never block); read at the base commit in pr mode. */
  baseline?: string;
  /** Per-file rules only on changed files (pr and push modes with change information). */
  changedOnly: boolean;
  /** Audit mode: repositories to fetch and audit, one `owner/repo[@ref][:path-glob]` per line. */
  repositories?: string;
  /** Audit mode: open or edit the tracking issue. */
  trackingIssue: boolean;
  /** Merge mode: the JSON reports of the audit shards (paths or globs, one per line). */
  reports?: string;
  summary: boolean;
  /** pr mode: fixes for findings on the pull request's lines become one review of suggested changes. */
  suggestions: boolean;
  /** Seconds all of the run's GitHub requests may take together (empty: the environment's, else 300). */
  apiTimeBudget?: number;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

function boolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UsageError(`Invalid input '${name}': '${value}'. Expected true or false.`);
}

function day(name: string, value: string): string {
  if (!isDate(value))
    throw new UsageError(`Invalid input '${name}': '${value}'. Expected a day, YYYY-MM-DD (UTC).`);
  return value;
}

export const DEFAULT_ANNOTATIONS = 200;

export function parseInputs(get: (name: string) => string): ActionInputs {
  const value = (name: string) => get(name).trim();
  const annotations = value('annotations') === '' ? DEFAULT_ANNOTATIONS : Number(value('annotations'));
  if (!Number.isInteger(annotations) || annotations < 0) {
    throw new UsageError(
      `Invalid input 'annotations': '${value('annotations')}'. Expected a whole number (0 turns annotations off).`
    );
  }
  const budget = value('api-time-budget');
  const apiTimeBudget = budget === '' ? undefined : Number(budget);
  if (apiTimeBudget !== undefined && !(Number.isFinite(apiTimeBudget) && apiTimeBudget > 0))
    throw new UsageError(
      `Invalid input 'api-time-budget': '${budget}'. Expected a number of seconds above 0 (default 300).`
    );
  const optional = <K extends string>(key: K, v: string) =>
    (v ? { [key]: v } : {}) as Partial<Record<K, string>>;
  return {
    token: get('token'),
    path: value('path') || '.',
    ...optional('rules', value('rules')),
    ...(value('stage') ? { stage: oneOf('stage', value('stage'), STAGES) } : {}),
    ...(value('today') ? { today: day('today', value('today')) } : {}),
    mode: oneOf('mode', value('mode') || 'auto', MODES),
    checkName: value('check-name') || 'migration-gate',
    ...(value('fail-on') ? { failOn: oneOf('fail-on', value('fail-on'), FAIL_ON) } : {}),
    annotations,
    ...optional('sarifFile', value('sarif-file')),
    ...optional('reportFile', value('report-file')),
    ...optional('patchFile', value('patch-file')),
    ...optional('baseline', value('baseline')),
    changedOnly: boolean('changed-only', value('changed-only'), false),
    ...optional('repositories', value('repositories')),
    trackingIssue: boolean('tracking-issue', value('tracking-issue'), true),
    ...optional('reports', value('reports')),
    summary: boolean('summary', value('summary'), true),
    suggestions: boolean('suggestions', value('suggestions'), true),
    ...(apiTimeBudget !== undefined ? { apiTimeBudget } : {})
  };
}

/** `fail-on` when the input is empty: gates fail on errors, reports never fail. */
export function effectiveFailOn(inputs: Pick<ActionInputs, 'failOn'>, mode: Mode): FailOn {
  return inputs.failOn ?? (mode === 'pr' || mode === 'push' ? 'error' : 'never');
}
