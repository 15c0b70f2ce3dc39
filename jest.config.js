/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // linkedom (the .html reader's DOM) requires packages published as ES modules only; Node runs them
    // (require of ESM), jest on Node 20 does not, so they are compiled to CommonJS for the tests.
    '^.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(css-select|css-what|cssomnom|domutils|boolbase|nth-check|domhandler|domelementtype|entities|dom-serializer|htmlparser2|uhyphen)/)',
  ],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 60000,
  // Suites run one after another against the one test database.
  maxWorkers: 1,
};
