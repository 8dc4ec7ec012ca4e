import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export interface Fixtures {
  /** Fails the test if axe-core finds any WCAG 2.2 A or AA violation on the page as it is now. */
  expectAccessible: (page?: Page) => Promise<void>;
}

export const test = base.extend<Fixtures & { browserProblems: string[] }>({
  // Every test fails on a Content-Security-Policy violation or an uncaught error in the page.
  browserProblems: [
    async ({ page }, provide) => {
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
          problems.push(`CSP: ${message.text()}`);
        }
      });
      await provide(problems);
      expect(problems, "problems reported by the browser").toEqual([]);
    },
    { auto: true },
  ],
  expectAccessible: async ({ page }, provide) => {
    await provide(async (target = page) => {
      // After a client-side navigation Next.js sets the new <title> a moment after the page shows;
      // wait for it, so axe judges the page the person gets rather than the instant in between.
      await expect(target).toHaveTitle(/\S/);
      // Judge the page as it opens. Mid-page, the sticky Exit this page bar lies over whatever field
      // the test last filled (Playwright scrolls only until a field is in the viewport); a person's
      // focus stops below the bar (scroll-padding in app/styles/_layout.scss, WCAG technique C43).
      await target.evaluate(() => window.scrollTo(0, 0));
      const results = await new AxeBuilder({ page: target }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary, `axe-core violations on ${target.url()}`).toEqual([]);
    });
  },
});

export { expect };
