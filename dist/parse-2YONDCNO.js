import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readRuleText
} from "./chunk-NFQN2KZ7.js";
import {
  external_exports
} from "./chunk-VHI4WFXH.js";
import {
  CONDITION_KEYS,
  KINDS,
  KIND_NAMES,
  applyOwnRules,
  compileRuleSet,
  isKindName,
  nothingInherited,
  ruleSetParts
} from "./chunk-MWZUZHCR.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-GAMSNZDU.js";
import "./chunk-LNJJTR4R.js";
import "./chunk-2NCX2ZWH.js";
import {
  PROFILE_NAMES,
  calendarOrderProblem,
  entryDateProblem,
  readStageEntry
} from "./chunk-J22OGSNJ.js";
import {
  closest
} from "./chunk-J3ZCB4OI.js";
import {
  ConfigError,
  combineMistakes
} from "./chunk-5OBZHJR5.js";
import {
  ENFORCEMENTS,
  STAGES
} from "./chunk-GDWBPA24.js";
import "./chunk-7WBFJJUZ.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-O63SYX52.js";
import "./chunk-QIFTQJHM.js";
import "./chunk-X4QDXHRQ.js";
import "./chunk-YESXCYSA.js";
import "./chunk-TUQ47QQM.js";

// src/rules/parse.ts
import { isDeepStrictEqual } from "node:util";

// src/rules/schema.ts
var RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var enforcement = external_exports.enum(ENFORCEMENTS).describe(
  "`off`: not checked; `notice`/`warning`: reported, never blocks; `error`: blocks; `new`: blocks findings the change introduces and warns about existing ones."
);
var stageDescriptions = {
  beta: "Beta: FastAPI available behind DRUM_SERVER_TYPE=fastapi; Flask and FastAPI both supported.",
  rc: "Release candidate: FastAPI is the default for new environments; Flask kept for compatibility.",
  lts: "LTS support: Flask deprecated but supported; users migrate.",
  decommission: "Decommissioning: Flask, Gunicorn and Gevent are removed."
};
var enforceSchema = external_exports.union([
  enforcement,
  external_exports.strictObject(
    Object.fromEntries(
      STAGES.map((s) => [s, enforcement.optional().describe(stageDescriptions[s])])
    )
  )
]).describe(
  "How hard the rule is enforced, for all stages (one value) or per stage. A stage not mentioned inherits the previous one; stages before the first mentioned are off. Default: error in every stage."
);
var stageDate = external_exports.string().describe("The day the stage begins, YYYY-MM-DD (UTC).");
var stageEntrySchema = external_exports.union([
  external_exports.string().min(1).describe("The day the stage begins (YYYY-MM-DD, UTC), or what the stage means (the strategy's words)."),
  external_exports.strictObject({
    begins: stageDate.optional(),
    meaning: external_exports.string().min(1).optional().describe("What the stage means (the strategy's words).")
  })
]);
function calendarOf(stages) {
  const out = {};
  for (const stage of STAGES) {
    const entry = stages[stage];
    const begins = entry === void 0 ? void 0 : readStageEntry(entry).begins;
    if (begins !== void 0) out[stage] = begins;
  }
  return out;
}
var glob = external_exports.string().describe(
  "A minimatch glob relative to the scanned directory (or, for a rule with `root`, to each root), with forward slashes."
);
var globs = external_exports.union([glob, external_exports.array(glob).min(1)]);
var conditionSchema = external_exports.strictObject({
  exists: globs.optional().describe("A file, folder or link matching one of these globs exists."),
  installs: external_exports.union([external_exports.string(), external_exports.array(external_exports.string()).min(1)]).optional().describe(
    "A dependency file (requirements, Dockerfile, pyproject, setup.py/cfg, Pipfile, conda) declares one of these PEP 508 packages; with a version, the declared range must overlap it."
  ),
  contains: external_exports.strictObject({
    files: external_exports.array(glob).min(1).describe("The files to look in."),
    pattern: external_exports.string().describe("A JavaScript regular expression (multiline: ^ and $ match at line ends)."),
    ignoreCase: external_exports.boolean().optional().describe("Match letters regardless of case."),
    label: external_exports.string().min(1).optional().describe("What a match means, for reports (default: the pattern).")
  }).optional().describe("One of the files has a match of the pattern."),
  get any() {
    return external_exports.array(conditionSchema).min(1).optional().describe("At least one of these conditions holds.");
  },
  get not() {
    return conditionSchema.optional().describe("This condition does not hold.");
  }
}).describe(
  `The rule applies only where this holds (for a rule with \`root\`, in each root; else in the tree); elsewhere it is listed as not applicable, never as passing or failing. Every key given must hold; keys: ${CONDITION_KEYS.join(", ")}.`
);
var ROOT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
var RULE_BASE = {
  id: external_exports.string().regex(RULE_ID, "must be kebab-case (a-z, 0-9, single dashes)").describe(
    "Unique, kebab-case; names the pattern the rule flags. Stable: baselines, suppressions and SARIF refer to it."
  ),
  phase: external_exports.number().int().min(0).max(5).describe("The phase of the migration strategy (0-5) this rule belongs to."),
  title: external_exports.string().min(1).describe("The checklist wording this rule enforces."),
  files: external_exports.array(glob).min(1).optional().describe(
    "Which files (and, for path kinds, directories) the rule looks at. Required unless the kind has a default."
  ),
  exclude: external_exports.array(glob).optional().describe(
    "Globs removed from `files` (for a rule with `root`, matched against the path in the tree as well as within the root)."
  ),
  message: external_exports.string().min(1).describe("Why a finding matters, shown with every finding."),
  remediation: external_exports.string().min(1).optional().describe("What to do about a finding."),
  enforce: enforceSchema.optional(),
  root: external_exports.string().regex(ROOT_NAME, "must be a root name from `roots` (kebab-case)").optional().describe(
    "Check the rule in each root of this kind (see `roots`), with `files`, `exclude` and `when` relative to the root; findings are per root. A tree without such roots makes the rule not applicable."
  ),
  when: conditionSchema.optional(),
  fix: external_exports.boolean().optional().describe(
    "Whether `migration-gate fix` may edit this rule's findings (when its kind has a fixer). Default: true."
  )
};
function buildRuleSchema(kind) {
  const module = KINDS[kind];
  return external_exports.strictObject({
    ...RULE_BASE,
    kind: external_exports.literal(kind).describe(module.description),
    ...module.options(external_exports)
  });
}
var ruleSchemas = /* @__PURE__ */ new Map();
function ruleSchemaFor(kind) {
  let schema = ruleSchemas.get(kind);
  if (!schema) ruleSchemas.set(kind, schema = buildRuleSchema(kind));
  return schema;
}
var phaseKey = external_exports.enum(["0", "1", "2", "3", "4", "5"]);
var rootSchema = external_exports.strictObject({
  markers: external_exports.array(external_exports.string().min(1)).min(1).optional().describe(
    "File names (globs on the name, e.g. `requirements*.txt`) that make the folder holding them a root. Required when the root is defined, optional when it is overridden."
  ),
  secondaryMarkers: external_exports.array(external_exports.string().min(1)).min(1).optional().describe(
    "File names that make the folder holding them a root too, unless it lies inside a root that `markers` make (a requirements file in a Dockerfile's build context belongs to that environment)."
  ),
  notWith: external_exports.array(external_exports.string().min(1)).min(1).optional().describe(
    "File names that keep the folder holding one from being such a root (a folder with a Dockerfile is an environment, not a custom model)."
  ),
  folders: external_exports.array(glob).min(1).optional().describe(
    'Globs of the folders that may be roots (`.` is the top of the tree, `**` any folder). Default: ["**"].'
  ),
  description: external_exports.string().optional().describe("What such a folder is, for reports.")
}).describe("A kind of root. A file belongs to the deepest root above it.");
var extendsEntry = external_exports.string().min(1).describe(`A bundled profile (${PROFILE_NAMES.join(", ")}) or a rule file, relative to this one.`);
var RULE_SET_HEADER = {
  $schema: external_exports.string().optional().describe("Path or URL of rules/schema.json, for editors."),
  name: external_exports.string().min(1).optional().describe("Name of the rule set, shown in reports. Default: the file name."),
  extends: external_exports.union([extendsEntry, external_exports.array(extendsEntry).min(1)]).optional().describe(
    "Rule sets whose rules, roots, stage and phases this file starts from. An entry in `rules` with the id of an inherited rule changes it (any key but `kind`; e.g. `enforce: off`, `files`, `exclude`, options); an entry with a new id adds a rule. When several are listed, the rules of each do not look inside the roots of the ones before it."
  ),
  description: external_exports.string().optional().describe("What the rule set enforces and where it comes from."),
  stage: external_exports.enum(STAGES).optional().describe(
    "The stage of the timeline the project is in, for the days the calendar (`stages`) does not decide: a stage the calendar dates waits for its day. `--stage` (the input `stage`) overrides both. Default: beta."
  ),
  phases: external_exports.partialRecord(phaseKey, external_exports.string().min(1)).optional().describe("Titles of the phases (0-5), as the strategy names them."),
  stages: external_exports.partialRecord(external_exports.enum(STAGES), stageEntrySchema).superRefine((stages, context) => {
    for (const stage of STAGES) {
      const entry = stages[stage];
      const problem = entry === void 0 ? void 0 : entryDateProblem(entry);
      if (problem)
        context.addIssue({
          code: "custom",
          message: problem,
          path: typeof entry === "string" ? [stage] : [stage, "begins"]
        });
    }
    const order = calendarOrderProblem(calendarOf(stages));
    if (order) context.addIssue({ code: "custom", message: order.message, path: [order.stage] });
  }).optional().describe(
    "The timeline, stage by stage: the day it begins (`rc: 2026-12-15`, UTC), what it means for the project (the strategy's words), or both (`rc: { begins: 2026-12-15, meaning: ... }`). The stage in force is the last one whose day has come; a stage with no date falls back to `stage`. Reports show the current stage's meaning and forecast the next stage."
  ),
  roots: external_exports.record(external_exports.string().regex(ROOT_NAME, "must be kebab-case"), rootSchema).optional().describe("Kinds of roots, by name (e.g. `environment`), for rules with `root`."),
  when: conditionSchema.optional().describe("The `when` of every rule this file defines that gives none of its own.")
};
var ruleOverrideSchema = external_exports.looseObject({
  id: RULE_BASE.id,
  kind: external_exports.never().optional().describe("The kind of an inherited rule cannot change."),
  phase: RULE_BASE.phase.optional(),
  title: RULE_BASE.title.optional(),
  message: RULE_BASE.message.optional(),
  files: RULE_BASE.files,
  exclude: RULE_BASE.exclude,
  remediation: RULE_BASE.remediation,
  enforce: RULE_BASE.enforce,
  root: RULE_BASE.root,
  when: RULE_BASE.when,
  fix: RULE_BASE.fix
}).describe(
  "Changes an inherited rule (see `extends`): the keys given replace the rule's own, the kind's options included."
);
var ruleSetSchema = external_exports.strictObject({
  ...RULE_SET_HEADER,
  rules: external_exports.array(
    external_exports.union([
      external_exports.discriminatedUnion("kind", KIND_NAMES.map((k) => ruleSchemaFor(k))),
      ruleOverrideSchema
    ])
  ).optional().describe(
    "The rules; `kind` selects which other keys a rule takes. In a file that extends others, an entry with an inherited id changes that rule."
  )
}).describe("A migration-gate rule file.");

// src/rules/parse.ts
external_exports.config({ jitless: true });
var headerSchema = external_exports.looseObject({ ...RULE_SET_HEADER, rules: external_exports.array(external_exports.unknown()).optional() });
var TOP_KEYS = [...Object.keys(RULE_SET_HEADER), "rules"];
function readRuleDocument(text, file) {
  const { data, ruleLines, at } = readRuleText(text, file);
  if (data === null || data === void 0) {
    throw new ConfigError("rule file is empty; expected a mapping with `rules` (or `extends`)", {
      file,
      line: 1,
      column: 1
    });
  }
  const mistakes = [];
  const record = { ...data };
  if (typeof data !== "object" || Array.isArray(data))
    throw new ConfigError("the rule file must be a mapping with `rules` (or `extends`)", at([]));
  for (const key of Object.keys(record).filter((k) => !TOP_KEYS.includes(k))) {
    const suggestion = closest(key, TOP_KEYS);
    mistakes.push(
      new ConfigError(
        `unknown key '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""} (expected one of: ${TOP_KEYS.join(", ")})`,
        at([key], true)
      )
    );
    delete record[key];
  }
  const header = headerSchema.safeParse(record);
  if (!header.success) {
    for (const issue of header.error.issues) {
      mistakes.push(...issueErrors(issue, record, at, ""));
      const key = issue.path[0];
      if (typeof key === "string" && key !== "rules") delete record[key];
    }
  }
  const checked = header.success ? header.data : headerSchema.safeParse(record).data;
  if (!checked) throw combineMistakes(mistakes);
  const { rules, ...rest } = checked;
  return {
    file,
    header: rest,
    rules: Array.isArray(record.rules) ? record.rules : rules ?? [],
    ruleLines,
    at,
    validated: false,
    ...mistakes.length ? { mistakes } : {}
  };
}
function parseRuleSet(text, file) {
  const document = readRuleDocument(text, file);
  if (document.header.extends !== void 0)
    throw new ConfigError("a rule file with `extends` is read with readRuleSet", document.at(["extends"]));
  const resolved = applyOwnRules(document, nothingInherited(), false);
  return compileRuleSet(ruleSetParts(document, resolved), resolved.rules, validateRule);
}
function ruleTextSnapshot(text, file) {
  const document = readRuleDocument(text, file);
  if (document.header.extends === void 0) parseRuleSet(text, file);
  else
    document.rules.forEach((raw, i) => {
      const at = (p, k) => document.at(["rules", i, ...p], k);
      if (raw?.kind !== void 0) validateRule(raw, at);
    });
  const { data, ruleLines } = readRuleText(text, file);
  const snapshot = { text, data, ruleLines };
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(snapshot)), snapshot))
    throw new ConfigError(`${file} holds values JSON cannot carry; it cannot be bundled read ahead`);
  return snapshot;
}
function validateRule(raw, at) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError("each rule must be a mapping with id, phase, title, kind, message", at([]));
  }
  const record = raw;
  const id = typeof record.id === "string" ? record.id : void 0;
  const prefix = id ? `rule '${id}': ` : "rule: ";
  if (record.kind === void 0) throw new ConfigError(`${prefix}missing required key 'kind'`, at([]));
  if (!isKindName(record.kind)) {
    const suggestion = closest(String(record.kind), KIND_NAMES);
    throw new ConfigError(
      `${prefix}key 'kind': unknown kind '${String(record.kind)}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""} (known: ${KIND_NAMES.join(", ")})`,
      at(["kind"])
    );
  }
  const kind = record.kind;
  const result = ruleSchemaFor(kind).safeParse(raw);
  if (!result.success)
    throw combineMistakes(result.error.issues.flatMap((issue) => issueErrors(issue, raw, at, prefix, kind)));
  return result.data;
}
function valueAt(data, path) {
  let v = data;
  for (const seg of path)
    v = typeof v === "object" && v !== null ? v[seg] : void 0;
  return v;
}
function ruleKeys(kind) {
  if (!kind || !isKindName(kind)) return [];
  return Object.keys(ruleSchemaFor(kind).shape);
}
function issueErrors(issue, data, at, prefix, kind) {
  const path = issue.path.filter((p) => typeof p !== "symbol");
  const keyName = path.join(".");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const suggestion = path.length === 0 ? closest(key, ruleKeys(kind)) : void 0;
      return new ConfigError(
        `${prefix}unknown key '${[...path, key].join(".")}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`,
        at([...path, key], true)
      );
    });
  }
  if (path.length === 0) {
    return [
      new ConfigError(
        `${prefix || "the rule file "}must be a mapping with ${prefix ? "id, phase, title, kind, message" : "`rules` (or `extends`)"}`,
        at([])
      )
    ];
  }
  if (issue.code === "invalid_type" && valueAt(data, path) === void 0) {
    return [new ConfigError(`${prefix}missing required key '${keyName}'`, at(path.slice(0, -1)))];
  }
  if (issue.code === "invalid_union") {
    const inner = issue.errors.find((branch) => branch.every((i) => i.path.length > 0));
    if (inner?.length)
      return inner.flatMap(
        (i) => issueErrors({ ...i, path: [...issue.path, ...i.path] }, data, at, prefix, kind)
      );
    const expected = issue.errors.flatMap(
      (branch) => branch.flatMap((i) => i.code === "invalid_value" && "values" in i ? i.values.map(String) : [])
    );
    if (expected.length)
      return [new ConfigError(`${prefix}key '${keyName}': expected one of ${expected.join(", ")}`, at(path))];
  }
  const detail = issue.code === "invalid_value" && "values" in issue ? `expected one of ${issue.values.map(String).join(", ")}` : issue.message.replace(/^Invalid input: /, "");
  return [new ConfigError(`${prefix}key '${keyName}': ${detail}`, at(path))];
}
export {
  parseRuleSet,
  readRuleDocument,
  ruleTextSnapshot,
  validateRule
};
