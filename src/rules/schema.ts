// One schema for rule files (STYLE.md §2-3): it validates, gives the TypeScript types, and generates
// rules/schema.json (scripts/generate-schema.ts; CI fails when that file is stale).
import { z } from 'zod';
import { KIND_NAMES, KINDS, type KindName } from '../kinds/index.js';
import { ENFORCEMENTS, STAGES, type Stage } from '../model.js';
import { CONDITION_KEYS, type Condition } from './conditions.js';
import { PROFILE_NAMES } from './bundled.js';
import {
  calendarOrderProblem,
  entryDateProblem,
  readStageEntry,
  type Calendar,
  type StageEntry
} from './calendar.js';

export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const enforcement = z
  .enum(ENFORCEMENTS)
  .describe(
    '`off`: not checked; `notice`/`warning`: reported, never blocks; `error`: blocks; `new`: blocks findings the change introduces and warns about existing ones.'
  );

const stageDescriptions = {
  beta: 'Beta: FastAPI available behind DRUM_SERVER_TYPE=fastapi; Flask and FastAPI both supported.',
  rc: 'Release candidate: FastAPI is the default for new environments; Flask kept for compatibility.',
  lts: 'LTS support: Flask deprecated but supported; users migrate.',
  decommission: 'Decommissioning: Flask, Gunicorn and Gevent are removed.'
} as const;

export const enforceSchema = z
  .union([
    enforcement,
    z.strictObject(
      Object.fromEntries(
        STAGES.map((s) => [s, enforcement.optional().describe(stageDescriptions[s])])
      ) as Record<(typeof STAGES)[number], z.ZodOptional<typeof enforcement>>
    )
  ])
  .describe(
    'How hard the rule is enforced, for all stages (one value) or per stage. A stage not mentioned inherits the previous one; stages before the first mentioned are off. Default: error in every stage.'
  );

const stageDate = z.string().describe('The day the stage begins, YYYY-MM-DD (UTC).');
const stageEntrySchema = z.union([
  z
    .string()
    .min(1)
    .describe("The day the stage begins (YYYY-MM-DD, UTC), or what the stage means (the strategy's words)."),
  z.strictObject({
    begins: stageDate.optional(),
    meaning: z.string().min(1).optional().describe("What the stage means (the strategy's words).")
  })
]);

/** The dates of a `stages:` mapping. */
export function calendarOf(stages: Partial<Record<Stage, StageEntry>>): Calendar {
  const out: Calendar = {};
  for (const stage of STAGES) {
    const entry = stages[stage];
    const begins = entry === undefined ? undefined : readStageEntry(entry).begins;
    if (begins !== undefined) out[stage] = begins;
  }
  return out;
}

const glob = z
  .string()
  .describe(
    'A minimatch glob relative to the scanned directory (or, for a rule with `root`, to each root), with forward slashes.'
  );
const globs = z.union([glob, z.array(glob).min(1)]);

/** `when`: a rule applies only where its condition holds (recursive through `any` and `not`). */
export const conditionSchema: z.ZodType<Condition> = z
  .strictObject({
    exists: globs.optional().describe('A file, folder or link matching one of these globs exists.'),
    installs: z
      .union([z.string(), z.array(z.string()).min(1)])
      .optional()
      .describe(
        'A dependency file (requirements, Dockerfile, pyproject, setup.py/cfg, Pipfile, conda) declares one of these PEP 508 packages; with a version, the declared range must overlap it.'
      ),
    contains: z
      .strictObject({
        files: z.array(glob).min(1).describe('The files to look in.'),
        pattern: z
          .string()
          .describe('A JavaScript regular expression (multiline: ^ and $ match at line ends).'),
        ignoreCase: z.boolean().optional().describe('Match letters regardless of case.'),
        label: z
          .string()
          .min(1)
          .optional()
          .describe('What a match means, for reports (default: the pattern).')
      })
      .optional()
      .describe('One of the files has a match of the pattern.'),
    get any() {
      return z.array(conditionSchema).min(1).optional().describe('At least one of these conditions holds.');
    },
    get not() {
      return conditionSchema.optional().describe('This condition does not hold.');
    }
  })
  .describe(
    `The rule applies only where this holds (for a rule with \`root\`, in each root; else in the tree); elsewhere it is listed as not applicable, never as passing or failing. Every key given must hold; keys: ${CONDITION_KEYS.join(', ')}.`
  );

const ROOT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const RULE_BASE = {
  id: z
    .string()
    .regex(RULE_ID, 'must be kebab-case (a-z, 0-9, single dashes)')
    .describe(
      'Unique, kebab-case; names the pattern the rule flags. Stable: baselines, suppressions and SARIF refer to it.'
    ),
  phase: z
    .number()
    .int()
    .min(0)
    .max(5)
    .describe('The phase of the migration strategy (0-5) this rule belongs to.'),
  title: z.string().min(1).describe('The checklist wording this rule enforces.'),
  files: z
    .array(glob)
    .min(1)
    .optional()
    .describe(
      'Which files (and, for path kinds, directories) the rule looks at. Required unless the kind has a default.'
    ),
  exclude: z
    .array(glob)
    .optional()
    .describe(
      'Globs removed from `files` (for a rule with `root`, matched against the path in the tree as well as within the root).'
    ),
  message: z.string().min(1).describe('Why a finding matters, shown with every finding.'),
  remediation: z.string().min(1).optional().describe('What to do about a finding.'),
  enforce: enforceSchema.optional(),
  root: z
    .string()
    .regex(ROOT_NAME, 'must be a root name from `roots` (kebab-case)')
    .optional()
    .describe(
      'Check the rule in each root of this kind (see `roots`), with `files`, `exclude` and `when` relative to the root; findings are per root. A tree without such roots makes the rule not applicable.'
    ),
  when: conditionSchema.optional(),
  fix: z
    .boolean()
    .optional()
    .describe(
      "Whether `migration-gate fix` may edit this rule's findings (when its kind has a fixer). Default: true."
    )
};

function buildRuleSchema<K extends KindName>(kind: K) {
  const module = KINDS[kind];
  return z.strictObject({
    ...RULE_BASE,
    kind: z.literal(kind).describe(module.description),
    ...module.options(z)
  });
}

// Built once per kind: a rule file validates every rule against its kind's schema.
const ruleSchemas = new Map<KindName, unknown>();

/** The schema of one rule of a given kind: the common keys plus the kind's options, nothing else. */
export function ruleSchemaFor<K extends KindName>(kind: K): ReturnType<typeof buildRuleSchema<K>> {
  let schema = ruleSchemas.get(kind) as ReturnType<typeof buildRuleSchema<K>> | undefined;
  if (!schema) ruleSchemas.set(kind, (schema = buildRuleSchema(kind)));
  return schema;
}

const phaseKey = z.enum(['0', '1', '2', '3', '4', '5']);

/** A kind of root: folders in which a rule with `root` is checked, each on its own. */
export const rootSchema = z
  .strictObject({
    markers: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        'File names (globs on the name, e.g. `requirements*.txt`) that make the folder holding them a root. Required when the root is defined, optional when it is overridden.'
      ),
    secondaryMarkers: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        "File names that make the folder holding them a root too, unless it lies inside a root that `markers` make (a requirements file in a Dockerfile's build context belongs to that environment)."
      ),
    notWith: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        'File names that keep the folder holding one from being such a root (a folder with a Dockerfile is an environment, not a custom model).'
      ),
    folders: z
      .array(glob)
      .min(1)
      .optional()
      .describe(
        'Globs of the folders that may be roots (`.` is the top of the tree, `**` any folder). Default: ["**"].'
      ),
    description: z.string().optional().describe('What such a folder is, for reports.')
  })
  .describe('A kind of root. A file belongs to the deepest root above it.');

const extendsEntry = z
  .string()
  .min(1)
  .describe(`A bundled profile (${PROFILE_NAMES.join(', ')}) or a rule file, relative to this one.`);

/** A rule file with its rules left unchecked: the loader checks each rule against its kind's schema. */
export const RULE_SET_HEADER = {
  $schema: z.string().optional().describe('Path or URL of rules/schema.json, for editors.'),
  name: z
    .string()
    .min(1)
    .optional()
    .describe('Name of the rule set, shown in reports. Default: the file name.'),
  extends: z
    .union([extendsEntry, z.array(extendsEntry).min(1)])
    .optional()
    .describe(
      'Rule sets whose rules, roots, stage and phases this file starts from. An entry in `rules` with the id of an inherited rule changes it (any key but `kind`; e.g. `enforce: off`, `files`, `exclude`, options); an entry with a new id adds a rule. When several are listed, the rules of each do not look inside the roots of the ones before it.'
    ),
  description: z.string().optional().describe('What the rule set enforces and where it comes from.'),
  stage: z
    .enum(STAGES)
    .optional()
    .describe(
      'The stage of the timeline the project is in, for the days the calendar (`stages`) does not decide: a stage the calendar dates waits for its day. `--stage` (the input `stage`) overrides both. Default: beta.'
    ),
  phases: z
    .partialRecord(phaseKey, z.string().min(1))
    .optional()
    .describe('Titles of the phases (0-5), as the strategy names them.'),
  stages: z
    .partialRecord(z.enum(STAGES), stageEntrySchema)
    .superRefine((stages, context) => {
      for (const stage of STAGES) {
        const entry = stages[stage];
        const problem = entry === undefined ? undefined : entryDateProblem(entry);
        if (problem)
          context.addIssue({
            code: 'custom',
            message: problem,
            path: typeof entry === 'string' ? [stage] : [stage, 'begins']
          });
      }
      const order = calendarOrderProblem(calendarOf(stages));
      if (order) context.addIssue({ code: 'custom', message: order.message, path: [order.stage] });
    })
    .optional()
    .describe(
      "The timeline, stage by stage: the day it begins (`rc: 2026-12-15`, UTC), what it means for the project (the strategy's words), or both (`rc: { begins: 2026-12-15, meaning: ... }`). The stage in force is the last one whose day has come; a stage with no date falls back to `stage`. Reports show the current stage's meaning and forecast the next stage."
    ),
  roots: z
    .record(z.string().regex(ROOT_NAME, 'must be kebab-case'), rootSchema)
    .optional()
    .describe('Kinds of roots, by name (e.g. `environment`), for rules with `root`.'),
  when: conditionSchema
    .optional()
    .describe('The `when` of every rule this file defines that gives none of its own.')
};

/** An entry of `rules` that changes an inherited rule: its id and the keys it changes. */
export const ruleOverrideSchema = z
  .looseObject({
    id: RULE_BASE.id,
    kind: z.never().optional().describe('The kind of an inherited rule cannot change.'),
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
  })
  .describe(
    "Changes an inherited rule (see `extends`): the keys given replace the rule's own, the kind's options included."
  );

export const ruleSetSchema = z
  .strictObject({
    ...RULE_SET_HEADER,
    rules: z
      .array(
        z.union([
          z.discriminatedUnion('kind', KIND_NAMES.map((k) => ruleSchemaFor(k)) as never),
          ruleOverrideSchema
        ])
      )
      .optional()
      .describe(
        'The rules; `kind` selects which other keys a rule takes. In a file that extends others, an entry with an inherited id changes that rule.'
      )
  })
  .describe('A migration-gate rule file.');

export type RawRule = z.infer<ReturnType<typeof ruleSchemaFor>>;
