/**
 * Re-tests the mutants a Stryker JSON report left alive (Survived or NoCoverage) against chosen
 * test files, one mutant at a time: the mutant is written into the source as the report saw it,
 * the test files are run with vitest, and the file is put back. Much quicker than a new Stryker
 * run when only a few survivors need checking after tests were added.
 *
 *   node tests/mutation/recheck-survivors.mjs <report.json> <vitest config> <test file>...
 *
 * Prints one line per mutant: "killed" when a test failed, "SURVIVED" when all passed.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const [reportPath, vitestConfig, ...testFiles] = process.argv.slice(2);
if (!reportPath || !vitestConfig || testFiles.length === 0) {
  console.error("usage: recheck-survivors.mjs <report.json> <vitest config> <test file>...");
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, "utf8"));

/** Offset of a 1-based line and column in the text. */
function offsetOf(text, { line, column }) {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf("\n", offset) + 1;
  return offset + column - 1;
}

let alive = 0;
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const current = readFileSync(file, "utf8");
  try {
    for (const mutant of mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage")) {
      const start = offsetOf(source, mutant.location.start);
      const end = offsetOf(source, mutant.location.end);
      writeFileSync(file, source.slice(0, start) + mutant.replacement + source.slice(end));
      let killed = false;
      try {
        execFileSync("npx", ["vitest", "run", "--config", vitestConfig, ...testFiles], { stdio: "ignore" });
      } catch {
        killed = true;
      }
      if (!killed) alive++;
      const where = `${file}:${mutant.location.start.line}:${mutant.location.start.column}`;
      console.log(`${killed ? "killed  " : "SURVIVED"} ${where} ${mutant.mutatorName} -> ${mutant.replacement}`);
    }
  } finally {
    writeFileSync(file, current);
  }
}
process.exit(alive ? 1 : 0);
