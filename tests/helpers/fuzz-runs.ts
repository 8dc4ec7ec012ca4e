/**
 * How many random cases a property test against the database tries. `npm test` tries a fifth of the
 * full count, so the suite stays quick; fast-check draws a new seed on every run, so the cases add up
 * across CI runs. `npm run test:fuzz` (FUZZ_RUNS=full) tries the full count: run it nightly and before
 * a release.
 */
export function fuzzRuns(full: number): number {
  const everyCase = process.env.FUZZ_RUNS === "full"; // eslint-disable-line no-restricted-properties -- test harness
  return everyCase ? full : Math.ceil(full / 5);
}
