/**
 * Settings both mutation-testing passes share (StrykerJS, issue 18). Run with `npm run test:mutation`;
 * reports go to tests/mutation/reports/ (ignored by git).
 *
 * Incremental, from a baseline kept in git (tests/mutation/baseline/<pass>.json): a full pass takes
 * hours on a 2-core machine, so a run re-tests only the mutants whose code or covering tests changed
 * since the baseline and reuses the rest; each run writes the baseline back, to be committed with the
 * change it measured. An interrupted run (Ctrl-C, the end of a session) saves what it tested so far,
 * and the next run carries on from there.
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
  // The dry run of the integration pass's test files takes 3-4 minutes on a quiet machine and more
  // under load; Stryker's default gives up after 5.
  dryRunTimeoutMinutes: 30,
  incremental: true,
  incrementalFile: `tests/mutation/baseline/${pass}.json`,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: `tests/mutation/reports/${pass}.html` },
  jsonReporter: { fileName: `tests/mutation/reports/${pass}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  tempDirName: "tests/mutation/.stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 95, low: 85, break: null },
});
