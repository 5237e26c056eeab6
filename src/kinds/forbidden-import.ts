// Python imports of forbidden modules, found with the parser: `import flask as f`, `from werkzeug.serving
// import X`, parenthesised multi-line imports, imports inside functions and try blocks, relative imports
// resolved against the package. The word in a comment or string is not an import.
import type { PythonImport } from '../parsers/python.js';
import type { RawFinding } from '../model.js';
import { namePatterns, naming, type ImportCandidate } from './import-prefilter.js';
import { defineKind, OptionError, type SourceFile, type TreeView } from './kind.js';

const MODULE_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

interface Compiled {
  modules: readonly string[];
  /**
   * Every import of a module names the last part of its name: whole-word patterns for those parts. A
   * file with no import statement matching one is not parsed.
   */
  keywordPatterns: readonly RegExp[];
}

/** The absolute dotted names an import brings in, or [] for a relative import that cannot be resolved. */
export function importedNames(imp: PythonImport, packageName: string): string[] {
  if (imp.level === 0) return imp.names;
  const parts = packageName ? packageName.split('.') : [];
  if (imp.level - 1 >= parts.length) return [];
  const base = parts.slice(0, parts.length - (imp.level - 1)).join('.');
  return imp.names.map((n) => `${base}.${n}`);
}

/** Whether an imported name is the forbidden module, inside it, or a star import that pulls from it. */
export function nameMatches(name: string, forbidden: string): boolean {
  if (name === forbidden || name.startsWith(`${forbidden}.`)) return true;
  if (name.endsWith('.*')) {
    const from = name.slice(0, -2);
    return forbidden.startsWith(`${from}.`);
  }
  return false;
}

export const forbiddenImport = defineKind({
  kind: 'forbidden-import',
  description:
    'Python imports of the listed modules (a module covers its submodules and the names imported from it; `flask.request` forbids only that name).',
  defaultFiles: ['**/*.py', '**/*.pyi'],
  options: (z) => ({
    modules: z
      .array(z.string())
      .min(1)
      .describe('Dotted module or name paths, e.g. `flask`, `werkzeug.serving`, `flask.request`.')
  }),
  compile(options): Compiled {
    options.modules.forEach((m, i) => {
      if (!MODULE_NAME.test(m)) throw new OptionError(`modules.${i}`, `'${m}' is not a dotted Python name`);
    });
    const keywords = [...new Set(options.modules.map((m) => m.split('.').pop()!))];
    return { modules: options.modules, keywordPatterns: namePatterns(keywords) };
  },
  // Synchronous when no import statement names a forbidden module (most files).
  checkFile(file: SourceFile, compiled: Compiled, tree: TreeView): RawFinding[] | Promise<RawFinding[]> {
    const candidates = naming(file.importCandidates(), compiled.keywordPatterns);
    return candidates.length === 0 ? [] : importsFound(file, candidates, compiled, tree);
  }
});

/** The forbidden imports among the candidates, from their parse. */
async function importsFound(
  file: SourceFile,
  candidates: readonly ImportCandidate[],
  compiled: Compiled,
  tree: TreeView
): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  for (const imp of await file.importsAmong(candidates)) {
    const names = importedNames(imp, imp.level > 0 ? tree.pythonPackageOf(file.path) : '');
    const hits = names.filter((n) => compiled.modules.some((m) => nameMatches(n, m)));
    if (hits.length === 0) continue;
    findings.push({
      path: file.path,
      region: imp.region,
      message: `Imports ${hits.map((h) => `\`${h}\``).join(', ')}.`
    });
  }
  return findings;
}
