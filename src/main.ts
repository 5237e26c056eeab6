// The action: inputs -> mode -> (audit of repositories | scan of the workspace with trusted rules and
// changed lines) -> gate -> reports. Reads like a table of contents; the work is in the modules it
// names (src/github for GitHub, src/audit for the audit, src/report for rendering).
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CannotJudge, isUserError } from './errors.js';
import { plural } from './words.js';
import { enableLinearRegexFallback } from './regex-engine.js';
import { checkAnnotations } from './github/annotations.js';
import { changesFor, trustedConfiguration, type Repo } from './github/change-source.js';
import { publishCheckRun, type CheckRunResult } from './github/check-run.js';
import { createClient, type GitHubClient } from './github/client.js';
import { runContext, type RunContext } from './github/context.js';
import { describeRequestError, requestPolicy, statusOf } from './github/requests.js';
import { detectTarget, type RunTarget } from './github/event.js';
import { effectiveFailOn, parseInputs, type ActionInputs, type FailOn } from './github/inputs.js';
import {
  annotateWithCommands,
  checkRunOutput,
  setOutputs,
  writeJobSummary,
  writeReportFiles
} from './github/outputs.js';
import { annotatablePath, inRepository, repositoryPrefix } from './github/paths.js';
import { upsertTrackingIssue } from './github/tracking-issue.js';
import { relativeChanges, scanDirectory } from './pipeline.js';
import { progressReporter } from './progress.js';
import { auditTotals, environmentMatrix } from './report/environments.js';
import type { Report } from './report/report.js';
import type { SuggestionComment } from './github/suggestions.js';
import type { FixPlan } from './fix/fix.js';

export async function run(): Promise<void> {
  enableLinearRegexFallback();
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const context = runContext();
    const target = detectTarget(context.eventName, context.payload, context.sha, inputs.mode);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const repo = currentRepository(context);
    const client = inputs.token
      ? await createClient(
          inputs.token,
          (m) => core.warning(m),
          requestPolicy(process.env, inputs.apiTimeBudget)
        )
      : undefined;
    const remarks: string[] = [];
    core.info(
      `migration-gate: ${target.mode} mode (${target.event || 'no event'}) on ${target.headSha || 'the working tree'}`
    );

    const auditing =
      (target.mode === 'audit' && inputs.repositories !== undefined) || target.mode === 'merge';
    let suggest: Suggest | undefined;
    const report =
      target.mode === 'merge'
        ? await mergeShards(inputs, workspace)
        : auditing
          ? await auditListed(client, inputs)
          : await scanWorkspace(client, repo, target, inputs, workspace, remarks, (s) => (suggest = s));
    const failOn = effectiveFailOn(inputs, target.mode);

    await writeReportFiles(report, inputs);
    const checkRun = auditing
      ? undefined
      : await reportToGitHub(client, repo, report, inputs, target, failOn, workspace, remarks);
    if (auditing && inputs.trackingIssue) await updateTrackingIssue(client, repo, report, remarks);
    if (suggest) await suggestChanges(client, repo, target, suggest, remarks);
    if (inputs.summary)
      await writeJobSummary(report, auditing ? {} : { link: blobLink(repo, target) }, remarks);
    setOutputs(report, { ...inputs, ...(checkRun?.published ? { checkRunId: checkRun.id } : {}) });

    if (gateFails(report, failOn))
      core.setFailed(
        `${report.ruleset.name}: the migration gate failed (${plural(report.counts.error, 'error')}).`
      );
  } catch (error) {
    if (error instanceof CannotJudge) return failWithoutVerdict(error);
    core.setFailed(
      isUserError(error)
        ? error.message
        : `Internal error, please report it: ${(error as Error).stack ?? error}`
    );
  }
}

/**
 * The gate could not reach a verdict it could trust: it fails, on the check run branch protection
 * waits for (when it can be written), in the job summary and in the step, saying why and how to get a
 * verdict. The check run gets a client of its own with a short budget: the run's may be spent by the
 * outage that brought it here, and a failing check must still be told.
 */
async function failWithoutVerdict(error: CannotJudge): Promise<void> {
  const summary = `## ❌ The migration gate cannot judge this change\n\n${error.message}\n`;
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const context = runContext();
    const target = detectTarget(context.eventName, context.payload, context.sha, inputs.mode);
    const repo = currentRepository(context);
    core.setOutput('conclusion', 'failure');
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
    if (inputs.token && repo && target.headSha && (target.mode === 'pr' || target.mode === 'push')) {
      const client = await createClient(inputs.token, (m) => core.warning(m), requestPolicy(process.env, 60));
      const checkRun = await publishCheckRun(client, {
        ...repo,
        name: inputs.checkName,
        headSha: target.headSha,
        conclusion: 'failure',
        title: 'Gate failed: no verdict could be trusted',
        summary,
        text: '',
        annotations: []
      });
      if (!checkRun.published) core.info(`No check run: ${checkRun.reason}.`);
    }
  } finally {
    core.setFailed(error.message);
  }
}

// The audit and the merge of its shards are imported when used: a PR check does not load them.

/** The audit of the listed repositories, each one's log in a group. */
async function auditListed(client: GitHubClient | undefined, inputs: ActionInputs): Promise<Report> {
  const { auditRepositories } = await import('./github/audit-run.js');
  const report = await auditRepositories(
    client,
    { ...inputs, repositories: inputs.repositories! },
    (repository, lines) => {
      core.startGroup(`audit: ${repository}`);
      for (const line of lines) core.info(line);
      core.endGroup();
    }
  );
  if (inputs.patchFile) core.setOutput('patch-file', inputs.patchFile);
  return report;
}

/** One report from the shards of an audit (`reports:` globs in the workspace). */
async function mergeShards(inputs: ActionInputs, workspace: string): Promise<Report> {
  const { mergeShardReports } = await import('./audit/shards.js');
  return mergeShardReports(inputs.reports ?? '', workspace);
}

/** The suggested changes of a pull request, worked out once the scan knows its rules and lines. */
type Suggest = () => Promise<SuggestionComment[]>;

/** The workspace, with the rules and baseline of the base commit and the change's lines (pr, push). */
async function scanWorkspace(
  client: GitHubClient | undefined,
  repo: Repo | undefined,
  target: RunTarget,
  inputs: ActionInputs,
  workspace: string,
  remarks: string[],
  /** Receives the suggested changes to make, in pr mode with `suggestions`. */
  onSuggest: (suggest: Suggest) => void
): Promise<Report> {
  const prefix = repositoryPrefix(workspace, inputs.path);
  // The change first: whether the pull request changes its own rules decides what an unreadable
  // base commit means (trustedConfiguration).
  const changes = await changesFor(client, repo, target, workspace, remarks);
  if (changes?.files) core.info(`Changed lines from ${changes.source}.`);
  const trusted = await trustedConfiguration(
    client,
    repo,
    target,
    inputs,
    workspace,
    remarks,
    changes?.files
  );
  const scanned = await scanDirectory({
    directory: inputs.path,
    ...(inputs.rules ? { rules: inputs.rules } : {}),
    ...(inputs.stage ? { stage: inputs.stage } : {}),
    ...(inputs.today ? { today: inputs.today } : {}),
    ...trusted,
    ...(changes?.files
      ? { changes: { base: target.baseSha!, files: relativeChanges(changes.files, prefix) } }
      : changes
        ? { changes: { base: target.baseSha!, unknown: changes.source } }
        : {}),
    ...(inputs.changedOnly && changes?.files ? { changedOnly: true } : {}),
    ...(target.mode === 'pr' || target.mode === 'push' ? { failClosed: true } : {}),
    // The log is not a terminal: a line every few seconds for a long scan.
    onProgress: progressReporter({ write: (line) => core.info(line.trimEnd()), interactive: false }).tick
  });
  // The fixes, worked out once, for SARIF `fixes` and the pull request's suggested changes.
  let planned: Promise<FixPlan> | undefined;
  const fixPlan = async (): Promise<FixPlan> => {
    const { planFixes } = await import('./fix/fix.js');
    const { LocalDirectory } = await import('./sources/local-directory.js');
    return (planned ??= planFixes(new LocalDirectory(inputs.path), {
      ...(trusted.ruleSet ? { ruleSet: trusted.ruleSet } : {}),
      ...(trusted.rules ? { rules: trusted.rules } : inputs.rules ? { rules: inputs.rules } : {}),
      ...(inputs.stage ? { stage: inputs.stage } : {}),
      ...(inputs.today ? { today: inputs.today } : {})
    }));
  };
  const files = changes?.files;
  if (target.mode === 'pr' && inputs.suggestions && files)
    onSuggest(async () => {
      const { mayHaveSuggestions, suggestionComments } = await import('./github/suggestions.js');
      const { FIXERS } = await import('./fix/fixers.js');
      // Past the scan's caps, findings are counted, not listed: then the plan decides.
      const listed = !scanned.rules.some((r) => r.omitted);
      const kinds = new Set(Object.keys(FIXERS));
      if (listed && !mayHaveSuggestions(scanned.findings, files.keys(), kinds, prefix)) {
        core.info(
          'No suggested changes to plan: no finding with a fix is in the folders the change touches.'
        );
        return [];
      }
      const plan = await fixPlan();
      return suggestionComments(plan.files, plan.fixed, (path) => files.get(path)?.lines, prefix);
    });
  if (inputs.patchFile) {
    const { patchOf } = await import('./fix/patch.js');
    const plan = await fixPlan();
    const patch = patchOf(plan.files, prefix);
    await mkdir(dirname(inputs.patchFile), { recursive: true });
    await writeFile(inputs.patchFile, patch);
    core.info(
      `Patch written to ${inputs.patchFile}: ${plural(plan.fixed.length, 'fix', 'fixes')} in ${plural(plan.files.length, 'file')}, ${plan.notFixed.length} not fixed.`
    );
    core.setOutput('patch-file', inputs.patchFile);
  }
  if (inputs.sarifFile) {
    const { findingFixes } = await import('./fix/fix.js');
    scanned.fixes = await fixPlan()
      .then(findingFixes)
      .catch((error: unknown) => {
        core.info(`No fixes in the SARIF file: ${(error as Error).message}`);
        return [];
      });
  }
  return inRepository(scanned, prefix);
}

/**
 * The fixes for findings on the pull request's lines, as one review of suggested changes; a fork's
 * read-only token, or one without `pull-requests: write`, is said, never a gate failure.
 */
async function suggestChanges(
  client: GitHubClient | undefined,
  repo: Repo | undefined,
  target: RunTarget,
  suggest: Suggest,
  remarks: string[]
): Promise<void> {
  if (!client || !repo || target.pullNumber === undefined) return;
  if (target.fromFork) {
    core.info('No suggested changes: a pull request from a fork gets a read-only token.');
    return;
  }
  let comments: SuggestionComment[] = [];
  try {
    comments = await suggest();
    const { publishSuggestions } = await import('./github/suggestions.js');
    core.info(
      `Suggested changes: ${await publishSuggestions(client, repo, target.pullNumber, target.headSha, comments)}.`
    );
  } catch (error) {
    const status = statusOf(error);
    const why = status === 403 ? '403: the token needs `pull-requests: write`' : describeRequestError(error);
    // With nothing to suggest, only earlier reviews were to be tidied: not worth a word to reviewers.
    if (comments.length === 0) core.info(`Earlier suggested changes were not checked (${why}).`);
    else remarks.push(`The suggested changes were not posted (${why}).`);
  }
}

/** The check run, or workflow-command annotations when it cannot be written; never a gate failure. */
async function reportToGitHub(
  client: GitHubClient | undefined,
  repo: Repo | undefined,
  report: Report,
  inputs: ActionInputs,
  target: RunTarget,
  failOn: FailOn,
  workspace: string,
  remarks: string[]
): Promise<CheckRunResult | undefined> {
  const { annotations, omitted } = checkAnnotations(
    report.findings,
    inputs.annotations,
    (p) => annotatablePath(workspace, p),
    report.forecast?.begins
  );
  if (omitted > 0)
    remarks.push(
      `${omitted} of ${plural(report.findings.length, 'finding')} ${omitted === 1 ? 'is' : 'are'} not annotated (annotation budget ${inputs.annotations}, or no file to annotate); all are in this summary's checklist and the JSON report.`
    );

  let checkRun: CheckRunResult | undefined;
  if (client && repo && target.headSha) {
    const output = checkRunOutput(report, { link: blobLink(repo, target) }, remarks);
    const conclusion =
      report.conclusion === 'success' ? 'success' : gateFails(report, failOn) ? 'failure' : 'neutral';
    checkRun = await publishCheckRun(client, {
      ...repo,
      name: inputs.checkName,
      headSha: target.headSha,
      conclusion,
      annotations,
      ...output
    });
  }
  if (checkRun?.published) {
    core.info(
      `Check run ${checkRun.id} '${inputs.checkName}' on ${target.headSha}: ${checkRun.annotated} annotations.`
    );
    for (const problem of checkRun.problems) core.warning(`migration-gate: ${problem}.`);
    return checkRun;
  }
  core.info(
    `No check run: ${checkRun ? checkRun.reason : 'no token, commit or repository to report on'}. Findings are reported as workflow annotations and in the job summary instead; the gate's verdict does not change.`
  );
  const commandOmitted = annotateWithCommands(report);
  if (commandOmitted > 0)
    remarks.push(
      `${plural(commandOmitted, 'finding')} ${commandOmitted === 1 ? 'is' : 'are'} not annotated (GitHub shows 10 workflow annotations per level per step).`
    );
  return checkRun;
}

/** The audit's tracking issue; a token that may not write issues is said, not fatal. */
async function updateTrackingIssue(
  client: GitHubClient | undefined,
  repo: Repo | undefined,
  report: Report,
  remarks: string[]
): Promise<void> {
  if (!client || !repo) return;
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;
  try {
    const issue = await upsertTrackingIssue(
      client,
      repo,
      environmentMatrix(report),
      auditTotals(report),
      new Date().toISOString(),
      runUrl
    );
    core.info(`Tracking issue #${issue.number} ${issue.created ? 'opened' : 'updated'}.`);
  } catch (error) {
    const status = statusOf(error);
    remarks.push(
      `The tracking issue was not updated (${status === 403 ? '403: the token needs `issues: write`' : describeRequestError(error)}).`
    );
  }
}

function blobLink(
  repo: Repo | undefined,
  target: RunTarget
): ((path: string, line?: number) => string) | undefined {
  if (!repo || !target.headSha) return undefined;
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  return (path, line) =>
    `${server}/${repo.owner}/${repo.repo}/blob/${target.headSha}/${path.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}

/** owner/repo of the run, or undefined outside Actions (no GITHUB_REPOSITORY). */
function currentRepository(context: RunContext): Repo | undefined {
  try {
    return context.repo;
  } catch {
    return undefined;
  }
}

/** `fail-on` moves the bar: errors, warnings too, or never. */
export function gateFails(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return report.counts.error + report.counts.warning > 0;
  return report.conclusion === 'failure';
}
