import { expect, type Browser, type Page } from "@playwright/test";
import { axeSource, wcagViolations } from "./axe";

/** The page being checked: its address (without any #fragment, which never reaches a server) and its HTML. */
let current = { url: "", html: "" };
/** This worker's copy page, kept for the life of its browser (tests in a worker run one at a time). */
let copies: { browser: Browser; page: Promise<Page> } | undefined;

/**
 * axe-core needs JavaScript, which the no-JavaScript tests turn off. So the page's HTML, exactly
 * as the browser has it, is opened again in a page where axe can run but the page's own scripts
 * (inline ones too) are refused, with the same styles and screen size, and checked there.
 *
 * One copy page serves the worker: a new browser context for each check cost about 1.3 s on these
 * machines (a renderer process started for it), against 0.3 s to load the next copy in the same page.
 */
export async function expectAccessibleWithoutJs(page: Page, browser: Browser): Promise<void> {
  const violations = await violationsWithoutJs(page, browser);
  expect(violations, `axe-core violations on ${page.url()} without JavaScript`).toEqual([]);
}

/** axe-core's violations on a copy of the page as it is now, its own scripts not run (see above). */
export async function violationsWithoutJs(page: Page, browser: Browser): Promise<string[]> {
  const address = new URL(page.url());
  address.hash = "";
  current = { url: address.href, html: await page.content() };
  const copy = await copyPage(browser);
  const viewport = page.viewportSize();
  if (viewport) await copy.setViewportSize(viewport);
  // Always a new document: the route below answers it with the HTML just taken.
  await copy.goto(current.url);
  return wcagViolations(copy);
}

async function copyPage(browser: Browser): Promise<Page> {
  if (copies?.browser === browser) {
    // A copy page that failed to open, or has closed or crashed since, is opened again.
    const open = await copies.page.catch(() => undefined);
    if (open && !open.isClosed()) return open;
  }
  copies = { browser, page: openCopyPage(browser) };
  return copies.page;
}

async function openCopyPage(browser: Browser): Promise<Page> {
  // Playwright applies the test's options (JavaScript off) to new contexts too, so turn it back on here.
  const context = await browser.newContext({ javaScriptEnabled: true });
  // axe-core arrives with each document instead of being sent over afterwards (see axe.ts).
  await context.addInitScript(axeSource);
  const copy = await context.newPage();
  copy.on("crash", () => void copy.close().catch(() => {}));
  await copy.route("**/*", (route) => {
    const request = route.request();
    if (request.resourceType() === "script") return route.abort();
    // Inline scripts are in the HTML, so the copy's policy refuses every script; axe-core, added by
    // the browser's debugging protocol rather than by the page, is not held to it.
    if (request.url() === current.url && request.resourceType() === "document")
      return route.fulfill({
        body: current.html,
        contentType: "text/html; charset=utf-8",
        headers: { "Content-Security-Policy": "script-src 'none'" },
      });
    return route.continue();
  });
  return copy;
}
