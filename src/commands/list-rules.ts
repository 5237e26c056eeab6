// `migration-gate list-rules`: a rule set's rules, one line each (or JSON): id, phase, kind,
// enforcement per stage, title.
import { STAGES, type Enforcement, type Stage } from '../model.js';
import type { Io } from '../command-line.js';
import { UsageError } from '../errors.js';
import { rulesOf } from './rule-sets.js';

/** "notice → warning (rc) → error (decommission)": the enforcement and the stages where it changes. */
export function enforcementWords(enforcement: Record<Stage, Enforcement>): string {
  const parts: string[] = [];
  let previous: Enforcement | undefined;
  for (const stage of STAGES) {
    const e = enforcement[stage];
    if (e !== previous) parts.push(`${e} (${stage})`);
    previous = e;
  }
  return parts.join(' → ');
}

export async function listRules(
  rest: readonly string[],
  spec: string | undefined,
  format: 'text' | 'json',
  io: Io
): Promise<number> {
  if (rest.length) throw new UsageError(`list-rules takes no arguments, got: ${rest.join(' ')}`);
  const { rules } = await rulesOf(spec);
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        rules.map(({ rule }) => ({
          id: rule.id,
          phase: rule.phase,
          kind: rule.kind,
          title: rule.title,
          enforcement: rule.enforcement,
          files: rule.files,
          origin: rule.origin
        })),
        null,
        2
      )}\n`
    );
    return 0;
  }
  const width = Math.max(...rules.map(({ rule }) => rule.id.length), 2);
  const kindWidth = Math.max(...rules.map(({ rule }) => rule.kind.length), 4);
  let origin: string | undefined;
  for (const { rule } of rules) {
    if (rule.origin !== origin) {
      origin = rule.origin;
      io.stdout(`${origin === rules[0]!.rule.origin ? '' : '\n'}${origin}\n`);
    }
    io.stdout(
      `  ${rule.id.padEnd(width)}  phase ${rule.phase}  ${rule.kind.padEnd(kindWidth)}  ${enforcementWords(rule.enforcement)}\n    ${rule.title}\n`
    );
  }
  io.stdout(
    `\n${rules.length} ${rules.length === 1 ? 'rule' : 'rules'}; 'migration-gate explain RULE-ID' tells more.\n`
  );
  return 0;
}
