// Action inputs, parsed and validated once at the edge (STYLE.md §2). Pure: takes a getter, so tests
// pass a plain map and main.ts passes @actions/core's getInput.
import { UsageError } from '../errors.js';
import { STAGES, type Stage } from '../model.js';

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionInputs {
  path: string;
  rules?: string;
  stage?: Stage;
  failOn: FailOn;
  reportFile?: string;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

export function parseInputs(get: (name: string) => string): ActionInputs {
  const stage = get('stage').trim();
  const rules = get('rules').trim();
  const reportFile = get('report-file').trim();
  return {
    path: get('path').trim() || '.',
    ...(rules ? { rules } : {}),
    ...(stage ? { stage: oneOf('stage', stage, STAGES) } : {}),
    failOn: oneOf('fail-on', get('fail-on').trim() || 'error', FAIL_ON),
    ...(reportFile ? { reportFile } : {})
  };
}
