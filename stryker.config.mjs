// Mutation testing of the core: `npm run mutate` (scripts/mutate.js runs it folder by folder).
// Not part of `npm test` or CI: it takes tens of minutes on two cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  // Tests are compiled by tsc into out/, as for npm test; Stryker mutates the sources before that build.
  buildCommand: 'npx tsc -p tsconfig.test.json',
  mochaOptions: {
    'no-config': true,
    spec: ['out/test/unit/core/**/*.test.js'],
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: one test runner and one checker at a time.
  concurrency: 1,
  // A busy machine runs tests slower than the dry run measured: only a real hang should time out.
  timeoutMS: 20000,
  // The dry run of the property tests, instrumented, on a loaded machine takes more than the default 5 minutes.
  dryRunTimeoutMinutes: 30,
  incremental: true,
  ignorePatterns: ['out', 'dist', '.vscode-test', 'reports', '*.vsix', 'node_modules', '.stryker-tmp'],
  reporters: ['html', 'json', 'clear-text', 'progress-append-only'],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 85, low: 75, break: null },
  cleanTempDir: true,
};
