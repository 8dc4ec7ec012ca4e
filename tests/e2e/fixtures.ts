import { test as base, expect, type Page } from "@playwright/test";
import { expectAccessibleOncePerPage } from "./accessible-once";
import { lendTriagerSession, newTriagerSession } from "./admin/triager-session";
import { wcagViolations } from "./axe";

export interface Fixtures {
  /** Fails the test if axe-core finds any WCAG 2.2 A or AA violation on the page as it is now. */
  expectAccessible: (page?: Page) => Promise<void>;
  /**
   * The journey walks' check of each page: axe-core, with JavaScript on or (by a copy of the page's
   * HTML, see accessible-without-js.ts) off as the test runs, unless this worker has already
   * checked a page of the same path and shape in the same mode (accessible-once.ts).
   */
  checkPage: (page?: Page) => Promise<void>;
  /** Signs this page's browser in as the worker's triager (admin/triager-session.ts) and opens /admin. */
  signInAsTriager: (page?: Page) => Promise<void>;
}

interface WorkerFixtures {
  triagerSession: {
    cookies: Awaited<ReturnType<typeof newTriagerSession>>;
    renew: () => ReturnType<typeof newTriagerSession>;
  };
}

export const test = base.extend<Fixtures & { browserProblems: string[] }, WorkerFixtures>({
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
      expect(await wcagViolations(target), `axe-core violations on ${target.url()}`).toEqual([]);
    });
  },
  checkPage: async ({ page, browser, javaScriptEnabled, expectAccessible }, provide) => {
    await provide((target = page) =>
      expectAccessibleOncePerPage(target, browser, javaScriptEnabled !== false, expectAccessible),
    );
  },
  triagerSession: [
    async ({ browser }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const session = {
        cookies: await newTriagerSession(browser, baseURL),
        renew: async () => (session.cookies = await newTriagerSession(browser, baseURL)),
      };
      await provide(session);
    },
    { scope: "worker" },
  ],
  signInAsTriager: async ({ page, triagerSession }, provide) => {
    await provide((target = page) => lendTriagerSession(target, triagerSession));
  },
});

export { expect };
