// The whole platform starts in each file's beforeAll (three databases migrated and seeded): on a
// busy 2-core machine that alone took over a minute, so these files get a longer timeout.
module.exports = { ...require('../jest.preset.js')(__dirname), testTimeout: 240_000 };
