// Images a repository builds itself. `FROM datarobot/dropin-env-base:latest` in one Dockerfile may name
// an image built from another Dockerfile of the same tree; its Python is that Dockerfile's. Found by a
// build command that tags the image (`docker build -t NAME … CONTEXT`, `-f FILE`; in a shell script, a
// Makefile, a Jenkinsfile or a workflow), else by a folder named like the image (`dropin-env-base` and
// `docker/dropin_env_base/`) that holds a Dockerfile, when only one does.
import type { TreeView } from '../kinds/kind.js';
import { parseImageReference } from '../parsers/python-image.js';
import { shellWords } from '../parsers/shell-words.js';

const BUILD_FILES = /(^|\/)(Makefile|Jenkinsfile|[^/]*\.sh|[^/]*\.mk)$|^\.github\/workflows\/[^/]+\.ya?ml$/;
const isDockerfile = (path: string) => /(^|\/)Dockerfile[^/]*$/.test(path);
const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '_');
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** Image name (without tag) -> the Dockerfile a build command in the tree builds it from. */
async function builtByCommands(tree: TreeView): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const dockerfiles = new Set(tree.files.filter(isDockerfile));
  for (const path of tree.files.filter((p) => BUILD_FILES.test(p))) {
    const file = await tree.read(path);
    if (!file || !/\b(?:docker|podman)\b[^\n]*\bbuild\b/.test(file.text)) continue;
    for (const line of file.text.split('\n')) {
      if (!/\b(?:docker|podman)\b.*\bbuild\b/.test(line)) continue;
      const words = shellWords(line).map((w) => w.value);
      const tags: string[] = [];
      let dockerfile: string | undefined;
      let context: string | undefined;
      for (let i = words.indexOf('build') + 1; i > 0 && i < words.length; i++) {
        const w = words[i]!;
        if (w === '-t' || w === '--tag') tags.push(words[++i] ?? '');
        else if (w.startsWith('--tag=')) tags.push(w.slice(6));
        else if (w === '-f' || w === '--file') dockerfile = words[++i];
        else if (w.startsWith('--file=')) dockerfile = w.slice(7);
        else if (w.startsWith('-')) {
          if (
            !w.includes('=') &&
            /^--(build-arg|platform|target|label|network|secret|cache-from|cache-to|output)$/.test(w)
          )
            i++;
        } else if (['&&', '||', ';', '|'].includes(w)) break;
        else context = w;
      }
      // Paths in a build command are the command's: relative to the file's folder or to the root.
      const candidates = [folderOf(path), ''].flatMap((base) => {
        const join = (p: string) =>
          [base, p]
            .filter((x) => x && x !== '.')
            .join('/')
            .replace(/^\.\//, '');
        if (dockerfile) return [join(dockerfile)];
        return context !== undefined ? [join(`${context.replace(/\/$/, '')}/Dockerfile`)] : [];
      });
      const found = candidates.map((c) => c.replace(/(^|\/)\.\//g, '$1')).find((c) => dockerfiles.has(c));
      if (!found) continue;
      for (const tag of tags) if (tag && !tag.includes('$')) out.set(parseImageReference(tag).name, found);
    }
  }
  return out;
}

/** The Dockerfile of the tree that builds `image`, or undefined. */
export async function dockerfileBuilding(tree: TreeView, image: string): Promise<string | undefined> {
  const { name } = parseImageReference(image.trim());
  const commands = await tree.memo('built-images', () => builtByCommands(tree));
  const last = name.slice(name.lastIndexOf('/') + 1);
  const byCommand =
    commands.get(name) ??
    [...commands].find(([built]) => built.slice(built.lastIndexOf('/') + 1) === last)?.[1];
  if (byCommand) return byCommand;
  const named = tree.files.filter(
    (p) =>
      isDockerfile(p) &&
      /(^|\/)Dockerfile$/.test(p) &&
      normalize(folderOf(p).split('/').at(-1) ?? '') === normalize(last)
  );
  return named.length === 1 ? named[0] : undefined;
}
