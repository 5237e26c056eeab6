import { isValidSpecifier, majorMinor, overlaps, within } from '../src/versions/specifiers.js';

describe('PEP 440 specifier questions', () => {
  test.each([
    ['', '<2', true],
    ['==1.10.2', '<2', true],
    ['>=1.8', '<2', true],
    ['>=2', '<2', false],
    ['==2.*', '<2', false],
    ['~=1.10', '>=2', false],
    ['>=0.90,<0.100', '>=0.100', false],
    ['!=0.100.0', '==0.100.0', false],
    ['>=3.7', '<3.8', true],
    ['>=3.8', '<3.8', false],
    ['>3.7', '<3.8', true],
    ['~=3.7', '<3.8', true],
    ['>=3.8,<4', '<3.8', false]
  ])('%s overlaps %s: %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
  });

  test.each([
    ['==1.10.2', '<2', true],
    ['<2', '<2', true],
    ['>=1.8,<2', '<2', true],
    ['>=1.8', '<2', false],
    ['', '<2', false],
    ['==0.95.0', '>=0.100', false],
    ['~=0.110', '>=0.100', true]
  ])('%s within %s: %s', (declared, spec, expected) => {
    expect(within(declared, spec)).toBe(expected);
  });

  test.each([
    ['>=1.0', true],
    ['', true],
    ['==3.*', true],
    ['=>1', false],
    ['banana', false]
  ])('%j is a valid specifier: %s', (spec, expected) => {
    expect(isValidSpecifier(spec)).toBe(expected);
  });

  test.each([
    ['3.11.11', '3.11'],
    ['3.7', '3.7'],
    ['3', undefined]
  ])('majorMinor(%s) = %s', (v, mm) => {
    expect(majorMinor(v)).toBe(mm);
  });
});
