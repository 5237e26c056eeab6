// Mutation testing (npm run mutation): the rule kinds, the parsers and the gate's logic against their
// own unit suites (case tables, and the properties beside them), which run in-process; the engine's
// suites too, for its shortcuts (`npx stryker run --mutate src/engine/<file>.ts`). Left out: the
// suites that run the bundle (dist/, which mutants do not touch) and the end-to-end ones (CLI, git
// repositories, default rules over the examples, the 300-case property suite), which would multiply a
// run that already takes about 45 minutes for the kinds alone on 2 cores.
import base from './jest.config.js';

export default {
  ...base,
  testMatch: [
    '**/__tests__/kinds/**/*.test.ts',
    '**/__tests__/parsers/**/*.test.ts',
    '**/__tests__/gate/**/*.test.ts',
    '**/__tests__/engine/**/*.test.ts',
    '**/__tests__/rules/**/*.test.ts',
    '**/__tests__/versions.test.ts'
  ],
  // Stryker runs the suites inside its sandbox, .stryker-tmp/sandbox-…: that folder must not be ignored.
  testPathIgnorePatterns: ['/node_modules/']
};
