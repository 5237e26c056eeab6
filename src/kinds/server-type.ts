// Where DRUM's server type is chosen, and what it is set to: `DRUM_SERVER_TYPE` or the runtime
// parameter `MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE` (whose value is JSON with a `payload`), in Dockerfile
// ENV/ARG lines, shell scripts (`export`, `VAR=… drum server`), .env files, YAML (`name:`/`value:`
// pairs, model-metadata's `fieldName:`/`defaultValue:`) and JSON. The timeline is defined by it:
// beta selects FastAPI with `DRUM_SERVER_TYPE=fastapi`; a Flask or gunicorn setting keeps Flask.
import type { RawFinding, Region } from '../model.js';
import { defineKind, type SourceFile } from './kind.js';

const NAME = /(?<![$\w{])(MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE|DRUM_SERVER_TYPE)\b/g;
/** Between the name and its value: a closing quote or bracket, then `=`, `:` or (Dockerfile `ENV k v`) blanks. */
const SEPARATOR = /^["'\]]*[ \t]*(?:[=:][ \t]*|[ \t]+)/;
/** YAML that names the variable on one line and gives its value on a later one. */
const NAMED_ON_ITS_OWN = /^\s*-?\s*(?:name|fieldName)\s*:\s*["']?$/;
const LATER_VALUE = /^\s*(value|defaultValue)\s*:\s*/;
const LOOK_AHEAD = 6;

export interface ServerTypeSetting {
  variable: string;
  value: string;
  /** How the value was given: plain, or the `payload` of the runtime parameter's JSON. */
  form: 'plain' | 'payload';
  region: Region;
}

/** A value as written after the separator: quoted, JSON, `${VAR:-default}` or a bare word; with its start. */
function valueAt(line: string, start: number): { text: string; offset: number } | undefined {
  const rest = line.slice(start);
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    let end = 1;
    while (end < rest.length && rest[end] !== quote) end += rest[end] === '\\' && quote === '"' ? 2 : 1;
    const inner = rest.slice(1, end);
    return { text: quote === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner, offset: start + 1 };
  }
  if (rest[0] === '{' && !rest.startsWith('${')) return { text: rest.trimEnd(), offset: start };
  const defaulted = /^\$\{\w+:?-([^}]*)\}/.exec(rest);
  if (defaulted) return valueAt(line.slice(0, start) + defaulted[1]!, start);
  const word = /^[\w.-]+/.exec(rest);
  return word ? { text: word[0], offset: start } : undefined;
}

/** The server type a value selects: a plain word, or the `payload` of a runtime parameter's JSON. */
function selected(
  value: { text: string; offset: number },
  line: string
): { value: string; form: ServerTypeSetting['form']; column: number; length: number } | undefined {
  const text = value.text.trim();
  if (text.startsWith('{')) {
    let payload: unknown;
    try {
      payload = (JSON.parse(text) as { payload?: unknown }).payload;
    } catch {
      const m = /["']?payload["']?\s*:\s*["']?([\w.-]+)/.exec(text);
      payload = m?.[1];
    }
    if (typeof payload !== 'string') return undefined;
    const at = line.indexOf(payload, value.offset);
    return {
      value: payload,
      form: 'payload',
      column: (at === -1 ? value.offset : at) + 1,
      length: payload.length
    };
  }
  if (!/^[\w.-]+$/.test(text)) return undefined;
  const at = line.indexOf(text, value.offset);
  return { value: text, form: 'plain', column: (at === -1 ? value.offset : at) + 1, length: text.length };
}

const isComment = (line: string) => /^\s*(#|\/\/)/.test(line);

/** Every place a file sets DRUM's server type. */
export function serverTypeSettings(text: string): ServerTypeSetting[] {
  const lines = text.split(/\r?\n|\r/);
  const out: ServerTypeSetting[] = [];
  lines.forEach((line, index) => {
    if (isComment(line) || !line.includes('DRUM_SERVER_TYPE')) return;
    for (const m of line.matchAll(NAME)) {
      const after = m.index + m[0].length;
      const before = line.slice(0, m.index);
      // `- name: DRUM_SERVER_TYPE` (Kubernetes) or `fieldName: DRUM_SERVER_TYPE` (model-metadata): the
      // value is on one of the next lines.
      if (NAMED_ON_ITS_OWN.test(before) && /^["']?\s*$/.test(line.slice(after))) {
        for (let next = index + 1; next < Math.min(lines.length, index + 1 + LOOK_AHEAD); next++) {
          const later = LATER_VALUE.exec(lines[next]!);
          if (!later) continue;
          const value = valueAt(lines[next]!, later[0].length);
          const pick = value && selected(value, lines[next]!);
          if (pick) out.push(setting(m[1]!, pick, next + 1));
          break;
        }
        continue;
      }
      const separator = SEPARATOR.exec(line.slice(after));
      if (!separator) continue;
      const value = valueAt(line, after + separator[0].length);
      const pick = value && selected(value, line);
      if (pick) out.push(setting(m[1]!, pick, index + 1));
    }
  });
  return out;
}

function setting(
  variable: string,
  pick: NonNullable<ReturnType<typeof selected>>,
  line: number
): ServerTypeSetting {
  return {
    variable,
    value: pick.value,
    form: pick.form,
    region: { line, column: pick.column, endLine: line, endColumn: pick.column + pick.length }
  };
}

export const serverType = defineKind({
  kind: 'server-type',
  description:
    "Where DRUM's server type is set to one of `values` (`DRUM_SERVER_TYPE`, or the runtime parameter `MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE` whose JSON `payload` holds it): Dockerfile ENV/ARG, shell `export`/`VAR=… drum server`, .env, YAML (`name`/`value`, model-metadata `fieldName`/`defaultValue`) and JSON. Values compare case-insensitively, as DRUM reads them.",
  defaultFiles: [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/*.sh',
    '**/.env',
    '**/*.env',
    '**/*.yaml',
    '**/*.yml',
    '**/*.json'
  ],
  options: (z) => ({
    values: z
      .array(z.string().min(1))
      .min(1)
      .describe('The server types that are findings, e.g. `flask`, `gunicorn`.')
  }),
  compile: (options) => ({ values: new Set(options.values.map((v) => v.toLowerCase())) }),
  lookFor: () => ['DRUM_SERVER_TYPE'],
  checkFile(file: SourceFile, compiled): RawFinding[] {
    if (!file.contains('DRUM_SERVER_TYPE')) return [];
    return serverTypeSettings(file.text)
      .filter((s) => compiled.values.has(s.value.toLowerCase()))
      .map((s) => ({
        path: file.path,
        region: s.region,
        message:
          s.form === 'payload'
            ? `Sets \`${s.variable}\` to a runtime parameter whose payload is \`${s.value}\`.`
            : `Sets \`${s.variable}\` to \`${s.value}\`.`
      }));
  }
});
