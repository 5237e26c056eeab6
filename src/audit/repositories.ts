// The `repositories` input: one per line, `owner/repo[@ref][:path-glob]`, e.g.
//   datarobot/datarobot-user-models:public_dropin_environments/*
//   datarobot/datarobot-user-models@release/1.x:public_dropin_environments_sandbox/*
// The same repository (and ref) may appear with several globs; it is fetched once.
import { UsageError } from '../errors.js';
import { globProblem } from '../rules/globs.js';

export interface AuditTarget {
  owner: string;
  repo: string;
  /** Empty: the default branch. */
  ref: string;
  /** Folders (globs) whose matches are environments; ['**'] when the line names none. */
  globs: string[];
}

const LINE = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)(?:@([^:\s]+))?(?::(\S+))?$/;

export function parseRepositories(text: string): AuditTarget[] {
  const byKey = new Map<string, AuditTarget>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const m = LINE.exec(line);
    if (!m)
      throw new UsageError(
        `Invalid input 'repositories', line ${i + 1}: '${line}'. Expected owner/repo[@ref][:path-glob].`
      );
    const glob = m[4] ?? '**';
    const problem = globProblem(glob);
    if (problem)
      throw new UsageError(`Invalid input 'repositories', line ${i + 1}: glob '${glob}' ${problem}.`);
    const key = `${m[1]}/${m[2]}@${m[3] ?? ''}`;
    const target = byKey.get(key) ?? { owner: m[1]!, repo: m[2]!, ref: m[3] ?? '', globs: [] };
    if (!target.globs.includes(glob)) target.globs.push(glob);
    byKey.set(key, target);
  });
  return [...byKey.values()];
}
