// `npm run test:stress`: the long suites (faults under load, soak), on `npm start` itself.
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/stress/**/*.stress.test.ts'],
  testTimeout: 60 * 60_000,
  maxWorkers: 1,
};
