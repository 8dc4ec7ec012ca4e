import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

// One JavaScript-on context per browser (Playwright keeps one browser per worker), each check in a
// page of its own: a new context for every check cost about 0.2 s more on a loaded 2-core machine.
// Pages share nothing a check depends on: each blocks its own scripts and is given its own HTML.
const copyContexts = new WeakMap<Browser, Promise<BrowserContext>>();
function copyContext(browser: Browser): Promise<BrowserContext> {
  let context = copyContexts.get(browser);
  // Playwright applies the test's options (JavaScript off) to new contexts too, so turn it back on here.
  if (!context) copyContexts.set(browser, (context = browser.newContext({ javaScriptEnabled: true })));
  return context;
}

/**
 * axe-core needs JavaScript, which the no-JavaScript tests turn off. So the page's HTML, exactly
 * as the browser has it, is opened again in a context where axe can run but the page's own
 * scripts are blocked, with the same styles and width, and checked there.
 */
export async function expectAccessibleWithoutJs(page: Page, browser: Browser): Promise<void> {
  const html = await page.content();
  const url = page.url();
  const copy = await (await copyContext(browser)).newPage();
  try {
    const viewport = page.viewportSize();
    if (viewport) await copy.setViewportSize(viewport);
    await copy.route("**/*", (route) => {
      const request = route.request();
      if (request.resourceType() === "script") return route.abort();
      if (request.url() === url && request.resourceType() === "document")
        return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
      return route.continue();
    });
    await copy.goto(url);
    const results = await new AxeBuilder({ page: copy }).withTags(WCAG_22_AA).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary, `axe-core violations on ${url} without JavaScript`).toEqual([]);
  } finally {
    await copy.close();
  }
}
