// The Markdown report (job summary, check run, `--format markdown`), section by section, exactly.
import { renderMarkdown } from '../../src/report/markdown.js';
import { environmentMatrix } from '../../src/report/environments.js';
import type { Report } from '../../src/report/report.js';
import { scanSource } from '../../src/pipeline.js';
import { MemorySource, loadRules } from '../helpers.js';

const RULES = loadRules(
  `id: no-flask
phase: 2
title: Make FastAPI the only app type
kind: forbidden-import
modules: [flask]
message: Flask is going away.`,
  `id: launcher
phase: 1
title: Create the launcher
kind: required-path
files: [app/run_uvicorn.py]
message: uvicorn starts the server.
enforce: warning`,
  `id: old-docs
phase: 4
title: Update docs
kind: forbidden-pattern
literal: Flask
files: ['docs/**']
message: Docs mention Flask.
enforce: { decommission: error }`
);

async function reportOf(files: Record<string, string>): Promise<Report> {
  return (await scanSource(new MemorySource(files), { ruleSet: RULES, stage: 'rc' })).report;
}

test('a failing gate: verdict, counts in words, phase progress, what the stage enforces, then each phase', async () => {
  const report = await reportOf({
    'app/server.py': 'import os\nfrom flask import Flask\n',
    'docs/guide.md': 'Flask\n'
  });
  expect(renderMarkdown(report)).toBe(
    [
      '## ❌ test: gate failed',
      '',
      'Stage **rc** · 1 error · 1 warning · 0 notices · 1 file scanned',
      '',
      '| Phase | Done | Progress |',
      '|---|---|---|',
      '| 1 · Cleanup | 0/1 | ░░░░░░░░░░ |',
      '| 2 · Refactoring | 0/1 | ░░░░░░░░░░ |',
      '| 4 · Test Cleanup | 0/0 | not enforced in rc |',
      '',
      'In stage **rc**, 1 rule blocks the merge; 1 rule warns; 1 rule is not enforced yet.',
      '',
      '**Next: lts** has no date yet: nothing more will block then (what blocks now still will).',
      '',
      '### Phase 1 · Cleanup',
      '',
      '- ❌ Create the launcher — 1 × warning `launcher`',
      '  - `app/run_uvicorn.py` Does not exist.',
      '',
      '### Phase 2 · Refactoring',
      '',
      '- ❌ Make FastAPI the only app type — 1 × error `no-flask`',
      '  - `app/server.py:2:1` Imports `flask.Flask`.',
      '',
      '### Phase 4 · Test Cleanup',
      '',
      '- ➖ Update docs — not enforced in rc `old-docs`',
      ''
    ].join('\n')
  );
});

test('a passing gate links findings when given a link, and counts several in the plural', async () => {
  const report = await reportOf({ 'app/run_uvicorn.py': '', 'app/a.py': '', 'app/b.py': '' });
  const markdown = renderMarkdown(report, { link: (path, line) => `https://x/${path}#L${line}` });
  expect(markdown.split('\n').slice(0, 3)).toEqual([
    '## ✅ test: gate passed',
    '',
    'Stage **rc** · 0 errors · 0 warnings · 0 notices · 3 files scanned'
  ]);
  expect(markdown).toContain('- ✅ Create the launcher `launcher`\n');
});

test('the audit matrix lists repositories audited in part and those not audited, with the reasons', async () => {
  const base = await reportOf({});
  const report: Report = {
    ...base,
    environments: [
      {
        repository: 'datarobot/envs',
        path: 'python311',
        python: '3.11',
        flaskStack: ['flask', 'gunicorn'],
        fastapiStack: [],
        customFlaskExtension: true,
        errors: 2,
        warnings: 1,
        notices: 0,
        phases: { '2': 3 }
      }
    ],
    repositories: [
      {
        repository: 'datarobot/envs',
        conclusion: 'failure',
        findings: 3,
        incomplete: 'the archive is damaged (unexpected end of file); what was read before is scanned'
      },
      { repository: 'datarobot/gone', problem: 'GitHub answered 404: the repository or ref does not exist' }
    ]
  };
  expect(environmentMatrix(report)).toBe(
    [
      '',
      '### Drop-in environments',
      '',
      '**1** environment · **1** still installs the Flask stack · **0** install FastAPI · **0** below Python 3.8',
      '',
      'Next: lts has no date yet: nothing will block then.',
      '',
      '| | Repository | Environment | Python | Flask stack | FastAPI stack | Errors / warnings / notices | Will block in lts | Findings by phase 0 · 1 · 2 · 3 · 4 · 5 |',
      '|---|---|---|---|---|---|---|---|---|',
      '| ❌ | `datarobot/envs` | `python311` | 3.11 | flask, gunicorn + custom_flask.py | — | 2 / 1 / 0 | 0 | 0 · 0 · 3 · 0 · 0 · 0 |',
      '',
      '**Audited in part:**',
      '- `datarobot/envs`: the archive is damaged (unexpected end of file); what was read before is scanned',
      '',
      '**Not audited:**',
      '- `datarobot/gone`: GitHub answered 404: the repository or ref does not exist',
      ''
    ].join('\n')
  );
});

test("what the stage means, in the rule set's words, follows what it enforces, escaped", async () => {
  const ruleSet = { ...RULES, stages: { rc: 'FastAPI becomes the *default*; see [the plan](x).' } };
  const report = (await scanSource(new MemorySource({}), { ruleSet, stage: 'rc' })).report;
  expect(report.ruleset.stageMeaning).toBe('FastAPI becomes the *default*; see [the plan](x).');
  expect(renderMarkdown(report)).toContain(
    'In stage **rc**, 1 rule blocks the merge; 1 rule warns; 1 rule is not enforced yet.\n\n> FastAPI becomes the \\*default\\*; see \\[the plan\\](x).\n'
  );
});
