// The whole platform, a production build of the portal and Chromium start in beforeAll.
module.exports = { ...require('../../jest.preset.js')(__dirname), testTimeout: 240_000 };
