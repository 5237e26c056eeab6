import { MemorySource, findingsFor, loadRules, where } from '../helpers.js';
import { scan } from '../../src/engine/scan.js';

const forbidden = (packages: string, files = '') => `
id: no-flask-stack
phase: 3
title: t
kind: forbidden-dependency
${files}
packages: ${packages}
message: m.
`;

describe('forbidden-dependency', () => {
  test('finds packages in every kind of dependency file, by PEP 503 name, at their lines', async () => {
    const files = {
      'a/requirements.txt': 'Flask==2.2.5\nflask-cors\nrequests\n',
      'b/Dockerfile': 'FROM python:3.11\nRUN pip install --no-cache-dir \\\n    GUNICORN fastapi\n',
      'c/setup.py': 'from setuptools import setup\nsetup(install_requires=["gevent>=22"])\n',
      'd/pyproject.toml': '[project]\ndependencies = ["Werkzeug<3"]\n',
      'e/environment.yml': 'dependencies:\n  - pip:\n    - flask\n',
      'f/notes.txt': 'flask\n'
    };
    expect(where(await findingsFor(forbidden('[flask, gunicorn, gevent, werkzeug]'), files))).toEqual([
      ['no-flask-stack', 'a/requirements.txt', [1, 1, 1, 13]],
      ['no-flask-stack', 'b/Dockerfile', [3, 5, 3, 13]],
      ['no-flask-stack', 'c/setup.py', [2, 25, 2, 37]],
      ['no-flask-stack', 'd/pyproject.toml', [2, 17, 2, 29]],
      ['no-flask-stack', 'e/environment.yml', [3, 7, 3, 12]]
    ]);
  });

  test('follows -r includes and Dockerfile -r files; reports once per line; cycles and missing files are notes', async () => {
    const files = {
      'env/Dockerfile':
        'FROM python:3.11\nCOPY requirements.txt /tmp/\nRUN pip install -r /tmp/requirements.txt -r /tmp/missing.txt\n',
      'env/requirements.txt': '-r base.txt\n-c constraints.txt\nrequests\n',
      'env/base.txt': '-r requirements.txt\nflask\n',
      'env/constraints.txt': 'gunicorn==20\n'
    };
    const rules = loadRules(
      forbidden('[flask, gunicorn]', 'files: ["env/Dockerfile", "env/requirements.txt"]')
    );
    const result = await scan(new MemorySource(files), rules.rules);
    expect(result.findings.get('no-flask-stack')!.map((f) => [f.path, f.region?.line, f.message])).toEqual([
      ['env/base.txt', 2, 'Installs `flask`.']
    ]);
    expect(result.notes.map((n) => [n.path, n.line, n.message])).toEqual([
      [
        'env/Dockerfile',
        3,
        "pip installs /tmp/missing.txt, which is not a file of the build context (assumed to be the Dockerfile's folder); its packages are not checked"
      ],
      ['env/base.txt', 1, 'includes env/requirements.txt, which includes it back (a cycle); followed once']
    ]);
  });

  test('with a version, only declarations that can install such a version count', async () => {
    const files = {
      'r1/requirements.txt': 'pydantic==1.10.13\n',
      'r2/requirements.txt': 'pydantic>=2.5\n',
      'r3/requirements.txt': 'pydantic\n'
    };
    expect((await findingsFor(forbidden('["pydantic<2"]'), files)).map((f) => f.path)).toEqual([
      'r1/requirements.txt',
      'r3/requirements.txt'
    ]);
  });

  test('an invalid package spec names the key', async () => {
    await expect(findingsFor(forbidden('["flask>>2"]'), {})).rejects.toThrow(
      "test.yml:8:16: rule 'no-flask-stack': key 'packages.0': 'flask>>2' has an invalid PEP 440 version specifier"
    );
  });
});

const required = (extra = '') => `
id: fastapi-stack
phase: 5
title: t
kind: required-dependency
files: ["docker/*/Dockerfile"]
packages: [fastapi>=0.100, "uvicorn[standard]", httpx]
message: m.
${extra}
`;

describe('required-dependency', () => {
  test('each selected file must install every package, with its extras and a compatible version', async () => {
    const files = {
      'docker/ok/Dockerfile':
        'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      'docker/ok/requirements.txt': 'fastapi\nuvicorn[standard]>=0.23\nhttpx\n',
      'docker/old/Dockerfile': 'FROM python:3.11\nRUN pip install fastapi==0.95.2 uvicorn httpx\n',
      'docker/none/Dockerfile': 'FROM python:3.11\nRUN pip install flask\n'
    };
    const findings = await findingsFor(required(), files);
    expect(findings.map((f) => [f.path, f.line, f.message])).toEqual([
      [
        'docker/none/Dockerfile',
        undefined,
        'Does not install `fastapi>=0.100`, `uvicorn[standard]`, `httpx`. m.'
      ],
      ['docker/old/Dockerfile', 2, 'Pins `fastapi==0.95.2`, which cannot satisfy `fastapi>=0.100`. m.'],
      ['docker/old/Dockerfile', 2, 'Installs `uvicorn` without the `standard` extra. m.']
    ]);
  });

  test('scope any: one selected file installing them is enough; otherwise one finding on their folder', async () => {
    const rule = required('scope: any')
      .replace('docker/*/Dockerfile', 'examples/**/requirements.txt')
      .replace('[fastapi>=0.100, "uvicorn[standard]", httpx]', '[fastapi]');
    expect(
      await findingsFor(rule, {
        'examples/a/requirements.txt': 'flask\n',
        'examples/b/requirements.txt': 'fastapi\n'
      })
    ).toEqual([]);
    const findings = await findingsFor(rule, {
      'examples/a/requirements.txt': 'flask\n',
      'examples/b/c/requirements.txt': 'gunicorn\n'
    });
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['examples', 'None of the 2 selected files installs `fastapi`. m.']
    ]);
  });

  test('a glob that selects nothing is reported', async () => {
    expect((await findingsFor(required(), {})).map((f) => f.message)).toEqual([
      'No file matches `docker/*/Dockerfile`. m.'
    ]);
  });
});

const conflict = `
id: pydantic-v1-pins
phase: 0
title: t
kind: dependency-conflict
when: fastapi>=0.100
conflicts: ["pydantic<2", "langchain<0.1", "mlflow<2.9", "ray<2.8"]
message: m.
`;

describe('dependency-conflict', () => {
  test('pins entirely inside a conflict range, next to a fastapi that can be >=0.100', async () => {
    const files = {
      'a/requirements.txt': 'fastapi\npydantic==1.10.13\nlangchain==0.0.350\nmlflow>=2.9\nray\n',
      'b/requirements.txt': 'fastapi==0.95.2\npydantic<2\n',
      'c/requirements.txt': 'fastapi>=0.100\npydantic>=1.8\n'
    };
    const findings = await findingsFor(conflict, files);
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ['a/requirements.txt', 2],
      ['a/requirements.txt', 3]
    ]);
    expect(findings[0]!.message).toBe(
      'Pins `pydantic==1.10.13` (inside `pydantic<2`) next to `fastapi` (a/requirements.txt:1). m.'
    );
  });
});

const python = (files = '') => `
id: python-38
phase: 0
title: t
kind: python-version
${files}
min: "3.8"
message: m.
`;

describe('python-version', () => {
  test('every source of a declared Python, at its line; newer ones pass', async () => {
    const files = {
      'a/Dockerfile': 'ARG BASE=python:3.7-slim\nFROM ${BASE}\n',
      'b/Dockerfile': 'FROM rocker/tidyverse:4.2.2\nRUN apt-get install -y python3.6\n',
      'c/setup.py': 'from setuptools import setup\nsetup(python_requires=">=3.6")\n',
      'd/pyproject.toml': '[project]\nrequires-python = ">=3.9"\n',
      'e/.python-version': '3.7.12\n',
      'f/runtime.txt': 'python-3.7.9\n',
      'g/environment.yml': 'dependencies:\n  - python=3.7\n',
      '.github/workflows/test.yml':
        'jobs:\n  t:\n    strategy:\n      matrix:\n        python-version: ["3.7", "3.11", "${{ env.PY }}"]\n'
    };
    const findings = await findingsFor(python(), files);
    expect(findings.map((f) => [f.path, f.line, f.detail])).toEqual([
      ['.github/workflows/test.yml', 5, 'python-version in a workflow: Python 3.7 is below 3.8.'],
      ['a/Dockerfile', 2, 'FROM python:3.7-slim: Python 3.7 is below 3.8.'],
      ['b/Dockerfile', 2, 'installs python3.6: Python 3.6 is below 3.8.'],
      ['c/setup.py', 2, 'python_requires `>=3.6` allows Python below 3.8.'],
      ['e/.python-version', 1, '.python-version: Python 3.7 is below 3.8.'],
      ['f/runtime.txt', 1, 'runtime.txt: Python 3.7 is below 3.8.'],
      ['g/environment.yml', 2, 'conda dependencies: Python 3.7 is below 3.8.']
    ]);
  });

  test('images that are not Python images are never violations, only notes', async () => {
    const files = {
      'r/Dockerfile': 'FROM rocker/tidyverse:4.2.2\n',
      'j/Dockerfile': 'FROM openjdk:11\n',
      'n/Dockerfile': 'FROM nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3\n',
      'u/Dockerfile': 'ARG IMAGE\nFROM ${IMAGE}\n'
    };
    const rules = loadRules(python());
    const result = await scan(new MemorySource(files), rules.rules);
    expect(result.findings.get('python-38')).toEqual([]);
    expect(result.notes.map((n) => `${n.path}:${n.line} ${n.message}`)).toEqual([
      'j/Dockerfile:1 FROM openjdk:11: the image reference says nothing about its Python version',
      'n/Dockerfile:1 FROM nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3: the image reference says nothing about its Python version',
      'r/Dockerfile:1 FROM rocker/tidyverse:4.2.2: the image reference says nothing about its Python version',
      'u/Dockerfile:2 FROM ${IMAGE}: the image depends on a build argument without a default; its Python is unknown'
    ]);
  });

  test.each(['3', '3.8.1', 'three', '3.x'])('min %j is refused: it must be major.minor', async (min) => {
    await expect(findingsFor(python().replace('"3.8"', JSON.stringify(min)), {})).rejects.toThrow(
      `rule 'python-38': key 'min': '${min}' is not a major.minor version like 3.8`
    );
  });

  test('versions compare as numbers, minor by minor, against any minimum', async () => {
    const files = {
      'a/.python-version': '3.10\n',
      'b/.python-version': '2.7\n',
      'c/.python-version': '3.9.1\n',
      'd/.python-version': '4.0\n',
      'e/.python-version': '3.8\n'
    };
    const at = async (min: string) =>
      (await findingsFor(python().replace('"3.8"', `"${min}"`), files)).map((f) => f.detail);
    expect(await at('3.8')).toEqual(['.python-version: Python 2.7 is below 3.8.']);
    expect(await at('3.10')).toEqual([
      '.python-version: Python 2.7 is below 3.10.',
      '.python-version: Python 3.9 is below 3.10.',
      '.python-version: Python 3.8 is below 3.10.'
    ]);
  });

  test('a version without a minor and a specifier that is not PEP 440 are notes at their lines, not findings', async () => {
    const files = {
      'a/Pipfile': '[requires]\npython_version = "3"\n',
      'b/setup.py': 'from setuptools import setup\nsetup(python_requires=">=three")\n'
    };
    const rules = loadRules(python());
    const result = await scan(new MemorySource(files), rules.rules);
    expect(result.findings.get('python-38')).toEqual([]);
    expect(result.notes.map((n) => `${n.path}:${n.line} ${n.message}`)).toEqual([
      'a/Pipfile:2 Pipfile [requires]: Python 3 names no minor version; not checked',
      "b/setup.py:2 python_requires '>=three' is not a PEP 440 specifier; not checked"
    ]);
  });

  test('.python-version holds pyenv names: versions with suffixes count, other names are notes', async () => {
    const files = {
      'a/.python-version': '# pinned\n3.12-dev\n\npypy3.7-7.3.9\nsystem\n',
      'b/runtime.txt': 'python3\n'
    };
    const rules = loadRules(python());
    const result = await scan(new MemorySource(files), rules.rules);
    expect(result.findings.get('python-38')!.map((f) => [f.path, f.region?.line, f.message])).toEqual([
      ['a/.python-version', 4, '.python-version: Python 3.7 is below 3.8.']
    ]);
    expect(result.notes.map((n) => `${n.path}:${n.line} ${n.message}`)).toEqual([
      "a/.python-version:5 .python-version: 'system' says nothing about the Python version",
      "b/runtime.txt:1 runtime.txt: 'python3' says nothing about the Python version"
    ]);
  });

  test('a specifier that allows the minimum and above only is not a finding', async () => {
    const files = {
      'a/setup.py': 'from setuptools import setup\nsetup(python_requires=">=3.8")\n',
      'b/pyproject.toml': '[project]\nrequires-python = ">=3.7, !=3.7.*"\n',
      'c/pyproject.toml': '[project]\nrequires-python = "~=3.7"\n'
    };
    expect((await findingsFor(python(), files)).map((f) => [f.path, f.detail])).toEqual([
      ['c/pyproject.toml', 'requires-python `~=3.7` allows Python below 3.8.']
    ]);
  });
});
