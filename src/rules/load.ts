// Loading a rule set, the way a run starts: a bundled profile by name, or a rule file; then what it
// `extends`, recursively; then its own rules, which add rules or change inherited ones by id; then
// compilation. A bundled profile, unchanged, comes from the data dist/ carries (read and validated
// when dist/ was built); any other rule file is parsed and validated by parse.ts, loaded only then —
// with it zod, which the bundled rules never need.
import { readFile } from 'node:fs/promises';
import { basename, extname, posix } from 'node:path';
import { ConfigError } from '../errors.js';
import { bundledRuleText, isProfileName, PROFILE_NAMES, profilePath, type ProfileName } from './bundled.js';
import { compileRuleSet, type RuleEntry, type RuleSetParts } from './compile.js';
import type { Condition } from './conditions.js';
import type { At, RuleText } from './rule-text.js';
import type { ProfileChoice, RuleSet } from './rule-set.js';
import { STAGES, type Stage } from '../model.js';
import { calendarOrderProblem, readStageEntry, type Calendar } from './calendar.js';
import { closest } from './did-you-mean.js';

/** How rule files are read: the file system, or (in pr mode) the base commit. */
export interface RuleSource {
  /** The text of a rule file, or undefined when there is none at that path. */
  readText(path: string): Promise<string | undefined>;
}

export const fileSystemSource: RuleSource = {
  readText: (path) =>
    readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw new ConfigError(`cannot read rule file ${path}: ${error.code ?? error.message}`);
    })
};

/** Where bundled profiles come from: rules/ (default), or given texts (the bundler checks them before dist/ exists). */
export type ProfileReader = (name: ProfileName) => Promise<RuleDocument>;

interface Context {
  source: RuleSource;
  profile: ProfileReader;
}

export interface LoadOptions {
  source?: RuleSource;
  profiles?: ProfileReader;
  /** How the file is named in messages (default: its path). */
  displayName?: string;
  /** Why these rules are used, for the report (e.g. `--rules drum`). */
  reason?: string;
}

/** A root kind as a rule file writes it (an override may leave out markers). */
export interface RootDefinition {
  markers?: string[];
  secondaryMarkers?: string[];
  notWith?: string[];
  /** Not for rule files: `rules: auto` names the very folders that showed evidence. */
  onlyFolders?: string[];
  folders?: string[];
  description?: string;
}

/** A rule file's keys other than `rules`, as validation leaves them. */
export interface RuleSetHeader {
  name?: string | undefined;
  description?: string | undefined;
  extends?: string | string[] | undefined;
  stage?: Stage | undefined;
  phases?: Partial<Record<string, string>> | undefined;
  stages?: Partial<Record<Stage, string>> | undefined;
  roots?: Record<string, RootDefinition> | undefined;
  when?: Condition | undefined;
}

/** One rule file, read: its header, its rule entries as written, and where each is. */
export interface RuleDocument {
  /** How the file is named in messages and reports. */
  file: string;
  /** Its path, against which relative `extends` resolve (none for a bundled profile). */
  path?: string;
  profile?: ProfileName;
  header: RuleSetHeader;
  rules: unknown[];
  ruleLines: number[];
  at: At;
  /** Read from dist/'s snapshot, validated when dist/ was built. */
  validated: boolean;
  /** Mistakes in its header keys (those keys are left out), reported with the rules' own. */
  mistakes?: ConfigError[];
}

/** Loads a bundled profile (by name) or a rule file (by path). */
export async function loadRuleSet(spec: string, options: LoadOptions = {}): Promise<RuleSet> {
  const context = contextOf(options);
  if (isProfileName(spec))
    return buildRuleSet(await context.profile(spec), context, options.reason ?? `--rules ${spec}`);
  const file = options.displayName ?? spec;
  const text = await context.source.readText(spec);
  if (text === undefined) throw new ConfigError(`rule file not found: ${file}`);
  return readRuleSet(text, file, { ...options, path: spec });
}

const contextOf = (options: LoadOptions): Context => ({
  source: options.source ?? fileSystemSource,
  profile: options.profiles ?? profileDocument
});

/** Rule-file text to a rule set; `file` names it in messages, `path` resolves its relative `extends`. */
export async function readRuleSet(
  text: string,
  file: string,
  options: LoadOptions & { path?: string } = {}
): Promise<RuleSet> {
  const document = await ruleDocument(text, file, options.path ?? file);
  return buildRuleSet(document, contextOf(options), options.reason);
}

/** Bundled profiles combined, as `rules: auto` chooses them: a rule set that extends each, in order. */
export async function combineProfiles(
  chosen: readonly ProfileChoice[],
  options: LoadOptions = {}
): Promise<RuleSet> {
  const context = contextOf(options);
  const names = chosen.map((c) => c.name);
  const roots: Record<string, RootDefinition> = {};
  for (const choice of chosen)
    for (const [kind, folders] of Object.entries(choice.rootFolders ?? {}))
      roots[kind] = { onlyFolders: folders };
  const header: RuleSetHeader = { extends: names, ...(Object.keys(roots).length ? { roots } : {}) };
  const document: RuleDocument = {
    file: `auto (${names.join(' + ')})`,
    header,
    rules: [],
    ruleLines: [],
    at: () => ({ file: 'rules: auto', line: 1, column: 1 }),
    validated: true
  };
  const set = await buildRuleSet(
    document,
    context,
    undefined,
    chosen.map(({ name, reason }) => ({ name, reason }))
  );
  if (names.length === 1) {
    const only = await context.profile(names[0] as ProfileName);
    return {
      ...set,
      name: only.header.name ?? names[0]!,
      ...(only.header.description ? { description: only.header.description } : {})
    };
  }
  return set;
}

/** Resolves `extends`, merges, validates what needs it, compiles. */
async function buildRuleSet(
  document: RuleDocument,
  context: Context,
  reason: string | undefined,
  reasons?: readonly ProfileChoice[]
): Promise<RuleSet> {
  const resolved = await resolve(document, context, [], reasons);
  const needsValidation = resolved.rules.some((r) => !r.validated);
  const validate = needsValidation ? (await import('./parse.js')).validateRule : undefined;
  return compileRuleSet(ruleSetParts(document, resolved, reason), resolved.rules, validate);
}

/** The rule set's own keys: name, stage, phases, roots, and the profiles it comes from. */
export function ruleSetParts(document: RuleDocument, resolved: Resolved, reason?: string): RuleSetParts {
  const profiles = document.profile
    ? [{ name: document.profile, reason: reason ?? `--rules ${document.profile}` }, ...resolved.profiles]
    : resolved.profiles;
  return {
    file: document.file,
    name: resolved.name ?? document.header.name ?? defaultName(document),
    ...(resolved.description ? { description: resolved.description } : {}),
    stage: resolved.stage ?? 'beta',
    phases: resolved.phases,
    stages: resolved.stages,
    calendar: resolved.calendar,
    roots: resolved.roots,
    profiles: dedupeProfiles(profiles),
    mistakes: resolved.mistakes
  };
}

const defaultName = (document: RuleDocument): string =>
  document.profile ?? basename(document.file, extname(document.file));

function dedupeProfiles(profiles: ProfileChoice[]): ProfileChoice[] {
  const seen = new Set<string>();
  return profiles.filter((p) => !seen.has(p.name) && seen.add(p.name));
}

/** A bundled profile's document: dist/'s snapshot when the file is unchanged, else parsed. */
export async function profileDocument(name: ProfileName): Promise<RuleDocument> {
  const text = await readFile(profilePath(name), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`cannot read the bundled profile '${name}' (${profilePath(name)}): ${error.code}`);
  });
  const prepared = bundledRuleText(name, text);
  const document = prepared ? snapshotDocument(prepared, name) : await ruleDocument(text, name, undefined);
  return { ...document, profile: name };
}

/**
 * A document from already-validated data. Its rules' lines are known; nothing needs a finer position
 * (dist/ was built only once the whole profile loaded), so the YAML parser is not loaded at start-up.
 */
function snapshotDocument(prepared: RuleText, file: string): RuleDocument {
  const data = prepared.data as RuleSetHeader & { rules?: unknown[] };
  const at: At = (path) => ({
    file,
    line: path[0] === 'rules' && typeof path[1] === 'number' ? (prepared.ruleLines[path[1]] ?? 1) : 1,
    column: 1
  });
  return { file, header: data, rules: data.rules ?? [], ruleLines: prepared.ruleLines, at, validated: true };
}

export async function ruleDocument(
  text: string,
  file: string,
  path: string | undefined
): Promise<RuleDocument> {
  const { readRuleDocument } = await import('./parse.js');
  return { ...readRuleDocument(text, file), ...(path !== undefined ? { path } : {}) };
}

/** What a document amounts to once its `extends` are resolved. */
export interface Resolved {
  name?: string;
  description?: string;
  stage?: Stage;
  phases: Record<string, string>;
  stages: Partial<Record<Stage, string>>;
  /** The day each stage begins, where the files say. */
  calendar: Calendar;
  roots: Record<string, RootDefinition>;
  rules: RuleEntry[];
  profiles: ProfileChoice[];
  /** Mistakes found so far (this file's and its parents'): reported together once the rules compile. */
  mistakes: ConfigError[];
}

const MAX_EXTENDS_DEPTH = 10;

async function resolve(
  document: RuleDocument,
  context: Context,
  chain: readonly string[],
  reasons?: readonly ProfileChoice[]
): Promise<Resolved> {
  const key = document.profile ? `profile:${document.profile}` : `file:${document.path ?? document.file}`;
  const out = nothingInherited();
  const refs = document.header.extends;
  const list = refs === undefined ? [] : Array.isArray(refs) ? refs : [refs];
  const definedBy = new Map<string, string>();
  // Root kinds of the parents before each one: a later parent's rules do not look inside them.
  const earlierRoots: string[] = [];
  for (const [i, ref] of list.entries()) {
    const at = document.at(Array.isArray(refs) ? ['extends', i] : ['extends']);
    const parent = await parentDocument(document, ref, context, at);
    const parentKey = parent.profile ? `profile:${parent.profile}` : `file:${parent.path}`;
    if (parentKey === key || chain.includes(parentKey))
      throw new ConfigError(`'${ref}' extends itself (through ${[...chain, key].join(' -> ')})`, at);
    if (chain.length >= MAX_EXTENDS_DEPTH)
      throw new ConfigError(`rule files extend each other more than ${MAX_EXTENDS_DEPTH} deep`, at);
    const inherited = await resolve(parent, context, [...chain, key]);
    for (const rule of inherited.rules) {
      const first = definedBy.get(rule.id);
      if (first !== undefined)
        throw new ConfigError(`rule '${rule.id}' is defined both by ${first} and by ${ref}`, at);
      definedBy.set(rule.id, ref);
      out.rules.push(
        earlierRoots.length
          ? { ...rule, skipRoots: [...new Set([...rule.skipRoots, ...earlierRoots])] }
          : rule
      );
    }
    earlierRoots.push(...Object.keys(inherited.roots));
    for (const [name, root] of Object.entries(inherited.roots))
      out.roots[name] = { ...out.roots[name], ...root };
    Object.assign(out.phases, inherited.phases);
    Object.assign(out.stages, inherited.stages);
    Object.assign(out.calendar, inherited.calendar);
    if (inherited.stage) out.stage = inherited.stage;
    const reason =
      reasons?.find((r) => r.name === parent.profile)?.reason ??
      `extended by ${document.profile ?? document.file}`;
    if (parent.profile) out.profiles.push({ name: parent.profile, reason });
    out.profiles.push(...inherited.profiles);
    out.mistakes.push(...inherited.mistakes);
  }

  return applyOwnRules(document, out, list.length > 0);
}

/** An empty start, for a document that extends nothing. */
export const nothingInherited = (): Resolved => ({
  phases: {},
  stages: {},
  calendar: {},
  roots: {},
  rules: [],
  profiles: [],
  mistakes: []
});

/**
 * A document's own keys and rules on top of what it inherits: its header keys replace, its rule
 * entries change inherited rules (by id) or add rules. Synchronous: the parents are already resolved.
 */
export function applyOwnRules(document: RuleDocument, out: Resolved, extended: boolean): Resolved {
  const header = document.header;
  out.mistakes.push(...(document.mistakes ?? []));
  if (header.name) out.name = header.name;
  if (header.description) out.description = header.description;
  if (header.stage) out.stage = header.stage;
  for (const [k, v] of Object.entries(header.phases ?? {})) if (v !== undefined) out.phases[k] = v;
  for (const stage of STAGES) {
    const entry = header.stages?.[stage];
    if (entry === undefined) continue;
    const { begins, meaning } = readStageEntry(entry);
    if (meaning !== undefined) out.stages[stage] = meaning;
    if (begins !== undefined) out.calendar[stage] = begins;
  }
  // Each file's calendar is in order (schema.ts); one that changes inherited dates must keep it so.
  const order = calendarOrderProblem(out.calendar);
  if (order) {
    // Pointed at the date this file gives: the later stage's, else the earlier one's.
    const own = [order.stage, order.earlier].find((s) => header.stages?.[s] !== undefined);
    out.mistakes.push(
      new ConfigError(
        `key 'stages.${own ?? order.stage}': ${order.message} (with the dates this file extends)`,
        document.at(own ? ['stages', own] : ['stages'])
      )
    );
  }
  for (const [name, root] of Object.entries(header.roots ?? {}))
    out.roots[name] = { ...out.roots[name], ...root };

  if (!extended && document.rules.length === 0)
    out.mistakes.push(
      new ConfigError(
        'the rule file has no rules; list some under `rules`, or extend a profile (`extends: [environments]`)',
        document.at(['rules'])
      )
    );

  const own = new Map<string, number>();
  // A file's own rules come first (the report lists them in this order), then what it inherits.
  const added: RuleEntry[] = [];
  const inheritedIndex = new Map(out.rules.map((r, i) => [r.id, i]));
  document.rules.forEach((raw, index) => {
    try {
      addRule(raw, index);
    } catch (error) {
      // One rule's mistake does not hide the next rule's.
      if (!(error instanceof ConfigError)) throw error;
      out.mistakes.push(error);
    }
  });
  out.rules = [...added, ...out.rules];
  return out;

  function addRule(raw: unknown, index: number): void {
    const path = ['rules', index] as const;
    const entryAt: RuleEntry['at'] = (p, k) => document.at([...path, ...p], k);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new ConfigError('each rule must be a mapping with id, phase, title, kind, message', entryAt([]));
    const record = legacyKeys(raw as Record<string, unknown>);
    const id = typeof record.id === 'string' ? record.id : undefined;
    const inheritedAt = id === undefined ? undefined : inheritedIndex.get(id);
    if (inheritedAt !== undefined) {
      const base = out.rules[inheritedAt]!;
      if (record.kind !== undefined && record.kind !== base.raw.kind)
        throw new ConfigError(
          `rule '${id}': key 'kind': an inherited rule's kind cannot change (it is ${String(base.raw.kind)}); give the new rule its own id`,
          entryAt(['kind'])
        );
      out.rules[inheritedAt] = {
        ...base,
        raw: { ...base.raw, ...record },
        validated: false,
        at: (p, k) => (p.length > 0 && Object.hasOwn(record, p[0]!) ? entryAt(p, k) : entryAt([], k)),
        line: document.ruleLines[index] ?? base.line
      };
      return;
    }
    if (id !== undefined && record.kind === undefined && extended) {
      const suggestion = closest(id, [...inheritedIndex.keys()]);
      throw new ConfigError(
        `rule '${id}': no inherited rule has this id${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; to add a rule, give it a kind, phase, title and message`,
        entryAt(['id'])
      );
    }
    if (id !== undefined) {
      const first = own.get(id);
      if (first !== undefined)
        throw new ConfigError(
          `duplicate rule id '${id}' (first defined at line ${document.ruleLines[first]})`,
          entryAt(['id'])
        );
      own.set(id, index);
    }
    const withWhen =
      header.when !== undefined && record.when === undefined ? { ...record, when: header.when } : record;
    added.push({
      id: id ?? `#${index + 1}`,
      raw: withWhen,
      validated: document.validated,
      at: entryAt,
      line: document.ruleLines[index] ?? 1,
      origin: document.profile ?? document.file,
      skipRoots: []
    });
  }
}

/** Rule files written before 0.2 named a dependency-conflict's trigger `when`; `when` is now the condition. */
function legacyKeys(record: Record<string, unknown>): Record<string, unknown> {
  if (
    record.kind === 'dependency-conflict' &&
    typeof record.when === 'string' &&
    record.trigger === undefined
  ) {
    const { when, ...rest } = record;
    return { ...rest, trigger: when };
  }
  return record;
}

async function parentDocument(
  child: RuleDocument,
  ref: string,
  context: Context,
  at: ReturnType<At>
): Promise<RuleDocument> {
  if (isProfileName(ref)) return context.profile(ref);
  if (!/[/.]/.test(ref) || child.path === undefined) {
    const suggestion = closest(ref, PROFILE_NAMES);
    throw new ConfigError(
      child.path === undefined
        ? `a bundled profile extends only bundled profiles; '${ref}' is not one (${PROFILE_NAMES.join(', ')})`
        : `'${ref}' is neither a bundled profile (${PROFILE_NAMES.join(', ')}) nor a rule file path${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
      at
    );
  }
  const path = posix.normalize(posix.join(posix.dirname(child.path.split('\\').join('/')), ref));
  const text = await context.source.readText(path);
  if (text === undefined) throw new ConfigError(`extends '${ref}': no rule file at ${path}`, at);
  return ruleDocument(text, path, path);
}
