// `npm run audit:deps` (run by .ci/run after `npm test`): npm's advisory check on the packages the
// service runs with. Exits 1 on any high or critical advisory. Where the registry does not serve
// the advisory database (these machines' registry answers 405), it says so and exits 0: a check
// that cannot run is reported, never passed off as clean.
import { spawnSync } from "node:child_process";
import { advisoryVerdict } from "./advisory-verdict";

const run = spawnSync("npm", ["audit", "--json", "--omit=dev"], { encoding: "utf8", timeout: 120_000 });
const verdict = advisoryVerdict(run.stdout);
if (verdict.kind === "fail") {
  console.error(
    `Advisory check FAILED: ${verdict.critical} critical and ${verdict.high} high. Run npm audit for details.`,
  );
  process.exit(1);
} else if (verdict.kind === "pass") {
  console.log(`Advisory check passed: ${JSON.stringify(verdict.counts)}`);
} else {
  console.warn(
    `Advisory check could not run here: ${verdict.reason}. Run npm audit where the registry serves advisories.`,
  );
}
