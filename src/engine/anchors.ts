// Where to show a finding whose path is not a file: a folder that must go, or a file that must exist
// but does not. SARIF results and annotations need a file that exists; the anchor is the file where
// the fix starts — in the nearest folder that exists, its Dockerfile, requirements, package marker or
// readme (else its first file) — and the finding's message still names the path it is about.
import { compareText } from '../order.js';

/** Files that say most about a folder, best first. */
const TELLING = [
  'Dockerfile',
  'requirements.txt',
  'pyproject.toml',
  'setup.py',
  'env_info.json',
  'model-metadata.yaml',
  '__init__.py',
  'README.md'
];

export class Anchors {
  private directFiles?: Map<string, string[]>;
  private readonly fileSet: ReadonlySet<string>;
  private readonly folderSet: ReadonlySet<string>;

  constructor(
    private readonly files: readonly string[],
    folders: readonly string[]
  ) {
    this.fileSet = new Set(files);
    this.folderSet = new Set(folders);
  }

  /** An existing file to show a finding about `path` on; undefined when `path` is a file itself, or the tree has none. */
  anchorFor(path: string): string | undefined {
    if (this.fileSet.has(path)) return undefined;
    let folder = path === '.' ? '' : path;
    while (folder !== '' && !this.folderSet.has(folder)) folder = parentOf(folder);
    for (;;) {
      const file = this.tellingFileIn(folder);
      if (file !== undefined) return file;
      if (folder === '') return undefined;
      folder = parentOf(folder);
    }
  }

  private tellingFileIn(folder: string): string | undefined {
    this.directFiles ??= filesByFolder(this.files);
    const direct = this.directFiles.get(folder);
    if (direct?.length) {
      const names = new Map(direct.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]));
      for (const name of TELLING) if (names.has(name)) return names.get(name);
      return direct[0];
    }
    // A folder with only folders inside: its first file at any depth.
    const prefix = folder === '' ? '' : `${folder}/`;
    let first: string | undefined;
    for (const f of this.files)
      if (f.startsWith(prefix) && (first === undefined || compareText(f, first) < 0)) first = f;
    return first;
  }
}

const parentOf = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
};

function filesByFolder(files: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    const folder = parentOf(file);
    const list = out.get(folder);
    if (list) list.push(file);
    else out.set(folder, [file]);
  }
  for (const list of out.values()) list.sort(compareText);
  return out;
}
