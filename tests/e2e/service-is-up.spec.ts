import { expect, test } from "./fixtures";

test("the home page loads and passes axe-core", async ({ page, expectAccessible }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible();
});

test("the health endpoint reports the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});

test("an unknown address answers 404 with a helpful page", async ({ page, expectAccessible }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: /home page/i })).toBeVisible();
  await expectAccessible();
});
