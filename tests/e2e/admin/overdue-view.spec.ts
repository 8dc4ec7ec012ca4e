import path from "node:path";
import pg from "pg";
import { embeddedDatabaseUrl } from "../../helpers/embedded-cluster";
import { expectAccessibleWithoutJs } from "../accessible-without-js";
import { expect, test } from "../fixtures";
import { insertReferral } from "./support";

const dataDir = path.resolve(import.meta.dirname, "../../../.data/e2e");

/** As if it arrived long ago: past every threshold whatever day the test runs. */
async function receivedDaysAgo(id: string, days: number): Promise<void> {
  const client = new pg.Client({ connectionString: await embeddedDatabaseUrl(dataDir) });
  await client.connect();
  try {
    await client.query(`UPDATE referral SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);
  } finally {
    await client.end();
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the banner's link opens the overdue view, which lists the overdue referral and not a fresh one", async ({
      page,
      browser,
      expectAccessible,
      signInAsTriager,
    }) => {
      const late = await insertReferral({ givenName: "Lee", familyName: "Overdue" });
      await receivedDaysAgo(late.id, 40);
      const fresh = await insertReferral({ givenName: "Fay", familyName: "Fresh" });

      await signInAsTriager();
      await page.goto("/admin");
      const banner = page.getByRole("region", { name: /Needs attention now/ });
      await banner.getByRole("link", { name: "list every one past the standard" }).click();

      await expect(page).toHaveURL(/\/admin\?overdue=past-standard$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inbox: overdue");
      await expect(page.getByRole("main")).toContainText("still waiting after the 5-working-day response standard");
      const table = page.getByRole("table");
      await expect(table.getByRole("link", { name: late.reference, exact: true })).toBeVisible();
      await expect(table.getByRole("link", { name: fresh.reference, exact: true })).toHaveCount(0);
      // The filter form shows the view it is in, so it can be changed or cleared.
      await expect(page.getByLabel("Overdue", { exact: true })).toHaveValue("past-standard");
      if (javaScriptEnabled) await expectAccessible();
      else await expectAccessibleWithoutJs(page, browser);

      await page.getByRole("link", { name: "Show everything waiting" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inbox");
    });
  });
}
