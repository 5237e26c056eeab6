// Which rules select a path. The engine asks for every path of the tree (tens of thousands) and every
// rule; most rules name their first folder (`custom_model_runner/…`, `tests/…`), so rules are filed by
// it and a path is tested only against the rules that can select it (and those that can select any).
import { firstSegments } from '../rules/globs.js';
import type { CompiledRule } from '../rules/rule-set.js';

export class RuleIndex {
  private readonly anywhere: CompiledRule[] = [];
  private readonly byFirstSegment = new Map<string, CompiledRule[]>();
  /** Per first segment, the rules that may select a path there, in the order the rules were given. */
  private readonly candidates = new Map<string, readonly CompiledRule[]>();

  constructor(private readonly rules: readonly CompiledRule[]) {
    for (const rule of rules) {
      const segments = firstSegments(rule.files);
      if (!segments) this.anywhere.push(rule);
      else for (const segment of segments) this.filed(segment).push(rule);
    }
  }

  /** The rules that select `path`, in the order the rules were given. */
  selecting(path: string): CompiledRule[] {
    const slash = path.indexOf('/');
    const first = slash === -1 ? path : path.slice(0, slash);
    return this.candidatesFor(first).filter((rule) => rule.selects(path));
  }

  private filed(segment: string): CompiledRule[] {
    let rules = this.byFirstSegment.get(segment);
    if (!rules) this.byFirstSegment.set(segment, (rules = []));
    return rules;
  }

  private candidatesFor(first: string): readonly CompiledRule[] {
    let rules = this.candidates.get(first);
    if (!rules) {
      const here = new Set([...this.anywhere, ...(this.byFirstSegment.get(first) ?? [])]);
      rules = this.rules.filter((rule) => here.has(rule));
      this.candidates.set(first, rules);
    }
    return rules;
  }
}
