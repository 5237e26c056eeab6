// The action: inputs -> rules -> scan -> gate -> reports. Reads like a table of contents; the work is
// in the modules it names.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isUserError } from './errors.js';
import { selectAnnotations } from './github/annotations.js';
import { parseInputs, type ActionInputs } from './github/inputs.js';
import { scanDirectory } from './pipeline.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import type { Report } from './report/report.js';

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const report = await scanDirectory({
      directory: inputs.path,
      ...(inputs.rules ? { rules: inputs.rules } : {}),
      ...(inputs.stage ? { stage: inputs.stage } : {})
    });
    annotate(report);
    await core.summary.addRaw(renderMarkdown(report)).write();
    if (inputs.reportFile) await writeReportFile(inputs.reportFile, report);
    setOutputs(report, inputs);
    if (gateFails(report, inputs))
      core.setFailed(`${report.ruleset.name}: the migration gate failed (${report.counts.error} errors).`);
  } catch (error) {
    core.setFailed(
      isUserError(error)
        ? error.message
        : `Internal error, please report it: ${(error as Error).stack ?? error}`
    );
  }
}

function annotate(report: Report): void {
  const { annotations, omitted } = selectAnnotations(report.findings);
  for (const a of annotations) {
    const { level, message, ...properties } = a;
    core[level](message, properties);
  }
  if (omitted > 0)
    core.info(`${omitted} more findings are not annotated (GitHub shows 10 per level); see the job summary.`);
}

async function writeReportFile(file: string, report: Report): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, renderJson(report));
}

function setOutputs(report: Report, inputs: ActionInputs): void {
  core.setOutput('conclusion', report.conclusion);
  core.setOutput('errors', report.counts.error);
  core.setOutput('warnings', report.counts.warning);
  core.setOutput('notices', report.counts.notice);
  core.setOutput('report-file', inputs.reportFile ?? '');
}

/** `fail-on` moves the bar: errors (default), warnings too, or never. */
export function gateFails(report: Report, inputs: Pick<ActionInputs, 'failOn'>): boolean {
  if (inputs.failOn === 'never') return false;
  if (inputs.failOn === 'warning') return report.counts.error + report.counts.warning > 0;
  return report.conclusion === 'failure';
}
