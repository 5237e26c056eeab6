// Where a pull request's changed lines and trusted configuration come from. The PR's file patches
// (paginated) need no history, which a default shallow checkout lacks; past GitHub's 3,000-file cap, or
// without API access, git answers when the base commit is checked out. Rules and baseline are read at
// the base commit (git, else the contents API), so a pull request cannot weaken its own gate.
import { readFile } from 'node:fs/promises';
import { CannotJudge } from '../errors.js';
import { addedLines, type FileChange } from '../gate/changes.js';
import { gitChanges, hasCommit, repositoryRoot, showFile } from '../sources/git.js';
import type { GitHubClient } from './client.js';
import { describeRequestError, statusOf, UnexpectedAnswer } from './requests.js';
import { parseBaseline, type Baseline } from '../gate/baseline.js';
import { readRuleSet, type RuleSource } from '../rules/load.js';
import { isProfileName } from '../rules/bundled.js';
import { AUTO, CONFIG_FILES } from '../rules/choose.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { RunTarget } from './event.js';

/** GitHub lists at most 3,000 files of a pull request. */
export const PULL_FILES_CAP = 3000;

export interface Repo {
  owner: string;
  repo: string;
}

type PullFile = { filename: string; status: string; patch?: string; previous_filename?: string };

/** What GitHub documents for `pulls/list-files`: anything else is a failed request, never data. */
function isPullFileList(value: unknown): value is PullFile[] {
  return (
    Array.isArray(value) &&
    value.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as PullFile).filename === 'string' &&
        typeof (f as PullFile).status === 'string' &&
        ((f as PullFile).patch === undefined || typeof (f as PullFile).patch === 'string')
    )
  );
}

export function changeFromPullFile(file: PullFile): [string, FileChange] {
  const status =
    file.status === 'added' || file.status === 'copied'
      ? 'added'
      : file.status === 'removed'
        ? 'removed'
        : file.status === 'renamed'
          ? 'renamed'
          : 'modified';
  return [
    file.filename,
    {
      status,
      // No patch: binary or too large for GitHub to diff; the whole file counts as changed.
      lines: file.patch === undefined ? 'all' : addedLines(file.patch),
      ...(file.previous_filename ? { previousPath: file.previous_filename } : {})
    }
  ];
}

export interface ChangeLookup {
  files?: Map<string, FileChange>;
  /** Where the answer came from, or why there is none. */
  source: string;
}

export async function pullRequestChanges(
  client: GitHubClient | undefined,
  repo: Repo,
  pullNumber: number | undefined,
  workspace: string,
  base: string,
  head: string
): Promise<ChangeLookup> {
  let apiProblem = 'no token';
  if (client && pullNumber !== undefined) {
    try {
      const files = (await client.paginate(client.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100
      })) as unknown;
      if (!isPullFileList(files)) throw new Error("GitHub's answer is not the list of files it documents");
      if (files.length < PULL_FILES_CAP)
        return {
          files: new Map(files.map(changeFromPullFile)),
          source: `the pull request's ${files.length} changed files`
        };
      apiProblem = `GitHub lists at most ${PULL_FILES_CAP} files of a pull request`;
    } catch (error) {
      apiProblem = `listing the pull request's files failed (${describeRequestError(error)})`;
    }
  }
  const fromGit = await changesFromGit(workspace, base, head);
  return fromGit.files
    ? { files: fromGit.files, source: `${fromGit.source} (${apiProblem})` }
    : { source: `${apiProblem}; ${fromGit.source}` };
}

export async function changesFromGit(workspace: string, base: string, head: string): Promise<ChangeLookup> {
  const root = await repositoryRoot(workspace);
  if (!root) return { source: 'the workspace is not a git checkout' };
  if (!(await hasCommit(root, base)) || !(await hasCommit(root, head))) {
    return { source: `the base commit is not checked out (use actions/checkout with fetch-depth: 0)` };
  }
  return {
    files: await gitChanges(root, base, head),
    source: `git diff ${base.slice(0, 7)}...${head.slice(0, 7)}`
  };
}

export interface TrustedFile {
  /** The content to use: the base commit's, or the workspace's when the base has none. */
  text: string;
  /** Set when the pull request changes the file (reviewers should know). */
  changedByPullRequest: boolean;
  from: 'base' | 'head';
  /** Why the base commit's version could not be read (GitHub failed), when the head's is used. */
  unreadAtBase?: string;
}

/** A configuration file (rules, baseline) as of the base commit. */
export async function fileAtBase(
  client: GitHubClient | undefined,
  repo: Repo,
  workspace: string,
  path: string,
  base: string
): Promise<TrustedFile | undefined> {
  const head = await readFile(`${workspace}/${path}`, 'utf8').catch(() => undefined);
  let atBase: string | undefined;
  const root = await repositoryRoot(workspace);
  const inGit = root !== undefined && (await hasCommit(root, base));
  if (inGit) atBase = await showFile(root, base, path);
  let unreadAtBase: string | undefined;
  if (!inGit && client) {
    try {
      const { data } = (await client.rest.repos.getContent({ ...repo, path, ref: base })) as {
        data: unknown;
      };
      const file = data as { type?: unknown; content?: unknown } | undefined;
      if (typeof file?.content === 'string' && file.type === 'file')
        atBase = Buffer.from(file.content, 'base64').toString('utf8');
      else throw new UnexpectedAnswer(`reading ${path} at the base commit`);
    } catch (error) {
      // Infrastructure trouble degrades (STYLE.md §9): the head's version, and reviewers are told.
      if (statusOf(error) !== 404) unreadAtBase = describeRequestError(error);
    }
  }
  if (atBase !== undefined)
    return { text: atBase, changedByPullRequest: head !== undefined && head !== atBase, from: 'base' };
  if (head === undefined) return undefined;
  return { text: head, changedByPullRequest: true, from: 'head', ...(unreadAtBase ? { unreadAtBase } : {}) };
}

export interface TrustedConfiguration {
  ruleSet?: RuleSet;
  /** A bundled profile or `auto`, when no rule file is read. */
  rules?: string;
  baseline?: { file: string; baseline: Baseline };
}

/**
 * In pr mode the rule file (the `rules` input, or the repository's .github/migration-gate.yml) and the
 * baseline are read at the base commit, and so are the rule files they extend; everywhere else from
 * the workspace. `remarks` collects what reviewers must know (the PR changes the gate's configuration).
 */
export async function trustedConfiguration(
  client: GitHubClient | undefined,
  repo: Repo | undefined,
  target: RunTarget,
  files: { rules?: string; baseline?: string },
  workspace: string,
  remarks: string[],
  /** The pull request's changed files (undefined: unknown), to tell whether it changes a file. */
  changed?: ReadonlyMap<string, FileChange>
): Promise<TrustedConfiguration> {
  const out: TrustedConfiguration = {};
  /**
   * A file the base commit's version of could not be read (GitHub failed): the gate fails closed
   * unless the pull request does not change it, in which case the head's version is the base's.
   */
  const unreadable = (file: TrustedFile, path: string, what: string): void => {
    const touches =
      changed === undefined
        ? undefined
        : changed.has(path) || [...changed.values()].some((c) => c.previousPath === path);
    if (touches === false) {
      remarks.push(
        `The ${what} \`${path}\` could not be read at the base commit (${file.unreadAtBase}); this pull request does not change it, so its version here is the base commit's.`
      );
      return;
    }
    throw new CannotJudge(
      `The ${what} \`${path}\` could not be read at the base commit (${file.unreadAtBase}), and ${touches ? 'this pull request changes it' : 'which files this pull request changes is unknown'}: the gate cannot know which rules to trust, so it fails. Re-run the job when GitHub answers, or check out the history (\`actions/checkout\` with \`fetch-depth: 0\`) so that git reads the base commit.`
    );
  };
  const read = async (path: string, what: string): Promise<{ text: string; name: string } | undefined> => {
    if (target.mode !== 'pr' || !target.baseSha || !repo) return undefined;
    const file = await fileAtBase(client, repo, workspace, path, target.baseSha);
    if (!file) return undefined;
    if (file.unreadAtBase) unreadable(file, path, what);
    else if (file.from === 'head')
      remarks.push(
        `The ${what} \`${path}\` does not exist at the base commit; this pull request's version is used.`
      );
    else if (file.changedByPullRequest)
      remarks.push(
        `This pull request changes the ${what} \`${path}\`. It was checked with the base commit's version; the new one takes effect after merge.`
      );
    return { text: file.text, name: `${path}@${file.from === 'base' ? target.baseSha.slice(0, 7) : 'head'}` };
  };
  const pr = target.mode === 'pr' && target.baseSha !== undefined && repo !== undefined;
  // What a rule file extends is read where the rule file was: at the base commit in pr mode.
  const source: RuleSource = {
    readText: async (path) => {
      if (!pr) return readFile(`${workspace}/${path}`, 'utf8').catch(() => undefined);
      const file = await fileAtBase(client, repo, workspace, path, target.baseSha!);
      if (file?.unreadAtBase) {
        unreadable(file, path, 'rule file');
        return file.text;
      }
      return file?.from === 'base' ? file.text : undefined;
    }
  };
  if (files.rules && (isProfileName(files.rules) || files.rules === AUTO)) {
    out.rules = files.rules;
  } else if (files.rules) {
    const trusted = await read(files.rules, 'rule file');
    if (trusted) out.ruleSet = await readRuleSet(trusted.text, trusted.name, { path: files.rules, source });
  } else {
    out.ruleSet = await repositoryConfiguration(pr, source, async (name) => {
      const file = pr ? await fileAtBase(client, repo, workspace, name, target.baseSha!) : undefined;
      if (file?.unreadAtBase) {
        unreadable(file, name, 'configuration');
        return { ...file, from: 'base' };
      }
      if (file?.from === 'head')
        remarks.push(
          `This pull request adds the configuration \`${name}\`; it takes effect after merge. This run chose its rules automatically (\`rules: auto\`), as the base commit does.`
        );
      else if (file?.changedByPullRequest)
        remarks.push(
          `This pull request changes the configuration \`${name}\`. It was checked with the base commit's version; the new one takes effect after merge.`
        );
      return file;
    });
    if (!out.ruleSet) out.rules = AUTO;
  }
  if (files.baseline) {
    const trusted = await read(files.baseline, 'baseline');
    const text = trusted?.text ?? (await readFile(files.baseline, 'utf8').catch(() => undefined));
    if (text === undefined)
      remarks.push(
        `The baseline \`${files.baseline}\` was not found; every finding counts as over the baseline.`
      );
    out.baseline = {
      file: files.baseline,
      baseline:
        text === undefined
          ? { ruleset: '', entries: [] }
          : parseBaseline(text, trusted?.name ?? files.baseline)
    };
  }
  return out;
}

/**
 * The repository's own configuration (.github/migration-gate.yml or migration-gate.yml at its root):
 * in pr mode the base commit's, never one the pull request adds; undefined when there is none.
 */
async function repositoryConfiguration(
  pr: boolean,
  source: RuleSource,
  atBase: (name: string) => Promise<TrustedFile | undefined>
): Promise<RuleSet | undefined> {
  for (const name of CONFIG_FILES) {
    if (pr) {
      const file = await atBase(name);
      if (file?.from === 'base')
        return readRuleSet(file.text, name, { path: name, source, reason: undefined });
      continue;
    }
    const text = await source.readText(name);
    if (text !== undefined) return readRuleSet(text, name, { path: name, source });
  }
  return undefined;
}

/** Changed lines for pr (patches, else git) and push (git) modes; none for audits and reports. */
export async function changesFor(
  client: GitHubClient | undefined,
  repo: Repo | undefined,
  target: RunTarget,
  workspace: string,
  remarks: string[]
): Promise<ChangeLookup | undefined> {
  if (!target.baseSha || (target.mode !== 'pr' && target.mode !== 'push')) return undefined;
  const lookup =
    target.mode === 'pr' && repo
      ? await pullRequestChanges(client, repo, target.pullNumber, workspace, target.baseSha, target.headSha)
      : await changesFromGit(workspace, target.baseSha, target.headSha);
  if (!lookup.files)
    remarks.push(
      `Changed lines are unknown (${lookup.source}). The gate fails closed: every finding counts as new, so rules enforced as \`new\` block. To let it tell new findings from old ones, check out the history (\`actions/checkout\` with \`fetch-depth: 0\`; needed past GitHub's ${PULL_FILES_CAP}-file list), or re-run the job when GitHub answers.`
    );
  return lookup;
}
