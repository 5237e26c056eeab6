// A file that must contain something. Absence is a file-level finding on the file; a file that does not
// exist is a finding on the path the rule names, saying so.
import type { RawFinding } from '../model.js';
import { commonDirectory } from '../rules/globs.js';
import { defineKind, type SourceFile, type TreeView } from './kind.js';
import {
  compileTextMatcher,
  findTextMatches,
  isPythonPath,
  mayDefineScope,
  mayMatch,
  patternIncomplete,
  requiredText,
  scopeRanges,
  textMatchOptions,
  type TextMatcher
} from './text-match.js';

function whereWords(where: ReadonlySet<string>): string {
  if (where.has('anywhere')) return '';
  return ` in ${[...where].join(' or ')}`;
}

export const requiredPattern = defineKind({
  kind: 'required-pattern',
  description:
    'Every selected file must contain a regular expression or literal (optionally in code only, or inside named Python functions or classes); a missing file is reported too.',
  options: (z) => ({
    ...textMatchOptions(z),
    scope: z
      .enum(['each', 'any'])
      .optional()
      .describe('`each` (default): every selected file must contain it; `any`: at least one of them must.')
  }),
  compile: ({ scope, ...options }) => ({ ...compileTextMatcher(options), scope: scope ?? 'each' }),
  // With scope `any` the file pass notes which files it checked and whether one contains the text
  // (anyOf), so that the tree pass reads no file again unless the file pass did not see it (a scan of
  // changed files only); keeping thousands of texts for the tree pass took hundreds of MB.
  readsInTree: false,
  gathersForTree: (matcher) => matcher.scope === 'any',
  whenNothingSelected: 'checked',
  lookFor: (matcher) => requiredText(matcher),
  incomplete: (matcher) => patternIncomplete(matcher),
  checkFile(file, matcher, tree): RawFinding[] | Promise<RawFinding[]> {
    if (matcher.scope === 'any') {
      const seen = anyOf(tree, matcher);
      seen.checked.add(file.path);
      const work = lookAt(file, matcher, seen);
      // Without a promise where nothing is to be looked at (most files of a package-wide selection).
      return work ? work.then(() => []) : [];
    }
    return missingIn(file, matcher);
  },
  async checkTree(tree, matcher, rule, selected): Promise<RawFinding[]> {
    const missing = rule.unmatched(selected).map(({ glob, path, literal }) => ({
      path,
      message: literal ? 'File is missing.' : `No file matches \`${glob}\`.`
    }));
    if (matcher.scope === 'each' || selected.length === 0) return missing;
    const seen = anyOf(tree, matcher);
    for (const path of selected) {
      if (seen.found) return [];
      if (seen.checked.has(path)) continue;
      const file = await tree.read(path);
      if (file) await lookAt(file, matcher, seen);
    }
    if (seen.found) return [];
    const where = whereWords(matcher.where);
    // With `within`: at each file that defines the scope, saying the scope lacks it.
    if (matcher.within && seen.scoped.size > 0) {
      const names = matcher.within.map((n) => `\`${n}\``).join(' or ');
      return [...seen.scoped]
        .sort()
        .map((path) => ({ path, message: `${names} does not contain ${matcher.label}${where}.` }));
    }
    return [
      {
        path: commonDirectory(selected),
        message: `None of the ${selected.length} selected files contains ${matcher.label}${where}${matcher.within ? ` inside ${matcher.within.map((n) => `\`${n}\``).join(' or ')}` : ''}.`
      }
    ];
  }
});

/**
 * A scope-`any` rule's state in one scan: the files checked, whether one contains the text, and (with
 * `within`) the files that define the scope.
 */
interface AnyOf {
  checked: Set<string>;
  found: boolean;
  scoped: Set<string>;
}

/** Looks at a file for a scope-`any` rule: whether it contains the text, whether it defines the scope. */
function lookAt(file: SourceFile, matcher: TextMatcher, seen: AnyOf): Promise<unknown> | undefined {
  const work: Array<Promise<unknown>> = [];
  if (mayDefineScope(file, matcher))
    work.push(
      file.python().then((module) => {
        if (scopeRanges(module, matcher.within!).length > 0) seen.scoped.add(file.path);
      })
    );
  if (!seen.found && mayMatch(file, matcher))
    work.push(
      contains(file, matcher).then((found) => {
        if (found) seen.found = true;
      })
    );
  return work.length ? Promise.all(work) : undefined;
}
/** Per scan (its TreeView), per rule (its compiled matcher). */
const states = new WeakMap<TreeView, WeakMap<TextMatcher, AnyOf>>();
function anyOf(tree: TreeView, matcher: TextMatcher): AnyOf {
  let scan = states.get(tree);
  if (!scan) states.set(tree, (scan = new WeakMap()));
  let state = scan.get(matcher);
  if (!state)
    scan.set(matcher, (state = { checked: new Set<string>(), found: false, scoped: new Set<string>() }));
  return state;
}

const contains = async (file: SourceFile, matcher: TextMatcher): Promise<boolean> =>
  (await findTextMatches(file, matcher, 1)).length > 0;

/** The finding of a file (scope `each`) that does not contain the text, or none. */
async function missingIn(file: SourceFile, matcher: TextMatcher): Promise<RawFinding[]> {
  if (await contains(file, matcher)) return [];
  const where = whereWords(matcher.where);
  if (matcher.within && isPythonPath(file.path)) {
    const scopes = scopeRanges(await file.python(), matcher.within);
    const names = matcher.within.map((n) => `\`${n}\``).join(' or ');
    if (scopes.length === 0)
      return [{ path: file.path, message: `Defines no function or class named ${names}.` }];
    return [{ path: file.path, message: `${names} does not contain ${matcher.label}${where}.` }];
  }
  return [{ path: file.path, message: `Does not contain ${matcher.label}${where}.` }];
}
