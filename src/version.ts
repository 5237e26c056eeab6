// Kept equal to package.json's version by a test (__tests__/version.test.ts).
export const TOOL_NAME = 'migration-gate';
export const TOOL_VERSION = '0.1.0';
