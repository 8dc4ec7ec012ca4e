import path from "node:path";
import pg from "pg";
import { embeddedDatabaseUrl } from "../../helpers/embedded-cluster";
import { expect, test } from "../fixtures";
import { createStaffAccount, insertReferral, setUpTwoFactor, signIn, uniqueEmail } from "./support";

const PASSWORD = "a long triage password 2026";
const dataDir = path.resolve(import.meta.dirname, "../../../.data/e2e");

/** As the worker leaves a referral whose email the mail server refused (550). */
async function markRefused(id: string): Promise<void> {
  const client = new pg.Client({ connectionString: await embeddedDatabaseUrl(dataDir) });
  await client.connect();
  try {
    await client.query(`UPDATE referral SET email_refused_at = now() WHERE id = $1`, [id]);
  } finally {
    await client.end();
  }
}

test("a triager sees a refused email at /admin/emails and sends it again", async ({ page, expectAccessible }) => {
  const email = uniqueEmail("emails");
  createStaffAccount({ email, name: "Erin Emails", role: "triager", password: PASSWORD });
  const referral = await insertReferral({ givenName: "Alex", familyName: "Refusedmail" });
  await markRefused(referral.id);

  await signIn(page, email, PASSWORD);
  await setUpTwoFactor(page, PASSWORD);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Emails not sent" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Emails not sent" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: referral.reference });
  await expect(row).toContainText("Refused by the mail server");
  // References and times only: no personal data on this page.
  await expect(page.getByRole("main")).not.toContainText("Refusedmail");
  await expectAccessible();

  await row.getByRole("button", { name: `Send again: ${referral.reference}` }).click();
  await expect(page.getByRole("status")).toContainText("Queued to send again");
  await expect(page.getByRole("row").filter({ hasText: referral.reference })).toHaveCount(0);
});
