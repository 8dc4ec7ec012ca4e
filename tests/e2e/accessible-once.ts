import { expect, type Browser, type Page } from "@playwright/test";
import { expectAccessibleWithoutJs } from "./accessible-without-js";
import { pageShape } from "./page-shape";

/**
 * The pages this worker has already had axe-core check, by JavaScript on or off, path and shape.
 * The journey walks pass the same pages many times (the risk pages, the contact page, check your
 * answers...); each distinct page is checked the first time a walk reaches it in each mode, and a
 * page with anything different in it (an error summary, the Help now box, another question) is a
 * new shape and is checked again. Only a passing check is remembered.
 */
const checkedPages = new Set<string>();

export async function expectAccessibleOncePerPage(
  page: Page,
  browser: Browser,
  javaScriptEnabled: boolean,
  expectAccessible: (page?: Page) => Promise<void>,
): Promise<void> {
  // A page that has just arrived may not have its title yet (see expectAccessible); wait, so the
  // shape is the page the person gets.
  await expect(page).toHaveTitle(/\S/);
  const key = `${javaScriptEnabled ? "js" : "no-js"} ${new URL(page.url()).pathname} ${pageShape(await page.content())}`;
  if (checkedPages.has(key)) return;
  if (javaScriptEnabled) await expectAccessible(page);
  else await expectAccessibleWithoutJs(page, browser);
  checkedPages.add(key);
}
