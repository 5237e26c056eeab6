// The rules a command like `explain` or `list-rules` talks about: those of the rule set given with
// --rules, else every bundled profile's (each rule once, from the profile that defines it).
import { loadRuleSet } from '../rules/load.js';
import { PROFILE_NAMES } from '../rules/bundled.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';

export interface RulesOf {
  /** The rule sets, in order (a profile's rule set includes what it extends). */
  sets: RuleSet[];
  /** Every rule once, with the rule set it was found in first. */
  rules: Array<{ rule: CompiledRule; set: RuleSet }>;
}

export async function rulesOf(spec: string | undefined): Promise<RulesOf> {
  const sets = spec ? [await loadRuleSet(spec)] : await Promise.all(PROFILE_NAMES.map((p) => loadRuleSet(p)));
  const seen = new Set<string>();
  const rules = sets.flatMap((set) =>
    set.rules.filter((r) => !seen.has(r.id) && seen.add(r.id)).map((rule) => ({ rule, set }))
  );
  return { sets, rules };
}
