import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { contentUrls, otherPages } from "./helpers/site-pages";

const FOCUSABLE =
  "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea, summary, [tabindex='0']";

test("the first Tab shows the skip link, and it takes focus to the main content", async ({ page }) => {
  await page.goto("/what-is-ipt");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#maincontent$/);
  await expect(page.locator("main")).toBeFocused();
});

for (const url of [...contentUrls, ...otherPages]) {
  test(`${url}: every link and control can be reached with Tab and shows where focus is`, async ({ page }) => {
    await page.goto(url);
    const expected = await page
      .locator(FOCUSABLE)
      .evaluateAll((elements) => elements.filter((e) => e.checkVisibility({ visibilityProperty: true })).length);
    const reached: string[] = [];
    for (let i = 0; i < expected + 3 && reached.length < expected; i++) {
      await page.keyboard.press("Tab");
      const focus = await describeFocus(page);
      if (!focus) continue;
      expect(focus.visible, `focus on ${focus.label} in ${url} cannot be seen`).toBe(true);
      if (!reached.includes(focus.id)) reached.push(focus.id);
    }
    expect(reached.length, `Tab reached ${reached.length} of ${expected} links and controls on ${url}`).toBe(expected);
  });
}

// A focused element must look different: the NHS style is a yellow highlight with a dark underline or outline.
async function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const visible =
      style.outlineStyle !== "none" && style.outlineWidth !== "0px"
        ? true
        : style.boxShadow !== "none" || style.backgroundColor === "rgb(255, 235, 59)";
    const index = [...document.querySelectorAll("*")].indexOf(element);
    return {
      id: `${element.tagName}#${index}`,
      label: `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`,
      visible,
    };
  });
}
