// The dependencies a file declares, with the files it pulls in: a requirements file with its -r
// includes, a Dockerfile with its pip installs and the requirement files it installs with -r. Cycles
// and missing files are notes, never fatal. Results are memoised per scan. The Dockerfile and
// packaging parsers (dockerfile-ast, smol-toml) are imported on first use: most runs of the action
// start, load rules and scan a change without ever reading one, and should not pay for them.
import { posix } from 'node:path';
import type { TreeView } from '../kinds/kind.js';
import type { DockerfileInfo } from '../parsers/dockerfile.js';
import type { PackageMetadata } from '../parsers/python-metadata.js';
import { parseRequirementsFile, type LocatedRequirement } from '../parsers/requirements.js';
import { fileTypeOf } from './file-types.js';
import { appendAll } from '../arrays.js';

/** A requirement and the file it is declared in (which may be an included file). */
export interface DeclaredRequirement extends LocatedRequirement {
  path: string;
}

const MAX_INCLUDE_DEPTH = 20;

export function dockerfileInfo(tree: TreeView, path: string): Promise<DockerfileInfo | undefined> {
  return tree.memo(`dockerfile:${path}`, async () => {
    const file = await tree.read(path);
    if (!file) return undefined;
    const { parseDockerfile } = await import('../parsers/dockerfile.js');
    return parseDockerfile(file.text);
  });
}

/** The file types read by a synchronous packaging reader (setup.py goes through the Python parser). */
const METADATA_TYPES = ['pyproject', 'pipfile', 'uv.lock', 'setup.cfg', 'conda'] as const;
type MetadataType = (typeof METADATA_TYPES)[number];
const isMetadataType = (type: string | undefined): type is MetadataType =>
  (METADATA_TYPES as readonly (string | undefined)[]).includes(type);

/** Packaging metadata of pyproject/setup.py/setup.cfg/Pipfile/uv.lock/conda files; undefined for other files. */
export function packageMetadata(tree: TreeView, path: string): Promise<PackageMetadata | undefined> {
  return tree.memo(`metadata:${path}`, async () => {
    const type = fileTypeOf(path);
    if (type !== 'setup.py' && !isMetadataType(type)) return undefined;
    const file = await tree.read(path);
    if (!file) return undefined;
    const { parseCondaEnvironment, parsePipfile, parsePyproject, parseSetupCfg, parseSetupPy, parseUvLock } =
      await import('../parsers/python-metadata.js');
    // Typed by METADATA_TYPES: a type listed there without a reader here does not compile.
    const readers: Record<MetadataType, (text: string) => PackageMetadata> = {
      pyproject: parsePyproject,
      pipfile: parsePipfile,
      'uv.lock': parseUvLock,
      'setup.cfg': parseSetupCfg,
      conda: parseCondaEnvironment
    };
    const metadata =
      type === 'setup.py' ? await parseSetupPy(file.text) : readers[type as MetadataType](file.text);
    for (const problem of metadata.problems) tree.note({ path, message: problem });
    return metadata;
  });
}

/** Everything `path` declares it installs, following includes. Constraint files declare nothing. */
export function declaredRequirements(tree: TreeView, path: string): Promise<DeclaredRequirement[]> {
  return tree.memo(`requirements:${path}`, () => collect(tree, path, [], 0));
}

/** `asRequirements`: the file was pulled in with -r, so it is a requirements file whatever its name. */
async function collect(
  tree: TreeView,
  path: string,
  chain: string[],
  depth: number,
  asRequirements = false
): Promise<DeclaredRequirement[]> {
  const type = asRequirements ? 'requirements' : fileTypeOf(path);
  const own = (reqs: LocatedRequirement[]) => reqs.map((r) => ({ ...r, path }));
  if (type === 'dockerfile') {
    const info = await dockerfileInfo(tree, path);
    if (!info) return [];
    const out = own(info.requirements);
    const dir = posix.dirname(path);
    for (const ref of info.requirementFiles) {
      const target = resolveDockerRequirementFile(tree, dir, ref.contextPath, ref.containerPath);
      if (!target) {
        tree.note({
          path,
          line: ref.line,
          message: `pip installs ${ref.containerPath}, which is not a file of the build context (assumed to be the Dockerfile's folder); its packages are not checked`
        });
        continue;
      }
      appendAll(out, await include(tree, target, path, ref.line, chain, depth));
    }
    return out;
  }
  if (type === 'requirements') {
    const file = await tree.read(path);
    if (!file) return [];
    const parsed = parseRequirementsFile(file.text);
    const out = own(parsed.requirements);
    for (const inc of parsed.includes) {
      if (inc.kind === 'constraint') continue;
      const target = posix.normalize(posix.join(posix.dirname(path), inc.target));
      appendAll(out, await include(tree, target, path, inc.line, chain, depth));
    }
    return out;
  }
  const metadata = await packageMetadata(tree, path);
  return metadata ? own(metadata.requirements) : [];
}

async function include(
  tree: TreeView,
  target: string,
  from: string,
  line: number,
  chain: string[],
  depth: number
): Promise<DeclaredRequirement[]> {
  if (chain.includes(target) || target === from) {
    tree.note({
      path: from,
      line,
      message: `includes ${target}, which includes it back (a cycle); followed once`
    });
    return [];
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    tree.note({
      path: from,
      line,
      message: `includes nest deeper than ${MAX_INCLUDE_DEPTH} files; ${target} not followed`
    });
    return [];
  }
  if (!tree.exists(target)) {
    tree.note({ path: from, line, message: `includes ${target}, which does not exist` });
    return [];
  }
  return collect(tree, target, [...chain, from], depth + 1, true);
}

function resolveDockerRequirementFile(
  tree: TreeView,
  dir: string,
  contextPath: string | undefined,
  containerPath: string
): string | undefined {
  const candidates = [
    ...(contextPath ? [posix.normalize(posix.join(dir, contextPath))] : []),
    posix.normalize(posix.join(dir, posix.basename(containerPath)))
  ];
  return candidates.find((c) => tree.exists(c));
}
