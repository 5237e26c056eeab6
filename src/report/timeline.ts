// Words for the timeline, shared by every renderer: the stage in force and since when, when the next
// one begins, and the forecast of what it will block. Pure; plain text (callers escape for Markdown).
import type { Forecast } from '../gate/forecast.js';
import { plural } from '../words.js';
import type { Report } from './report.js';

/** Within this many days the next stage is announced at the top of the check run and job summary. */
export const SOON_DAYS = 14;

/** "stage beta (since 2026-11-01)", or, before the calendar's first stage, "before beta: nothing enforced". */
export function stageWords(report: Report): string {
  const { stage, since } = report.ruleset;
  if (stage === 'none') return 'before the timeline: nothing is enforced yet';
  return `stage ${stage}${since ? ` (since ${since})` : ''}`;
}

/** When the next stage begins: "begins on 2026-12-15 (in 16 days)", "has no date yet"… */
export function whenWords(forecast: Forecast): string {
  const { begins, daysLeft } = forecast;
  if (begins === undefined || daysLeft === undefined) return 'has no date yet';
  if (daysLeft > 1) return `begins on ${begins} (in ${daysLeft} days)`;
  if (daysLeft === 1) return `begins tomorrow, ${begins}`;
  if (daysLeft === 0) return `begins today, ${begins}`;
  return `began on ${begins} by the calendar (this run enforces an earlier stage)`;
}

/** Whether the next stage begins within SOON_DAYS (and has not begun). */
export const beginsSoon = (forecast: Forecast | undefined): forecast is Forecast =>
  forecast?.daysLeft !== undefined && forecast.daysLeft >= 0 && forecast.daysLeft <= SOON_DAYS;

/**
 * What the next stage will block: "37 findings that do not block now will block then, 12 of them in
 * files this change touches." `change` names the change (this pull request, this change).
 */
export function blockingWords(forecast: Forecast, change = 'this change'): string {
  if (forecast.blocking === 0)
    return forecast.conclusion === 'failure'
      ? 'nothing more will block then (what blocks now still will)'
      : 'nothing will block then';
  const touched =
    forecast.inChangedFiles === undefined
      ? ''
      : `, ${forecast.inChangedFiles} of them in files ${change} touches`;
  return `${plural(forecast.blocking, 'finding')} that ${forecast.blocking === 1 ? 'does' : 'do'} not block now will block then${touched}`;
}

/** "rc begins on 2026-12-15 (in 16 days): 37 findings … will block then." */
export function forecastSentence(forecast: Forecast, change?: string): string {
  return `${forecast.stage} ${whenWords(forecast)}: ${blockingWords(forecast, change)}.`;
}

/** "blocks from rc (2026-12-15)", for a finding's line and annotation. */
export function blocksFromWords(report: Report, stage: string): string {
  const begins = report.forecast?.stage === stage ? report.forecast.begins : undefined;
  return `blocks from ${stage}${begins ? ` (${begins})` : ''}`;
}
