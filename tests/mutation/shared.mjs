/**
 * Settings both mutation-testing passes share (StrykerJS, issue 18). Run with `npm run test:mutation`;
 * reports go to tests/mutation/reports/ (ignored by git). Incremental: a second run re-tests only
 * mutants whose code or covering tests changed since the last.
 */
export const shared = (pass) => ({
  packageManager: "npm",
  // Stryker's vitest runner, with static mutants switched on before modules load (see the file).
  testRunner: "vitest-static-activation",
  appendPlugins: ["./tests/mutation/vitest-static-activation.mjs"],
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  // Each test file's mutants switched on only for the tests that reach them.
  coverageAnalysis: "perTest",
  // The machine is shared: one checker and one test runner.
  concurrency: 2,
  incremental: true,
  incrementalFile: `tests/mutation/reports/${pass}-incremental.json`,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: `tests/mutation/reports/${pass}.html` },
  jsonReporter: { fileName: `tests/mutation/reports/${pass}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  tempDirName: "tests/mutation/.stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 95, low: 85, break: null },
});
