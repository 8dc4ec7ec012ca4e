import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { ACKNOWLEDGE_QUEUE } from "@/lib/jobs/queues";
import { createMailer } from "@/lib/mail/transport";
import { notificationHandlers } from "@/lib/referrals/notifications";
import { addNote, changeStatus } from "@/lib/triage/changes";
import { changeUrgency } from "@/lib/triage/referral-changes";
import { eraseReferral } from "@/lib/triage/data-protection";
import { invitationEmail } from "@/lib/young-person/emails";
import { emailSettings } from "../../helpers/notification-rig";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { sendJourney, testDeps } from "../../helpers/submit-journey";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// Review M-3 and issue 13: erasure must leave nothing of the person in any table or file.
let database: TestDatabase;
let dataDir: string;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url);
  await signInAs(await createTestStaff("ADMIN"));
  dataDir = await mkdtemp(path.join(tmpdir(), "ipt-erasure-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await database.drop();
});

/** Every row of every table, in the app's schema and pg-boss's, as text. */
async function everyRow(): Promise<string> {
  const tables = await getDb().$queryRaw<{ schema: string; name: string }[]>`
    SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
    WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE'`;
  const dumps = await Promise.all(
    tables.map(({ schema, name }) =>
      getDb().$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${schema}"."${name}" t`),
    ),
  );
  return dumps
    .flat()
    .map((r) => r.row)
    .join("\n");
}

async function everyFile(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const texts = await Promise.all(names.map((n) => readFile(path.join(dir, n), "utf8").catch(() => "")));
  return texts.join("\n");
}

describe("erasing a referral", () => {
  it("leaves the person's name, email, phone and NHS number in no table and no file", async () => {
    const deps = await testDeps(getDb(), database.url);
    const reference = await sendJourney(deps, "adult");
    const referral = await getDb().referral.findUniqueOrThrow({ where: { reference } });
    const person = [referral.givenName!, referral.familyName!, referral.email!, referral.phone!, referral.nhsNumber!];

    // Its emails, with full details, written to files as a service without a mail server does.
    const mailer = createMailer({
      MAIL_FROM: "IPT referrals <referrals@example.org>",
      DATA_DIR: dataDir,
      SMTP_TIMEOUT_SECONDS: 1,
      SMTP_REPLY_TIMEOUT_SECONDS: 1,
      SMTP_ALLOW_PLAINTEXT: false,
    });
    const handlers = notificationHandlers(getDb(), mailer, { ...emailSettings, includeDetails: true }, 30);
    await handlers.notify({ referralId: referral.id }, { queue: "referral-notification", retryCount: 0 });
    await handlers.acknowledge({ referralId: referral.id }, { queue: "referral-acknowledgement", retryCount: 0 });
    // A young person's invitation to the same address, and their own record.
    const view = await getDb().youngPersonView.create({
      data: {
        referralId: referral.id,
        nonce: "n".repeat(43),
        email: referral.email,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await mailer.send(
      invitationEmail(referral.email!, "https://ipt.example.org/your-view/x", view.expiresAt, "example.org", view.id),
    );
    // Staff work on it, naming the person as staff do.
    const admin = await contextFor("referral:update");
    await addNote(
      getDb(),
      admin,
      referral.id,
      `Called ${referral.givenName} ${referral.familyName} on ${referral.phone}`,
    );
    await changeUrgency(getDb(), admin, referral.id, { urgent: true, reason: `${referral.givenName} rang back upset` });
    await changeStatus(getDb(), admin, referral.id, { from: "NEW", to: "IN_REVIEW" });
    mailer.close();
    // A send the mail server put off, as pg-boss keeps it: the reply quotes the address (L-12).
    await deps.boss.send(ACKNOWLEDGE_QUEUE, { referralId: referral.id }, { singletonKey: referral.id });
    const [job] = await deps.boss.fetch(ACKNOWLEDGE_QUEUE);
    await deps.boss.fail(ACKNOWLEDGE_QUEUE, job!.id, {
      message: `450 4.2.0 <${referral.email}>: Recipient address rejected: try again later`,
    });

    const mention = (text: string) => person.filter((p) => text.includes(p) || text.includes(p.replace(/\s/g, "")));
    expect(mention(await everyRow())).toEqual(person);
    expect(mention(await everyFile(dataDir)).length).toBeGreaterThan(0);

    await eraseReferral(
      getDb(),
      await contextFor("referral:erase"),
      referral.id,
      { reason: "person-asked" },
      path.join(dataDir, "mail"),
    );

    expect(mention(await everyRow())).toEqual([]);
    expect(mention(await everyFile(dataDir))).toEqual([]);
    await deps.boss.stop({ graceful: false });
  });
});
