// Reads rule-file text: YAML syntax, then the file's keys, then each rule against its kind's schema
// (zod), then compilation (compile.ts). Every mistake is a ConfigError at file:line:col naming the key
// (and the rule id when there is one); the first mistake ends loading.
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { isKindName, KIND_NAMES } from '../kinds/index.js';
import type { YamlPath } from './yaml-position.js';
import { readRuleText, type At } from './rule-text.js';
import type { RuleTextSnapshot } from './default-rules.js';
import { RULE_SET_HEADER, ruleSchemaFor } from './schema.js';
import { compileRuleSet } from './compile.js';
import type { RuleSet } from './rule-set.js';

// Rule files are validated once per run: compiling zod's fast paths (new Function) costs more than it saves.
z.config({ jitless: true });

/** Parses, validates and compiles rule-file text; `file` is only used in messages. */
export function parseRuleSet(text: string, file: string): RuleSet {
  const { data, ruleLines, at } = readRuleText(text, file);
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
  return compileRuleSet(file, header.data, header.data.rules, at, ruleLines, (raw, path) =>
    validateRule(raw, path, at)
  );
}

/**
 * What dist/ carries of the bundled rule set (scripts/bundle.mjs): its text and the data read from it,
 * once the whole file has loaded without a mistake — load.ts then compiles that data unvalidated.
 */
export function ruleTextSnapshot(text: string, file: string): string {
  parseRuleSet(text, file);
  const { data, ruleLines } = readRuleText(text, file);
  const snapshot: RuleTextSnapshot = { text, data, ruleLines };
  const json = JSON.stringify(snapshot);
  if (!isDeepStrictEqual(JSON.parse(json), snapshot))
    throw new ConfigError(`${file} holds values JSON cannot carry; it cannot be bundled read ahead`);
  return json;
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
