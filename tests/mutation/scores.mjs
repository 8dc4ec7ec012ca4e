/**
 * Prints the mutation score of every mutated file from the last unit and integration passes
 * (tests/mutation/reports/*.json), beside the score issue 18 asks of it, and exits 1 when a file
 * is below its threshold. Run by `npm run test:mutation` after both passes.
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage); compile errors,
 * runtime errors and mutants marked equivalent (`// Stryker disable`, reported as Ignored) are left
 * out, as in Stryker's own "total" column.
 */
import { existsSync, readFileSync } from "node:fs";

/** The code that saves referrals and limits sign-in: nothing may be lost, so a higher bar. */
const STRICT = new Set([
  "lib/referrals/submit-journey.ts",
  "lib/referrals/submit-step.ts",
  "lib/referrals/create-referral.ts",
  "lib/referrals/drafts.ts",
  "lib/auth/lockout.ts",
  "lib/triage/retention.ts",
]);
export const thresholdFor = (file) => (STRICT.has(file) ? 95 : 85);

/** Counts and score of one file's mutants, as in a Stryker JSON report. */
export function scoreOf(mutants) {
  const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count("Killed", "Timeout");
  const valid = detected + count("Survived", "NoCoverage");
  return {
    detected,
    survived: count("Survived"),
    noCoverage: count("NoCoverage"),
    ignored: count("Ignored"),
    score: valid === 0 ? null : (100 * detected) / valid,
  };
}

function main() {
  const reports = ["unit", "integration"].map((pass) => [pass, `tests/mutation/reports/${pass}.json`]);
  let below = 0;
  let any = false;
  for (const [pass, path] of reports) {
    if (!existsSync(path)) {
      console.log(`${pass}: no report at ${path}`);
      continue;
    }
    any = true;
    const { files } = JSON.parse(readFileSync(path, "utf8"));
    console.log(`\n${pass} pass\n`);
    console.log("score    needed  killed  survived  no cov  ignored  file");
    for (const [file, { mutants }] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
      const s = scoreOf(mutants);
      const needed = thresholdFor(file);
      const short = s.score !== null && s.score < needed;
      if (short) below++;
      const score = s.score === null ? "n/a" : `${s.score.toFixed(1)} %`;
      console.log(
        `${score.padEnd(9)}${`${needed} %`.padEnd(8)}${String(s.detected).padEnd(8)}${String(s.survived).padEnd(10)}` +
          `${String(s.noCoverage).padEnd(8)}${String(s.ignored).padEnd(9)}${file}${short ? "  BELOW" : ""}`,
      );
    }
  }
  if (!any) process.exit(1);
  console.log(below ? `\n${below} file(s) below the threshold` : "\nevery file meets its threshold");
  process.exit(below ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
