// The calendar and the forecast through the whole pipeline: on the day before a stage begins the gate
// enforces the old stage and forecasts exactly the findings that will block the next day; on that day
// it fails on exactly those. Fixed dates on both sides of each boundary.
import { scanSource, type ScanRequest } from '../../src/pipeline.js';
import { parseRuleSet } from '../../src/rules/parse.js';
import type { Report } from '../../src/report/report.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { checkAnnotations, commandAnnotations } from '../../src/github/annotations.js';
import { MemorySource } from '../helpers.js';
import type { FileChange } from '../../src/gate/changes.js';

const RULES = parseRuleSet(
  `name: calendar
stages:
  beta: 2026-11-01
  rc: { begins: 2026-12-15, meaning: FastAPI is the default. }
  lts: 2027-01-15
rules:
  - id: no-flask
    phase: 2
    title: Remove Flask imports
    kind: forbidden-import
    modules: [flask]
    message: Flask is going away.
    enforce: { beta: notice, rc: error }
  - id: launcher
    phase: 1
    title: Create the launcher
    kind: required-path
    files: [app/run_uvicorn.py]
    message: uvicorn starts the server.
    enforce: warning
  - id: docs
    phase: 4
    title: Update the docs
    kind: forbidden-pattern
    literal: Flask
    files: ['docs/**']
    message: Docs mention Flask.
    enforce: { rc: warning, lts: error }
  - id: no-gevent
    phase: 1
    title: Remove gevent
    kind: forbidden-import
    modules: [gevent]
    message: gevent is going away.
    enforce: { beta: new, lts: error }
`,
  'calendar.yml'
);

const FILES = {
  'app/a.py': 'import flask\n',
  'app/b.py': 'import os\nfrom flask import Flask\n',
  // Suppressed through 2026-12-14: on the day rc begins it has expired.
  'app/c.py': 'import flask  # migration-gate: ignore[no-flask] legacy shim, until 2026-12-14\n',
  'app/d.py': 'import gevent\n',
  'docs/guide.md': 'Flask\n'
};

async function reportOn(today: string, request: Partial<ScanRequest> = {}): Promise<Report> {
  return (await scanSource(new MemorySource(FILES), { ruleSet: RULES, today, ...request })).report;
}

const blocking = (r: Report) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.path, f.line ?? null]);

test('the day before rc: beta is enforced, and the forecast lists exactly what blocks the next day', async () => {
  const today = await reportOn('2026-12-14');
  expect(today.ruleset).toMatchObject({ stage: 'beta', since: '2026-11-01' });
  expect(today.conclusion).toBe('success');
  const forecast = today.forecast!;
  expect(forecast).toMatchObject({
    stage: 'rc',
    begins: '2026-12-15',
    daysLeft: 1,
    meaning: 'FastAPI is the default.',
    conclusion: 'failure',
    blocking: 3
  });
  expect(forecast.findings.map((f) => [f.ruleId, f.path, f.line ?? null, f.severity ?? null])).toEqual([
    ['no-flask', 'app/a.py', 1, 'notice'],
    ['no-flask', 'app/b.py', 2, 'notice'],
    // Suppressed today; the suppression ends before rc begins.
    ['no-flask', 'app/c.py', 1, null]
  ]);
  expect(forecast.rules).toEqual([
    { id: 'no-flask', phase: 2, title: 'Remove Flask imports', now: 'notice', then: 'error', blocking: 3 }
  ]);
  expect(forecast.phases).toEqual([{ phase: 2, title: 'Refactoring', blocking: 3 }]);
  // Today's findings that will block say so; the others do not.
  expect(today.findings.map((f) => [f.ruleId, f.path, f.blocksFrom ?? null])).toEqual([
    ['no-flask', 'app/a.py', 'rc'],
    ['no-flask', 'app/b.py', 'rc'],
    ['no-gevent', 'app/d.py', null],
    ['launcher', 'app/run_uvicorn.py', null]
  ]);
  // The docs rule comes into force as a warning: a change of severity, not a blocker.
  expect(forecast.changing).toBe(4);
  expect(forecast.counts).toEqual({ error: 3, warning: 3, notice: 0 });

  const tomorrow = await reportOn('2026-12-15');
  expect(tomorrow.ruleset).toMatchObject({ stage: 'rc', since: '2026-12-15' });
  expect(tomorrow.conclusion).toBe('failure');
  expect(blocking(tomorrow)).toEqual(forecast.findings.map((f) => [f.ruleId, f.path, f.line ?? null]));
  expect(tomorrow.counts).toEqual(forecast.counts);
  expect(tomorrow.forecast).toMatchObject({ stage: 'lts', begins: '2027-01-15', daysLeft: 31, blocking: 2 });
  expect(tomorrow.forecast!.findings.map((f) => [f.ruleId, f.path, f.severity])).toEqual([
    ['no-gevent', 'app/d.py', 'warning'],
    ['docs', 'docs/guide.md', 'warning']
  ]);
});

test('a calendar all in the future: nothing is enforced, and the forecast says when beta begins', async () => {
  const report = await reportOn('2026-10-01');
  expect(report.ruleset.stage).toBe('none');
  expect(report.ruleset.since).toBeUndefined();
  expect(report.findings).toEqual([]);
  expect(report.rules.map((r) => r.status)).toEqual(['off', 'off', 'off', 'off']);
  expect(report.conclusion).toBe('success');
  expect(report.forecast).toMatchObject({ stage: 'beta', begins: '2026-11-01', daysLeft: 31, blocking: 0 });
  expect(report.forecast!.counts).toEqual({ error: 0, warning: 2, notice: 2 });
  const text = renderText(report);
  expect(text.split('\n')[0]).toContain(
    ' · calendar · before the timeline: nothing is enforced yet · memory'
  );
  expect(text).toContain('  - Remove Flask imports [no-flask] (not enforced yet)\n');
  expect(text).toContain('\nNext: beta begins on 2026-11-01 (in 31 days): nothing will block then.\n');
});

test('a calendar all in the past: the last stage, and no forecast', async () => {
  const report = await reportOn('2027-02-01');
  expect(report.ruleset).toMatchObject({ stage: 'lts', since: '2027-01-15' });
  // decommission has no date: the forecast names it without one.
  expect(report.forecast).toMatchObject({ stage: 'decommission', blocking: 0 });
  expect(report.forecast!.begins).toBeUndefined();
  const last = (
    await scanSource(new MemorySource(FILES), { ruleSet: RULES, today: '2027-02-01', stage: 'decommission' })
  ).report;
  expect(last.forecast).toBeUndefined();
  expect(last.ruleset.stage).toBe('decommission');
});

test('--stage set back: the calendar still dates the next stage, which has begun', async () => {
  const report = await reportOn('2026-12-20', { stage: 'beta' });
  expect(report.ruleset.stage).toBe('beta');
  expect(report.forecast).toMatchObject({ stage: 'rc', begins: '2026-12-15', daysLeft: -5, blocking: 3 });
  expect(renderText(report)).toContain(
    'Next: rc began on 2026-12-15 by the calendar (this run enforces an earlier stage): 3 findings that do not block now will block then.'
  );
});

test('in a change: which findings that will block are in files the change touches', async () => {
  const files = new Map<string, FileChange>([
    ['app/b.py', { status: 'modified', lines: new Set([1]) }],
    ['docs/guide.md', { status: 'modified', lines: new Set([1]) }]
  ]);
  const report = await reportOn('2026-12-01', { changes: { base: 'main', files } });
  expect(report.forecast).toMatchObject({ stage: 'rc', daysLeft: 14, blocking: 3, inChangedFiles: 1 });
  expect(report.forecast!.rules).toEqual([
    {
      id: 'no-flask',
      phase: 2,
      title: 'Remove Flask imports',
      now: 'notice',
      then: 'error',
      blocking: 3,
      inChangedFiles: 1
    }
  ]);
  expect(report.forecast!.findings.map((f) => [f.path, f.touched])).toEqual([
    ['app/a.py', false],
    ['app/b.py', true],
    ['app/c.py', false]
  ]);

  // Within 14 days: said at the top of the Markdown (the check-run summary's opening), with the count.
  const markdown = renderMarkdown(report).split('\n');
  expect(markdown.slice(0, 4)).toEqual([
    '## ✅ calendar: gate passed',
    '',
    '> ⏰ **rc begins on 2026-12-15 (in 14 days)**: 3 findings that do not block now will block then, 1 of them in files this change touches.',
    ''
  ]);
  expect(markdown).toContain(
    '**Next: rc** begins on 2026-12-15 (in 14 days): 3 findings that do not block now will block then, 1 of them in files this change touches.'
  );
  expect(markdown).toContain('| Phase | Will block in rc | Rule | Now → then | In changed files |');
  expect(markdown).toContain(
    '| 2 · Refactoring | 3 | Remove Flask imports `no-flask` | notice → error | 1 |'
  );
  expect(markdown).toContain('  - `app/b.py:2:1` Imports `flask.Flask`. _(blocks from rc (2026-12-15))_');

  // Annotations say when the finding will block.
  const annotation = checkAnnotations(
    report.findings,
    50,
    (p) => p,
    report.forecast!.begins
  ).annotations.find((a) => a.path === 'app/b.py');
  expect(annotation?.message).toBe(
    'Imports `flask.Flask`. Flask is going away. It will block from rc (2026-12-15).'
  );
  expect(
    commandAnnotations(report.findings, '2026-12-15').annotations.find(
      (a) => a.properties.file === 'app/a.py' && a.properties.title === 'no-flask (phase 2)'
    )?.message
  ).toBe('Imports `flask`. Flask is going away. It will block from rc (2026-12-15).');
});

test('15 days ahead the next stage is not announced at the top', async () => {
  const markdown = renderMarkdown(await reportOn('2026-11-30'));
  expect(markdown.split('\n')[2]).toBe(
    'Stage **beta** since 2026-11-01 · 0 errors · 2 warnings · 2 notices · 5 files scanned'
  );
  expect(markdown).not.toContain('⏰');
});

test('a baseline applies on both sides: what it counts never blocks, now or then', async () => {
  const baseline = {
    ruleset: 'calendar',
    entries: [
      { rule: 'no-flask', path: 'app/a.py', count: 1 },
      { rule: 'no-flask', path: 'app/b.py', count: 1 }
    ]
  };
  const report = await reportOn('2026-12-14', { baseline: { file: 'b.json', baseline } });
  expect(report.forecast!.findings.map((f) => f.path)).toEqual(['app/c.py']);
  expect(report.forecast!.blocking).toBe(1);
});
