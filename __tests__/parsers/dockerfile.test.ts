import fc from 'fast-check';
import { parseDockerfile, substitute } from '../../src/parsers/dockerfile.js';
import { pythonVersionOfImage } from '../../src/parsers/python-image.js';

describe('pythonVersionOfImage', () => {
  test.each([
    ['python:3.11-slim', '3.11'],
    ['python:3.7', '3.7'],
    ['docker.io/library/python:3.9.18-bookworm', '3.9'],
    ['cgr.dev/datarobot.com/python-fips:3.12-dev', '3.12'],
    ['datarobot/dropin-env-base:debian10-py3.7-jre11.0.16-drum1.10.14-mlops9.2.8', '3.7'],
    ['datarobot/env:1.0.0-python-3.11.11-slim', '3.11'],
    ['registry.example.invalid/base:py311-cuda12', '3.11'],
    ['python@sha256:abc', undefined],
    ['python:latest', undefined],
    ['python:3', undefined],
    ['datarobot/dropin-env-base:py3-latest', undefined],
    ['rocker/tidyverse:4.2.2', undefined],
    ['node:22', undefined],
    ['openjdk:11', undefined],
    ['ubuntu:24.04', undefined],
    ['nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3', undefined],
    ['r-base:4.2', undefined],
    ['pythonista/tools:3.4', undefined]
  ])('%s -> %s', (image, version) => {
    expect(pythonVersionOfImage(image)).toBe(version);
  });
});

describe('parseDockerfile', () => {
  test('chainguard-style multi-stage with ARG defaults in FROM', () => {
    const info = parseDockerfile(
      [
        'ARG BASE_ROOT_IMAGE=cgr.dev/datarobot.com/python-fips:3.11-dev',
        'ARG RUNTIME_IMAGE',
        'FROM ${BASE_ROOT_IMAGE} AS build',
        'RUN pip install --no-cache-dir -U pip',
        'FROM --platform=linux/amd64 ${RUNTIME_IMAGE:-cgr.dev/datarobot.com/python-fips:3.11} AS runtime',
        'FROM build',
        'FROM ${UNKNOWN_IMAGE}'
      ].join('\n')
    );
    expect(info.stages.map((s) => [s.image, s.alias, s.fromStage, s.region.line])).toEqual([
      ['cgr.dev/datarobot.com/python-fips:3.11-dev', 'build', false, 3],
      ['cgr.dev/datarobot.com/python-fips:3.11', 'runtime', false, 5],
      ['build', undefined, true, 6],
      [undefined, undefined, false, 7]
    ]);
  });

  test('pip installs in RUN with continuations, && chains, quotes and options, at their lines', () => {
    const info = parseDockerfile(
      [
        'FROM python:3.9-slim',
        'RUN apt-get update && apt-get install -y gcc && \\',
        '    pip install --no-cache-dir -i https://pypi.example.invalid/simple \\',
        '      flask==2.2.5 "uvicorn[standard]>=0.23" \\',
        '      gunicorn; python3 -m pip install httpx \\',
        '    && uv pip install --system fastapi',
        'RUN /opt/venv/bin/pip3.9 install -e ./local gevent'
      ].join('\n')
    );
    expect(
      info.requirements.map((r) => [r.normalized, r.specifier, r.extras, r.region.line, r.region.column])
    ).toEqual([
      ['flask', '==2.2.5', [], 4, 7],
      ['uvicorn', '>=0.23', ['standard'], 4, 20],
      ['gunicorn', '', [], 5, 7],
      ['httpx', '', [], 5, 40],
      ['fastapi', '', [], 6, 32],
      ['gevent', '', [], 7, 45]
    ]);
  });

  test('-r files are mapped back through COPY and WORKDIR to the build context', () => {
    const info = parseDockerfile(
      [
        'FROM python:3.11',
        'COPY requirements.txt /tmp/requirements.txt',
        'COPY deps/ /opt/deps/',
        'WORKDIR /app',
        'COPY extra.txt ./',
        'RUN pip install -r /tmp/requirements.txt -r /opt/deps/base.txt --requirement=extra.txt -r /nowhere.txt'
      ].join('\n')
    );
    expect(info.requirementFiles).toEqual([
      { containerPath: '/tmp/requirements.txt', contextPath: 'requirements.txt', line: 6 },
      { containerPath: '/opt/deps/base.txt', contextPath: 'deps/base.txt', line: 6 },
      { containerPath: '/app/extra.txt', contextPath: 'extra.txt', line: 6 },
      { containerPath: '/nowhere.txt', line: 6 }
    ]);
  });

  test('Python installed by the system package manager or conda, in an R or Java base image', () => {
    const info = parseDockerfile(
      [
        'FROM rocker/tidyverse:4.2.2',
        'RUN apt-get install -y --no-install-recommends python3.7 python3.7-venv python3-pip',
        'FROM openjdk:11',
        'RUN conda install -y python=3.9 flask'
      ].join('\n')
    );
    expect(info.pythonInstalls.map((p) => [p.version, p.region.line])).toEqual([
      ['3.7', 2],
      ['3.7', 2],
      ['3.9', 4]
    ]);
    expect(info.requirements.map((r) => r.normalized)).toEqual(['flask']);
  });

  test.each([
    '',
    'FROM',
    'RUN pip install',
    'RUN pip install -r',
    'ARG',
    'FROM ${',
    '\0\0\0',
    'COPY',
    'ENV A',
    'RUN \\\n\\\n'
  ])('survives %j', (text) => {
    expect(() => parseDockerfile(text)).not.toThrow();
  });
});

describe('ARG substitution', () => {
  // The single regex it replaced, as the oracle: the same text, in linear time.
  const oracle = (text: string, vars: ReadonlyMap<string, string>): string | undefined => {
    let unknown = false;
    const out = text.replace(/\$\{(\w+)(?::?[-+]([^}]*))?\}|\$(\w+)/g, (_m, braced, fallback, bare) => {
      const value = vars.get(braced ?? bare);
      if (value !== undefined && value !== '') return value;
      if (fallback !== undefined) return fallback;
      unknown = true;
      return '';
    });
    return unknown ? undefined : out;
  };

  test('property: the same text as the one-regex substitution', () => {
    const piece = fc.constantFrom(
      '$',
      '{',
      '}',
      ':',
      '-',
      '+',
      'A',
      'B',
      'x',
      '3.7',
      ' ',
      '${A}',
      '${B:-',
      '$A'
    );
    const vars = fc.constantFrom(
      new Map<string, string>(),
      new Map([['A', 'python:3.7']]),
      new Map([
        ['A', ''],
        ['B', 'b']
      ])
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), vars, (parts, known) => {
        const text = parts.join('');
        expect(substitute(text, known)).toBe(oracle(text, known));
      }),
      { numRuns: 3000 }
    );
  });

  test('an ARG line of 50,000 unclosed defaults is substituted in one pass (and left as written)', () => {
    const text = `\${A${':-${B'.repeat(50_000)}`;
    const out = substitute(text, new Map([['B', 'b']]));
    expect(out === text).toBe(true);
  });
});
