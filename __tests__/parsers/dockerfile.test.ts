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
    ['pythonista/tools:3.4', undefined],
    ['localhost:5000/python:3.10', '3.10'],
    ['localhost:5000/tools', undefined],
    ['pypy:3.9-slim', '3.9'],
    ['python:3.8@sha256:abc', '3.8'],
    ['  my_python:3.6  ', '3.6'],
    ['Team/PYTHON-base:3.12', '3.12'],
    ['base:cuda12.py3.10.runtime', '3.10'],
    ['base:happy3.10', undefined],
    ['base:py3.100', undefined]
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
    // python3-pip brings the distribution's python3 in: recorded without a version.
    expect(info.pythonInstalls.map((p) => [p.version, p.region.line, p.stage])).toEqual([
      ['3.7', 2, 0],
      ['3.7', 2, 0],
      [undefined, 2, 0],
      ['3.9', 4, 1]
    ]);
    expect(info.requirements.map((r) => r.normalized)).toEqual(['flask']);
  });

  const requirementsOf = (...lines: string[]) =>
    parseDockerfile(['FROM python:3.11', ...lines].join('\n')).requirements.map(
      (r) => `${r.normalized}${r.specifier}`
    );

  test.each([
    ...[
      '-i',
      '--index-url',
      '--extra-index-url',
      '-f',
      '--find-links',
      '-t',
      '--target',
      '--prefix',
      '--root',
      '--trusted-host',
      '--platform',
      '--python-version',
      '--implementation',
      '--abi',
      '--src',
      '--progress-bar',
      '--upgrade-strategy',
      '--cache-dir',
      '--log',
      '--timeout',
      '--retries',
      '--python',
      '-p',
      '-c',
      '--constraint',
      '-e',
      '--editable'
    ].map((option) => [option])
  ])('the value after pip option %s is not a package', (option) => {
    // `value9` would read as a package name if the option's value were not skipped.
    expect(requirementsOf(`RUN pip install ${option} value9 flask`)).toEqual(['flask']);
  });

  test('options without a value, local paths, URLs and unknown variables are not packages', () => {
    expect(
      requirementsOf(
        'RUN pip install --no-cache-dir -U --user ./pkg /wheels/x.whl ${MISSING} $ALSO_MISSING gunicorn'
      )
    ).toEqual(['gunicorn']);
  });

  test('ARG and ENV values are substituted into package specs, per stage', () => {
    expect(
      requirementsOf(
        'ARG FLASK_VERSION=2.2.5',
        'ENV GUNICORN=gunicorn PIN="==21.2"',
        'ENV EXTRA uvicorn',
        'RUN pip install flask==${FLASK_VERSION} $GUNICORN$PIN ${EXTRA}',
        'FROM python:3.12',
        'RUN pip install flask==${FLASK_VERSION} $GUNICORN'
      )
    ).toEqual(['flask==2.2.5', 'gunicorn==21.2', 'uvicorn']);
  });

  test('a global ARG reaches a stage only when the stage declares it; a stage ARG sets its own value', () => {
    const info = parseDockerfile(
      [
        'ARG V=1.0',
        'ARG IMAGE=python:3.9',
        'FROM ${IMAGE}',
        'ARG V',
        'RUN pip install a==$V',
        'FROM ${IMAGE}',
        'ARG V=2.0',
        'RUN pip install b==$V',
        'FROM ${IMAGE}',
        'RUN pip install c==$V'
      ].join('\n')
    );
    expect(info.requirements.map((r) => `${r.normalized}${r.specifier}`)).toEqual(['a==1.0', 'b==2.0']);
    expect(info.stages.map((s) => s.image)).toEqual(['python:3.9', 'python:3.9', 'python:3.9']);
  });

  test('commands split at ;, &&, || and |, glued to a word or not', () => {
    expect(
      requirementsOf(
        'RUN pip install a; pip install b&& pip install c || pip install d | tee log',
        'RUN pipx install f && pip download g && pip3 install h && /usr/local/bin/pip3.11 install i'
      )
    ).toEqual(['a', 'b', 'c', 'd', 'h', 'i']);
  });

  test('conda, mamba and micromamba installs: channel and environment options are not packages', () => {
    const info = parseDockerfile(
      [
        'FROM continuumio/miniconda3',
        'RUN conda install -y -c conda-forge -n base flask "numpy>=1.2" python=3.10.*',
        'RUN mamba install --channel defaults --name env gevent python==3.9.7 && /opt/conda/bin/micromamba install --file env.txt python'
      ].join('\n')
    );
    expect(info.requirements.map((r) => [r.normalized, r.region.line])).toEqual([
      ['flask', 2],
      ['numpy', 2],
      ['gevent', 3]
    ]);
    expect(info.pythonInstalls.map((p) => [p.version, p.region.line, p.region.column])).toEqual([
      ['3.10', 2, 64],
      ['3.9.7', 3, 56]
    ]);
  });

  test('system packages name a Python as python3.X or, on RHEL and UBI, python3X', () => {
    const info = parseDockerfile(
      [
        'FROM registry.access.redhat.com/ubi8/ubi-minimal',
        'RUN microdnf install -y python39 python39-pip python3-devel && dnf install python3.11-devel',
        'RUN apk add python3 py3-pip && yum install -y python312 && apt install python3.8-venv',
        'RUN echo install python3.7'
      ].join('\n')
    );
    expect(info.pythonInstalls.map((p) => [p.version, p.region.line])).toEqual([
      ['3.9', 2],
      ['3.9', 2],
      [undefined, 2],
      ['3.11', 2],
      [undefined, 3],
      ['3.12', 3],
      ['3.8', 3]
    ]);
  });

  test('a standalone ; separates commands; other instructions install nothing', () => {
    expect(
      requirementsOf(
        'RUN pip install a ; pip install b',
        'CMD pip install c',
        'ENTRYPOINT ["pip", "install", "d"]',
        'RUN condax install e && apt-get reinstall python3.8 && pip installx f'
      )
    ).toEqual(['a', 'b']);
  });

  test('requirements keep the exact region of their token', () => {
    const info = parseDockerfile('FROM python:3.11\nRUN pip install \\\n    flask==2.2.5');
    expect(info.requirements.map((r) => r.region)).toEqual([
      { line: 3, column: 5, endLine: 3, endColumn: 17 }
    ]);
  });

  test('destinations: several sources make a directory, one source without a slash a file', () => {
    const info = parseDockerfile(
      [
        'FROM python:3.11',
        'COPY a.txt b.txt /multi',
        'COPY ./one.txt /single',
        'COPY ./reqs/ /r/',
        'WORKDIR /w/x',
        'COPY up.txt ..',
        'RUN pip install -r /multi/b.txt -r /single -r /r/base.txt -r /w/up.txt'
      ].join('\n')
    );
    expect(info.requirementFiles.map((f) => [f.containerPath, f.contextPath])).toEqual([
      ['/multi/b.txt', 'b.txt'],
      ['/single', 'one.txt'],
      ['/r/base.txt', 'reqs/base.txt'],
      ['/w/up.txt', 'up.txt']
    ]);
  });

  test('python3.X only as a whole package name', () => {
    const info = parseDockerfile(
      'FROM debian:12\nRUN apt-get install -y libpython3.9-dev python3.10x python3.11-venv'
    );
    expect(info.pythonInstalls.map((p) => p.version)).toEqual(['3.11']);
  });

  test('COPY --from and ADD: only copies from the build context map -r files back', () => {
    const info = parseDockerfile(
      [
        'FROM python:3.11 AS Build',
        'COPY --from=build /src/req.txt /tmp/req.txt',
        'ADD a.txt b.txt /reqs/',
        'COPY --chown=app "./c.txt" /c.txt',
        'RUN pip install -r /tmp/req.txt -r /reqs/a.txt -r /reqs/b.txt -r/c.txt',
        'FROM build'
      ].join('\n')
    );
    expect(info.requirementFiles).toEqual([
      { containerPath: '/tmp/req.txt', line: 5 },
      { containerPath: '/reqs/a.txt', contextPath: 'a.txt', line: 5 },
      { containerPath: '/reqs/b.txt', contextPath: 'b.txt', line: 5 },
      { containerPath: '/c.txt', contextPath: 'c.txt', line: 5 }
    ]);
    // Stage names compare case-insensitively, as Docker does.
    expect(info.stages.map((s) => [s.alias, s.fromStage])).toEqual([
      ['Build', false],
      [undefined, true]
    ]);
  });

  test('WORKDIR is resolved against the previous one and may use variables', () => {
    const info = parseDockerfile(
      [
        'FROM python:3.11',
        'ARG APP=/srv/app',
        'WORKDIR $APP',
        'WORKDIR reqs',
        'COPY requirements.txt .',
        'RUN pip install --requirement requirements.txt'
      ].join('\n')
    );
    expect(info.requirementFiles).toEqual([
      { containerPath: '/srv/app/reqs/requirements.txt', contextPath: 'requirements.txt', line: 6 }
    ]);
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
    'RUN \\\n\\\n',
    'RUN pip',
    'RUN conda',
    'RUN apt-get',
    'RUN && &&',
    'FROM x AS',
    'COPY a'
  ])('survives %j', (text) => {
    expect(() => parseDockerfile(text)).not.toThrow();
  });
});

describe('RUN lines read as the shell reads them', () => {
  const requirementsOf = (text: string) =>
    parseDockerfile(text).requirements.map((r) => [r.name, r.specifier, r.region.line, r.region.column]);

  test('a script given to sh -c or bash -lc: its pip install and -r file, without the closing quote', () => {
    const info = parseDockerfile(
      [
        'FROM python:3.11',
        'COPY requirements.txt /app/requirements.txt',
        'WORKDIR /app',
        'RUN sh -c "pip install --upgrade pip && pip install -r requirements.txt"',
        "RUN bash -lc 'pip install flask==2.3.3 \\",
        "    gunicorn'",
        ''
      ].join('\n')
    );
    expect(info.requirementFiles).toEqual([
      { containerPath: '/app/requirements.txt', contextPath: 'requirements.txt', line: 4 }
    ]);
    expect(info.requirements.map((r) => [r.name, r.specifier, r.region.line, r.region.column])).toEqual([
      ['pip', '', 4, 34],
      ['flask', '==2.3.3', 5, 27],
      ['gunicorn', '', 6, 5]
    ]);
  });

  test('quoted specifiers with spaces, escaped quotes, and the exec form', () => {
    expect(requirementsOf('FROM python:3.11\nRUN pip install "flask >= 2.0" \\"uvicorn\\"\n')).toEqual([
      ['flask', '>=2.0', 2, 17],
      ['uvicorn', '', 2, 32]
    ]);
    expect(
      requirementsOf('FROM python:3.11\nRUN ["sh", "-c", "pip install gevent && echo done"]\n').map(
        (r) => r[0]
      )
    ).toEqual(['gevent']);
    expect(requirementsOf('FROM python:3.11\nRUN ["pip", "install", "werkzeug"]\n').map((r) => r[0])).toEqual(
      ['werkzeug']
    );
  });

  test('words inside single quotes are one word; operators glued to words still separate commands', () => {
    expect(
      requirementsOf("FROM python:3.11\nRUN echo 'pip install flask'&&pip install httpx\n").map((r) => r[0])
    ).toEqual(['httpx']);
  });
});

describe('a stage built on an earlier stage inherits its WORKDIR, ENV and copies', () => {
  test('-r resolved against the WORKDIR and COPY of the stage it is built on', () => {
    const info = parseDockerfile(
      [
        'FROM python:3.11 AS builder',
        'ENV REQS=requirements-dev.txt',
        'WORKDIR /opt/app',
        'COPY requirements-dev.txt .',
        'FROM builder AS development',
        'RUN pip install -r $REQS',
        ''
      ].join('\n')
    );
    expect(info.requirementFiles).toEqual([
      { containerPath: '/opt/app/requirements-dev.txt', contextPath: 'requirements-dev.txt', line: 6 }
    ]);
  });

  test('a stage from an image starts afresh', () => {
    const info = parseDockerfile(
      [
        'FROM python:3.11 AS builder',
        'WORKDIR /opt/app',
        'FROM python:3.11-slim',
        'RUN pip install -r r.txt',
        ''
      ].join('\n')
    );
    expect(info.requirementFiles).toEqual([{ containerPath: '/r.txt', line: 4 }]);
  });
});

describe('ARG substitution', () => {
  const vars = new Map([
    ['AB', 'x'],
    ['EMPTY', '']
  ]);
  test.each<[string, string | undefined]>([
    ['$AB-${AB}', 'x-x'],
    ['${AB:-d}${NONE:-d}${NONE-e}${EMPTY:-f}', 'xdef'],
    ['${EMPTY-e}|${AB-e}', '|x'],
    ['pip install ${AB:+--pre} ${NONE:+--pre} ${EMPTY:+--pre}.', 'pip install --pre  .'],
    ['${AB+w}|${EMPTY+w}|${NONE+w}', 'w|w|'],
    ['${NONE:-}', ''],
    ['pre${AB}post $AB.', 'prexpost x.'],
    ['$NONE', undefined],
    ['${NONE}', undefined],
    ['${AB', '${AB'],
    ['${AB} $NONE', undefined],
    ['${AB} $AB', 'x x'],
    ['no variables', 'no variables'],
    ['$', '$']
  ])('%j -> %j', (text, expected) => {
    expect(substitute(text, vars)).toBe(expected);
  });

  // The single regex it replaced, as the oracle: the same text, in linear time.
  const oracle = (text: string, vars: ReadonlyMap<string, string>): string | undefined => {
    let unknown = false;
    const out = text.replace(
      /\$\{(\w+)(?:(:?)([-+])([^}]*))?\}|\$(\w+)/g,
      (_m, braced, colon, operator, word, bare) => {
        const value = vars.get(braced ?? bare);
        const set = colon ? value !== undefined && value !== '' : value !== undefined;
        if (operator === '+') return set ? word : '';
        if (operator === '-') return set ? value : word;
        if (value !== undefined && value !== '') return value;
        unknown = true;
        return '';
      }
    );
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
