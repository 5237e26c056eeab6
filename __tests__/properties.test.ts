// Property-based tests (fast-check): arbitrary input never throws past a parser's own error type.
// Inputs are raw unicode strings and "token soups" made of each format's syntax, which reach deeper
// into the parsers than random characters do.
import fc from 'fast-check';
import { ConfigError } from '../src/errors.js';
import { addedLines, parseGitDiff } from '../src/gate/changes.js';
import { parseBaseline } from '../src/gate/baseline.js';
import { findSuppressions } from '../src/gate/suppressions.js';
import { parseDockerfile } from '../src/parsers/dockerfile.js';
import { commandWords, shellWords } from '../src/parsers/shell-words.js';
import { parseRequirement } from '../src/parsers/pep508.js';
import { pythonVersionOfImage } from '../src/parsers/python-image.js';
import {
  parseCondaEnvironment,
  parsePipfile,
  parsePyproject,
  parseSetupCfg,
  parseSetupPy,
  parseUvLock,
  poetryToPep440
} from '../src/parsers/python-metadata.js';
import { parsePython } from '../src/parsers/python.js';
import { parseRequirementsFile } from '../src/parsers/requirements.js';
import { extractRoutes } from '../src/parsers/routes.js';
import { parseRuleSet } from '../src/rules/parse.js';
import { overlaps, within } from '../src/versions/specifiers.js';
import { NotAnArchive, readTarball } from '../src/sources/tarball.js';
import { folderEntries, makeTarball } from './tarballs.js';

const RUNS = { numRuns: 300 };

const soup = (...tokens: string[]) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc
      .array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 4 })), { maxLength: 60 })
      .map((parts) => parts.join(''))
  );

const COMMON = [
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\\\n',
  '#',
  '"',
  "'",
  '\0',
  '\uFEFF',
  '=',
  '[',
  ']',
  '{',
  '}',
  '(',
  ')',
  ',',
  ':',
  ';'
];
const REQUIREMENTS = soup(
  ...COMMON,
  'flask',
  'Flask_Cors',
  '==2.0',
  '>=1',
  '<2',
  '~=3.8',
  '[standard]',
  '; python_version < "3.9"',
  '-r ',
  '-c ',
  '-e ',
  '--hash=sha256:',
  'git+https://x/y.git#egg=z',
  ' @ https://x',
  '--index-url '
);
const TOML = soup(
  ...COMMON,
  '[project]',
  '[tool.poetry.dependencies]',
  '[packages]',
  '[[package]]',
  '[requires]',
  'dependencies = [',
  'name = ',
  'version = ',
  'python = "^3.7"',
  'requires-python = ">=3.8"',
  '"flask>=2"',
  'extras = ["a"]',
  'true',
  '1.5'
);
const DOCKER = soup(
  ...COMMON,
  'FROM ',
  'ARG ',
  'ENV ',
  'RUN ',
  'COPY ',
  'WORKDIR ',
  ' AS ',
  'python:3.7',
  '${BASE}',
  '$X',
  'pip install ',
  'python -m pip install ',
  'uv pip install ',
  'conda install ',
  'apt-get install python3.9',
  '-r ',
  '/tmp/r.txt',
  '&&',
  '--no-cache-dir'
);
const PYTHON = soup(
  ...COMMON,
  'import ',
  'from ',
  'flask',
  ' as ',
  '.',
  '"""',
  "'''",
  'def ',
  'class ',
  '@app.route(',
  '@router.get(',
  '"/ping/"',
  'methods=["GET"]',
  'strict_slashes=False',
  'setup(',
  'install_requires=[',
  'python_requires=',
  'f"{x}"',
  'add_url_rule(',
  'APIRouter(prefix=',
  '    '
);
const DIFF = soup(
  ...COMMON,
  'diff --git a/x b/x\n',
  '--- a/x\n',
  '+++ b/x\n',
  '+++ /dev/null\n',
  '@@ -1,2 +3,4 @@\n',
  '@@ -0,0 +1 @@',
  '+line\n',
  '-line\n',
  ' ctx\n',
  'new file mode 100644\n',
  'rename from a\n',
  'rename to b\n',
  'Binary files a/x and b/x differ\n',
  '\\ No newline at end of file\n'
);
const YAML_TOKENS = soup(
  ...COMMON,
  'name: n\n',
  'rules:\n',
  '  - id: a\n',
  '    kind: forbidden-pattern\n',
  '    pattern: "(a+)+"\n',
  '    phase: 7\n',
  '    files: ["/abs"]\n',
  '&a [1]',
  '*a',
  '- ',
  ': ',
  '!!binary',
  '|\n',
  '>-\n',
  '? ',
  '%YAML 1.2\n',
  '---\n'
);

const neverThrows = (parse: (s: string) => unknown) => (s: string) => {
  expect(() => parse(s)).not.toThrow();
};

describe('parsers survive arbitrary input', () => {
  test('requirements files and PEP 508', () => {
    fc.assert(fc.property(REQUIREMENTS, neverThrows(parseRequirementsFile)), RUNS);
    fc.assert(fc.property(REQUIREMENTS, neverThrows(parseRequirement)), RUNS);
  });

  test('pyproject, Pipfile, uv.lock, Poetry constraints', () => {
    for (const parse of [parsePyproject, parsePipfile, parseUvLock, poetryToPep440])
      fc.assert(fc.property(TOML, neverThrows(parse)), RUNS);
  });

  test('setup.cfg and conda environments', () => {
    fc.assert(fc.property(REQUIREMENTS, neverThrows(parseSetupCfg)), RUNS);
    fc.assert(fc.property(YAML_TOKENS, neverThrows(parseCondaEnvironment)), RUNS);
  });

  test('Dockerfiles and image references', () => {
    fc.assert(fc.property(DOCKER, neverThrows(parseDockerfile)), RUNS);
    fc.assert(fc.property(DOCKER, neverThrows(pythonVersionOfImage)), RUNS);
  });

  test('diff hunks, suppressions', () => {
    fc.assert(fc.property(DIFF, neverThrows(parseGitDiff)), RUNS);
    fc.assert(fc.property(DIFF, neverThrows(addedLines)), RUNS);
    fc.assert(
      fc.property(PYTHON, (s) =>
        expect(() => findSuppressions('f.py', `# migration-gate: ${s}`)).not.toThrow()
      ),
      RUNS
    );
  });

  test('PEP 440 questions on arbitrary specifiers', () => {
    const spec = soup(
      '>=',
      '<',
      '==',
      '!=',
      '~=',
      '===',
      '*',
      '.',
      '1',
      '2',
      '0',
      'a1',
      'post1',
      'dev0',
      '+local',
      ',',
      ' '
    );
    fc.assert(
      fc.property(spec, spec, (a, b) => expect(() => [overlaps(a, b), within(a, b)]).not.toThrow()),
      RUNS
    );
  });

  test('rule files and baselines fail only with a ConfigError', () => {
    const onlyConfigErrors = (parse: (s: string) => unknown) => (s: string) => {
      try {
        parse(s);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).position?.line ?? 1).toBeGreaterThanOrEqual(1);
      }
    };
    fc.assert(
      fc.property(
        YAML_TOKENS,
        onlyConfigErrors((s) => parseRuleSet(s, 'r.yml'))
      ),
      RUNS
    );
    fc.assert(
      fc.property(
        soup(
          '{',
          '}',
          '"version": 1',
          '"entries": [',
          ']',
          '{"rule":"a","path":"b","count":1}',
          '-1',
          'null'
        ),
        onlyConfigErrors((s) => parseBaseline(s, 'b.json'))
      ),
      RUNS
    );
  });

  test('Python, setup.py and routes (tree-sitter) on arbitrary source', async () => {
    await fc.assert(
      fc.asyncProperty(PYTHON, async (s) => {
        await expect(parsePython(s)).resolves.toHaveProperty('imports');
        await expect(parseSetupPy(s)).resolves.toHaveProperty('requirements');
        await expect(extractRoutes(s, 'flask')).resolves.toBeInstanceOf(Array);
        await expect(extractRoutes(s, 'fastapi')).resolves.toBeInstanceOf(Array);
      }),
      { numRuns: 150 }
    );
  });
});

test('repository archives cut anywhere or with bytes changed are read as far as they go, or are not archives', async () => {
  const archive = await makeTarball(folderEntries('__tests__/fixtures/tiny', 'o-r-0123abc'));
  await fc.assert(
    fc.asyncProperty(
      fc.nat({ max: archive.length }),
      fc.array(fc.tuple(fc.nat({ max: archive.length - 1 }), fc.integer({ min: 0, max: 255 })), {
        maxLength: 4
      }),
      async (cut, changes) => {
        const damaged = Buffer.from(archive.subarray(0, cut));
        for (const [at, value] of changes) if (at < damaged.length) damaged[at] = value;
        // Nothing read at all: not an archive (the audit says "not audited"), never another error.
        const source = await readTarball('o/r', damaged).catch((error: unknown) => {
          expect(error).toBeInstanceOf(NotAnArchive);
          return undefined;
        });
        if (source) expect((await source.list()).files.length).toBeLessThanOrEqual(4);
      }
    ),
    { numRuns: 200 }
  );
});

describe('shell words (RUN lines)', () => {
  const WORDS = fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), { maxLength: 8 });
  const singleQuoted = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;
  const doubleQuoted = (w: string) => `"${w.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;

  test.each([
    ['single quotes', singleQuoted],
    ['double quotes', doubleQuoted]
  ])('words quoted with %s come back as they were', (_name, quote) => {
    fc.assert(
      fc.property(WORDS, (words) => {
        expect(shellWords(words.map(quote).join(' ')).map((w) => w.value)).toEqual(words);
      }),
      RUNS
    );
  });

  test('a script inside sh -c is split again, each word at the offsets its characters came from', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9=._-]{1,8}$/), { minLength: 1, maxLength: 6 }),
        (words) => {
          const line = `sh -c ${doubleQuoted(words.join(' '))}`;
          const split = commandWords(line);
          expect(split.map((w) => w.value)).toEqual(['sh', '-c', ...words]);
          for (const w of split) expect(line.slice(w.start, w.end)).toContain(w.value);
        }
      ),
      RUNS
    );
  });

  test('never throws, and every character keeps an offset inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        for (const w of commandWords(text)) {
          expect(w.offsets).toHaveLength(w.value.length);
          for (const o of w.offsets) expect(o >= 0 && o < Math.max(text.length, 1)).toBe(true);
        }
      }),
      RUNS
    );
  });
});
