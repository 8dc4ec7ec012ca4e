import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

/** axe-core's own script, for pages (and copies of pages) that do not have it yet. */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const wcag22AA: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
  // Only violations fail a check; collecting every passing node as well doubles the work on a long page.
  resultTypes: ["violations"],
};

/**
 * axe-core's WCAG 2.2 A and AA violations on the page as it is now, one line each (empty when none).
 *
 * axe-core is run directly rather than through @axe-core/playwright: that adapter sends the 650 KB
 * script again on every call and opens a blank page to merge results, about 2.2 s a check on these
 * machines against 0.6 s for axe.run on a page that already has the script. A page keeps it across
 * the client-side navigations of a JavaScript journey; our pages have no frames to reach into.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    wcag22AA,
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}
