/**
 * One jest run, three tiers told apart by file name:
 *   *.unit.test.ts  beside the code they test (pure rules, no servers)
 *   *.int.test.ts   under tests/ (real Neo4j and Kafka, started once by tests/setup/global-setup.ts)
 *   *.e2e.test.ts   under tests/e2e/ (the web app in headless Chromium, on the same servers)
 */
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];

/**
 * Tests run the workspace packages' TypeScript sources; their package.json `exports` name the
 * compiled dist/ (what `npm run build` makes for plain `node`), so map the names here as tsconfig.json does.
 */
const moduleNameMapper = {
  '^@chainlift/(domain|platform|projector|gateway)$': '<rootDir>/services/$1/src/index.ts',
};

/** @type {import('jest').Config} */
const e2e = {
  // The web app in a real headless Chromium (tests/e2e): its setup installs Chromium when missing,
  // builds web/dist when stale, and reuses the integration platform (or starts it when run alone).
  displayName: 'e2e',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  testEnvironment: 'node',
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
  slowTestThreshold: 60,
};

module.exports = {
  testTimeout: 60_000,
  // Integration files share one platform and the rebuild test empties its graph: run files one at a time.
  maxWorkers: 1,
  // Once the results are printed and the servers stopped, exit. A test that fails half-way can leave a
  // Kafka client mid-rebalance holding the process open; CI once waited on that until its time limit
  // and the verdict never counted. The summary reporter has already printed every failure.
  forceExit: true,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testMatch: [
        '<rootDir>/services/*/src/**/*.unit.test.ts',
        '<rootDir>/{scripts,infra,tests}/**/*.unit.test.ts',
        '<rootDir>/web/src/**/*.unit.test.ts',
      ],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/**/*.int.test.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/setup/global-setup.ts',
      globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
      slowTestThreshold: 30,
    },
    e2e,
  ],
};
