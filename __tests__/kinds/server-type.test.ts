// server-type: where DRUM's server type is set, in every form environments set it, and what is not a
// setting (a comment, a read of the variable, another variable).
import { serverTypeSettings } from '../../src/kinds/server-type.js';
import { findingsFor, where } from '../helpers.js';

const RULE = `
id: server-type
phase: 5
title: t
kind: server-type
values: [flask, gunicorn]
message: m.
`;

describe('server-type', () => {
  test.each<[string, string, Array<[string, string, string, number, number]>]>([
    [
      "a Dockerfile ENV with the runtime parameter's JSON",
      `ENV MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE='{"type": "string", "payload": "gunicorn"}'`,
      [['MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE', 'gunicorn', 'payload', 1, 74]]
    ],
    ['ENV key=value', 'ENV DRUM_SERVER_TYPE=gunicorn', [['DRUM_SERVER_TYPE', 'gunicorn', 'plain', 1, 22]]],
    [
      'ENV key value (the old form)',
      'ENV DRUM_SERVER_TYPE gunicorn',
      [['DRUM_SERVER_TYPE', 'gunicorn', 'plain', 1, 22]]
    ],
    ['an ARG default', 'ARG DRUM_SERVER_TYPE=flask', [['DRUM_SERVER_TYPE', 'flask', 'plain', 1, 22]]],
    [
      'a quoted shell export',
      'export DRUM_SERVER_TYPE="flask"',
      [['DRUM_SERVER_TYPE', 'flask', 'plain', 1, 26]]
    ],
    [
      'a variable set for one command',
      'DRUM_SERVER_TYPE=gunicorn drum server --address 0.0.0.0:8080',
      [['DRUM_SERVER_TYPE', 'gunicorn', 'plain', 1, 18]]
    ],
    [
      'a shell default',
      'DRUM_SERVER_TYPE=${DRUM_SERVER_TYPE:-gunicorn}',
      [['DRUM_SERVER_TYPE', 'gunicorn', 'plain', 1, 38]]
    ],
    [
      'escaped JSON in a double-quoted export',
      'export MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE="{\\"type\\": \\"string\\", \\"payload\\": \\"gunicorn\\"}"',
      [['MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE', 'gunicorn', 'payload', 1, 84]]
    ],
    [
      'a continued ENV line',
      `ENV A=1 \\\n    MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE='{"type":"string","payload":"flask"}' \\\n    B=2`,
      [['MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE', 'flask', 'payload', 2, 71]]
    ],
    [
      'a Kubernetes env entry',
      '  env:\n    - name: DRUM_SERVER_TYPE\n      value: "gunicorn"',
      [['DRUM_SERVER_TYPE', 'gunicorn', 'plain', 3, 15]]
    ],
    [
      "model-metadata's runtime parameter default",
      'runtimeParameterDefinitions:\n  - fieldName: DRUM_SERVER_TYPE\n    type: string\n    defaultValue: flask',
      [['DRUM_SERVER_TYPE', 'flask', 'plain', 4, 19]]
    ],
    ['JSON', '{"DRUM_SERVER_TYPE": "fastapi"}', [['DRUM_SERVER_TYPE', 'fastapi', 'plain', 1, 23]]],
    ['a comment is not a setting', '# ENV DRUM_SERVER_TYPE=gunicorn', []],
    ['reading the variable is not setting it', 'if [ "$DRUM_SERVER_TYPE" = "gunicorn" ]; then', []],
    ['another variable', 'ENV MY_DRUM_SERVER_TYPE_NOTE=gunicorn', []]
  ])('%s', (_name, text, expected) => {
    expect(
      serverTypeSettings(text).map((s) => [s.variable, s.value, s.form, s.region.line, s.region.column])
    ).toEqual(expected);
  });

  test('findings for the values the rule names, case-insensitively; fastapi is fine', async () => {
    const findings = await findingsFor(RULE, {
      'env/Dockerfile': `FROM python:3.11\nENV MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE='{"type": "string", "payload": "Gunicorn"}'\n`,
      'env/start.sh': 'export DRUM_SERVER_TYPE=fastapi\nexec drum server\n',
      'env/.env': 'DRUM_SERVER_TYPE=flask\n'
    });
    expect(where(findings)).toEqual([
      ['server-type', 'env/.env', [1, 18, 1, 23]],
      ['server-type', 'env/Dockerfile', [2, 74, 2, 82]]
    ]);
    expect(findings.map((f) => f.detail)).toEqual([
      'Sets `DRUM_SERVER_TYPE` to `flask`.',
      'Sets `MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE` to a runtime parameter whose payload is `Gunicorn`.'
    ]);
  });
});
