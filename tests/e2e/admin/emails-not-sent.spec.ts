import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { PgBoss } from "pg-boss";
import { embeddedDatabaseUrl } from "../../helpers/embedded-cluster";
import { expect, test } from "../fixtures";
import { databaseUrl, insertReferral } from "./support";

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

test("a triager sees a refused email at /admin/emails and sends it again", async ({
  page,
  expectAccessible,
  signInAsTriager,
}) => {
  const referral = await insertReferral({ givenName: "Alex", familyName: "Refusedmail" });
  await markRefused(referral.id);

  await signInAsTriager();
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

/**
 * As the worker leaves a "Save and come back later" email the mail server refused: a saved draft,
 * its link row with the address, and the link's job in the dead letter.
 */
async function refusedSaveLink(): Promise<void> {
  const connectionString = databaseUrl();
  const client = new pg.Client({ connectionString });
  await client.connect();
  const linkId = randomUUID();
  try {
    const draftId = randomUUID();
    await client.query(
      `INSERT INTO referral_draft (id, token_hash, journey, answers, idempotency_key, updated_at, expires_at)
       VALUES ($1, $2, 'PARENT_CARER', '{}', $3, now(), now() + interval '7 days')`,
      [draftId, randomBytes(32).toString("hex"), randomUUID()],
    );
    await client.query(
      `INSERT INTO draft_return_link (id, draft_id, nonce, email, expires_at)
       VALUES ($1, $2, $3, 'refused.link@example.net', now() + interval '7 days')`,
      [linkId, draftId, randomBytes(32).toString("base64url")],
    );
  } finally {
    await client.end();
  }
  const boss = new PgBoss({ connectionString, schema: "pgboss", supervise: false, schedule: false, migrate: false });
  await boss.start();
  try {
    await boss.send("email-dead-letter", { linkId, queue: "draft-return-link", smtpCode: 550 });
  } finally {
    await boss.stop({ graceful: false });
  }
}

test("a triager sees a refused 'Save and come back later' email, with no address, and sends it again", async ({
  page,
  expectAccessible,
  signInAsTriager,
}) => {
  await refusedSaveLink();

  await signInAsTriager();
  await page.goto("/admin/emails");
  const table = page.getByRole("table", { name: "Save and come back later emails refused" });
  await expect(table.getByRole("row").filter({ hasText: "code 550" })).toHaveCount(1);
  await expect(page.getByRole("main")).not.toContainText("refused.link@example.net");
  await expectAccessible();

  await table.getByRole("button", { name: /^Send again: link/ }).click();
  await expect(page.getByRole("status")).toContainText("Queued to send again");
  await expect(page.getByRole("table", { name: "Save and come back later emails refused" })).toHaveCount(0);
  await expect(page.getByText("No links have been refused.")).toBeVisible();
});
