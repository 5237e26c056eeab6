// Suggested changes on a pull request: the fixes (src/fix) for findings on lines the pull request
// changed become one review whose comments carry GitHub ```suggestion blocks. One review per run: the
// reviews of earlier runs (found by a hidden marker) lose their comments and say they are superseded,
// so that a pull request never shows two sets of suggestions. Rendering is pure; publishing is here too.
import { changedBlocks } from '../fix/hunks.js';
import type { FileFix, FixResult } from '../fix/fix.js';
import type { Repo } from './change-source.js';
import type { GitHubClient } from './client.js';
import { codeSpan, escapeText } from '../report/markdown-text.js';
import type { Finding } from '../model.js';

export const SUGGESTIONS_MARKER = '<!-- migration-gate:suggestions -->';
/** Comments in one review (GitHub takes more, but a review of hundreds is not read). */
export const MAX_SUGGESTIONS = 50;
/** GitHub's limit on a comment's body. */
const BODY_MAX = 65_536;

export interface SuggestionComment {
  path: string;
  /** The head's lines the suggestion replaces (`start_line`..`line`). */
  startLine: number;
  line: number;
  body: string;
}

/**
 * Whether a fix could land on the change's files: a finding of a kind with a fixer whose file is
 * changed, or whose folder holds a changed file (a fix edits the finding's file, or a requirements file
 * of its folder). Planning the fixes scans the tree again (more than once), so a pull request whose
 * change has no such finding skips it: its suggestions would be none. `prefix` puts the scanned
 * folder's paths into the repository, as the change's paths are.
 */
export function mayHaveSuggestions(
  findings: ReadonlyArray<Pick<Finding, 'kind' | 'path'>>,
  changedPaths: Iterable<string>,
  fixableKinds: ReadonlySet<string>,
  prefix = ''
): boolean {
  const changed = [...changedPaths];
  const inRepository = (p: string) => (!prefix ? p : p === '.' ? prefix : `${prefix}/${p}`);
  const holds = (folder: string) =>
    folder === '' || folder === '.' || changed.some((c) => c === folder || c.startsWith(`${folder}/`));
  return findings.some((f) => {
    if (!fixableKinds.has(f.kind)) return false;
    const path = inRepository(f.path);
    const slash = path.lastIndexOf('/');
    return holds(path) || holds(slash === -1 ? '' : path.slice(0, slash));
  });
}

/** A fence longer than any run of backticks in the text, so that the text cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/**
 * The suggestions for fixed files: one per changed block of lines, when every line it replaces is one
 * the pull request changed (GitHub suggests only on the pull request's lines). `prefix` puts the
 * scanned folder's paths back into the repository.
 */
export function suggestionComments(
  files: readonly FileFix[],
  fixed: readonly FixResult[],
  changedLines: (path: string) => ReadonlySet<number> | 'all' | undefined,
  prefix = ''
): SuggestionComment[] {
  const out: SuggestionComment[] = [];
  for (const file of files) {
    const path = prefix ? `${prefix}/${file.path}` : file.path;
    const changed = changedLines(path);
    if (!changed) continue;
    for (const { startLine, endLine: line, lines: added } of changedBlocks(file.before, file.after)) {
      let onChanged = true;
      for (let l = startLine; l <= line; l++) if (changed !== 'all' && !changed.has(l)) onChanged = false;
      if (!onChanged) continue;
      const why = fixed
        .filter((f) => f.path === file.path && f.line !== undefined && f.line >= startLine && f.line <= line)
        .map((f) => `${escapeText(f.description)} (${codeSpan(f.ruleId)})`);
      const content = added.join('\n');
      const marks = fence(content);
      const body = [
        `**migration-gate** ${why.join('; ') || 'fix'}`,
        '',
        `${marks}suggestion`,
        ...(added.length ? [content] : []),
        marks
      ].join('\n');
      if (body.length <= BODY_MAX) out.push({ path, startLine, line, body });
    }
  }
  return out;
}

/** The review's own text: what it holds, and what was left out. */
export function reviewBody(comments: number, total: number, headSha: string): string {
  const left = total - comments;
  return [
    SUGGESTIONS_MARKER,
    `migration-gate suggests ${comments === 1 ? 'one change' : `${comments} changes`} to lines this pull request changed (commit ${headSha.slice(0, 7)}). Each is checked: the edited files were scanned again before it was suggested.`,
    ...(left > 0
      ? [`${left} more did not fit in one review; run \`migration-gate fix\` locally for all of them.`]
      : [])
  ].join('\n\n');
}

/**
 * Publishes the suggestions: earlier reviews of the action are emptied and marked superseded, then one
 * review is created (when there is something to suggest). Returns what it did, in words.
 */
export async function publishSuggestions(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
  headSha: string,
  comments: readonly SuggestionComment[]
): Promise<string> {
  const reviews = (await client.paginate(client.rest.pulls.listReviews, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100
  })) as Array<{ id: number; body?: string | null }>;
  const earlier = reviews.filter((r) => (r.body ?? '').includes(SUGGESTIONS_MARKER));
  for (const review of earlier) {
    const old = (await client.paginate(client.rest.pulls.listCommentsForReview, {
      ...repo,
      pull_number: pullNumber,
      review_id: review.id,
      per_page: 100
    })) as Array<{ id: number }>;
    for (const comment of old)
      await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id });
    if (!(review.body ?? '').includes('Superseded'))
      await client.rest.pulls.updateReview({
        ...repo,
        pull_number: pullNumber,
        review_id: review.id,
        body: `${SUGGESTIONS_MARKER}\n\nSuperseded by migration-gate's review of commit ${headSha.slice(0, 7)}.`
      });
  }
  if (comments.length === 0)
    return earlier.length
      ? `no suggestion; ${earlier.length} earlier review(s) marked superseded`
      : 'no suggestion';
  const posted = comments.slice(0, MAX_SUGGESTIONS);
  await client.rest.pulls.createReview({
    ...repo,
    pull_number: pullNumber,
    commit_id: headSha,
    event: 'COMMENT',
    body: reviewBody(posted.length, comments.length, headSha),
    comments: posted.map((c) => ({
      path: c.path,
      line: c.line,
      side: 'RIGHT' as const,
      ...(c.startLine < c.line ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
      body: c.body
    }))
  });
  return `${posted.length} suggestion(s) in one review`;
}
