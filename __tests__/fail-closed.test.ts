// Failing closed, below the action: names the scan cannot show as they are, names and text from the
// tree that would be markup or workflow commands, shards that must not be merged, archives that are
// bombs or not archives, and patterns that would run for minutes. (The action's side, with GitHub
// failing in every way, is in github/fail-closed.test.ts.)
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { audit, fromArchives } from '../src/audit/audit.js';
import { mergeShardReports } from '../src/audit/shards.js';
import { parseRepositories } from '../src/audit/repositories.js';
import { main } from '../src/command-line.js';
import { ConfigError, UsageError } from '../src/errors.js';
import { introducedBy, parseGitDiff } from '../src/gate/changes.js';
import type { SourceFile } from '../src/kinds/kind.js';
import {
  compileTextMatcher,
  findTextMatches,
  patternIncomplete,
  PATTERN_BUDGET_MS
} from '../src/kinds/text-match.js';
import { enableLinearRegexFallback } from '../src/regex-engine.js';
import { renderJson } from '../src/report/json.js';
import { globProblem } from '../src/rules/globs.js';
import { parseRuleSet } from '../src/rules/parse.js';
import { displayName } from '../src/sources/names.js';
import { NotAnArchive, readTarball } from '../src/sources/tarball.js';
import { scanSource } from '../src/pipeline.js';
import { MemorySource } from './helpers.js';
import { makeTarball } from './tarballs.js';
import { temporaryDirectory } from './temporary.js';

const RULES = [
  'name: closed',
  'rules:',
  '  - { id: no-flask, phase: 2, title: No Flask, kind: forbidden-import, modules: [flask], message: Flask goes. }'
].join('\n');

describe('names the scan shows escaped, and still reads', () => {
  test.each([
    ['plain UTF-8', Buffer.from('pkg/módulo.py'), 'pkg/módulo.py'],
    ['Latin-1 é', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'caf\\xE9'],
    ['a newline and a tab', Buffer.from('a\nb\tc'), 'a\\x0Ab\\x09c'],
    ['a backslash', Buffer.from('a\\b'), 'a\\\\b'],
    ['a truncated sequence then ASCII', Buffer.from([0xe2, 0x82, 0x41]), '\\xE2\\x82A'],
    ['a line separator', Buffer.from('a\u2028b'), 'a\\u2028b']
  ])('%s', (_name, bytes, shown) => {
    expect(displayName(bytes)).toBe(shown);
  });

  test("git's C-quoted names become the names the scan shows, so changed lines still match", () => {
    const diff = [
      'diff --git "a/caf\\351.py" "b/caf\\351.py"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/caf\\351.py"',
      '@@ -0,0 +1 @@',
      '+import flask',
      'diff --git "a/r\\303\\251sum\\303\\251.py" "b/r\\303\\251sum\\303\\251.py"',
      '--- "a/r\\303\\251sum\\303\\251.py"',
      '+++ "b/r\\303\\251sum\\303\\251.py"',
      '@@ -3 +3 @@',
      '-x',
      '+import flask',
      'diff --git "a/tab\\there.py" "b/tab\\there.py"',
      '--- "a/tab\\there.py"',
      '+++ "b/tab\\there.py"',
      '@@ -1 +1 @@',
      '-x',
      '+y'
    ].join('\n');
    expect([...parseGitDiff(diff).keys()]).toEqual(['caf\\xE9.py', 'résumé.py', 'tab\\x09here.py']);
  });

  test('a finding in an escaped name the change lists under another spelling counts as new', () => {
    const isNew = introducedBy(new Map([['pkg/caf\uFFFD.py', { status: 'added', lines: 'all' }]]));
    expect(isNew({ path: 'pkg/caf\\xE9.py', message: '' })).toBe(true);
    // An ordinary name the change does not list stays old.
    expect(isNew({ path: 'pkg/other.py', message: '' })).toBe(false);
  });
});

describe('names and text from the tree never become markup or workflow commands', () => {
  const HOSTILE = 'x\n## ✅ closed: gate passed [approved](http:evil.example)\n::error::forged\n.py';

  let root: string;
  beforeAll(async () => {
    root = await temporaryDirectory('mg-injection-');
    await writeFile(join(root, HOSTILE), 'import flask\n');
    await mkdir(join(root, '::add-mask::secret'));
    await writeFile(join(root, '::add-mask::secret', 'app.py'), 'import flask\n');
    await writeFile(
      join(root, 'approved.py'),
      'import flask  # migration-gate: ignore[no-flask] [the approval](http:evil.example) ## yes\n'
    );
    await writeFile(join(root, 'rules.yml'), RULES);
  });

  const scanAs = async (format: string): Promise<string> => {
    let stdout = '';
    await main(['scan', root, '--rules', join(root, 'rules.yml'), '--format', format], {
      stdout: (s) => void (stdout += s),
      stderr: () => {}
    });
    return stdout;
  };

  test('Markdown: the name is one line in a code span; no heading, link or command comes of it', async () => {
    const markdown = await scanAs('markdown');
    expect(markdown).toContain(
      '`x\\x0A## ✅ closed: gate passed [approved](http:evil.example)\\x0A::error::forged\\x0A.py:1:1`'
    );
    expect(markdown).not.toMatch(/^## ✅/m);
    // A suppression's reason is shown in a fenced block: text, never a link or a heading.
    expect(markdown).toContain(
      '```\nSuppressions: 1 in use\n  approved.py:1 ignore[no-flask] [the approval](http:evil.example) ## yes\n```'
    );
    expect(markdown).not.toMatch(/^::/m);
    expect(
      markdown
        .split('\n')
        .filter(
          (l) => l.includes('](http:evil.example)') && !l.includes('`x\\x0A') && !l.includes('approved.py:1')
        )
    ).toEqual([]);
  });

  test('text: no line starts with `::`', async () => {
    const text = await scanAs('text');
    expect(text).toContain('  error   ::add-mask::secret/app.py:1:1');
    // The runner reads a command at the start of a line, after any spaces.
    expect(text).not.toMatch(/^\s*::/m);
  });

  test('JSON keeps the names as the scan shows them', async () => {
    const report = JSON.parse(await scanAs('json'));
    expect(report.findings.map((f: { path: string }) => f.path).sort()).toEqual([
      '::add-mask::secret/app.py',
      'x\\x0A## ✅ closed: gate passed [approved](http:evil.example)\\x0A::error::forged\\x0A.py'
    ]);
  });
});

describe('shards are checked before they are merged', () => {
  const auditShard = async (repo: string, rules = RULES, version?: string): Promise<string> => {
    const report = await audit(
      parseRepositories(`datarobot/${repo}`),
      fromArchives(async () =>
        makeTarball([{ name: `datarobot-${repo}-1/app.py`, content: 'import flask\n' }])
      ),
      { ruleSet: parseRuleSet(rules, 'rules.yml') },
      () => {}
    );
    const json = JSON.parse(renderJson(report!));
    if (version) json.tool.version = version;
    return JSON.stringify(json, null, 2);
  };
  const shardsIn = async (files: Record<string, string>): Promise<string> => {
    const dir = await temporaryDirectory('mg-shards-');
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  };

  test('the same repository in two shards (or one shard twice) counts once', async () => {
    const one = await auditShard('one');
    const dir = await shardsIn({ 'a.json': one, 'b.json': one, 'c.json': await auditShard('two') });
    const merged = await mergeShardReports('*.json', dir);
    expect(merged.repositories?.map((r) => r.repository)).toEqual(['datarobot/one', 'datarobot/two']);
    expect(merged.counts.error).toBe(2);
    expect(merged.findings).toHaveLength(2);
  });

  test('a repository two shards audited counts once in the forecast too, as one audit of all would count it', async () => {
    const dated = RULES.replace(
      'message: Flask goes. }',
      'message: Flask goes., enforce: { beta: warning, rc: error } }'
    );
    const auditOf = async (repos: string[]) =>
      (await audit(
        parseRepositories(repos.map((r) => `datarobot/${r}`).join('\n')),
        fromArchives(async (t) =>
          makeTarball([
            { name: `datarobot-${t.repo}-1/app.py`, content: 'import flask\n' },
            { name: `datarobot-${t.repo}-1/more.py`, content: 'import flask\nimport flask.json\n' }
          ])
        ),
        { ruleSet: parseRuleSet(dated, 'rules.yml') },
        () => {}
      ))!;
    const dir = await shardsIn({
      'a.json': renderJson(await auditOf(['one', 'two'])),
      'b.json': renderJson(await auditOf(['two', 'three']))
    });
    const merged = await mergeShardReports('*.json', dir);
    const whole = await auditOf(['one', 'three', 'two']);
    // Listed in the order of every report: by path, line, column, rule.
    expect(merged.forecast).toEqual(JSON.parse(JSON.stringify(whole.forecast)));
    expect(merged.forecast).toMatchObject({
      stage: 'rc',
      blocking: 9,
      counts: { error: 9, warning: 0, notice: 0 }
    });
  });

  test('a shard of another version or rule set is refused, naming both files', async () => {
    const dir = await shardsIn({
      'a.json': await auditShard('one'),
      'b.json': await auditShard('two', RULES, '0.0.1')
    });
    await expect(mergeShardReports('*.json', dir)).rejects.toThrow(UsageError);
    await expect(mergeShardReports('*.json', dir)).rejects.toThrow(
      /b\.json was written by migration-gate 0\.0\.1, a\.json by /
    );

    const other = RULES.replace('title: No Flask', 'title: Flask may stay');
    const dir2 = await shardsIn({
      'a.json': await auditShard('one'),
      'b.json': await auditShard('two', other)
    });
    await expect(mergeShardReports('*.json', dir2)).rejects.toThrow(
      "Invalid input 'reports': rule 'no-flask' is defined differently in b.json and in a.json: the shards come from different rule sets; merge the shards of one run."
    );
  });

  type Shard = { findings: Array<Record<string, unknown> | null>; stats?: unknown };
  test.each<[string, (shard: Shard) => void, string, string]>([
    ['a finding that is null', (r) => void (r.findings[0] = null), "key 'findings.0'", 'the finding'],
    [
      'an unknown severity',
      (r) => void (r.findings[0]!.severity = 'fatal'),
      "key 'findings.0.severity'",
      'the value'
    ],
    ['no stats', (r) => void delete r.stats, "key 'stats'", 'the report']
  ])('a shard with %s is refused at its file and line', async (_name, spoil, key, where) => {
    const shard = JSON.parse(await auditShard('one')) as Shard;
    spoil(shard);
    const text = JSON.stringify(shard, null, 2);
    const dir = await shardsIn({ 'bad.json': text });
    const error = await mergeShardReports('*.json', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(key);
    const line = text
      .split('\n')
      .findIndex((l) =>
        where === 'the finding'
          ? /^ {4}null/.test(l)
          : where === 'the value'
            ? l.includes('"fatal"')
            : l === '{'
      );
    expect((error as ConfigError).position).toMatchObject({ file: 'bad.json', line: line + 1 });
  });
});

describe('archives', () => {
  test('a bomb is stopped by its unpacked bytes, skipped entries included', async () => {
    // 64 MiB of zeros in one entry, larger than the per-file limit (so it would be skipped, not
    // stored): its bytes still count toward the 8 MiB cap of this test.
    const archive = await makeTarball([
      { name: 'r-1/a.py', content: 'import flask\n' },
      { name: 'r-1/zeros.bin', content: Buffer.alloc(64 * 1024 * 1024) }
    ]);
    expect(archive.length).toBeLessThan(1024 * 1024);
    const source = await readTarball('r', archive, {
      maxEntries: 1000,
      maxFileBytes: 1024 * 1024,
      maxTotalBytes: 8 * 1024 * 1024
    });
    expect(source.incomplete).toBe(
      'the archive unpacks to more than 8.0 MiB; what was read before is scanned'
    );
    expect((await source.list()).files).toEqual(['a.py']);
  });

  test('a body that is not an archive is "not audited", with no findings, and the others keep theirs', async () => {
    await expect(readTarball('r', Buffer.from('<html>rate limited</html>'))).rejects.toThrow(NotAnArchive);
    const report = await audit(
      parseRepositories('datarobot/broken\ndatarobot/fine'),
      fromArchives(async (t) =>
        t.repo === 'broken'
          ? gzipSync(Buffer.from('not a tar at all, but gzip'))
          : makeTarball([{ name: 'datarobot-fine-1/app.py', content: 'import flask\n' }])
      ),
      { ruleSet: parseRuleSet(RULES, 'rules.yml') },
      () => {}
    );
    expect(report!.repositories).toEqual([
      {
        repository: 'datarobot/broken',
        problem: expect.stringMatching(/^the download is not a gzipped tar archive \(/)
      },
      {
        repository: 'datarobot/fine',
        conclusion: 'failure',
        findings: 1,
        next: { blocking: 0, changing: 0, counts: { error: 1, warning: 0, notice: 0 } }
      }
    ]);
    expect(report!.findings.map((f) => f.path)).toEqual(['datarobot/fine/app.py']);
  });
});

test('an audit counts every finding of every repository, those past the caps too (the forecast as well)', async () => {
  const auditWith = (rules: string) =>
    audit(
      parseRepositories('datarobot/big\ndatarobot/small'),
      fromArchives(async (t) =>
        makeTarball([
          {
            name: `datarobot-${t.repo}-1/app.py`,
            content: 'import flask\n'.repeat(t.repo === 'big' ? 1_500 : 1)
          }
        ])
      ),
      { ruleSet: parseRuleSet(rules, 'rules.yml') },
      () => {}
    );
  const report = await auditWith(RULES);
  expect(report!.repositories!.map(({ next: _, ...r }) => r)).toEqual([
    { repository: 'datarobot/big', conclusion: 'failure', findings: 1_500 },
    { repository: 'datarobot/small', conclusion: 'failure', findings: 1 }
  ]);
  expect(report!.counts.error).toBe(1_501);
  expect(report!.findings).toHaveLength(1_001);
  expect(report!.rules[0]).toMatchObject({ id: 'no-flask', findings: 1_501, omitted: 500 });

  // Warnings today, errors in rc: the 500 findings past the caps will block too.
  const dated = await auditWith(
    RULES.replace('message: Flask goes. }', 'message: Flask goes., enforce: { beta: warning, rc: error } }')
  );
  expect(dated!.counts).toEqual({ error: 0, warning: 1_501, notice: 0 });
  expect(dated!.forecast).toMatchObject({
    stage: 'rc',
    blocking: 1_501,
    counts: { error: 1_501, warning: 0, notice: 0 }
  });
  expect(dated!.forecast!.findings).toHaveLength(1_001);
  expect(dated!.repositories!.map((r) => r.next?.blocking)).toEqual([1_500, 1]);
});

describe('patterns that could run for minutes', () => {
  test('with the linear-time fallback, a pattern that backtracks exponentially ends', () => {
    enableLinearRegexFallback();
    // Built at run time: the loader would refuse it (regex-safety.ts); V8 alone takes minutes.
    const regex = new RegExp(['(', 'a|a', ')*b'].join(''));
    expect(regex.test('a'.repeat(40))).toBe(false);
  });

  test('a pattern past its time budget stops, and says which file and how many more it did not check', async () => {
    const matcher = compileTextMatcher({ pattern: 'flask', in: 'anywhere' });
    const file = (path: string): SourceFile =>
      ({
        path,
        text: 'import flask\n',
        contains: () => true,
        python: () => undefined
      }) as unknown as SourceFile;
    matcher.spending.ms = PATTERN_BUDGET_MS; // as if the earlier files had spent it
    expect(await findTextMatches(file('a.py'), matcher)).toEqual([]);
    expect(await findTextMatches(file('b.py'), matcher)).toEqual([]);
    expect(patternIncomplete(matcher)).toBeUndefined(); // spent before any file: none is named...
    matcher.spending.ms = PATTERN_BUDGET_MS - 1e-9;
    matcher.spending.unchecked = 0;
    await findTextMatches(file('c.py'), matcher);
    await findTextMatches(file('d.py'), matcher);
    expect(patternIncomplete(matcher)).toBe(
      'its pattern ran past its time budget (10 s for the whole scan) on c.py; 1 more file was not checked'
    );
  });

  test('a brace expansion past 100,000 alternatives is a rule-file error, not a silent cut', () => {
    const glob = Array.from({ length: 6 }, () => '{a,b,c,d,e,f,g,h,i,j}').join('/');
    expect(globProblem(glob)).toBe(
      'expands to more than 100,000 alternatives, past which minimatch would drop paths silently; split it into several globs'
    );
    expect(globProblem('{pkg,tests}/**/*.py')).toBeUndefined();
  });
});

test('a scan on a tree whose file cannot be read, in a gate, fails with the path as a finding', async () => {
  const unreadable = new MemorySource({ 'rules.yml': RULES, 'ok.py': 'x = 1\n' });
  const read = unreadable.read.bind(unreadable);
  unreadable.read = async (path, max) =>
    path === 'ok.py' ? { ok: false, reason: 'unreadable (EACCES)' } : read(path, max);
  const { report } = await scanSource(unreadable, {
    ruleSet: parseRuleSet(RULES, 'rules.yml'),
    failClosed: true
  });
  expect(report.conclusion).toBe('failure');
  expect(report.findings.map((f) => [f.ruleId, f.path, f.severity])).toEqual([
    ['unreadable-path', 'ok.py', 'error']
  ]);
  const { report: elsewhere } = await scanSource(unreadable, { ruleSet: parseRuleSet(RULES, 'rules.yml') });
  expect(elsewhere.conclusion).toBe('success');
  expect(elsewhere.skipped).toEqual([{ path: 'ok.py', reason: expect.stringMatching(/^unreadable/) }]);
});
