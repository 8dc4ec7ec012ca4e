import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const service = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../content/service.json"), "utf8")) as {
  programmes: { id: string; name: string }[];
};

// A parent on a small phone, with JavaScript switched off. (axe-core needs script in the page, so
// the accessibility of these same pages is checked with JavaScript on in content-pages.spec.ts.)
test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

test("the page arrives with no script needed: links are plain links", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("main a[href]").first()).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Make a referral" })).toHaveAttribute(
    "href",
    "/refer",
  );
});

for (const programme of service.programmes) {
  test(`from the home page a reader reaches "${programme.name}" and can start a referral from it`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: programme.name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Who it is for").first()).toBeVisible();
    await expect(page.getByText("Page last reviewed:")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Make a referral" })).toHaveAttribute(
      "href",
      "/refer",
    );
  });
}

test("from the home page a reader reaches Get help now and can call 999 or Samaritans", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Get help now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 999 or go to A&E" })).toHaveAttribute("href", "tel:999");
  await expect(page.getByRole("link", { name: /116 123/ })).toHaveAttribute("href", "tel:116123");
  await expect(page.getByText(/cannot help in an emergency/i).first()).toBeVisible();
});

test("from the home page the start of a referral is one tap away", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("link", { name: "Make a referral" })).toHaveAttribute("href", "/refer");
  await expect(page.getByRole("main").getByRole("link", { name: "Ask a question" })).toHaveAttribute(
    "href",
    "/enquire",
  );
});

test("the site search works without JavaScript", async ({ page }) => {
  await page.goto("/what-is-ipt");
  await page.getByRole("searchbox", { name: "Search this site" }).first().fill("family");
  await page.getByRole("searchbox", { name: "Search this site" }).first().press("Enter");
  await expect(page).toHaveURL(/\/search\?q=family$/);
  await expect(page.getByRole("heading", { level: 2, name: /pages? found for ‘family’/ })).toBeVisible();
  await page.getByRole("link", { name: "Family-based IPT for children (FB-IPT)" }).click();
  await expect(page).toHaveURL(/\/family-based-ipt$/);
});

test("a search that finds nothing says so and suggests what to try", async ({ page }) => {
  await page.goto("/search?q=xylophone");
  await expect(page.getByRole("heading", { name: "No pages found for ‘xylophone’" })).toBeVisible();
  await expect(page.getByRole("link", { name: "home page" })).toHaveAttribute("href", "/");
});

test("the questions and answers open without JavaScript", async ({ page }) => {
  await page.goto("/faq");
  await page.getByText("Can I refer myself?").click();
  await expect(page.getByText(/You do not need to see your GP first/)).toBeVisible();
});
