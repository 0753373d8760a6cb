// The bench's test starts the whole platform and Hive Gateway in its own processes.
module.exports = { ...require('../jest.preset.js')(__dirname), testTimeout: 180_000 };
