// Where a tree says which Python it runs on: base images and system packages in Dockerfiles,
// python_requires / requires-python / Poetry / Pipfile / conda, .python-version, runtime.txt and the
// python-version values of GitHub workflows (matrices included). What says nothing becomes a note.
import type { TreeView } from '../kinds/kind.js';
import type { Region } from '../model.js';
import { distroPython } from '../data/distro-python.js';
import { pythonVersionOfImage } from '../parsers/python-image.js';
import { dockerfileBuilding } from './built-images.js';
import { dockerfileInfo, packageMetadata } from './collect.js';
import { fileTypeOf } from './file-types.js';

export interface PythonClaim {
  path: string;
  region?: Region;
  /** A version (`3.7`, `3.11.2`) … */
  version?: string;
  /** … or a specifier set (`>=3.7`). */
  specifier?: string;
  /** What declared it, for messages: `FROM python:3.7-slim`, `python_requires`. */
  source: string;
}

/**
 * A pyenv version name: `3.11.4`, `3.12-dev`, `3.13t`, `pypy3.10-7.3.12`, `cpython-3.11`. Names like
 * `system` or `miniconda3-latest` say nothing about the version (a note).
 */
const PYENV_VERSION = /^(?:pypy|cpython-?)?(\d+\.\d+(?:\.\d+)?)(?:[-.+]?[A-Za-z0-9][\w.+-]*)?$/;

const lineRegion = (line: number, column: number, length: number): Region => ({
  line,
  column,
  endLine: line,
  endColumn: column + length
});

export function pythonClaims(tree: TreeView, path: string): Promise<PythonClaim[]> {
  return tree.memo(`python:${path}`, () => readClaims(tree, path));
}

/** How many Dockerfiles are followed through images the tree builds (`FROM` of a `FROM` …). */
const MAX_BUILT_DEPTH = 4;

/**
 * A Dockerfile's claims, stage by stage: the base image's Python (a Python image, or a tag naming
 * Python); else, where the stage installs the distribution's `python3`, that distribution's Python at
 * the install; else, for an image the tree builds itself, the Python of the Dockerfile it is built
 * from, at the FROM; else a note. Versioned installs (`python3.9`, conda `python=3.10`) are claims of
 * their own. `visiting` guards against images built from each other.
 */
async function dockerfileClaims(
  tree: TreeView,
  path: string,
  visiting: ReadonlySet<string>,
  note = true
): Promise<PythonClaim[]> {
  const info = await dockerfileInfo(tree, path);
  if (!info) return [];
  const claims: PythonClaim[] = [];
  const say = (line: number, message: string) => {
    if (note) tree.note({ path, line, message });
  };
  const aliases = new Map(
    info.stages.flatMap((s, i) => (s.alias ? [[s.alias.toLowerCase(), i] as const] : []))
  );
  /** The image a stage is built on, through the stages it is built on. */
  const baseOf = (index: number): string | undefined => {
    for (let i = index, hops = 0; hops < info.stages.length; hops++) {
      const stage = info.stages[i];
      if (!stage?.image) return undefined;
      if (!stage.fromStage) return stage.image;
      const parent = aliases.get(stage.image.toLowerCase());
      if (parent === undefined || parent >= i) return undefined;
      i = parent;
    }
    return undefined;
  };
  // A stage that installs a Python by version: that is its Python, whatever python3-pip brings along.
  const versioned = new Set(info.pythonInstalls.filter((i) => i.version !== undefined).map((i) => i.stage));
  /** Stages whose distribution python3 is claimed already (`python3 python3-pip` is one Python). */
  const claimed = new Set<number>();
  for (const install of info.pythonInstalls) {
    if (install.version === undefined && (versioned.has(install.stage) || claimed.has(install.stage)))
      continue;
    if (install.version === undefined) claimed.add(install.stage);
    if (install.version !== undefined) {
      claims.push({
        path,
        region: install.region,
        version: install.version,
        source: `installs python${install.version}`
      });
      continue;
    }
    const base = baseOf(install.stage);
    if (base === undefined || pythonVersionOfImage(base)) continue; // a Python image's own python3 comes first
    const distro = distroPython(base);
    if (distro)
      claims.push({
        path,
        region: install.region,
        version: distro.python,
        source: `installs python3 on ${distro.distribution} (FROM ${base})`
      });
    else say(install.region.line, `installs python3 from the packages of ${base}: its version is unknown`);
  }
  const stagesWithInstall = new Set(info.pythonInstalls.map((i) => i.stage));
  for (const [index, stage] of info.stages.entries()) {
    if (stage.fromStage) continue;
    if (stage.image === undefined) {
      say(
        stage.region.line,
        `FROM ${stage.written}: the image depends on a build argument without a default; its Python is unknown`
      );
      continue;
    }
    const version = pythonVersionOfImage(stage.image);
    if (version) {
      claims.push({ path, region: stage.region, version, source: `FROM ${stage.image}` });
      continue;
    }
    // Python installed in this stage (or a stage built on it) is claimed at the install.
    if (
      [...stagesWithInstall].some(
        (i) => baseOf(i) === stage.image && (i === index || info.stages[i]!.fromStage)
      )
    )
      continue;
    const built = visiting.size < MAX_BUILT_DEPTH ? await dockerfileBuilding(tree, stage.image) : undefined;
    if (built && !visiting.has(built)) {
      const inherited = [
        ...new Set(
          (await dockerfileClaims(tree, built, new Set([...visiting, built]), false))
            .map((c) => (c.version ? majorMinorOf(c.version) : undefined))
            .filter((v): v is string => v !== undefined)
        )
      ];
      if (inherited.length === 1) {
        claims.push({
          path,
          region: stage.region,
          version: inherited[0]!,
          source: `FROM ${stage.image} (built in this repository from ${built})`
        });
        continue;
      }
      say(
        stage.region.line,
        `FROM ${stage.image}: built in this repository from ${built}, which ${inherited.length ? `says ${inherited.join(' and ')}` : 'says nothing about its Python version either'}`
      );
      continue;
    }
    say(stage.region.line, `FROM ${stage.image}: the image reference says nothing about its Python version`);
  }
  return claims.sort((a, b) => (a.region?.line ?? 0) - (b.region?.line ?? 0));
}

const majorMinorOf = (version: string): string | undefined => /^(\d+\.\d+)/.exec(version)?.[1];

async function readClaims(tree: TreeView, path: string): Promise<PythonClaim[]> {
  const type = fileTypeOf(path);
  if (type === 'dockerfile') return dockerfileClaims(tree, path, new Set([path]));
  if (type === 'python-version' || type === 'runtime.txt' || type === 'workflow') {
    const file = await tree.read(path);
    if (!file) return [];
    // The YAML parser is loaded only for a workflow to read.
    if (type === 'workflow') return (await import('./workflow-python.js')).workflowClaims(path, file.text);
    const claims: PythonClaim[] = [];
    const source = type === 'runtime.txt' ? 'runtime.txt' : '.python-version';
    file.text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.replace(/#.*/, '').trim();
      if (!line) return;
      const m = type === 'runtime.txt' ? /^python-(\d+\.\d+(?:\.\d+)?)/.exec(line) : PYENV_VERSION.exec(line);
      if (m)
        claims.push({
          path,
          region: lineRegion(i + 1, raw.indexOf(m[1]!) + 1, m[1]!.length),
          version: m[1]!,
          source
        });
      else
        tree.note({
          path,
          line: i + 1,
          message: `${source}: '${line}' says nothing about the Python version`
        });
    });
    return claims;
  }
  const metadata = await packageMetadata(tree, path);
  return (metadata?.python ?? []).map((p) => ({
    path,
    ...(p.region ? { region: p.region } : {}),
    ...(p.version ? { version: p.version } : {}),
    ...(p.specifier ? { specifier: p.specifier } : {}),
    source: p.source
  }));
}
