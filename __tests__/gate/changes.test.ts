import { addedLines, introducedBy, parseGitDiff } from '../../src/gate/changes.js';

describe('addedLines', () => {
  test('walks hunks from the new start; - lines do not advance; context lines do', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' import os',
      '-import flask',
      '+import fastapi',
      '+import uvicorn',
      ' x = 1',
      '@@ -10 +11,0 @@',
      '-gone',
      '@@ -20,0 +21,2 @@',
      '+a',
      '+b',
      '\\ No newline at end of file'
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3, 21, 22]);
  });

  test('lines before the first hunk are headers, even when they start with + or a space', () => {
    expect([...addedLines('+++ b/a.py\n stray\n+stray\n@@ -1 +1 @@\n+a')]).toEqual([1]);
  });

  test('an added line whose text starts with ++ is an added line', () => {
    const patch = ['@@ -1,2 +1,3 @@', ' i = 0', '+++i', '+++ counter', ' end'].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3]);
  });

  test('a hunk header without counts starts a one-line hunk', () => {
    expect([...addedLines('@@ -3 +7 @@\n-x\n+y\n@@ -10 +15 @@\n+z')]).toEqual([7, 15]);
  });
});

describe('parseGitDiff', () => {
  test('added, modified, renamed (with and without edits), removed and binary files', () => {
    const diff = [
      'diff --git a/new.py b/new.py',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.py',
      '@@ -0,0 +1,2 @@',
      '+import flask',
      '+x = 1',
      'diff --git a/mod.py b/mod.py',
      '--- a/mod.py',
      '+++ b/mod.py',
      '@@ -5,0 +6 @@',
      '+import gevent',
      'diff --git a/old/name.py b/new/name.py',
      'similarity index 100%',
      'rename from old/name.py',
      'rename to new/name.py',
      'diff --git a/gone.py b/gone.py',
      'deleted file mode 100644',
      '--- a/gone.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      'diff --git a/logo.png b/logo.png',
      'Binary files a/logo.png and b/logo.png differ',
      'diff --git "a/sp ace.py" "b/sp ace.py"',
      '--- "a/sp ace.py"',
      '+++ "b/sp ace.py"',
      '@@ -1 +1 @@',
      '-a',
      '+b'
    ].join('\n');
    const changes = parseGitDiff(diff);
    const brief = Object.fromEntries(
      [...changes].map(([p, c]) => [p, [c.status, c.lines === 'all' ? 'all' : [...c.lines], c.previousPath]])
    );
    expect(brief).toEqual({
      'new.py': ['added', [1, 2], undefined],
      'mod.py': ['modified', [6], undefined],
      'new/name.py': ['renamed', [], 'old/name.py'],
      'gone.py': ['removed', [], undefined],
      'logo.png': ['modified', 'all', undefined],
      'sp ace.py': ['modified', [1], undefined]
    });
  });

  test('quoted rename paths, a mode change without hunks, and a file added without content', () => {
    const diff = [
      'diff --git "a/old name.py" "b/new name.py"',
      'similarity index 90%',
      'rename from "old name.py"',
      'rename to "new name.py"',
      '--- "a/old name.py"',
      '+++ "b/new name.py"',
      '@@ -4 +4 @@',
      '-a',
      '+b',
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/empty.py b/empty.py',
      'new file mode 100644',
      'index 0000000..e69de29'
    ].join('\n');
    const brief = Object.fromEntries(
      [...parseGitDiff(diff)].map(([p, c]) => [
        p,
        [c.status, c.lines === 'all' ? 'all' : [...c.lines], c.previousPath]
      ])
    );
    expect(brief).toEqual({
      'new name.py': ['renamed', [4], 'old name.py'],
      'run.sh': ['modified', [], undefined],
      'empty.py': ['added', [], undefined]
    });
  });
});

describe('introducedBy', () => {
  const changes = parseGitDiff(
    [
      'diff --git a/m.py b/m.py',
      '--- a/m.py',
      '+++ b/m.py',
      '@@ -1,0 +2,1 @@',
      '+import flask',
      'diff --git a/logo.png b/logo.png',
      'Binary files a/logo.png and b/logo.png differ',
      'diff --git a/gone.py b/gone.py',
      'deleted file mode 100644',
      '--- a/gone.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-import flask',
      'diff --git a/old.py b/moved.py',
      'similarity index 100%',
      'rename from old.py',
      'rename to moved.py',
      'diff --git a/n.py b/n.py',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/n.py',
      '@@ -0,0 +1 @@',
      '+x'
    ].join('\n')
  );
  const isNew = introducedBy(changes);
  const at = (path: string, line?: number, endLine = line) => ({
    path,
    message: '',
    ...(line ? { region: { line, column: 1, endLine: endLine!, endColumn: 2 } } : {})
  });
  test.each([
    ['a finding on an added line', at('m.py', 2), true],
    ['a finding on an untouched line of a changed file', at('m.py', 1), false],
    ['a file-level finding on a modified file', at('m.py'), false],
    ['a file-level finding on an added file', at('n.py'), true],
    ['a finding in an untouched file', at('z.py', 1), false],
    ['a finding spanning lines whose last one is added', at('m.py', 1, 2), true],
    ['a finding spanning untouched lines only', at('m.py', 3, 5), false],
    ['a finding in a file whose patch is unknown (binary)', at('logo.png', 9), true],
    ['a file-level finding in a file whose patch is unknown', at('logo.png'), true],
    ['a finding in a removed file', at('gone.py', 1), false],
    ['a finding in a file renamed without edits', at('moved.py', 1), false]
  ])('%s', (_name, finding, expected) => {
    expect(isNew(finding)).toBe(expected);
  });
});
