/**
 * Copies the results of a narrower Stryker run into a pass's baseline, mutant by mutant.
 *
 * Why: in incremental mode Stryker reuses a surviving static mutant's result for as long as its code is
 * unchanged, even after a test that kills it is added (a static mutant has no per-test coverage, so
 * no test is "new" to it). The cure is a forced run of just those files into a separate file:
 *
 *   npx stryker run tests/mutation/stryker.<pass>.config.mjs --force --mutate <files> \
 *     --incrementalFile tests/mutation/reports/forced.json
 *   node tests/mutation/merge-results.mjs tests/mutation/reports/forced.json tests/mutation/baseline/<pass>.json
 *
 * Only files whose source is the same in both are merged; a mutant the narrower run did not finish
 * (an interrupted run) keeps its old result. Test ids differ between runs, so `killedBy` and
 * `coveredBy` are carried over by test file, name and place.
 */
import { readFileSync, writeFileSync } from "node:fs";

const [fromPath, intoPath, only] = process.argv.slice(2);
if (!fromPath || !intoPath) {
  console.error("usage: merge-results.mjs <narrower run's incremental file> <baseline> [kills]");
  process.exit(2);
}
const from = JSON.parse(readFileSync(fromPath, "utf8"));
const into = JSON.parse(readFileSync(intoPath, "utf8"));

/** Test id -> "file › name @ line:column" for one report, and the reverse for the baseline. */
const testKeys = (report) =>
  new Map(
    Object.entries(report.testFiles ?? {}).flatMap(([file, { tests }]) =>
      tests.map((test) => [test.id, `${file} › ${test.name} @ ${JSON.stringify(test.location)}`]),
    ),
  );
const fromKeys = testKeys(from);
const intoIds = new Map([...testKeys(into)].map(([id, key]) => [key, id]));
// An id that names no test of the narrower run (a test since removed) is kept as it is, as Stryker does.
const translate = (ids) =>
  ids?.map((id) => (fromKeys.has(id) ? intoIds.get(fromKeys.get(id)) : id)).filter((id) => id !== undefined);

const sameMutant = (a, b) =>
  a.mutatorName === b.mutatorName &&
  a.replacement === b.replacement &&
  JSON.stringify(a.location) === JSON.stringify(b.location);

// Not RuntimeError: that is also what a mutant being tested when the run was interrupted is given.
// "kills": for a run against fewer test files (--testFiles), where only a kill means anything.
const FINAL = new Set(
  only === "kills" ? ["Killed", "Timeout"] : ["Killed", "Survived", "NoCoverage", "Timeout", "CompileError", "Ignored"],
);
for (const [file, result] of Object.entries(from.files)) {
  const target = into.files[file];
  if (!target || target.source !== result.source) {
    console.log(`${file}: skipped (not in the baseline, or its source differs)`);
    continue;
  }
  let merged = 0;
  for (const mutant of result.mutants) {
    const old = target.mutants.find((m) => sameMutant(m, mutant));
    if (!old || !FINAL.has(mutant.status)) continue;
    Object.assign(old, {
      status: mutant.status,
      statusReason: mutant.statusReason,
      testsCompleted: mutant.testsCompleted,
      killedBy: translate(mutant.killedBy),
      coveredBy: translate(mutant.coveredBy),
    });
    merged++;
  }
  console.log(`${file}: ${merged} of ${result.mutants.length} mutant results merged`);
}
writeFileSync(intoPath, JSON.stringify(into, null, 2));
