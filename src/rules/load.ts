// Reads a rule file: YAML syntax, then the file's keys, then each rule against its kind's schema, then
// compilation (globs, regexes, kind options). Every mistake is a ConfigError at file:line:col naming the
// key (and the rule id when there is one); the first mistake ends loading.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { isKindName, KIND_NAMES, KINDS } from '../kinds/index.js';
import { OptionError } from '../kinds/kind.js';
import { resolveEnforcement } from '../gate/policy.js';
import { type Stage } from '../model.js';
import { compileGlobs, globProblem } from './globs.js';
import type { YamlPath } from './yaml-position.js';
import { positionsLater, readRuleText, type At, type RuleText } from './rule-text.js';
import { bundledRuleText } from './default-rules.js';
import { RULE_SET_HEADER, ruleSchemaFor } from './schema.js';
import type { CompiledRule, RuleSet } from './rule-set.js';
import { DEFAULT_PHASE_TITLES } from './rule-set.js';

// Rule files are validated once per run: compiling zod's fast paths (new Function) costs more than it saves.
z.config({ jitless: true });

export async function loadRuleSet(file: string, displayName = file): Promise<RuleSet> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? `rule file not found: ${displayName}`
        : `cannot read rule file ${displayName}: ${code ?? error}`
    );
  }
  return parseRuleSet(text, displayName);
}

/**
 * Parses and compiles rule-file text; `file` is only used in messages. Text identical to the bundled
 * rule set comes already parsed (`prepared`, made when dist/ is built), which saves most of start-up.
 */
export function parseRuleSet(
  text: string,
  file: string,
  prepared: RuleText | undefined = bundledRuleText(text)
): RuleSet {
  const { data, ruleLines, at } = prepared
    ? { ...prepared, at: positionsLater(text, file) }
    : readRuleText(text, file);
  if (data === null || data === undefined) {
    throw new ConfigError('rule file is empty; expected a mapping with `name` and `rules`', {
      file,
      line: 1,
      column: 1
    });
  }

  const header = z.looseObject({ ...RULE_SET_HEADER, rules: z.array(z.unknown()) }).safeParse(data);
  if (!header.success) throw issueError(header.error.issues[0]!, data, at, '');
  const unknownTop = Object.keys(data as object).filter((k) => !(k in RULE_SET_HEADER) && k !== 'rules');
  if (unknownTop.length) {
    throw new ConfigError(
      `unknown key '${unknownTop[0]}' (expected one of: ${[...Object.keys(RULE_SET_HEADER), 'rules'].join(', ')})`,
      at([unknownTop[0]!], true)
    );
  }

  const seen = new Map<string, number>();
  const rules: CompiledRule[] = header.data.rules.map((raw, index) => {
    const path = ['rules', index];
    const rule = validateRule(raw, path, at);
    const first = seen.get(rule.id);
    if (first !== undefined) {
      throw new ConfigError(
        `duplicate rule id '${rule.id}' (first defined at line ${at(['rules', first]).line})`,
        at([...path, 'id'])
      );
    }
    seen.set(rule.id, index);
    return compileRule(rule, path, at, ruleLines[index]!);
  });

  const phases: Record<number, string> = { ...DEFAULT_PHASE_TITLES };
  for (const [k, v] of Object.entries(header.data.phases ?? {})) phases[Number(k)] = v;
  return {
    file,
    name: header.data.name,
    ...(header.data.description ? { description: header.data.description } : {}),
    stage: (header.data.stage ?? 'beta') as Stage,
    phases,
    rules
  };
}

function validateRule(raw: unknown, path: YamlPath, at: At) {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError('each rule must be a mapping with id, phase, title, kind, message', at(path));
  }
  const record = raw as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : undefined;
  const prefix = id ? `rule '${id}': ` : `rule ${String(path[1])}: `;
  if (record.kind === undefined) throw new ConfigError(`${prefix}missing required key 'kind'`, at(path));
  if (!isKindName(record.kind)) {
    throw new ConfigError(
      `${prefix}key 'kind': unknown kind '${String(record.kind)}' (known: ${KIND_NAMES.join(', ')})`,
      at([...path, 'kind'])
    );
  }
  const result = ruleSchemaFor(record.kind).safeParse(raw);
  if (!result.success)
    throw issueError(result.error.issues[0]!, raw, (p, k) => at([...path, ...p], k), prefix);
  return result.data;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path)
    v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

/** Turns a zod issue into a ConfigError at the offending key, in words a rule author understands. */
function issueError(issue: z.core.$ZodIssue, data: unknown, at: At, prefix: string): ConfigError {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const keyName = path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return new ConfigError(`${prefix}unknown key '${[...path, key].join('.')}'`, at([...path, key], true));
  }
  if (path.length === 0) {
    return new ConfigError(
      `${prefix || 'the rule file '}must be a mapping with ${prefix ? 'id, phase, title, kind, message' : '`name` and `rules`'}`,
      at([])
    );
  }
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
    return new ConfigError(`${prefix}missing required key '${keyName}'`, at(path.slice(0, -1)));
  }
  const detail =
    issue.code === 'invalid_value' && 'values' in issue
      ? `expected one of ${issue.values.map(String).join(', ')}`
      : issue.message.replace(/^Invalid input: /, '');
  return new ConfigError(`${prefix}key '${keyName}': ${detail}`, at(path));
}

function compileRule(
  rule: ReturnType<typeof validateRule>,
  path: YamlPath,
  at: At,
  line: number
): CompiledRule {
  const module = KINDS[rule.kind];
  const prefix = `rule '${rule.id}': `;
  const files = rule.files ?? (module as { defaultFiles?: readonly string[] }).defaultFiles;
  if (!files)
    throw new ConfigError(
      `${prefix}missing required key 'files' (kind ${rule.kind} has no default)`,
      at(path)
    );
  for (const key of ['files', 'exclude'] as const) {
    (rule[key] ?? []).forEach((g, i) => {
      const problem = globProblem(g);
      if (problem)
        throw new ConfigError(`${prefix}key '${key}.${i}': glob '${g}' ${problem}`, at([...path, key, i]));
    });
  }
  let compiled: unknown;
  try {
    compiled = (module.compile as (o: unknown, r: unknown) => unknown)(rule, { id: rule.id, files });
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    const keyPath = error.key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    throw new ConfigError(`${prefix}key '${error.key}': ${error.message}`, at([...path, ...keyPath]));
  }
  const include = compileGlobs(files);
  const exclude = compileGlobs(rule.exclude ?? []);
  return {
    id: rule.id,
    phase: rule.phase,
    title: rule.title,
    kind: rule.kind,
    message: rule.message,
    ...(rule.remediation ? { remediation: rule.remediation } : {}),
    enforcement: resolveEnforcement(rule.enforce),
    files,
    exclude: rule.exclude ?? [],
    selects: (p) => include(p) && !exclude(p),
    module,
    compiled,
    line
  };
}
