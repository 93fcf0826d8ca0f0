/**
 * One jest run for the whole suite (npm test). Type checking is done by `npm run typecheck`,
 * so ts-jest only transpiles (isolatedModules in test/tsconfig.json) and the suite stays fast on CI's two cores.
 * UI tests opt into jsdom with a `@jest-environment jsdom` docblock.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/bench/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
    // @pnp/* ship ES modules only; jest runs CommonJS, so they are transformed like our own code.
    '^.+/node_modules/@pnp/.+\\.js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }]
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  maxWorkers: 2
};
