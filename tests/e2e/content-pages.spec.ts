import { expect, test } from "./fixtures";
import { contentUrls, otherPages } from "./helpers/site-pages";

for (const url of contentUrls) {
  test(`${url} has its title, description, canonical address, review dates and no accessibility faults`, async ({
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
  });
}

for (const url of [...contentUrls, ...otherPages, "/no-such-page"]) {
  test(`${url} fits a 320px-wide screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${url} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
  });
}

for (const url of otherPages) {
  test(`${url} has no accessibility faults`, async ({ page, expectAccessible }) => {
    expect((await page.goto(url))?.status()).toBe(200);
    await expectAccessible();
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
