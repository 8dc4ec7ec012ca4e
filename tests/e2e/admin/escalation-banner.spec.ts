import path from "node:path";
import pg from "pg";
import { embeddedDatabaseUrl } from "../../helpers/embedded-cluster";
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

test("every dashboard page shows an urgent referral nobody has opened, until a triager opens it", async ({
  page,
  expectAccessible,
  signInAsTriager,
}) => {
  const referral = await insertReferral({ givenName: "Robin", familyName: "Unopened", urgent: true });
  await receivedDaysAgo(referral.id, 45);

  await signInAsTriager();
  await page.goto("/admin");
  const banner = page.getByRole("region", { name: /Needs attention now/ });
  const urgentLine = banner
    .getByRole("listitem")
    .filter({ hasText: /urgent referrals? not opened within 2 working hours/ });
  const overdueLine = banner.getByRole("listitem").filter({ hasText: /past the 5-working-day response standard/ });
  await expect(urgentLine.getByRole("link", { name: referral.reference })).toBeVisible();
  await expect(overdueLine.getByRole("link", { name: referral.reference })).toBeVisible();
  // References only: the banner names no one.
  await expect(banner).not.toContainText("Unopened");
  await expectAccessible();

  await page.getByRole("link", { name: "Your account" }).click();
  await expect(urgentLine.getByRole("link", { name: referral.reference })).toBeVisible();

  await urgentLine.getByRole("link", { name: referral.reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Referral ${referral.reference}`);

  await page.goto("/admin");
  await expect(overdueLine.getByRole("link", { name: referral.reference })).toBeVisible();
  await expect(banner.getByRole("link", { name: referral.reference })).toHaveCount(1);
});
