// Which rules select a path. The engine asks for every path of the tree (tens of thousands) and every
// rule; most rules name their first folder (`custom_model_runner/…`, `tests/…`), so rules are filed by
// it and a path is tested only against the rules that can select it (and those that can select any).
// Rules with the same globs are tested once, and each distinct selection is one shared array, so the
// engine can remember what it worked out for a selection (the texts to look for) by the array itself.
import { firstSegments } from '../rules/globs.js';
import type { CompiledRule } from '../rules/rule-set.js';

/** The rules that may select paths under one first segment, in rule order, with their selections so far. */
interface Candidates {
  rules: readonly CompiledRule[];
  /** Rules with the same `files` and `exclude` select the same paths: one test each, a bit per rule. */
  groups: ReadonlyArray<{ selects: (path: string) => boolean; bits: number }>;
  /** By bit mask of the rules (or their ids, past MAX_MASKED rules). */
  selections: Map<number | string, readonly CompiledRule[]>;
}

/** Candidates past this many are tested one by one and known by their ids (bit masks have 31 bits). */
const MAX_MASKED = 31;

export class RuleIndex {
  private readonly anywhere: CompiledRule[] = [];
  private readonly byFirstSegment = new Map<string, CompiledRule[]>();
  private readonly candidates = new Map<string, Candidates>();

  constructor(private readonly rules: readonly CompiledRule[]) {
    for (const rule of rules) {
      // A rooted rule's globs are relative to roots anywhere in the tree.
      const segments = rule.root === undefined ? firstSegments(rule.files) : undefined;
      if (!segments) this.anywhere.push(rule);
      else for (const segment of segments) this.filed(segment).push(rule);
    }
  }

  /** The rules that select `path`, in the order the rules were given; the same selection is the same array. */
  selecting(path: string): readonly CompiledRule[] {
    const slash = path.indexOf('/');
    const { rules, groups, selections } = this.candidatesFor(slash === -1 ? path : path.slice(0, slash));
    if (rules.length > MAX_MASKED) {
      const selected = rules.filter((rule) => rule.selects(path));
      return remembered(selections, selected.map((rule) => rule.id).join('\0'), () => selected);
    }
    let mask = 0;
    for (const group of groups) if (group.selects(path)) mask |= group.bits;
    return remembered(selections, mask, () => rules.filter((_, i) => mask & (1 << i)));
  }

  private filed(segment: string): CompiledRule[] {
    let rules = this.byFirstSegment.get(segment);
    if (!rules) this.byFirstSegment.set(segment, (rules = []));
    return rules;
  }

  private candidatesFor(first: string): Candidates {
    let known = this.candidates.get(first);
    if (!known) {
      const here = new Set([...this.anywhere, ...(this.byFirstSegment.get(first) ?? [])]);
      const rules = this.rules.filter((rule) => here.has(rule));
      const groups = new Map<string, { selects: (path: string) => boolean; bits: number }>();
      rules.forEach((rule, i) => {
        const key = rule.selectionKey ?? JSON.stringify([rule.files, rule.exclude]);
        const group = groups.get(key);
        if (group) group.bits |= 1 << i;
        else groups.set(key, { selects: rule.selects, bits: 1 << i });
      });
      known = { rules, groups: [...groups.values()], selections: new Map() };
      this.candidates.set(first, known);
    }
    return known;
  }
}

/** The selection known by `key`, made by `make` the first time. */
function remembered(
  selections: Candidates['selections'],
  key: number | string,
  make: () => readonly CompiledRule[]
): readonly CompiledRule[] {
  let selection = selections.get(key);
  if (!selection) selections.set(key, (selection = make()));
  return selection;
}
