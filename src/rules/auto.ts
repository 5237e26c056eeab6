// `rules: auto`: which bundled profiles fit a tree, from what it holds, each with the evidence that
// chose it (the report shows it). DRUM's package -> drum (which extends environments for DRUM's own
// environment folders); custom-model folders -> models; folders that are DRUM drop-in environments ->
// environments; Flask code or a Flask dependency outside those folders -> flask-service. The models
// and environments profiles then check just the folders that showed the evidence.
import { declaredRequirements } from '../deps/collect.js';
import { fileTypeOf } from '../deps/file-types.js';
import { Roots, rootLabel } from '../engine/roots.js';
import type { TreeView } from '../kinds/kind.js';
import { describeRequirement } from '../kinds/dependency-options.js';
import type { TreeListing } from '../sources/source.js';
import type { ProfileChoice, RootKind } from './rule-set.js';

/** The evidence that DRUM is the tree. */
export const DRUM_PACKAGE = 'custom_model_runner/datarobot_drum';

const FROM_DATAROBOT = /^\s*FROM\s+(?:--\S+\s+)*(\S*datarobot\/\S+)/im;
const DRUM_SERVER = /\bdrum\s+server\b/;
const DRUM_HOOK = /^\s*def\s+(load_model|score|score_unstructured|transform|fit|init|chat)\s*\(/m;
const FLASK_IMPORT =
  /^[ \t]*(?:from[ \t]+(?:flask|werkzeug)(?:\.\w+)*[ \t]+import\b|import[ \t]+(?:flask|werkzeug)\b)/m;
/**
 * What a Flask service installs: Flask itself. gunicorn, gevent and Werkzeug alone are no evidence —
 * they serve Django apps, come with other libraries and fill `pip freeze` files of model folders.
 */
const FLASK_PACKAGES = new Set(['flask']);

/** How many pieces of evidence a reason lists before "and N more". */
const SHOWN = 3;

function listed(items: readonly string[], noun: string): string {
  const shown = items.slice(0, SHOWN).join(', ');
  const count = `${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
  return `${count}: ${shown}${items.length > SHOWN ? `, and ${items.length - SHOWN} more` : ''}`;
}

export interface DetectionInput {
  listing: TreeListing;
  tree: TreeView;
  /** The root kinds of the environments and models profiles. */
  roots: { environment: RootKind; model: RootKind };
}

export async function detectProfiles({ listing, tree, roots }: DetectionInput): Promise<ProfileChoice[]> {
  if (listing.directories.includes(DRUM_PACKAGE))
    return [
      {
        name: 'drum',
        reason: `${DRUM_PACKAGE}/ exists (DRUM's package); DRUM's drop-in environment folders are checked by the environments profile it extends`
      }
    ];
  const chosen: ProfileChoice[] = [];
  const covered: Roots[] = [];
  /** The folders of one kind of root that show evidence: the profile is chosen for them alone. */
  const choose = async (
    profile: string,
    kind: RootKind,
    noun: string,
    evidence: (root: string, roots: Roots) => Promise<string | undefined>,
    skip: readonly string[] = []
  ): Promise<string[]> => {
    const candidates = new Roots(kind, listing.files);
    const reasons: string[] = [];
    const folders: string[] = [];
    for (const root of candidates.folders) {
      if (skip.includes(root)) continue;
      const why = await evidence(root, candidates);
      if (!why) continue;
      reasons.push(`${rootLabel(root)} (${inRoot(root, why)})`);
      folders.push(root);
    }
    if (folders.length) {
      chosen.push({ name: profile, reason: listed(reasons, noun), rootFolders: { [kind.name]: folders } });
      covered.push(new Roots({ ...kind, onlyFolders: folders }, listing.files));
    }
    return folders;
  };
  // Models first: a folder with DRUM's hooks is a model even when it has a requirements file (the
  // environments profile, listed after it, keeps out of model folders). Only the folders that show
  // evidence are environments: another Docker build context of the repository (a SageMaker
  // container, a web app) is not a drop-in environment.
  const modelFolders = await choose('models', roots.model, 'custom model', (root, r) =>
    modelEvidenceIn(tree, root, r)
  );
  await choose(
    'environments',
    roots.environment,
    'drop-in environment',
    (root, r) => environmentEvidence(tree, root, r),
    modelFolders
  );

  const outside = (path: string) => covered.every((r) => r.rootOf(path) === undefined);
  const flask = await flaskEvidence(tree, listing.files.filter(outside));
  if (flask) chosen.push({ name: 'flask-service', reason: flask });
  return chosen;
}

/** Evidence about a root's files, with their paths relative to the root. */
const inRoot = (root: string, evidence: string): string =>
  root === '' ? evidence : evidence.split(`${root}/`).join('');

const filesOf = (files: readonly string[], roots: Roots, root: string) =>
  files.filter((f) => roots.rootOf(f) === root);

/**
 * What shows that a folder is a DRUM drop-in environment (an image that runs DRUM), or undefined: its
 * env_info.json, a Dockerfile based on a DataRobot image, or a Dockerfile next to DRUM being installed,
 * `drum server` being started or a custom Flask extension. A requirements file that installs DRUM is
 * not enough on its own: custom models list DRUM for local runs too.
 */
async function environmentEvidence(tree: TreeView, root: string, roots: Roots): Promise<string | undefined> {
  const files = filesOf(tree.files, roots, root);
  const named = (name: string) => files.find((f) => f === (root ? `${root}/${name}` : name));
  const info = named('env_info.json');
  if (info) return info;
  const dockerfiles = files.filter((f) => fileTypeOf(f) === 'dockerfile');
  if (dockerfiles.length === 0) return undefined;
  for (const path of dockerfiles) {
    const file = await tree.read(path);
    const m = file && FROM_DATAROBOT.exec(file.text);
    if (m) return `${path}:${file.lines.position(m.index).line} FROM ${m[1]}`;
  }
  for (const path of files) {
    const type = fileTypeOf(path);
    if (type !== 'requirements' && type !== 'pyproject' && type !== 'dockerfile' && type !== 'conda')
      continue;
    const drum = (await declaredRequirements(tree, path)).find((d) => d.normalized === 'datarobot-drum');
    if (drum) return `${drum.path}:${drum.region.line} installs ${describeRequirement(drum)}`;
  }
  for (const path of files) {
    if (!path.endsWith('.sh')) continue;
    const file = await tree.read(path);
    const m = file && DRUM_SERVER.exec(file.text);
    if (m) return `${path}:${file.lines.position(m.index).line} runs \`drum server\``;
  }
  const extension = named('custom_flask.py');
  return extension ? `${extension}, a DRUM Flask extension` : undefined;
}

/** What shows that a folder is a DRUM custom model, or undefined. */
async function modelEvidenceIn(tree: TreeView, root: string, roots: Roots): Promise<string | undefined> {
  const files = filesOf(tree.files, roots, root);
  const named = (name: string) => files.find((f) => f === (root ? `${root}/${name}` : name));
  const metadata = named('model-metadata.yaml') ?? named('model-metadata.yml');
  if (metadata) return metadata;
  const custom = named('custom.py');
  if (custom) {
    const file = await tree.read(custom);
    const m = file && DRUM_HOOK.exec(file.text);
    if (m) return `${custom}:${file.lines.position(m.index).line} defines the hook \`${m[1]}\``;
  }
  return undefined;
}

/** Flask imported by Python code, or the Flask stack installed, in these files; undefined when neither. */
async function flaskEvidence(tree: TreeView, files: readonly string[]): Promise<string | undefined> {
  for (const path of files) {
    const type = fileTypeOf(path);
    if (type === undefined || type === 'python-version' || type === 'runtime.txt' || type === 'workflow')
      continue;
    // A lock's package the project does not declare (werkzeug for another library) is no Flask service.
    const hit = (await declaredRequirements(tree, path)).find(
      (d) => FLASK_PACKAGES.has(d.normalized) && d.lockedFor === undefined
    );
    if (hit) return `${hit.path}:${hit.region.line} installs ${describeRequirement(hit)}`;
  }
  for (const path of files) {
    if (!/\.pyi?$/.test(path)) continue;
    const file = await tree.read(path);
    const m = file && FLASK_IMPORT.exec(file.text);
    if (m) return `${path}:${file.lines.position(m.index).line} imports ${m[0].trim().split(/\s+/)[1]}`;
  }
  return undefined;
}
