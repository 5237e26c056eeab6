// The lifecycle of a rule (STYLE.md §7): what each stage enforces, and what severity a finding gets.
import { STAGES, type Enforcement, type Severity, type Stage } from '../model.js';
import type { StageNow } from '../rules/calendar.js';

export type StageEnforcement = Enforcement | Partial<Record<Stage, Enforcement>>;

/**
 * Per-stage enforcement, every stage filled in. A rule without enforcement is an error in every stage;
 * a stage not mentioned inherits the one before it; stages before the first mentioned one are off.
 */
export function resolveEnforcement(enforce: StageEnforcement | undefined): Record<Stage, Enforcement> {
  const out = {} as Record<Stage, Enforcement>;
  let current: Enforcement = enforce === undefined ? 'error' : typeof enforce === 'string' ? enforce : 'off';
  for (const stage of STAGES) {
    if (typeof enforce === 'object' && enforce[stage] !== undefined) current = enforce[stage];
    out[stage] = current;
  }
  return out;
}

/** A rule's enforcement in the stage in force; before the timeline begins (`none`) nothing is enforced. */
export const enforcementIn = (enforcement: Record<Stage, Enforcement>, stage: StageNow): Enforcement =>
  stage === 'none' ? 'off' : enforcement[stage];

/**
 * The severity of one finding. `new` blocks what the change introduces and warns about the rest; with no
 * change information (a full scan) nothing is new. Undefined means the rule is off.
 */
export function severityFor(enforcement: Enforcement, isNew: boolean | undefined): Severity | undefined {
  switch (enforcement) {
    case 'off':
      return undefined;
    case 'new':
      return isNew ? 'error' : 'warning';
    default:
      return enforcement;
  }
}
