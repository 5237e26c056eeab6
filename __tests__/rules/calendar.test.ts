// The timeline as a calendar: which stage is in force on a day (both sides of every boundary), what
// comes next and when, and every mistake in `stages:` at file:line:col with the key.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import {
  daysBetween,
  isDate,
  readStageEntry,
  stageOn,
  timelineOn,
  type Calendar
} from '../../src/rules/calendar.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { parseRuleSet } from '../../src/rules/parse.js';
import { temporaryDirectory } from '../temporary.js';

const FULL: Calendar = {
  beta: '2026-11-01',
  rc: '2026-12-15',
  lts: '2027-01-15',
  decommission: '2027-07-15'
};

describe('the stage on a day', () => {
  test.each([
    ['2026-10-31', 'none'],
    ['2026-11-01', 'beta'],
    ['2026-12-14', 'beta'],
    ['2026-12-15', 'rc'],
    ['2027-01-14', 'rc'],
    ['2027-01-15', 'lts'],
    ['2027-07-14', 'lts'],
    ['2027-07-15', 'decommission'],
    ['2030-01-01', 'decommission']
  ])('a full calendar on %s: %s', (today, stage) => {
    expect(stageOn(FULL, 'beta', today)).toBe(stage);
  });

  test('a stage with no date falls back to `stage`; a declared stage the calendar dates waits for its day', () => {
    const rcOnly: Calendar = { rc: '2026-12-15' };
    expect(stageOn(rcOnly, 'beta', '2026-12-14')).toBe('beta');
    expect(stageOn(rcOnly, 'beta', '2026-12-15')).toBe('rc');
    // Declared rc, but the calendar says when rc begins: before that, the undated beta.
    expect(stageOn(rcOnly, 'rc', '2026-12-14')).toBe('beta');
    // A declared stage later than the calendar's, and undated, is never undercut by it.
    expect(stageOn(rcOnly, 'lts', '2026-12-16')).toBe('lts');
    // Beta dated in the future and nothing declared otherwise: the timeline has not begun.
    expect(stageOn({ beta: '2027-01-01' }, 'beta', '2026-12-31')).toBe('none');
    expect(stageOn({}, 'rc', '2026-12-31')).toBe('rc');
  });

  test('the timeline: since when, what comes next and in how many days; --stage overrides', () => {
    expect(timelineOn(FULL, 'beta', '2026-11-29')).toEqual({
      stage: 'beta',
      since: '2026-11-01',
      next: { stage: 'rc', begins: '2026-12-15', daysLeft: 16 }
    });
    expect(timelineOn(FULL, 'beta', '2026-10-01')).toEqual({
      stage: 'none',
      next: { stage: 'beta', begins: '2026-11-01', daysLeft: 31 }
    });
    expect(timelineOn(FULL, 'beta', '2027-08-01')).toEqual({ stage: 'decommission', since: '2027-07-15' });
    expect(timelineOn(FULL, 'beta', '2026-12-20', 'beta')).toEqual({
      stage: 'beta',
      since: '2026-11-01',
      next: { stage: 'rc', begins: '2026-12-15', daysLeft: -5 }
    });
    expect(timelineOn({}, 'rc', '2026-12-20')).toEqual({ stage: 'rc', next: { stage: 'lts' } });
  });

  test('days, dates and entries', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
    expect([isDate('2028-02-29'), isDate('2027-02-29'), isDate('2026-1-5'), isDate('2026-13-01')]).toEqual([
      true,
      false,
      false,
      false
    ]);
    expect(readStageEntry('2026-12-15')).toEqual({ begins: '2026-12-15' });
    expect(readStageEntry('FastAPI is the default.')).toEqual({ meaning: 'FastAPI is the default.' });
    expect(readStageEntry({ begins: '2026-12-15', meaning: 'm' })).toEqual({
      begins: '2026-12-15',
      meaning: 'm'
    });
  });
});

const RULE = `rules:
  - id: no-flask
    phase: 2
    title: Remove Flask
    kind: forbidden-import
    modules: [flask]
    message: m.
`;

describe('`stages:` in a rule file', () => {
  test('dates, meanings, or both; unquoted YAML dates are days', () => {
    const set = parseRuleSet(
      `name: n\nstages:\n  beta: 2026-11-01\n  rc: { begins: "2026-12-15", meaning: FastAPI is the default. }\n  lts: Flask is deprecated.\n${RULE}`,
      'r.yml'
    );
    expect(set.calendar).toEqual({ beta: '2026-11-01', rc: '2026-12-15' });
    expect(set.stages).toEqual({ rc: 'FastAPI is the default.', lts: 'Flask is deprecated.' });
  });

  test.each([
    [
      'a day that does not exist',
      'stages:\n  rc: 2026-02-30\n',
      "r.yml:3:7: key 'stages.rc': '2026-02-30' is not a day; write it YYYY-MM-DD (UTC), e.g. 2026-12-15"
    ],
    [
      'a date without its zeros',
      'stages:\n  rc: 2026-1-5\n',
      "r.yml:3:7: key 'stages.rc': '2026-1-5' is not a day"
    ],
    [
      'a bad date under begins',
      'stages:\n  rc: { begins: tomorrow }\n',
      "r.yml:3:17: key 'stages.rc.begins': 'tomorrow' is not a day"
    ],
    [
      'stages out of order',
      'stages:\n  beta: 2026-12-15\n  rc: 2026-12-01\n',
      "r.yml:4:7: key 'stages.rc': rc begins on 2026-12-01, not after beta (2026-12-15); the stages come in the order beta < rc < lts < decommission"
    ],
    [
      'two stages on one day',
      'stages:\n  rc: 2026-12-15\n  lts: 2026-12-15\n',
      "r.yml:4:8: key 'stages.lts': lts begins on 2026-12-15, not after rc"
    ],
    ['an unknown stage', 'stages:\n  ga: 2026-12-15\n', "r.yml:3:3: unknown key 'stages.ga'"],
    [
      'an unknown key in an entry',
      'stages:\n  rc: { start: 2026-12-15 }\n',
      "r.yml:3:9: unknown key 'stages.rc.start'"
    ]
  ])('%s', (_, stages, message) => {
    let error: unknown;
    try {
      parseRuleSet(`name: n\n${stages}${RULE}`, 'r.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });

  test("a repository's configuration overrides a profile's dates, and keeps them in order", async () => {
    const dir = await temporaryDirectory('mg-calendar-');
    await mkdir(join(dir, 'profiles'));
    await writeFile(
      join(dir, 'profiles/company.yml'),
      `name: company\nstage: beta\nstages:\n  beta: 2026-11-01\n  rc: 2026-12-15\n  lts: FastAPI only.\n${RULE}`
    );
    await writeFile(
      join(dir, 'later.yml'),
      'extends: profiles/company.yml\nstages:\n  rc: 2027-01-10\n  lts: 2027-02-01\n'
    );
    const set = await loadRuleSet(join(dir, 'later.yml'));
    expect(set.calendar).toEqual({ beta: '2026-11-01', rc: '2027-01-10', lts: '2027-02-01' });
    expect(set.stages).toEqual({ lts: 'FastAPI only.' });

    await writeFile(join(dir, 'early.yml'), 'extends: profiles/company.yml\nstages:\n  beta: 2027-01-01\n');
    await expect(loadRuleSet(join(dir, 'early.yml'), { displayName: 'early.yml' })).rejects.toThrow(
      "early.yml:3:9: key 'stages.beta': rc begins on 2026-12-15, not after beta (2027-01-01); the stages come in the order beta < rc < lts < decommission (with the dates this file extends)"
    );
  });
});
