import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  loadRuleSet
} from "./chunk-MWZUZHCR.js";
import {
  PROFILE_NAMES
} from "./chunk-J22OGSNJ.js";
import {
  UsageError
} from "./chunk-5OBZHJR5.js";
import {
  STAGES
} from "./chunk-GDWBPA24.js";

// src/commands/rule-sets.ts
async function rulesOf(spec) {
  const sets = spec ? [await loadRuleSet(spec)] : await Promise.all(PROFILE_NAMES.map((p) => loadRuleSet(p)));
  const seen = /* @__PURE__ */ new Set();
  const rules = sets.flatMap(
    (set) => set.rules.filter((r) => !seen.has(r.id) && seen.add(r.id)).map((rule) => ({ rule, set }))
  );
  return { sets, rules };
}

// src/commands/list-rules.ts
function enforcementWords(enforcement) {
  const parts = [];
  let previous;
  for (const stage of STAGES) {
    const e = enforcement[stage];
    if (e !== previous) parts.push(`${e} (${stage})`);
    previous = e;
  }
  return parts.join(" \u2192 ");
}
async function listRules(rest, spec, format, io) {
  if (rest.length) throw new UsageError(`list-rules takes no arguments, got: ${rest.join(" ")}`);
  const { rules } = await rulesOf(spec);
  if (format === "json") {
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
      )}
`
    );
    return 0;
  }
  const width = Math.max(...rules.map(({ rule }) => rule.id.length), 2);
  const kindWidth = Math.max(...rules.map(({ rule }) => rule.kind.length), 4);
  let origin;
  for (const { rule } of rules) {
    if (rule.origin !== origin) {
      origin = rule.origin;
      io.stdout(`${origin === rules[0].rule.origin ? "" : "\n"}${origin}
`);
    }
    io.stdout(
      `  ${rule.id.padEnd(width)}  phase ${rule.phase}  ${rule.kind.padEnd(kindWidth)}  ${enforcementWords(rule.enforcement)}
    ${rule.title}
`
    );
  }
  io.stdout(
    `
${rules.length} ${rules.length === 1 ? "rule" : "rules"}; 'migration-gate explain RULE-ID' tells more.
`
  );
  return 0;
}

export {
  rulesOf,
  enforcementWords,
  listRules
};
