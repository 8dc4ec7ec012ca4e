import { readFileSync } from "node:fs";
import { crisisLinesFor, deafAndTextRoutes, emergency, type Nation } from "../../lib/content/crisis-lines";
import { expect, test } from "./fixtures";
import { contentUrls, otherPages } from "./helpers/site-pages";

// Read as plain JSON: the test runner cannot import JSON modules the way the app's bundler does.
const nation = (JSON.parse(readFileSync("content/service.json", "utf8")) as { nation: Nation }).nation;

test("every page of a trial says it is not for real referrals", async ({ page }) => {
  // The e2e server runs with SERVICE_MODE unset, so in trial mode, as a fresh clone does.
  for (const url of [...contentUrls, ...otherPages, "/no-such-page"]) {
    await page.goto(url);
    await expect(page.getByTestId("trial-banner"), url).toHaveText(
      "This is a trial service: do not use it for real referrals.",
    );
  }
});

test("Get help now lists every crisis line for the service's nation, and the sign language and text routes", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/get-help-now");
  const lines = [emergency, ...crisisLinesFor(nation), ...deafAndTextRoutes];
  expect(lines.map((line) => line.id)).toContain("papyrus");
  for (const line of lines) {
    await expect(page.locator("main").getByRole("link", { name: line.action }).first(), line.name).toHaveAttribute(
      "href",
      line.href,
    );
  }
  await expectAccessible();
});
