// Glob selection takes shortcuts (a literal leading folder, a literal ending, the last answer kept);
// they must never change what minimatch itself answers.
import fc from 'fast-check';
import { Minimatch } from 'minimatch';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { profilePath } from '../../src/rules/bundled.js';
import { compileGlobs, firstSegments, literalPrefix, literalSuffix } from '../../src/rules/globs.js';

const GLOBS = [
  '**/*.py',
  'custom_model_runner/**/*.py',
  'custom_model_runner/datarobot_drum/drum/server.py',
  '**/requirements*.txt',
  '**/Dockerfile',
  '**/Dockerfile*',
  'docs/**',
  'pkg/legacy',
  '**/*.{yml,yaml}',
  '.github/workflows/*.yml',
  'tests/**/test_[a-c]*.py',
  '**/?(a|b).py',
  '**/.python-version',
  'tests/a.py',
  'pkg//legacy',
  '.github',
  '{custom_model_runner,tests}/**/{server.py,requirements*.txt,Dockerfile,Dockerfile.*}',
  '{pkg,docs}/legacy',
  '{a.py,}',
  '{pkg/,}a.py',
  '{.github,pkg}/**',
  '{pkg,{docs,tests}}/*.py',
  'test_{a1,d}.py',
  '**/test_{a,d}*.py'
];

/** The bundled rule set's globs, which the property below checks too. */
const RULE_GLOBS = (
  parse(readFileSync(profilePath('drum'), 'utf8')).rules as Array<{ files?: string[]; exclude?: string[] }>
).flatMap((r) => [...(r.files ?? []), ...(r.exclude ?? [])]);

test.each([
  ['**/*.py', '', '.py'],
  ['custom_model_runner/**/*.py', 'custom_model_runner', '.py'],
  ['**/requirements*.txt', '', '.txt'],
  ['**/Dockerfile', '', 'Dockerfile'],
  ['**/Dockerfile*', '', ''],
  ['docs/**', 'docs', ''],
  ['**/*.{yml,yaml}', '', ''],
  ['tests/**/test_[a-c]*.py', 'tests', '.py'],
  ['**/?(a|b).py', '', '']
])('%s: every match starts with %j and ends with %j', (glob, prefix, suffix) => {
  expect(literalPrefix(glob)).toBe(prefix);
  expect(literalSuffix(glob)).toBe(suffix);
});

/** Path segments the globs above and the bundled rules' globs are about. */
const segment = fc.constantFrom(
  'custom_model_runner',
  'datarobot_drum',
  'drum',
  'server.py',
  'docs',
  'pkg',
  'legacy',
  'tests',
  'test_a1.py',
  'test_d.py',
  'a.py',
  'requirements.txt',
  'requirements-dev.txt',
  'Dockerfile',
  'Dockerfile.gpu',
  'ci.yml',
  'x.yaml',
  '.github',
  'workflows',
  '.python-version',
  'notes.md',
  'public_dropin_environments',
  'example_dropin_environments',
  'docker',
  'dropin_env_base_py',
  'fastapi',
  'gunicorn',
  'setup.py',
  'pyproject.toml',
  'environment.yml',
  'enum.py',
  'a',
  'b'
);
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));

test('compiled globs answer as minimatch does, whatever the order of questions', () => {
  fc.assert(
    fc.property(fc.array(path, { minLength: 1, maxLength: 20 }), (paths) => {
      for (const glob of [...GLOBS, ...RULE_GLOBS]) {
        const reference = new Minimatch(glob, { dot: true, nocomment: true, nonegate: true });
        const compiled = compileGlobs([glob]);
        for (const p of [...paths, ...paths.reverse()])
          expect([glob, p, compiled(p)]).toEqual([glob, p, reference.match(p)]);
      }
    }),
    { numRuns: 100 }
  );
});

// The engine files rules by the first folder of their globs: a path elsewhere is never matched.
test('every path a glob matches starts with one of its first segments', () => {
  fc.assert(
    fc.property(fc.array(path, { minLength: 1, maxLength: 20 }), (paths) => {
      for (const glob of [...GLOBS, ...RULE_GLOBS]) {
        const reference = new Minimatch(glob, { dot: true, nocomment: true, nonegate: true });
        const segments = firstSegments([glob]);
        for (const p of paths)
          if (segments && reference.match(p))
            expect([glob, p, segments.has(p.split('/')[0]!)]).toEqual([glob, p, true]);
      }
    }),
    { numRuns: 100 }
  );
});

test.each([
  [['custom_model_runner/**/*.py'], ['custom_model_runner']],
  [
    ['custom_model_runner/setup.py', 'tests/**'],
    ['custom_model_runner', 'tests']
  ],
  [['Dockerfile'], ['Dockerfile']],
  [
    ['{public_dropin_environments,example_dropin_environments}/**/Dockerfile'],
    ['public_dropin_environments', 'example_dropin_environments']
  ],
  [['{pkg/,}a.py'], ['pkg', 'a.py']],
  [['pkg//legacy/'], ['pkg']],
  [['**/Dockerfile'], undefined],
  [['*.py'], undefined],
  [['docs/**', '**/*.md'], undefined],
  [['test_{a1,d}.py'], ['test_a1.py', 'test_d.py']],
  [['?(a|b)/x.py'], undefined],
  [['./pkg/*.py'], undefined],
  [['{a}/x.py'], undefined]
])('the paths %j can match start with %j', (globs, segments) => {
  const found = firstSegments(globs);
  expect(found && [...found]).toEqual(segments);
});

test.each([
  ['pkg//legacy', 'pkg/legacy', true],
  ['pkg//legacy', 'pkg/legacy/x', false],
  ['tests//**/*.py', 'tests/a/b.py', true],
  ['custom_model_runner//datarobot_drum/*.py', 'custom_model_runner/datarobot_drum/a.py', true],
  ['docs', 'docs', true],
  ['docs', 'docs.md', false]
])('a repeated slash is one, as for minimatch: %s on %s', (glob, path, answer) => {
  expect(new Minimatch(glob, { dot: true, nocomment: true, nonegate: true }).match(path)).toBe(answer);
  expect(compileGlobs([glob])(path)).toBe(answer);
});
