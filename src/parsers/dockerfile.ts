// Dockerfiles, read with dockerfile-ast (the parser of VS Code's Dockerfile language server): images of
// every stage with ARG defaults substituted, packages installed by pip / python -m pip / uv pip / conda
// in RUN (continuations and && chains), requirement files installed with -r mapped back through COPY
// and WORKDIR to the build context, and Python versions installed by the system package manager.
import { DockerfileParser, ModifiableInstruction } from 'dockerfile-ast';
import { posix } from 'node:path';
import type { Region } from '../model.js';
import { normalizeName, parseRequirement } from './pep508.js';
import type { LocatedRequirement } from './requirements.js';
import { LineIndex } from './line-index.js';
import { commandWords } from './shell-words.js';

export interface DockerStage {
  /** The image as written in FROM. */
  written: string;
  /** After ARG substitution; undefined when a variable has no known value. */
  image?: string;
  alias?: string;
  /** FROM names an earlier stage (its Python is that stage's). */
  fromStage: boolean;
  region: Region;
}

export interface DockerfileInfo {
  stages: DockerStage[];
  requirements: LocatedRequirement[];
  /** `-r` files, as context-relative paths when COPY tells where they came from. */
  requirementFiles: Array<{ containerPath: string; contextPath?: string; line: number }>;
  /**
   * Python installed by apt/yum/dnf/apk/conda: a version (`python3.9`, `python=3.10`), or none for the
   * distribution's own `python3` (`apt-get install python3 python3-pip`), whose version is the base
   * image's distribution's (data/distro-python.ts). `stage` is the index in `stages`.
   */
  pythonInstalls: Array<{ version?: string; stage: number; region: Region }>;
}

interface Token {
  value: string;
  region: Region;
}

const SEPARATORS = new Set(['&&', '||', ';', '|']);
const PIP_OPTIONS_WITH_VALUE = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--trusted-host',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--src',
  '--progress-bar',
  '--upgrade-strategy',
  '--cache-dir',
  '--log',
  '--timeout',
  '--retries',
  '--python',
  '-p'
]);

/** conda/mamba install options followed by a value (`-c conda-forge`), which is not a package. */
const CONDA_OPTIONS_WITH_VALUE = new Set([
  '-c',
  '--channel',
  '-n',
  '--name',
  '-p',
  '--prefix',
  '--file',
  '--repodata-fn',
  '--solver'
]);

const VARIABLE = /\$\{(\w+)(?:(:?)([-+])([^}]*))?\}|\$(\w+)/g;
const BARE_VARIABLE = /\$(\w+)/g;

/**
 * ARG values substituted into `text`; undefined when one is unknown. As the shell and BuildKit do:
 * `$NAME`, `${NAME}`; `${NAME:-word}` (word when unset or empty), `${NAME-word}` (when unset);
 * `${NAME:+word}` (word when set and not empty, else nothing), `${NAME+word}` (when set). A variable
 * the Dockerfile does not set is unset, as in a build without `--build-arg`.
 */
export function substitute(text: string, vars: ReadonlyMap<string, string>): string | undefined {
  let unknown = false;
  const value = (
    _m: string,
    braced?: string,
    colon?: string,
    operator?: string,
    word?: string,
    bare?: string
  ) => {
    const known = vars.get((braced ?? bare)!);
    const set = colon ? known !== undefined && known !== '' : known !== undefined;
    if (operator === '+') return set ? word! : '';
    if (operator === '-') return set ? known! : word!;
    if (known !== undefined && known !== '') return known;
    unknown = true;
    return '';
  };
  // A braced variable needs a closing brace: after the last one only bare $NAME can match, and trying
  // the braced form there scanned to the end of the text for every "${" (quadratic on a hostile line).
  const end = text.lastIndexOf('}') + 1;
  const out =
    text.slice(0, end).replace(VARIABLE, value) +
    text
      .slice(end)
      .replace(BARE_VARIABLE, (m, bare: string) =>
        value(m, undefined, undefined, undefined, undefined, bare)
      );
  return unknown ? undefined : out;
}

const unquote = (s: string): string => s.replace(/^(['"])(.*)\1$/, '$2');

function splitAssignment(token: string): [string, string | undefined] {
  const eq = token.indexOf('=');
  return eq === -1 ? [token, undefined] : [token.slice(0, eq), token.slice(eq + 1)];
}

/** Splits a RUN's tokens into commands at &&, ||, ; and | (also when glued to a word, as in `x;`). */
function commands(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    const glued = /^(.*?)(;|&&)$/.exec(t.value);
    if (SEPARATORS.has(t.value)) out.push([]);
    else if (glued && glued[1]) {
      out[out.length - 1]!.push({ ...t, value: glued[1] });
      out.push([]);
    } else out[out.length - 1]!.push(t);
  }
  return out.filter((c) => c.length > 0);
}

/** Index of the first argument after `pip install` (or `-m pip install`, `uv pip install`); -1 if none. */
function pipInstallStart(cmd: Token[]): number {
  for (let i = 0; i < cmd.length - 1; i++) {
    // `pip install`, `pip3.11 install`, `/opt/venv/bin/pip install`, `python -m pip install`, `uv pip install`
    if (/(^|\/)pip[\d.]*$/.test(cmd[i]!.value) && cmd[i + 1]!.value === 'install') return i + 2;
  }
  return -1;
}

function condaInstallStart(cmd: Token[]): number {
  for (let i = 0; i < cmd.length - 1; i++) {
    if (/(^|\/)(conda|mamba|micromamba)$/.test(cmd[i]!.value) && cmd[i + 1]!.value === 'install')
      return i + 2;
  }
  return -1;
}

function systemInstallStart(cmd: Token[]): number {
  for (let i = 0; i < cmd.length - 1; i++) {
    if (
      /(^|\/)(apt-get|apt|yum|dnf|microdnf|apk)$/.test(cmd[i]!.value) &&
      /^(install|add)$/.test(cmd[i + 1]!.value)
    )
      return i + 2;
  }
  return -1;
}

/**
 * A RUN's words as the shell sees them (shell-words.ts: quotes, escapes, continuations, `sh -c "…"`
 * opened up), at their positions; the exec form (`RUN ["sh", "-c", "…"]`) too, at the instruction.
 */
function runWords(text: string, lines: LineIndex, tokens: readonly Token[], region: Region): Token[] {
  if (tokens.length === 0) return [];
  const offset = (line: number, column: number) => lines.lineStart(line) + column - 1;
  const start = offset(tokens[0]!.region.line, tokens[0]!.region.column);
  const end = offset(tokens.at(-1)!.region.endLine, tokens.at(-1)!.region.endColumn);
  const raw = text.slice(start, end);
  if (raw.trimStart().startsWith('[')) {
    try {
      const exec: unknown = JSON.parse(raw);
      if (Array.isArray(exec) && exec.every((w) => typeof w === 'string')) {
        const quoted = exec.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
        return commandWords(quoted).map((w) => ({ value: w.value, region }));
      }
    } catch {
      // not JSON: read as a shell command line
    }
  }
  return commandWords(raw, start).map((w) => ({ value: w.value, region: lines.region(w.start, w.end) }));
}

export function parseDockerfile(text: string): DockerfileInfo {
  const dockerfile = DockerfileParser.parse(text);
  const lines = new LineIndex(text);
  const info: DockerfileInfo = { stages: [], requirements: [], requirementFiles: [], pythonInstalls: [] };
  const globalArgs = new Map<string, string>();
  let vars = new Map<string, string>();
  let workdir = '/';
  let copies: Array<{ container: string; context: string }> = [];
  /** What each named stage leaves to a stage built on it (`FROM builder AS development`). */
  const stages = new Map<string, { env: Map<string, string>; workdir: string; copies: typeof copies }>();
  /** The stage's ENV values (inherited by a stage built on it; ARG values are not). */
  let env = new Map<string, string>();
  let current: string | undefined;
  const keep = () => {
    if (current !== undefined) stages.set(current, { env, workdir, copies });
  };
  let seenFrom = false;

  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    const tokens: Token[] = instruction.getArguments().map((a) => {
      const r = a.getRange();
      return {
        value: a.getValue(),
        region: {
          line: r.start.line + 1,
          column: r.start.character + 1,
          endLine: r.end.line + 1,
          endColumn: r.end.character + 1
        }
      };
    });
    const r = instruction.getRange();
    const region = {
      line: r.start.line + 1,
      column: r.start.character + 1,
      endLine: r.end.line + 1,
      endColumn: r.end.character + 1
    };

    if (keyword === 'ARG') {
      // Before the first FROM an ARG is global (usable in FROM); inside a stage, `ARG NAME` brings the
      // global value in and `ARG NAME=x` sets one.
      const scope = seenFrom ? vars : globalArgs;
      for (const t of tokens) {
        const [name, raw] = splitAssignment(t.value);
        const value =
          raw === undefined ? (seenFrom ? globalArgs.get(name) : undefined) : substitute(unquote(raw), scope);
        if (value !== undefined) scope.set(name, value);
      }
      continue;
    }
    if (keyword === 'ENV') {
      if (tokens.length >= 2 && !tokens[0]!.value.includes('=')) {
        const value = tokens
          .slice(1)
          .map((t) => t.value)
          .join(' '); // legacy `ENV KEY value`
        vars.set(tokens[0]!.value, value);
        env.set(tokens[0]!.value, value);
      } else {
        for (const t of tokens) {
          const [name, raw] = splitAssignment(t.value);
          const value = raw === undefined ? undefined : substitute(unquote(raw), vars);
          if (value !== undefined) {
            vars.set(name, value);
            env.set(name, value);
          }
        }
      }
      continue;
    }
    if (keyword === 'FROM') {
      seenFrom = true;
      // Flags (`--platform=…`) are not among the arguments: dockerfile-ast keeps them apart.
      const written = tokens[0]?.value ?? '';
      const asIndex = tokens.findIndex((t) => t.value.toUpperCase() === 'AS');
      const alias = asIndex !== -1 ? tokens[asIndex + 1]?.value : undefined;
      const image = substitute(written, globalArgs);
      keep();
      const parent = image !== undefined ? stages.get(image.toLowerCase()) : undefined;
      const fromStage = parent !== undefined;
      info.stages.push({
        written,
        ...(image !== undefined ? { image } : {}),
        ...(alias ? { alias } : {}),
        fromStage,
        region
      });
      current = alias?.toLowerCase();
      // As in Docker, a stage sees a global ARG only once it declares it (`ARG NAME`); a stage built on
      // another starts with that one's ENV, WORKDIR and files.
      vars = new Map(parent?.env);
      env = new Map(parent?.env);
      workdir = parent?.workdir ?? '/';
      copies = [...(parent?.copies ?? [])];
      continue;
    }
    if (keyword === 'WORKDIR' && tokens[0]) {
      workdir = posix.resolve(workdir, substitute(tokens[0].value, vars) ?? tokens[0].value);
      continue;
    }
    if ((keyword === 'COPY' || keyword === 'ADD') && tokens.length >= 2) {
      // `--from=stage` copies from another stage or image, not from the build context.
      const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
      if (flags.some((f) => f.getName().toLowerCase() === 'from')) continue;
      const paths = tokens.map((t) => unquote(t.value));
      const written = paths[paths.length - 1]!;
      const dest = posix.resolve(workdir, written);
      const sources = paths.slice(0, -1);
      // `dir/`, `.` and `..` (the WORKDIR and its parent) are directories, as is the target of several sources.
      const destIsDir = /(^|\/)\.{0,2}$/.test(written) || sources.length > 1;
      // A file source lands at dest (or dest/name when dest is a directory); a directory source's
      // contents land in dest. Which one a source is, the Dockerfile does not say: record both.
      for (const src of sources) {
        const context = posix.normalize(src).replace(/^\.\/|\/$/g, '') || '.';
        copies.push({ container: dest, context });
        if (destIsDir) copies.push({ container: posix.join(dest, posix.basename(context)), context });
      }
      continue;
    }
    if (keyword !== 'RUN') continue;

    for (const cmd of commands(runWords(text, lines, tokens, region))) {
      const pip = pipInstallStart(cmd);
      if (pip !== -1) readPipArguments(cmd.slice(pip), vars, workdir, copies, info);
      const conda = condaInstallStart(cmd);
      if (conda !== -1) {
        const args = cmd.slice(conda);
        for (let i = 0; i < args.length; i++) {
          const t = args[i]!;
          if (CONDA_OPTIONS_WITH_VALUE.has(t.value)) i++;
          if (t.value.startsWith('-')) continue;
          const m = /^([A-Za-z0-9][\w.-]*)(?:[=<>!~]=?(.*))?$/.exec(unquote(t.value));
          if (!m) continue;
          // `python=3.10`, `python=3.10.*`, `python==3.9.7`: the version is the leading dotted number.
          const version = /^\d+(?:\.\d+)*/.exec(m[2] ?? '')?.[0];
          if (m[1]!.toLowerCase() === 'python') {
            if (version)
              info.pythonInstalls.push({ version, stage: info.stages.length - 1, region: t.region });
          } else
            info.requirements.push({
              name: m[1]!,
              normalized: normalizeName(m[1]!),
              extras: [],
              specifier: '',
              region: t.region
            });
        }
      }
      const system = systemInstallStart(cmd);
      if (system !== -1) {
        for (const t of cmd.slice(system)) {
          // `python3.9`, `python3.11-devel`, and RHEL/UBI's `python39`, `python311-pip`.
          const m = /^python3\.?(\d{1,2})(?:[-.]\w+)*$/.exec(t.value);
          const stage = info.stages.length - 1;
          if (m) info.pythonInstalls.push({ version: `3.${m[1]}`, stage, region: t.region });
          // The distribution's python3 (its -pip, -dev… packages bring it in too).
          else if (
            /^python3(?:-(?:pip|dev|devel|venv|distutils|setuptools|wheel|minimal|full|libs))?$/.test(t.value)
          )
            info.pythonInstalls.push({ stage, region: t.region });
        }
      }
    }
  }
  return info;
}

function readPipArguments(
  args: Token[],
  vars: ReadonlyMap<string, string>,
  workdir: string,
  copies: ReadonlyArray<{ container: string; context: string }>,
  info: DockerfileInfo
): void {
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!;
    const value = unquote(substitute(t.value, vars) ?? t.value);
    const requirementFile = /^(?:-r|--requirement)(?:=(.+))?$/.exec(value) ?? /^-r(.+)$/.exec(value);
    if (requirementFile) {
      const target =
        requirementFile[1] ??
        (args[++i] ? unquote(substitute(args[i]!.value, vars) ?? args[i]!.value) : undefined);
      if (target) {
        const containerPath = posix.resolve(workdir, target);
        const copied =
          copies.find((c) => c.container === containerPath) ??
          copies.find((c) => containerPath.startsWith(`${c.container}/`));
        const contextPath = copied
          ? posix.normalize(
              copied.container === containerPath
                ? copied.context
                : posix.join(copied.context, containerPath.slice(copied.container.length + 1))
            )
          : undefined;
        info.requirementFiles.push({
          containerPath,
          ...(contextPath ? { contextPath } : {}),
          line: t.region.line
        });
      }
      continue;
    }
    if (/^(-c|--constraint|-e|--editable)$/.test(value) || PIP_OPTIONS_WITH_VALUE.has(value)) {
      i++;
      continue;
    }
    if (value.startsWith('-') || value.includes('$')) continue;
    const requirement = parseRequirement(value);
    if (requirement && !/^\.|\//.test(value)) info.requirements.push({ ...requirement, region: t.region });
  }
}
