// What the action writes besides the check run: report files, the job summary, annotations as
// workflow commands (the read-only fallback), step outputs. Rendering is done by src/report.
import * as core from '@actions/core';
import { plural } from '../words.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Report } from '../report/report.js';
import { renderJson } from '../report/json.js';
import {
  appendixSections,
  headSection,
  markdownSections,
  phaseSections,
  type MarkdownOptions
} from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { commandAnnotations } from './annotations.js';
import { CHECK_TEXT_MAX, fitSections, STEP_SUMMARY_MAX_BYTES, utf8Bytes } from './limits.js';

export async function writeReportFiles(
  report: Report,
  files: { reportFile?: string; sarifFile?: string }
): Promise<void> {
  for (const [file, render] of [
    [files.reportFile, renderJson],
    [files.sarifFile, renderSarif]
  ] as const) {
    if (!file) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, render(report));
  }
}

/** Check-run output: verdict and progress as the summary, the checklist as the text, each within 65,535. */
export function checkRunOutput(report: Report, options: MarkdownOptions, notShown: string[]) {
  const { error, warning, notice } = report.counts;
  const title =
    report.conclusion === 'failure'
      ? `Gate failed: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')}`
      : `Gate passed: ${plural(warning, 'warning')}, ${plural(notice, 'notice')}`;
  const more = (n: number) =>
    `\n_… ${n} more section${n === 1 ? '' : 's'} in the job summary and the JSON report._\n`;
  const notShownSection = notShown.length ? `\n${notShown.map((n) => `> ${n}`).join('\n')}\n` : '';
  return {
    title,
    summary: fitSections([headSection(report), notShownSection], CHECK_TEXT_MAX, more),
    text: fitSections([...phaseSections(report, options), ...appendixSections(report)], CHECK_TEXT_MAX, more)
  };
}

/** The job summary (under 1 MiB, cut between sections), with what was not shown said at the end. */
export async function writeJobSummary(
  report: Report,
  options: MarkdownOptions,
  notShown: string[]
): Promise<void> {
  const tail = notShown.length ? `\n### For reviewers\n\n${notShown.map((n) => `- ${n}`).join('\n')}\n` : '';
  const more = (n: number) =>
    `\n_… ${n} more section${n === 1 ? '' : 's'} did not fit in the job summary; see the JSON report (\`report-file\`)._\n`;
  const body = fitSections(
    markdownSections(report, options),
    STEP_SUMMARY_MAX_BYTES - utf8Bytes(tail) - 1024,
    more,
    utf8Bytes
  );
  await core.summary.addRaw(body + tail).write({ overwrite: false });
}

/** The read-only fallback: annotations as workflow commands, most important first, within what GitHub shows. */
export function annotateWithCommands(report: Report): number {
  const { annotations, omitted } = commandAnnotations(report.findings, report.forecast?.begins);
  for (const a of annotations) ANNOTATE[a.level](a.message, a.properties);
  return omitted;
}

// Named, not `core[level]`: a computed access would make the bundle keep all of @actions/core, and
// with it the HTTP client it carries for OIDC tokens (see scripts/bundle.mjs).
const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const;

export function setOutputs(
  report: Report,
  values: { reportFile?: string; sarifFile?: string; checkRunId?: number }
): void {
  core.setOutput('conclusion', report.conclusion);
  core.setOutput('errors', report.counts.error);
  core.setOutput('warnings', report.counts.warning);
  core.setOutput('notices', report.counts.notice);
  core.setOutput('report-file', values.reportFile ?? '');
  core.setOutput('sarif-file', values.sarifFile ?? '');
  core.setOutput('check-run-id', values.checkRunId ?? '');
}
