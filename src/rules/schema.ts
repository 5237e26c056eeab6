// One schema for rule files (STYLE.md §2-3): it validates, gives the TypeScript types, and generates
// rules/schema.json (scripts/generate-schema.ts; CI fails when that file is stale).
import { z } from 'zod';
import { KIND_NAMES, KINDS, type KindName } from '../kinds/index.js';
import { ENFORCEMENTS, STAGES } from '../model.js';

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

const glob = z.string().describe('A minimatch glob relative to the scanned directory, with forward slashes.');

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
  exclude: z.array(glob).optional().describe('Globs removed from `files`.'),
  message: z.string().min(1).describe('Why a finding matters, shown with every finding.'),
  remediation: z.string().min(1).optional().describe('What to do about a finding.'),
  enforce: enforceSchema.optional()
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

/** A rule file with its rules left unchecked: the loader checks each rule against its kind's schema. */
export const RULE_SET_HEADER = {
  $schema: z.string().optional().describe('Path or URL of rules/schema.json, for editors.'),
  name: z.string().min(1).describe('Name of the rule set, shown in reports.'),
  description: z.string().optional().describe('What the rule set enforces and where it comes from.'),
  stage: z
    .enum(STAGES)
    .optional()
    .describe(
      'The stage of the timeline the project is in now; used when no stage is given on the command line or as an input. Default: beta.'
    ),
  phases: z
    .partialRecord(phaseKey, z.string().min(1))
    .optional()
    .describe('Titles of the phases (0-5), as the strategy names them.')
};

export const ruleSetSchema = z
  .strictObject({
    ...RULE_SET_HEADER,
    rules: z
      .array(z.discriminatedUnion('kind', KIND_NAMES.map((k) => ruleSchemaFor(k)) as never))
      .describe('The rules; `kind` selects which other keys a rule takes.')
  })
  .describe('A migration-gate rule file.');

export type RawRule = z.infer<ReturnType<typeof ruleSchemaFor>>;
