import type { TestReference } from "./test-reference";

/** Text made safe for one cell of a Markdown table. */
export const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** How a register names the test that proves a claim: `file`: "title". */
export const testCell = (test: TestReference) => `\`${test.file}\`: "${cell(test.title)}"`;
