// `migration-gate fix [DIR]`: makes the fixes src/fix/fix.ts plans — in place (each file written to a
// temporary file beside it and renamed over it, only regular files inside DIR, never through a link),
// or as a unified diff (`--dry-run`), or as a patch file for `git apply` (`--patch FILE`) — and says
// per rule what was fixed and what was not, and why.
import { chmod, lstat, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Io } from '../command-line.js';
import { UsageError } from '../errors.js';
import type { FileFix, FixPlan, FixRequest, FixResult } from '../fix/fix.js';
import { planFixes } from '../fix/fix.js';
import { patchOf } from '../fix/patch.js';
import { LocalDirectory } from '../sources/local-directory.js';
import { plural } from '../words.js';

/** What was fixed and what was not, per rule. */
export function fixSummary(
  plan: Pick<FixPlan, 'fixed' | 'notFixed' | 'files' | 'notices'>,
  verb: string
): string[] {
  const where = (r: FixResult) => (r.line === undefined ? r.path : `${r.path}:${r.line}`);
  const out: string[] = [];
  const rules = [...new Set([...plan.fixed, ...plan.notFixed].map((r) => r.ruleId))];
  for (const rule of rules) {
    const fixed = plan.fixed.filter((r) => r.ruleId === rule);
    const notFixed = plan.notFixed.filter((r) => r.ruleId === rule);
    out.push(`${rule}: ${fixed.length} ${verb}${notFixed.length ? `, ${notFixed.length} not fixed` : ''}`);
    for (const r of fixed) out.push(`  ✓ ${where(r)}  ${r.description}`);
    for (const r of notFixed) out.push(`  ✗ ${where(r)}  not fixed: ${r.description}`);
  }
  out.push(
    rules.length
      ? `${plural(plan.fixed.length, 'finding')} ${verb} in ${plural(plan.files.length, 'file')}; ${plan.notFixed.length} not fixed.`
      : 'Nothing to fix: no finding has a fix.'
  );
  if (plan.notices)
    out.push(
      `${plural(plan.notices, 'notice')} with a fix left alone: this stage does not ask for ${plan.notices === 1 ? 'it' : 'them'} yet (--stage with a later stage fixes what that stage asks for).`
    );
  return out;
}

/** Writes a fixed file in place: a regular file inside the directory, replaced atomically, its mode kept. */
async function writeInPlace(directory: string, file: FileFix): Promise<void> {
  const root = await realpath(directory);
  const target = resolve(directory, file.path);
  const info = await lstat(target);
  if (!info.isFile()) throw new UsageError(`${file.path} is not a regular file; not written`);
  const real = await realpath(target);
  if (relative(root, real).startsWith('..') || relative(root, real).split(sep)[0] === '..')
    throw new UsageError(`${file.path} is outside ${directory}; not written`);
  const temporary = join(dirname(real), `.${basename(real)}.migration-gate-${process.pid}`);
  try {
    await writeFile(temporary, file.bytes, { flag: 'wx' });
    await chmod(temporary, info.mode & 0o7777);
    await rename(temporary, real);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function fix(
  rest: readonly string[],
  request: FixRequest & { dryRun?: boolean; patch?: string },
  io: Io
): Promise<number> {
  if (rest.length > 1) throw new UsageError(`fix takes one directory, got: ${rest.join(' ')}`);
  const directory = rest[0] ?? '.';
  if (!(await lstat(directory).catch(() => undefined))?.isDirectory())
    throw new UsageError(`not a directory: ${directory}`);
  const plan = await planFixes(new LocalDirectory(directory), request);
  const diff = patchOf(plan.files);
  if (request.dryRun) {
    io.stdout(diff);
    io.stderr(`${fixSummary(plan, 'would be fixed').join('\n')}\n`);
    return 0;
  }
  if (request.patch) {
    await writeFile(request.patch, diff).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot write --patch ${request.patch}: ${error.code ?? error.message}`);
    });
    io.stderr(
      `${fixSummary(plan, 'fixed in the patch').join('\n')}\nPatch written to ${request.patch} (apply it with git apply).\n`
    );
    return 0;
  }
  for (const file of plan.files) await writeInPlace(directory, file);
  io.stdout(`${fixSummary(plan, 'fixed').join('\n')}\n`);
  return 0;
}
