// Where a tree says which Python it runs on: base images and system packages in Dockerfiles,
// python_requires / requires-python / Poetry / Pipfile / conda, .python-version, runtime.txt and the
// python-version values of GitHub workflows (matrices included). What says nothing becomes a note.
import type { TreeView } from '../kinds/kind.js';
import type { Region } from '../model.js';
import { pythonVersionOfImage } from '../parsers/python-image.js';
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

async function readClaims(tree: TreeView, path: string): Promise<PythonClaim[]> {
  const type = fileTypeOf(path);
  if (type === 'dockerfile') {
    const info = await dockerfileInfo(tree, path);
    const claims: PythonClaim[] = [];
    for (const stage of info?.stages ?? []) {
      if (stage.fromStage) continue;
      if (stage.image === undefined) {
        tree.note({
          path,
          line: stage.region.line,
          message: `FROM ${stage.written}: the image depends on a build argument without a default; its Python is unknown`
        });
        continue;
      }
      const version = pythonVersionOfImage(stage.image);
      if (version) claims.push({ path, region: stage.region, version, source: `FROM ${stage.image}` });
      else
        tree.note({
          path,
          line: stage.region.line,
          message: `FROM ${stage.image}: the image reference says nothing about its Python version`
        });
    }
    for (const install of info?.pythonInstalls ?? [])
      claims.push({
        path,
        region: install.region,
        version: install.version,
        source: `installs python${install.version}`
      });
    return claims;
  }
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
