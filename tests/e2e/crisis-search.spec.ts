import { expect, test } from "./fixtures";

test.describe("searching the site for crisis words", () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled });

      test("a search for ‘suicide’ lists Get help now first, never ‘No pages found’", async ({
        page,
        expectAccessible,
      }) => {
        await page.goto("/search");
        await page
          .getByRole("searchbox", { name: /search/i })
          .last()
          .fill("suicide");
        await page
          .getByRole("searchbox", { name: /search/i })
          .last()
          .press("Enter");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results for ‘suicide’");
        await expect(page.getByText(/No pages found/)).toHaveCount(0);
        await expect(page.locator(".app-search-results > li").first().getByRole("link")).toHaveText("Get help now");
        // axe runs inside the page, so it needs JavaScript; the same page is checked in the JavaScript run.
        if (javaScriptEnabled) await expectAccessible();
      });
    });
  }
});
