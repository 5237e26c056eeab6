// The timeline as a calendar: the days the stages begin (UTC), which stage is in force on a day, and
// which one comes next and when. Pure: "today" is always passed in, so a run can ask "what if".
import { STAGES, type Stage } from '../model.js';

/** The day each stage begins, `YYYY-MM-DD` (UTC). A stage may have no date. */
export type Calendar = Partial<Record<Stage, string>>;

/** The stage in force: `none` while a calendar's first stage has not begun (nothing is enforced). */
export type StageNow = Stage | 'none';

/** What `stages:` says of one stage: the day it begins, what it means, or both. */
export type StageEntry = string | { begins?: string; meaning?: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Text that is meant as a date (a meaning never starts with one): checked strictly, never read as words. */
const DATE_LIKE = /^\d{1,4}-\d{1,2}-\d{1,2}(?:$|[T ])/;

/** Whether `text` is a real day written `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === text;
}

/** One `stages:` entry as the day it begins and its meaning; a date-like text is a date. */
export function readStageEntry(entry: StageEntry): { begins?: string; meaning?: string } {
  if (typeof entry !== 'string') return entry;
  return DATE_LIKE.test(entry.trim()) ? { begins: entry.trim() } : { meaning: entry };
}

/** What is wrong with one entry's date, in words (undefined when nothing is). */
export function entryDateProblem(entry: StageEntry): string | undefined {
  const { begins } = readStageEntry(entry);
  if (begins === undefined || isDate(begins)) return undefined;
  return `'${begins}' is not a day; write it YYYY-MM-DD (UTC), e.g. 2026-12-15`;
}

/**
 * The first stage whose date is not after an earlier stage's (stages are ordered), with the message;
 * undefined when the calendar is in order.
 */
export function calendarOrderProblem(
  calendar: Calendar
): { stage: Stage; earlier: Stage; message: string } | undefined {
  let previous: { stage: Stage; date: string } | undefined;
  for (const stage of STAGES) {
    const date = calendar[stage];
    if (date === undefined || !isDate(date)) continue;
    if (previous && date <= previous.date)
      return {
        stage,
        earlier: previous.stage,
        message: `${stage} begins on ${date}, not after ${previous.stage} (${previous.date}); the stages come in the order ${STAGES.join(' < ')}`
      };
    previous = { stage, date };
  }
  return undefined;
}

/**
 * The stage in force on `today`: the last stage of the calendar that has begun, but never earlier than
 * the rule set's declared `stage` when the calendar does not date that one (a stage with no date falls
 * back to `stage`). A declared stage the calendar dates waits for its date; while no stage has begun
 * and beta has a date, it is `none`.
 */
export function stageOn(calendar: Calendar, declared: Stage, today: string): StageNow {
  const begun = STAGES.filter((s) => calendar[s] !== undefined && calendar[s]! <= today);
  const floor: StageNow =
    calendar[declared] === undefined ? declared : calendar.beta === undefined ? 'beta' : 'none';
  const latest = begun.at(-1);
  if (latest === undefined) return floor;
  return floor !== 'none' && STAGES.indexOf(floor) > STAGES.indexOf(latest) ? floor : latest;
}

/** The stage after `now`, undefined at the end of the timeline. */
export function stageAfter(now: StageNow): Stage | undefined {
  return now === 'none' ? STAGES[0] : STAGES[STAGES.indexOf(now) + 1];
}

/** The next stage, and when it begins when the calendar says. */
export interface NextStage {
  stage: Stage;
  /** YYYY-MM-DD (UTC). */
  begins?: string;
  /** Days from today to `begins`: 0 or less when it has begun (a run with `--stage` set back). */
  daysLeft?: number;
}

/** Where a run stands on the timeline: the stage in force, since when, and what comes next. */
export interface Timeline {
  stage: StageNow;
  /** The day the stage in force began, when the calendar dates it. */
  since?: string;
  next?: NextStage;
}

/** The timeline on `today`; `override` (`--stage`, the input) replaces the calendar's stage. */
export function timelineOn(calendar: Calendar, declared: Stage, today: string, override?: Stage): Timeline {
  const stage = override ?? stageOn(calendar, declared, today);
  const after = stageAfter(stage);
  const since = stage === 'none' ? undefined : calendar[stage];
  const begins = after === undefined ? undefined : calendar[after];
  return {
    stage,
    ...(since !== undefined ? { since } : {}),
    ...(after === undefined
      ? {}
      : {
          next: {
            stage: after,
            ...(begins !== undefined ? { begins, daysLeft: daysBetween(today, begins) } : {})
          }
        })
  };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today in UTC, `YYYY-MM-DD`. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
