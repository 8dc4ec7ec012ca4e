import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { contentUrls, otherPages } from "./helpers/site-pages";

// Each page is opened once: checked as a desktop browser shows it, then narrowed to 320px (WCAG 1.4.10
// Reflow) in the same tab, which reflows it as a fresh load at that width would, without a second
// browser context and page load per address.
for (const url of contentUrls) {
  test(`${url} has its title, description, canonical address, review dates and no accessibility faults, and fits a 320px-wide screen`, async ({
    page,
    expectAccessible,
  }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    // Generated once at build, not rendered per request.
    expect(response?.headers()["x-nextjs-prerender"], `${url} is not prerendered`).toBeTruthy();
    await expect(page.locator("h1")).toHaveCount(1);
    const title = (await page.locator("h1").innerText()).trim();
    await expect(page).toHaveTitle(new RegExp(escapeRegExp(title)));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\w{3,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical!).pathname).toBe(url);
    await expect(page.getByText("Page last reviewed:")).toBeVisible();
    await expect(page.getByText("Next review due:")).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Get help now" })).toHaveAttribute(
      "href",
      "/get-help-now",
    );
    await expectAccessible();
    await expectNoSidewaysScrollingAt320(page, url);
  });
}

for (const url of otherPages) {
  test(`${url} has no accessibility faults and fits a 320px-wide screen`, async ({ page, expectAccessible }) => {
    expect((await page.goto(url))?.status()).toBe(200);
    await expectAccessible();
    await expectNoSidewaysScrollingAt320(page, url);
  });
}

test("/no-such-page fits a 320px-wide screen without sideways scrolling", async ({ page }) => {
  await page.goto("/no-such-page");
  await expectNoSidewaysScrollingAt320(page, "/no-such-page");
});

async function expectNoSidewaysScrollingAt320(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  // A resize is laid out on the next frame; wait for it before measuring.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${url} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
