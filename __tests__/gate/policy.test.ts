import { resolveEnforcement, severityFor } from '../../src/gate/policy.js';

describe('resolveEnforcement', () => {
  test.each([
    ['no enforcement: error everywhere', undefined, ['error', 'error', 'error', 'error']],
    ['one value for every stage', 'warning', ['warning', 'warning', 'warning', 'warning']],
    ['stages inherit the previous one', { beta: 'notice', lts: 'new' }, ['notice', 'notice', 'new', 'new']],
    ['stages before the first mentioned are off', { rc: 'error' }, ['off', 'error', 'error', 'error']],
    ['a later stage can relax', { beta: 'error', decommission: 'off' }, ['error', 'error', 'error', 'off']]
  ] as const)('%s', (_name, enforce, expected) => {
    const r = resolveEnforcement(enforce as never);
    expect([r.beta, r.rc, r.lts, r.decommission]).toEqual(expected);
  });
});

describe('severityFor', () => {
  test.each([
    ['off', undefined, undefined],
    ['notice', undefined, 'notice'],
    ['warning', true, 'warning'],
    ['error', false, 'error'],
    ['new', true, 'error'],
    ['new', false, 'warning'],
    ['new', undefined, 'warning']
  ] as const)('%s (new: %s) -> %s', (enforcement, isNew, severity) => {
    expect(severityFor(enforcement, isNew)).toBe(severity);
  });
});
