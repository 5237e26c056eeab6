import { pythonClaims } from '../deps/python-declarations.js';
import type { RawFinding } from '../model.js';
import { isValidSpecifier, majorMinor, overlaps } from '../versions/specifiers.js';
import { PACKAGING_FILES, isDependencyInput } from './dependency-options.js';
import { defineKind, OptionError } from './kind.js';

const below = (version: string, min: string): boolean => {
  const [a, b] = version.split('.').map(Number);
  const [c, d] = min.split('.').map(Number);
  return a! < c! || (a === c && b! < d!);
};

export const pythonVersion = defineKind({
  kind: 'python-version',
  description:
    'A declared Python below a minimum: python_requires, requires-python, Poetry, Pipfile, .python-version, runtime.txt, conda `python=`, workflow python-version values, Docker base images (ARG defaults substituted) and system Python packages. Image tags only count for Python images or tags that name Python; anything unknown is a note, never a finding.',
  defaultFiles: [
    ...PACKAGING_FILES,
    '**/.python-version',
    '**/runtime.txt',
    '.github/workflows/*.yml',
    '.github/workflows/*.yaml'
  ],
  readsInTree: true,
  options: (z) => ({
    min: z.string().describe('The lowest supported Python, `major.minor`, e.g. `3.8`.')
  }),
  compile(options) {
    const min = majorMinor(options.min);
    if (!min || min !== options.min.trim())
      throw new OptionError('min', `'${options.min}' is not a major.minor version like 3.8`);
    return { min };
  },
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, { min }, _rule, selected): Promise<RawFinding[]> {
    const findings: RawFinding[] = [];
    for (const path of selected) {
      for (const claim of await pythonClaims(tree, path)) {
        const at = claim.region ? { region: claim.region } : {};
        if (claim.version !== undefined) {
          const mm = majorMinor(claim.version);
          if (!mm)
            tree.note({
              path,
              ...(claim.region ? { line: claim.region.line } : {}),
              message: `${claim.source}: Python ${claim.version} names no minor version; not checked`
            });
          else if (below(mm, min))
            findings.push({ path, ...at, message: `${claim.source}: Python ${mm} is below ${min}.` });
        } else if (claim.specifier !== undefined) {
          if (!isValidSpecifier(claim.specifier))
            tree.note({
              path,
              ...(claim.region ? { line: claim.region.line } : {}),
              message: `${claim.source} '${claim.specifier}' is not a PEP 440 specifier; not checked`
            });
          else if (overlaps(claim.specifier, `<${min}`))
            findings.push({
              path,
              ...at,
              message: `${claim.source} \`${claim.specifier}\` allows Python below ${min}.`
            });
        }
      }
    }
    return findings;
  }
});
