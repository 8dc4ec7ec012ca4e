/**
 * Takes the surviving static mutants out of a pass's baseline, so that the next incremental run
 * tests them again (it treats a mutant with no earlier result as new).
 *
 * Why: in incremental mode Stryker reuses a surviving static mutant's result for as long as its code is
 * unchanged, even after a test that kills it is added: a static mutant has no per-test coverage, so
 * no test is "new" to it. Run this after adding tests for static survivors, then the pass:
 *
 *   node tests/mutation/retest-static-survivors.mjs tests/mutation/baseline/<pass>.json [file filter]
 *   npx stryker run tests/mutation/stryker.<pass>.config.mjs
 *
 * For a handful of files, `--force --mutate <files> --incrementalFile <other file>` and
 * merge-results.mjs do the same by re-testing every mutant of those files.
 */
import { readFileSync, writeFileSync } from "node:fs";

const [baselinePath, filter = ""] = process.argv.slice(2);
if (!baselinePath) {
  console.error("usage: retest-static-survivors.mjs <baseline> [file filter]");
  process.exit(2);
}
const baseline = JSON.parse(readFileSync(baselinePath, "utf8"));
const ALIVE = new Set(["Survived", "NoCoverage"]);
let taken = 0;
for (const [file, result] of Object.entries(baseline.files)) {
  if (!file.includes(filter)) continue;
  const kept = result.mutants.filter((mutant) => !(mutant.static && ALIVE.has(mutant.status)));
  if (kept.length === result.mutants.length) continue;
  console.log(`${file}: ${result.mutants.length - kept.length} static survivor(s) to test again`);
  taken += result.mutants.length - kept.length;
  result.mutants = kept;
}
writeFileSync(baselinePath, JSON.stringify(baseline, null, 2));
console.log(`${taken} in all`);
