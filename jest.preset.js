// Shared Jest settings: TypeScript sources compiled by SWC (no build step), one throw-away
// PostgreSQL per run (or the server in DATABASE_URL), generous timeouts for real servers.
const path = require('node:path');

const testing = path.join(__dirname, 'packages/platform/src/testing');

/** @param {string} rootDir the package folder */
module.exports = function jestConfig(rootDir) {
  return {
    rootDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } },
      ],
    },
    globalSetup: path.join(testing, 'global-setup.ts'),
    globalTeardown: path.join(testing, 'global-teardown.ts'),
    testTimeout: 60_000,
  };
};
