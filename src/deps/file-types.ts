// Which reader understands a file, from its name.
export type DependencyFileType =
  | 'requirements'
  | 'dockerfile'
  | 'pyproject'
  | 'setup.py'
  | 'setup.cfg'
  | 'pipfile'
  | 'uv.lock'
  | 'conda'
  | 'python-version'
  | 'runtime.txt'
  | 'workflow';

export function fileTypeOf(path: string): DependencyFileType | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^Dockerfile(\..+)?$|\.dockerfile$/i.test(name)) return 'dockerfile';
  if (/(^|[-_.])(requirements|constraints)([-_.].*)?\.(txt|in)$/i.test(name)) return 'requirements';
  if (name === 'pyproject.toml') return 'pyproject';
  if (name === 'setup.py') return 'setup.py';
  if (name === 'setup.cfg') return 'setup.cfg';
  if (name === 'Pipfile') return 'pipfile';
  if (name === 'uv.lock') return 'uv.lock';
  if (/^(environment|conda)([-_.].*)?\.ya?ml$/i.test(name)) return 'conda';
  if (name === '.python-version') return 'python-version';
  if (name === 'runtime.txt') return 'runtime.txt';
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'workflow';
  return undefined;
}
