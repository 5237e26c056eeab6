// What a shard of an audit must be before it is merged: a version-1 JSON report as renderJson writes
// it, checked with zod; a mistake is reported at file:line:col with the key (the JSON is read with the
// YAML parser, which keeps positions).
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { positionOf } from '../rules/yaml-position.js';

const severity = z.enum(['error', 'warning', 'notice']);
const status = z.enum(['pass', 'fail', 'off', 'not-applicable']);
const count = z.number().int().min(0);
const stage = z.enum(['beta', 'rc', 'lts', 'decommission']);

export const shardSchema = z.looseObject({
  version: z.literal(1),
  tool: z.looseObject({ name: z.literal('migration-gate'), version: z.string() }),
  ruleset: z.looseObject({
    name: z.string(),
    stage: z.enum(['none', 'beta', 'rc', 'lts', 'decommission']),
    file: z.string(),
    profiles: z.array(z.looseObject({ name: z.string(), reason: z.string() })).optional()
  }),
  target: z.string(),
  conclusion: z.enum(['success', 'failure']),
  counts: z.looseObject({ error: count, warning: count, notice: count }),
  findings: z.array(
    z.looseObject({
      ruleId: z.string(),
      kind: z.string(),
      phase: z.number().int(),
      severity,
      path: z.string(),
      line: count.optional(),
      column: count.optional(),
      endLine: count.optional(),
      endColumn: count.optional(),
      message: z.string(),
      anchor: z.string().optional(),
      remediation: z.string().optional(),
      new: z.boolean().optional(),
      baselined: z.boolean().optional(),
      blocksFrom: stage.optional()
    })
  ),
  rules: z.array(
    z.looseObject({
      id: z.string(),
      phase: z.number().int(),
      title: z.string(),
      kind: z.string(),
      status,
      findings: count,
      omitted: count.optional(),
      reason: z.string().optional(),
      enforcement: z.enum(['off', 'notice', 'warning', 'error', 'new']),
      origin: z.string().optional()
    })
  ),
  phases: z.array(
    z.looseObject({
      phase: z.number().int(),
      title: z.string(),
      rules: count,
      passing: count,
      notApplicable: count.optional()
    })
  ),
  stats: z.looseObject({ files: count, bytes: count, durationMs: count }),
  skipped: z.array(z.looseObject({ path: z.string(), reason: z.string() })).optional(),
  notes: z.array(z.looseObject({ path: z.string(), line: count.optional(), message: z.string() })).optional(),
  forecast: z
    .looseObject({
      stage,
      begins: z.string().optional(),
      daysLeft: z.number().int().optional(),
      conclusion: z.enum(['success', 'failure']),
      counts: z.looseObject({ error: count, warning: count, notice: count }),
      blocking: count,
      changing: count,
      rules: z.array(
        z.looseObject({ id: z.string(), phase: z.number().int(), title: z.string(), blocking: count })
      ),
      phases: z.array(z.looseObject({ phase: z.number().int(), title: z.string(), blocking: count })),
      findings: z.array(z.looseObject({ ruleId: z.string(), path: z.string(), message: z.string() }))
    })
    .optional(),
  environments: z
    .array(
      z.looseObject({
        repository: z.string(),
        path: z.string(),
        python: z.string().nullable(),
        flaskStack: z.array(z.string()),
        fastapiStack: z.array(z.string()),
        customFlaskExtension: z.boolean(),
        errors: count,
        warnings: count,
        notices: count,
        phases: z.record(z.string(), count),
        blocksNext: count.optional()
      })
    )
    .optional(),
  repositories: z
    .array(
      z.looseObject({
        repository: z.string(),
        conclusion: z.enum(['success', 'failure']).optional(),
        findings: count.optional(),
        incomplete: z.string().optional(),
        problem: z.string().optional(),
        next: z
          .looseObject({
            blocking: count,
            changing: count,
            counts: z.looseObject({ error: count, warning: count, notice: count })
          })
          .optional()
      })
    )
    .optional()
});

export type Shard = z.infer<typeof shardSchema>;

/** A shard's text as a checked report, or a ConfigError at the first mistake's position. */
export function readShard(text: string, file: string): Shard {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not a JSON report: ${(error as Error).message}`, { file, line: 1, column: 1 });
  }
  const result = shardSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = path.join('.');
  return fail(
    `not a migration-gate JSON report (version 1): ${key ? `key '${key}': ` : ''}${issue.message.replace(/^Invalid input: /, '')}`,
    { file, ...positionOf(doc, lines, path) }
  );
}

function fail(message: string, position: { file: string; line: number; column: number }): never {
  throw new ConfigError(message, position);
}
