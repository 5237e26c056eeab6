import { findingsFor, where } from '../helpers.js';

const rule = (options: string, files = '["**/*"]') => `
id: pat
phase: 2
title: t
kind: forbidden-pattern
files: ${files}
${options.trim()}
message: m.
`;

const PY = [
  '# Flask comment',
  'x = "Flask string"',
  'app = Flask(__name__)',
  'def setup_otel():',
  '    # Flask inside setup_otel',
  '    return Flask',
  'class Server:',
  '    def run(self):',
  '        return "Flask"',
  ''
].join('\n');

describe('forbidden-pattern', () => {
  test.each([
    [
      'anywhere (default)',
      'pattern: "\\\\bFlask\\\\b"',
      [
        [1, 3, 1, 8],
        [2, 6, 2, 11],
        [3, 7, 3, 12],
        [5, 7, 5, 12],
        [6, 12, 6, 17],
        [9, 17, 9, 22]
      ]
    ],
    [
      'code only',
      'pattern: "\\\\bFlask\\\\b"\nin: code',
      [
        [3, 7, 3, 12],
        [6, 12, 6, 17]
      ]
    ],
    [
      'comments only',
      'pattern: "\\\\bFlask\\\\b"\nin: comments',
      [
        [1, 3, 1, 8],
        [5, 7, 5, 12]
      ]
    ],
    [
      'strings only',
      'pattern: "\\\\bFlask\\\\b"\nin: strings',
      [
        [2, 6, 2, 11],
        [9, 17, 9, 22]
      ]
    ],
    [
      'code and strings',
      'pattern: "\\\\bFlask\\\\b"\nin: [code, strings]',
      [
        [2, 6, 2, 11],
        [3, 7, 3, 12],
        [6, 12, 6, 17],
        [9, 17, 9, 22]
      ]
    ],
    [
      'within a function',
      'pattern: "\\\\bFlask\\\\b"\nwithin: [setup_otel]',
      [
        [5, 7, 5, 12],
        [6, 12, 6, 17]
      ]
    ],
    ['within a qualified method', 'pattern: "\\\\bFlask\\\\b"\nwithin: [Server.run]', [[9, 17, 9, 22]]],
    ['within a class (covers its methods)', 'pattern: "\\\\bFlask\\\\b"\nwithin: [Server]', [[9, 17, 9, 22]]],
    ['a qualified name that does not exist', 'pattern: "\\\\bFlask\\\\b"\nwithin: [Other.run]', []],
    ['a literal', 'literal: "Flask(__name__)"', [[3, 7, 3, 22]]],
    ['ignoring case', 'pattern: "\\\\bflask string\\\\b"\nignoreCase: true', [[2, 6, 2, 18]]],
    ['a match across lines', 'pattern: "run\\\\(self\\\\):\\\\n\\\\s+return"', [[8, 9, 9, 15]]]
  ])('matches %s', async (_name, options, expected) => {
    const findings = await findingsFor(rule(options), { 'a.py': PY });
    expect(where(findings)).toEqual(expected.map((r) => ['pat', 'a.py', r]));
  });

  test('in non-Python files every match is code, and none is a comment or string', async () => {
    const files = { 'README.md': '# Flask\nRun Flask.\n' };
    expect(where(await findingsFor(rule('pattern: Flask\nin: code'), files))).toEqual([
      ['pat', 'README.md', [1, 3, 1, 8]],
      ['pat', 'README.md', [2, 5, 2, 10]]
    ]);
    expect(await findingsFor(rule('pattern: Flask\nin: comments'), files)).toEqual([]);
    expect(await findingsFor(rule('pattern: Flask\nwithin: [f]'), files)).toEqual([]);
  });

  test('only the files the globs select, minus exclude', async () => {
    const findings = await findingsFor(rule('literal: X\nexclude: ["b/**"]', '["a/*.py", "b/*.py"]'), {
      'a/x.py': 'X',
      'a/deep/x.py': 'X',
      'b/x.py': 'X',
      'c.py': 'X'
    });
    expect(findings.map((f) => f.path)).toEqual(['a/x.py']);
  });

  test('says what it found', async () => {
    const [f] = await findingsFor(rule('literal: "Flask(__name__)"'), { 'a.py': PY });
    expect(f!.message).toBe('Found `Flask(__name__)`. m.');
  });

  test('a pattern that can match the empty string terminates', async () => {
    expect(await findingsFor(rule('pattern: "x*"\nin: code'), { 'a.txt': 'abc' })).toHaveLength(4);
  });

  test.each([
    [
      'neither pattern nor literal',
      'ignoreCase: true',
      "test.yml:3:9: rule 'pat': key 'id': give exactly one of `pattern` or `literal`"
    ],
    [
      'both pattern and literal',
      'pattern: a\nliteral: b',
      "test.yml:9:14: rule 'pat': key 'literal': give exactly one of `pattern` or `literal`"
    ],
    [
      'a regex that does not compile',
      'pattern: "(unclosed"',
      "test.yml:8:14: rule 'pat': key 'pattern': is not a valid regular expression: Invalid regular expression: /(unclosed/gm: Unterminated group"
    ],
    [
      'an unknown place',
      'literal: a\nin: docstrings',
      "test.yml:9:9: rule 'pat': key 'in': expected one of anywhere, code, comments, strings"
    ]
  ])('rejects %s with the position and the rule id', async (_name, options, message) => {
    await expect(findingsFor(rule(options), {})).rejects.toThrow(message);
  });
});
