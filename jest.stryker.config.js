// Mutation testing (npm run mutation): the gate's pure logic against its own unit tests. Each mutant
// runs those suites in-process (the bundle and action tests run dist/, which mutants do not touch).
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['**/__tests__/gate/**/*.test.ts']
};
