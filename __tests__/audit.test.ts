import { existsSync } from 'node:fs';
import { audit, fromArchives } from '../src/audit/audit.js';
import { parseRepositories } from '../src/audit/repositories.js';
import { renderTrackingIssue, readHistory } from '../src/github/tracking-issue.js';
import { auditTotals, environmentMatrix } from '../src/report/environments.js';
import { loadRuleSet } from '../src/rules/load.js';
import { entryPath, readTarball } from '../src/sources/tarball.js';
import { folderEntries, makeTarball } from './tarballs.js';

describe('the repositories input', () => {
  test('one per line; the same repository and ref with several globs is fetched once', () => {
    expect(
      parseRepositories(
        [
          'datarobot/datarobot-user-models:public_dropin_environments/*',
          '# a comment',
          '',
          'datarobot/datarobot-user-models:public_dropin_environments_sandbox/*',
          'datarobot/other@release/1.x'
        ].join('\n')
      )
    ).toEqual([
      {
        owner: 'datarobot',
        repo: 'datarobot-user-models',
        ref: '',
        globs: ['public_dropin_environments/*', 'public_dropin_environments_sandbox/*']
      },
      { owner: 'datarobot', repo: 'other', ref: 'release/1.x', globs: ['**'] }
    ]);
  });

  test.each([
    [
      'not a repository',
      "Invalid input 'repositories', line 1: 'not a repository'. Expected owner/repo[@ref][:path-glob]."
    ],
    [
      'o/r:/abs/*',
      "Invalid input 'repositories', line 1: glob '/abs/*' is absolute; globs are relative to the scanned directory."
    ]
  ])('%s', (text, message) => {
    expect(() => parseRepositories(text)).toThrow(message);
  });
});

describe('tarballs are untrusted', () => {
  test.each([
    ['owner-repo-abc/a/b.py', { path: 'a/b.py' }],
    ['owner-repo-abc/', { path: '' }],
    ['owner-repo-abc/../../etc/passwd', { refused: "leaves the archive with '..'" }],
    ['owner-repo-abc/a/../../x', { refused: "leaves the archive with '..'" }],
    ['/etc/passwd', { refused: 'absolute path' }]
  ])('%s', (name, expected) => {
    expect(entryPath(name)).toEqual(expected);
  });

  test('a hostile archive: refused entries, links never followed, huge files skipped, nothing written', async () => {
    const archive = await makeTarball([
      { name: 'evil-repo-1/requirements.txt', content: 'flask\n' },
      { name: 'evil-repo-1/../../../tmp/migration-gate-evil', content: 'pwned' },
      { name: '/tmp/migration-gate-evil-absolute', content: 'pwned' },
      { name: 'evil-repo-1/passwd.py', type: 'symlink', linkname: '/etc/passwd' },
      { name: 'evil-repo-1/up', type: 'symlink', linkname: '../../..' },
      { name: 'evil-repo-1/big.py', content: Buffer.alloc(3 * 1024 * 1024, 0x61) }
    ]);
    const source = await readTarball('evil/repo', archive);
    const listing = await source.list();
    expect(listing.files).toEqual(['requirements.txt']);
    expect(listing.links).toEqual(['passwd.py', 'up']);
    expect(listing.skipped).toEqual([
      {
        path: 'evil-repo-1/../../../tmp/migration-gate-evil',
        reason: "archive entry refused: leaves the archive with '..'"
      },
      { path: '/tmp/migration-gate-evil-absolute', reason: 'archive entry refused: absolute path' },
      { path: 'big.py', reason: 'larger than 2.0 MiB (3.0 MiB)' }
    ]);
    expect(existsSync('/tmp/migration-gate-evil')).toBe(false);
    expect(existsSync('/tmp/migration-gate-evil-absolute')).toBe(false);
  });

  test('a damaged archive is scanned as far as it could be read, and says so', async () => {
    const archive = await makeTarball([{ name: 'r-1/a.txt', content: 'x' }]);
    const source = await readTarball('r', archive.subarray(0, archive.length - 10));
    expect((await source.list()).skipped.at(-1)?.reason).toMatch(/^the archive is damaged/);
  });
});

describe('the audit', () => {
  test('every drop-in environment with its Python and stacks; a repository that fails is reported, the rest goes on', async () => {
    const archives: Record<string, Buffer> = {
      'datarobot/datarobot-user-models': await makeTarball(
        folderEntries('examples/drum-legacy', 'datarobot-datarobot-user-models-0123abc')
      )
    };
    const ruleSet = await loadRuleSet('drum');
    const targets = parseRepositories(
      [
        'datarobot/datarobot-user-models:public_dropin_environments/*',
        'datarobot/datarobot-user-models:public_dropin_environments_sandbox/*',
        'datarobot/datarobot-user-models:docker/*',
        'datarobot/private'
      ].join('\n')
    );
    const log: string[] = [];
    const report = await audit(
      targets,
      fromArchives(async (t) => {
        const archive = archives[`${t.owner}/${t.repo}`];
        if (!archive) throw Object.assign(new Error('Not Found'), { status: 404 });
        return archive;
      }),
      { ruleSet },
      (m) => log.push(m)
    );
    expect(
      report!.environments!.map((e) => [
        e.path,
        e.python,
        e.flaskStack,
        e.fastapiStack,
        e.customFlaskExtension,
        e.errors > 0
      ])
    ).toEqual([
      ['docker/dropin_env_base', '3.7', ['flask', 'gunicorn', 'gevent'], [], false, true],
      ['docker/dropin_env_base_jdk', null, ['flask', 'gevent'], ['fastapi'], false, true],
      ['docker/dropin_env_base_r', '3.7', ['flask', 'gunicorn'], [], false, true],
      ['public_dropin_environments/python3_sklearn', '3.7', ['flask', 'gunicorn'], ['fastapi'], true, true],
      // gunicorn there runs the agent's uvicorn workers (start_server.sh): not part of the Flask stack.
      ['public_dropin_environments_sandbox/python311_genai', null, [], ['fastapi'], false, true]
    ]);
    expect(report!.environments!.every((e) => e.repository === 'datarobot/datarobot-user-models')).toBe(true);
    expect(report!.repositories).toEqual([
      {
        repository: 'datarobot/datarobot-user-models',
        conclusion: 'failure',
        findings: report!.findings.length,
        // What the repository adds to the forecast: merged shards take a repeated repository off once.
        next: {
          blocking: report!.forecast!.blocking,
          changing: report!.forecast!.changing,
          counts: report!.forecast!.counts
        }
      },
      { repository: 'datarobot/private', problem: 'Not Found' }
    ]);
    expect(report!.findings[0]!.path.startsWith('datarobot/datarobot-user-models/')).toBe(true);
    expect(log).toContain('datarobot/private: not audited: Not Found');
    const matrix = environmentMatrix(report!);
    expect(matrix).toContain(
      '**5** environments · **4** still install the Flask stack · **3** install FastAPI · **3** below Python 3.8'
    );
    expect(matrix).toContain(
      '| ❌ | `datarobot/datarobot-user-models` | `public_dropin_environments/python3_sklearn` | 3.7 | flask, gunicorn + custom_flask.py | fastapi |'
    );
  });

  test("gunicorn that serves another app: the matrix and the environments profile's rule read it the same way", async () => {
    const { GUNICORN_SERVES_ANOTHER_APP } = await import('../src/audit/environments.js');
    const environments = await loadRuleSet('environments');
    const rule = environments.rules.find((r) => r.id === 'gunicorn-serves-another-app')!;
    expect(rule.when).toMatchObject({
      type: 'contains',
      files: GUNICORN_SERVES_ANOTHER_APP.files,
      regex: new RegExp(GUNICORN_SERVES_ANOTHER_APP.pattern, 'm')
    });
  });
});

describe('the audit on a calendar', () => {
  test('the matrix shows the calendar, the days left, and what the next stage blocks per environment', async () => {
    const archive = await makeTarball(
      folderEntries('examples/drum-legacy', 'datarobot-datarobot-user-models-0123abc')
    );
    const drum = await loadRuleSet('drum');
    const ruleSet = { ...drum, calendar: { beta: '2026-11-01', rc: '2026-12-15', lts: '2027-01-15' } };
    const targets = parseRepositories(
      ['datarobot/a:public_dropin_environments/*', 'datarobot/b:public_dropin_environments/*'].join('\n')
    );
    const report = (await audit(
      targets,
      fromArchives(async () => archive),
      { ruleSet, today: '2026-12-05' },
      () => {}
    ))!;
    expect(report.ruleset).toMatchObject({ stage: 'beta', since: '2026-11-01' });
    const forecast = report.forecast!;
    expect(forecast).toMatchObject({ stage: 'rc', begins: '2026-12-15', daysLeft: 10 });
    // Both repositories' forecasts, summed, with their findings under each repository's name.
    expect(forecast.blocking).toBeGreaterThan(0);
    expect(forecast.blocking % 2).toBe(0);
    expect(forecast.findings.filter((f) => f.path.startsWith('datarobot/a/')).length).toBe(
      forecast.blocking / 2
    );
    expect(forecast.rules.reduce((n, r) => n + r.blocking, 0)).toBe(forecast.blocking);
    // Each environment's count is the forecast's findings inside it.
    for (const env of report.environments!) {
      const inside = forecast.findings.filter((f) => f.path.startsWith(`${env.repository}/${env.path}/`));
      expect([env.path, env.blocksNext]).toEqual([env.path, inside.length]);
    }
    const matrix = environmentMatrix(report);
    expect(matrix).toContain(
      '\nTimeline: **beta** since 2026-11-01 (now) · rc from 2026-12-15 (**10 days left**) · lts from 2027-01-15\n'
    );
    expect(matrix).toContain(
      `\nNext: rc begins on 2026-12-15 (in 10 days): ${forecast.blocking} findings that do not block now will block then.\n`
    );
    expect(matrix).toContain('| Errors / warnings / notices | Will block in rc | Findings by phase');
    const sklearn = report.environments!.find(
      (e) => e.repository === 'datarobot/a' && e.path.endsWith('python3_sklearn')
    )!;
    expect(matrix).toContain(
      `| ${sklearn.errors} / ${sklearn.warnings} / ${sklearn.notices} | ${sklearn.blocksNext} |`
    );
    expect(auditTotals(report)).toMatchObject({
      stage: 'beta',
      next: { stage: 'rc', blocking: forecast.blocking }
    });
  });
});

describe('the tracking issue', () => {
  test('the burndown marks where each stage begins, and the history table names the stage', () => {
    const point = (date: string, stage: string, blocking: number) => ({
      date,
      environments: 5,
      withFlaskStack: 3,
      withFastapi: 2,
      belowPython38: 1,
      errors: 3,
      warnings: 1,
      notices: 0,
      stage,
      next: { stage: stage === 'beta' ? 'rc' : 'lts', blocking }
    });
    const body = renderTrackingIssue('MATRIX', [
      point('2026-12-13T03:00:00Z', 'beta', 7),
      point('2026-12-14T03:00:00Z', 'beta', 6),
      point('2026-12-15T03:00:00Z', 'rc', 2),
      { ...point('2026-12-16T03:00:00Z', 'rc', 2), stage: '](javascript:x)' }
    ]);
    expect(body).toContain('  x-axis ["12-13 ▶ beta", "12-14", "12-15 ▶ rc", "12-16"]');
    expect(body).toContain('| 2026-12-15 | rc | 5 | 3 | 2 | 1 | 3 | 1 | 2 in lts |');
    expect(body).toContain('| 2026-12-14 | beta | 5 | 3 | 2 | 1 | 3 | 1 | 6 in rc |');
    // A stage read back from an edited issue that is not a word is not rendered.
    expect(body).toContain('| 2026-12-16 | — | 5 |');
  });

  test('keeps its history in a hidden comment and draws the burndown', () => {
    const point = (date: string, withFlaskStack: number) => ({
      date,
      environments: 5,
      withFlaskStack,
      withFastapi: 2,
      belowPython38: 1,
      errors: 3,
      warnings: 1,
      notices: 0
    });
    const body = renderTrackingIssue('MATRIX', [
      point('2026-11-25T03:00:00Z', 5),
      point('2026-11-26T03:00:00Z', 4)
    ]);
    expect(body.startsWith('<!-- migration-gate:tracking-issue -->')).toBe(true);
    expect(body).toContain('  x-axis ["11-25", "11-26"]\n  y-axis "environments"\n  line [5, 4]');
    expect(readHistory(body).map((p) => p.withFlaskStack)).toEqual([5, 4]);
    expect(readHistory('no history here')).toEqual([]);
    expect(readHistory('<!-- migration-gate:history [not json -->')).toEqual([]);
  });
});
