/** The fast loop: unit tests only, no Neo4j, no browser (`npm run test:unit`). */
const base = require('./jest.config.js');

module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  roots: ['<rootDir>/tests/unit'],
  testMatch: base.testMatch,
  // Unit suites share nothing, so they may use every core (jest's default leaves one idle).
  maxWorkers: '100%',
};
