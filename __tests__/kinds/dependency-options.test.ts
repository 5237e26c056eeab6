// The pieces every dependency kind shares: which files may feed a dependency check, how a package
// spec in a rule is read, how a requirement is named in messages, and one report per place.
import { OptionError } from '../../src/kinds/kind.js';
import {
  compilePackageSpec,
  DEPENDENCY_FILES,
  describeRequirement,
  isDependencyInput,
  PACKAGING_FILES,
  uniqueByLocation
} from '../../src/kinds/dependency-options.js';

describe('isDependencyInput', () => {
  test.each([
    ['docker/Dockerfile', true],
    ['requirements-dev.txt', true],
    ['envs/base.in', true],
    ['setup.cfg', true],
    ['tools/lint.TOML', true],
    ['uv.lock', true],
    ['conda/env.yaml', true],
    ['ci.yml', true],
    ['deps.TXT', true],
    ['README.md', false],
    ['app/server.py', false],
    ['notes.txt.bak', false],
    ['lockfile', false],
    ['Makefile', false]
  ])('%s: %s', (path, expected) => {
    expect(isDependencyInput(path)).toBe(expected);
  });
});

describe('compilePackageSpec', () => {
  test('a name with extras and a specifier, normalised per PEP 503', () => {
    expect(compilePackageSpec('Uvicorn[standard]>=0.20', 'packages.0')).toMatchObject({
      name: 'Uvicorn',
      normalized: 'uvicorn',
      extras: ['standard'],
      specifier: '>=0.20'
    });
  });

  test.each([
    ['not a requirement', '>=1.0', "'>=1.0' is not a requirement like `name[extra]>=1.0`"],
    [
      'a URL requirement',
      'pkg @ https://example.com/pkg.whl',
      'is not a requirement like `name[extra]>=1.0`'
    ],
    ['a bad specifier', 'fastapi>=abc', "'fastapi>=abc' has an invalid PEP 440 version specifier"]
  ])('%s is an OptionError at its key', (_name, spec, message) => {
    let error: unknown;
    try {
      compilePackageSpec(spec, 'packages.3');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptionError);
    expect((error as OptionError).key).toBe('packages.3');
    expect((error as OptionError).message).toContain(message);
  });
});

describe('describeRequirement', () => {
  test.each([
    [{ name: 'flask', extras: [], specifier: '==2.2.5' }, '`flask==2.2.5`'],
    [{ name: 'uvicorn', extras: ['standard'], specifier: '' }, '`uvicorn[standard]`'],
    [{ name: 'a', extras: ['x', 'y'], specifier: '<2' }, '`a[x,y]<2`']
  ])('%j reads %s', (requirement, text) => {
    expect(describeRequirement(requirement)).toBe(text);
  });
});

describe('uniqueByLocation', () => {
  const at = (path: string, line: number | undefined, column: number, message: string) => ({
    path,
    message,
    ...(line === undefined ? {} : { region: { line, column } })
  });

  test('keeps the first of each path, line, column and message', () => {
    const items = [
      at('a', 1, 1, 'm'),
      at('a', 1, 1, 'm'),
      at('b', 1, 1, 'm'),
      at('a', 2, 1, 'm'),
      at('a', 1, 2, 'm'),
      at('a', 1, 1, 'n'),
      at('a', undefined, 1, 'm'),
      at('a', undefined, 1, 'm')
    ];
    expect(uniqueByLocation(items)).toEqual([items[0], items[2], items[3], items[4], items[5], items[6]]);
  });
});

test('the dependency files include every packaging file, and requirement files besides', () => {
  expect(DEPENDENCY_FILES).toEqual(expect.arrayContaining([...PACKAGING_FILES]));
  expect(DEPENDENCY_FILES.filter((g) => !(PACKAGING_FILES as readonly string[]).includes(g))).toEqual([
    '**/requirements*.txt',
    '**/requirements*.in',
    '**/*-requirements.txt'
  ]);
});
