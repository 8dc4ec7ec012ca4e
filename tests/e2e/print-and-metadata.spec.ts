import { expect, test } from "./fixtures";
import { contentUrls } from "./helpers/site-pages";

test("a treatment page prints as a leaflet: the words and how to contact us, without menus or search", async ({
  page,
}) => {
  await page.goto("/ipt-for-young-people");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Who it is for").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("searchbox").first()).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  await expect(page.getByRole("contentinfo").getByText(/Phone \d/)).toBeVisible();
});

test("sitemap.xml lists every content page", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(paths.sort()).toEqual([...contentUrls].sort());
});

test("robots.txt allows the information pages and names the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/Allow: \//);
  expect(text).toMatch(/Disallow: \/admin/);
  expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("a page that does not exist answers 404 and offers search, the home page and help now", async ({
  page,
  expectAccessible,
}) => {
  const response = await page.goto("/treatments/unknown");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search this site" }).last()).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "get help now" })).toHaveAttribute(
    "href",
    "/get-help-now",
  );
  await expectAccessible();
});
