/**
 * One jest configuration, two projects (npm test runs them one after the other):
 * - unit: everything but test/e2e, on two workers. Type checking is done by `npm run typecheck`, so
 *   ts-jest only transpiles (isolatedModules in test/tsconfig.json) and the suite stays fast on CI's two cores.
 *   UI tests opt into jsdom with a `@jest-environment jsdom` docblock.
 * - e2e: the browser tests (test/e2e). Each file starts a SharePoint, the app service and Chromium,
 *   which between them use both cores, so `npm test` runs this project with --runInBand: one file at a time.
 */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
    // @pnp/*, jose, the Excel libraries and strip-bom (@microsoft/app-manifest's, for the Teams manifest's check) ship ES modules
    // only; jest runs CommonJS, so they are transformed like our own code.
    '^.+/node_modules/(@pnp|jose|read-excel-file|write-excel-file|strip-bom)/.+\\.js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|jose|read-excel-file|write-excel-file|strip-bom|@microsoft/app-manifest/node_modules/strip-bom)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json']
};

module.exports = {
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/node_modules/', '/test/bench/', '/test/e2e/'],
      setupFiles: ['<rootDir>/test/support/install-all-messages.ts']
    },
    {
      ...shared,
      displayName: 'e2e',
      roots: ['<rootDir>/test/e2e'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/e2e/jest-e2e-setup.ts'],
      slowTestThreshold: 60
    }
  ]
};
