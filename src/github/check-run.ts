// The check run: created in progress on the head SHA, annotated in batches of 50, then completed.
// A token that may not write checks (a fork's read-only token answers 403) is not a gate failure:
// the caller falls back to workflow-command annotations.
import type { GitHubClient } from './client.js';
import { describeRequestError as describe, rateLimited, statusOf, UnexpectedAnswer } from './requests.js';
import { batches, type CheckAnnotation } from './annotations.js';

export interface CheckRunPlan {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text: string;
  annotations: CheckAnnotation[];
}

export type CheckRunResult =
  | { published: true; id: number; annotated: number; problems: string[] }
  | { published: false; reason: string };

export async function publishCheckRun(
  client: GitHubClient,
  plan: CheckRunPlan,
  now = () => new Date().toISOString()
): Promise<CheckRunResult> {
  const { owner, repo } = plan;
  let id: number;
  try {
    const created = await client.rest.checks.create({
      owner,
      repo,
      name: plan.name,
      head_sha: plan.headSha,
      status: 'in_progress',
      started_at: now(),
      output: { title: 'Scanning', summary: 'The migration gate is annotating its findings.' }
    });
    const createdId = (created.data as { id?: unknown } | undefined)?.id;
    if (typeof createdId !== 'number') throw new UnexpectedAnswer('creating the check run');
    id = createdId;
  } catch (error) {
    const status = statusOf(error);
    const reason =
      status === 403 && !rateLimited(error)
        ? 'the token cannot create check runs (403; pull requests from forks get a read-only token)'
        : status === 401
          ? 'the token was rejected (401); check the `token` input'
          : describe(error);
    return { published: false, reason };
  }

  // Every batch but the last is an update of its own; the last rides on the completion (one request
  // fewer: content-creating requests are spaced a second apart, as GitHub recommends).
  const problems: string[] = [];
  const all = batches(plan.annotations);
  const last = all.pop() ?? [];
  let annotated = 0;
  let accepted = true;
  for (const batch of all) {
    try {
      await client.rest.checks.update({
        owner,
        repo,
        check_run_id: id,
        output: { title: plan.title, summary: plan.summary, annotations: batch }
      });
      annotated += batch.length;
    } catch (error) {
      problems.push(
        `annotations ${annotated + 1}-${annotated + batch.length} were not accepted (${describe(error)}); the rest are in the summary`
      );
      accepted = false;
      break;
    }
  }
  const final = accepted ? last : [];
  try {
    await client.rest.checks.update({
      owner,
      repo,
      check_run_id: id,
      status: 'completed',
      conclusion: plan.conclusion,
      completed_at: now(),
      output: {
        title: plan.title,
        summary: plan.summary,
        text: plan.text,
        ...(final.length ? { annotations: final } : {})
      }
    });
    annotated += final.length;
  } catch (error) {
    problems.push(`the check run could not be completed (${describe(error)})`);
  }
  return { published: true, id, annotated, problems };
}
