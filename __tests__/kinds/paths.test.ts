import { findingsFor, where } from '../helpers.js';
import { topmost } from '../../src/kinds/forbidden-path.js';

const rule = (kind: string, files: string) => `
id: p
phase: 1
title: t
kind: ${kind}
files: ${files}
message: m.
`;

describe('forbidden-path', () => {
  test('a directory is one finding, not one per file inside it', async () => {
    const findings = await findingsFor(rule('forbidden-path', '["app/gunicorn"]'), {
      'app/gunicorn/a.py': '',
      'app/gunicorn/deep/b.py': '',
      'app/other.py': ''
    });
    expect(where(findings)).toEqual([['p', 'app/gunicorn', null]]);
    expect(findings[0]!.message).toBe('Directory still exists. m.');
  });

  test('a glob over the contents still reports the directory once', async () => {
    const findings = await findingsFor(rule('forbidden-path', '["app/gunicorn/**"]'), {
      'app/gunicorn/a.py': '',
      'app/gunicorn/d/b.py': ''
    });
    expect(findings.map((f) => f.path)).toEqual(['app/gunicorn/a.py', 'app/gunicorn/d']);
  });

  test('files, and a symbolic link counts as existing', async () => {
    const findings = await findingsFor(
      rule('forbidden-path', '["tests/**/test_*flask*.py"]'),
      { 'tests/functional/test_custom_flask.py': '', 'tests/x.py': '' },
      { links: ['tests/unit/test_flask_link.py'] }
    );
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['tests/functional/test_custom_flask.py', 'File still exists. m.'],
      ['tests/unit/test_flask_link.py', 'File still exists. m.']
    ]);
  });

  test('passes when nothing matches', async () => {
    expect(await findingsFor(rule('forbidden-path', '["app/gunicorn"]'), { 'app/gunicorn.py': '' })).toEqual(
      []
    );
  });

  test('topmost keeps only paths not inside another listed path', () => {
    expect(topmost(['a/b/c', 'a/b', 'a/bc', 'd'])).toEqual(['a/b', 'a/bc', 'd']);
  });
});

describe('required-path', () => {
  test('every glob must match something', async () => {
    const findings = await findingsFor(
      rule('required-path', '["app/fastapi/run_uvicorn.py", "app/fastapi", "docs/*.md"]'),
      {
        'app/fastapi/app.py': ''
      }
    );
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['app/fastapi/run_uvicorn.py', 'Does not exist. m.'],
      ['docs', 'Nothing matches `docs/*.md`. m.']
    ]);
  });

  test('a directory satisfies a directory path', async () => {
    expect(await findingsFor(rule('required-path', '["app/fastapi"]'), { 'app/fastapi/x.py': '' })).toEqual(
      []
    );
  });

  test('path kinds need files', async () => {
    await expect(
      findingsFor('id: p\nphase: 1\ntitle: t\nkind: required-path\nmessage: m', {})
    ).rejects.toThrow(
      "test.yml:3:5: rule 'p': missing required key 'files' (kind required-path has no default)"
    );
  });
});
