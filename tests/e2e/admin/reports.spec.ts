import { expectAccessibleWithoutJs } from "../accessible-without-js";
import { expect, test } from "../fixtures";
import { createStaffAccount, insertReferral, setUpTwoFactor, signIn, uniqueEmail } from "./support";

test.use({ javaScriptEnabled: false });

const PASSWORD = "a long reporting password 2026";

const SECTIONS = [
  "Referrals each week, by type of referral",
  "Referrals each week, by programme",
  "Time from receiving a referral to the first staff action and to an outcome",
  "Outcomes by programme",
  "Share of referrals marked urgent, each week",
  "Who referred",
];

test("with JavaScript off, an admin opens the service reports: six charts, each with its numbers and a CSV", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("reports");
  createStaffAccount({ email, name: "Rita Reports", role: "admin", password: PASSWORD });
  // In a week of their own long ago, so referrals other tests store this week do not change the figures.
  const thatWeek = new Date("2025-03-05T10:00:00Z");
  await insertReferral({ givenName: "Robin", familyName: "Reportone", urgent: true, createdAt: thatWeek });
  await insertReferral({ givenName: "Robin", familyName: "Reporttwo", createdAt: thatWeek });
  await insertReferral({ givenName: "Robin", familyName: "Reportthree", createdAt: thatWeek });

  await signIn(page, email, PASSWORD);
  await setUpTwoFactor(page, PASSWORD);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service reports" })).toBeVisible();
  await expect(page).toHaveTitle("Service reports – Staff dashboard");

  for (const title of SECTIONS) {
    const section = page.getByRole("region", { name: title });
    // The SVG is one image named by its <title>, described by the same summary shown as text.
    const chart = section.getByRole("img", { name: title, exact: true });
    await expect(chart).toBeVisible();
    const description = await chart.evaluate((svg) => svg.querySelector("desc")?.textContent ?? "");
    await expect(section.locator("p").first()).toHaveText(description);
    await expect(section.getByRole("table")).toBeVisible();
    await expect(section.getByRole("link", { name: /Download these numbers as a spreadsheet \(CSV\)/ })).toBeVisible();
  }
  // The three referrals just stored are in the week of 3 March 2025, one of them urgent.
  await page.goto("/admin/reports?from=2025-03-03&to=2025-03-09");
  const urgent = page.getByRole("region", { name: "Share of referrals marked urgent, each week" });
  await expect(urgent.getByRole("table").getByRole("row").last()).toContainText(/1\s*3\s*33\.3/);
  await expect(urgent.locator("p").first()).toContainText("1 of 3 referrals (33.3%) were urgent");
  // Bars are drawn on the server: no script was needed for any of them.
  expect(await page.locator("svg.report-chart rect").count()).toBeGreaterThan(0);

  await expectAccessibleWithoutJs(page, browser);

  const sources = page.getByRole("region", { name: "Who referred" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    sources.getByRole("link", { name: /Download these numbers/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sources-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);

  // A period with a mistake in it says so beside the field and still shows a report.
  await page.getByRole("textbox", { name: "From", exact: true }).fill("2026-12-01");
  await page.getByRole("textbox", { name: "To", exact: true }).fill("2026-11-01");
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page.getByRole("link", { name: "End date must be the same as or after the start date" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Who referred" })).toBeVisible();
  await expectAccessibleWithoutJs(page, browser);
});

test("a triager has no Reports link and is refused the reports and their CSV", async ({ page, signInAsTriager }) => {
  await signInAsTriager();
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Reports" })).toHaveCount(
    0,
  );
  expect((await page.goto("/admin/reports"))?.status()).toBe(404);
  expect((await page.request.get("/admin/reports/export?chart=sources")).status()).toBe(404);
});
