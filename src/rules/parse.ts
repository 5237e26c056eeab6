// Reads rule-file text: YAML syntax, then the file's keys, and (when compile.ts asks) each rule
// against its kind's schema (zod). Every mistake is a ConfigError at file:line:col naming the key (and
// the rule id when there is one); every mistake of a file is listed in one run (errors.ts). Loaded only for rule files that are
// not a bundled profile as dist/ carries it.
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { combineMistakes, ConfigError } from '../errors.js';
import { isKindName, KIND_NAMES } from '../kinds/index.js';
import type { YamlPath } from './yaml-position.js';
import { readRuleText, type At } from './rule-text.js';
import type { RuleTextSnapshot } from './bundled.js';
import { RULE_SET_HEADER, ruleSchemaFor } from './schema.js';
import {
  applyOwnRules,
  nothingInherited,
  ruleSetParts,
  type RuleDocument,
  type RuleSetHeader
} from './load.js';
import { compileRuleSet } from './compile.js';
import type { RuleSet } from './rule-set.js';
import { closest } from './did-you-mean.js';

// Rule files are validated once per run: compiling zod's fast paths (new Function) costs more than it saves.
z.config({ jitless: true });

const headerSchema = z.looseObject({ ...RULE_SET_HEADER, rules: z.array(z.unknown()).optional() });
const TOP_KEYS = [...Object.keys(RULE_SET_HEADER), 'rules'];

/** Parses rule-file text and validates its keys other than the rules; `file` is only used in messages. */
export function readRuleDocument(text: string, file: string): RuleDocument {
  const { data, ruleLines, at } = readRuleText(text, file);
  if (data === null || data === undefined) {
    throw new ConfigError('rule file is empty; expected a mapping with `rules` (or `extends`)', {
      file,
      line: 1,
      column: 1
    });
  }
  // Every mistake in the header is reported, and the keys in error are left out: the rules are still
  // read, so that one run lists the mistakes of the whole file.
  const mistakes: ConfigError[] = [];
  const record = { ...(data as Record<string, unknown>) };
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ConfigError('the rule file must be a mapping with `rules` (or `extends`)', at([]));
  for (const key of Object.keys(record).filter((k) => !TOP_KEYS.includes(k))) {
    const suggestion = closest(key, TOP_KEYS);
    mistakes.push(
      new ConfigError(
        `unknown key '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''} (expected one of: ${TOP_KEYS.join(', ')})`,
        at([key], true)
      )
    );
    delete record[key];
  }
  const header = headerSchema.safeParse(record);
  if (!header.success) {
    for (const issue of header.error.issues) {
      mistakes.push(...issueErrors(issue, record, at, ''));
      const key = issue.path[0];
      if (typeof key === 'string' && key !== 'rules') delete record[key];
    }
  }
  const checked = header.success ? header.data : headerSchema.safeParse(record).data;
  if (!checked) throw combineMistakes(mistakes)!;
  const { rules, ...rest } = checked;
  return {
    file,
    header: rest as RuleSetHeader,
    rules: Array.isArray(record.rules) ? record.rules : (rules ?? []),
    ruleLines,
    at,
    validated: false,
    ...(mistakes.length ? { mistakes } : {})
  };
}

/**
 * A rule file that extends nothing, read and compiled at once (synchronous: nothing else to read).
 * Files with `extends` go through load.ts's readRuleSet.
 */
export function parseRuleSet(text: string, file: string): RuleSet {
  const document = readRuleDocument(text, file);
  if (document.header.extends !== undefined)
    throw new ConfigError('a rule file with `extends` is read with readRuleSet', document.at(['extends']));
  const resolved = applyOwnRules(document, nothingInherited(), false);
  return compileRuleSet(ruleSetParts(document, resolved), resolved.rules, validateRule);
}

/**
 * What dist/ carries of a bundled profile (scripts/bundle.mjs): its text and the data read from it,
 * once the whole file has been validated — load.ts then compiles that data unvalidated.
 */
export function ruleTextSnapshot(text: string, file: string): RuleTextSnapshot {
  const document = readRuleDocument(text, file);
  if (document.header.extends === undefined) parseRuleSet(text, file);
  else
    // An entry without a kind changes an inherited rule: the whole profile is loaded by snapshot.ts.
    document.rules.forEach((raw, i) => {
      const at: At = (p, k) => document.at(['rules', i, ...p], k);
      if ((raw as { kind?: unknown } | null)?.kind !== undefined) validateRule(raw, at);
    });
  const { data, ruleLines } = readRuleText(text, file);
  const snapshot: RuleTextSnapshot = { text, data, ruleLines };
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(snapshot)), snapshot))
    throw new ConfigError(`${file} holds values JSON cannot carry; it cannot be bundled read ahead`);
  return snapshot;
}

/** One rule against its kind's schema; `at` gives positions of keys relative to the rule. */
export function validateRule(raw: unknown, at: (path: YamlPath, key?: boolean) => ReturnType<At>) {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError('each rule must be a mapping with id, phase, title, kind, message', at([]));
  }
  const record = raw as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : undefined;
  const prefix = id ? `rule '${id}': ` : 'rule: ';
  if (record.kind === undefined) throw new ConfigError(`${prefix}missing required key 'kind'`, at([]));
  if (!isKindName(record.kind)) {
    const suggestion = closest(String(record.kind), KIND_NAMES);
    throw new ConfigError(
      `${prefix}key 'kind': unknown kind '${String(record.kind)}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''} (known: ${KIND_NAMES.join(', ')})`,
      at(['kind'])
    );
  }
  const kind = record.kind;
  const result = ruleSchemaFor(kind).safeParse(raw);
  if (!result.success)
    throw combineMistakes(result.error.issues.flatMap((issue) => issueErrors(issue, raw, at, prefix, kind)))!;
  return result.data;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path)
    v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

/** The keys a rule of this kind takes, for "did you mean". */
function ruleKeys(kind: string | undefined): string[] {
  if (!kind || !isKindName(kind)) return [];
  return Object.keys(ruleSchemaFor(kind).shape);
}

/** A zod issue as ConfigErrors at the offending keys, in words a rule author understands. */
function issueErrors(
  issue: z.core.$ZodIssue,
  data: unknown,
  at: (path: YamlPath, key?: boolean) => ReturnType<At>,
  prefix: string,
  kind?: string
): ConfigError[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const keyName = path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = path.length === 0 ? closest(key, ruleKeys(kind)) : undefined;
      return new ConfigError(
        `${prefix}unknown key '${[...path, key].join('.')}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
        at([...path, key], true)
      );
    });
  }
  if (path.length === 0) {
    return [
      new ConfigError(
        `${prefix || 'the rule file '}must be a mapping with ${prefix ? 'id, phase, title, kind, message' : '`rules` (or `extends`)'}`,
        at([])
      )
    ];
  }
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
    return [new ConfigError(`${prefix}missing required key '${keyName}'`, at(path.slice(0, -1)))];
  }
  if (issue.code === 'invalid_union') {
    // A value that may take several shapes (`enforce`: one word or a mapping per stage): the mistake is
    // in the shape the value has, so the branch whose issues are not about the shape itself explains it.
    const inner = issue.errors.find((branch) => branch.every((i) => i.path.length > 0));
    if (inner?.length)
      return inner.flatMap((i) =>
        issueErrors({ ...i, path: [...issue.path, ...i.path] }, data, at, prefix, kind)
      );
    const expected = issue.errors.flatMap((branch) =>
      branch.flatMap((i) => (i.code === 'invalid_value' && 'values' in i ? i.values.map(String) : []))
    );
    if (expected.length)
      return [new ConfigError(`${prefix}key '${keyName}': expected one of ${expected.join(', ')}`, at(path))];
  }
  const detail =
    issue.code === 'invalid_value' && 'values' in issue
      ? `expected one of ${issue.values.map(String).join(', ')}`
      : issue.message.replace(/^Invalid input: /, '');
  return [new ConfigError(`${prefix}key '${keyName}': ${detail}`, at(path))];
}
