/**
 * One jest run for the whole suite (npm test). Type checking is done by `npm run typecheck`,
 * so ts-jest only transpiles (isolatedModules) and the suite stays fast on CI's two cores.
 * UI tests opt into jsdom with a `@jest-environment jsdom` docblock.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/bench/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: true }]
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  maxWorkers: 2
};
