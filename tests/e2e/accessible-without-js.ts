import { expect, type Browser, type Page } from "@playwright/test";
import { wcagViolations } from "./axe";

/**
 * axe-core needs JavaScript, which the no-JavaScript tests turn off. So the page's HTML, exactly
 * as the browser has it, is opened again in a context where axe can run but the page's own
 * scripts are blocked, with the same styles, and checked there.
 */
export async function expectAccessibleWithoutJs(page: Page, browser: Browser): Promise<void> {
  const html = await page.content();
  const url = page.url();
  // Playwright applies the test's options (JavaScript off) to new contexts too, so turn it back on here.
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined, javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route("**/*", (route) => {
      const request = route.request();
      if (request.resourceType() === "script") return route.abort();
      if (request.url() === url && request.resourceType() === "document")
        return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
      return route.continue();
    });
    await copy.goto(url);
    expect(await wcagViolations(copy), `axe-core violations on ${url} without JavaScript`).toEqual([]);
  } finally {
    await context.close();
  }
}
