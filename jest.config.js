// ESM Jest, as actions/typescript-action does: @actions/* 3.x are ESM-only.
// Type checking is `npm run typecheck`'s job; ts-jest only transpiles (isolatedModules) to stay fast.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        tsconfig: { isolatedModules: true, module: 'NodeNext', moduleResolution: 'NodeNext' },
        diagnostics: false
      }
    ]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.stryker-tmp/'],
  testTimeout: 30000
};
