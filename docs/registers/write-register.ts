import { writeFileSync } from "node:fs";

/** Writes a register's generated Markdown and says how many entries it holds. */
export function writeRegister(target: string, markdown: string, entries: string): void {
  writeFileSync(target, markdown);
  console.log(`Wrote ${target} (${entries}).`);
}
