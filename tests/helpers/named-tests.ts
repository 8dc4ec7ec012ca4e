import { existsSync, readFileSync } from "node:fs";
import type { TestReference } from "@/docs/registers/test-reference";

/**
 * Why a register's reference to a test does not hold (the file is missing, or holds no test with
 * that title), or null when it does. Titles may be a literal part of the test's title, including
 * an it.each template with its %s.
 */
export function missingTest({ file, title }: TestReference): string | null {
  if (!existsSync(file)) return `${file} does not exist`;
  if (!readFileSync(file, "utf8").includes(title)) return `${file} has no test titled "${title}"`;
  return null;
}
