import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PgBoss } from "pg-boss";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { ACKNOWLEDGE_QUEUE, DEAD_LETTER_QUEUE, JOB_SCHEMA, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { triage } from "@/lib/triage";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
let triager: TestStaff;
let boss: PgBoss;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url);
  boss = new PgBoss({
    connectionString: database.url,
    schema: JOB_SCHEMA,
    supervise: false,
    schedule: false,
    migrate: false,
  });
  await boss.start();
  triager = await createTestStaff("TRIAGER");
});
afterAll(async () => {
  await boss.stop({ graceful: false });
  await database.drop();
});

const jobs = (name: string, referralId: string) =>
  getDb().$queryRawUnsafe<{ state: string }[]>(
    `SELECT state::text FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'referralId' = $2`,
    name,
    referralId,
  );

describe("emails not sent (/admin/emails)", () => {
  it("lists a refused notification and, on Send again, queues it once, clears the refusal and the dead letter, and audits it", async () => {
    await signInAs(triager);
    const referral = await insertReferral(getDb());
    await getDb().referral.update({ where: { id: referral.id }, data: { emailRefusedAt: new Date() } });
    await boss.send(DEAD_LETTER_QUEUE, { referralId: referral.id, queue: NOTIFY_QUEUE, smtpCode: 550 });

    const listed = (await triage.emailsNotSent()).find((r) => r.referralId === referral.id);
    expect(listed).toMatchObject({ reference: referral.reference, unsent: ["notification"], inDeadLetter: true });
    expect(listed!.refusedAt).not.toBeNull();

    expect(await triage.resendEmails(await contextFor("referral:update"), referral.id)).toEqual({ queued: 1 });
    expect(await jobs(NOTIFY_QUEUE, referral.id)).toEqual([{ state: "created" }]);
    expect(await jobs(DEAD_LETTER_QUEUE, referral.id)).toEqual([]);
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).emailRefusedAt).toBeNull();
    expect((await triage.emailsNotSent()).some((r) => r.referralId === referral.id)).toBe(false);
    const events = await getDb().auditEvent.findMany({
      where: { action: "referral.email_resent", target: referral.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(triager.id);

    // A second press while the job waits queues nothing more (one live job per referral).
    expect(await triage.resendEmails(await contextFor("referral:update"), referral.id)).toEqual({ queued: 0 });
    expect(await jobs(NOTIFY_QUEUE, referral.id)).toHaveLength(1);
  });

  it("sends only the acknowledgement again when the team's email already went", async () => {
    await signInAs(triager);
    const referral = await insertReferral(getDb());
    await getDb().referral.update({
      where: { id: referral.id },
      data: { notifiedAt: new Date(), emailRefusedAt: new Date() },
    });
    await boss.send(DEAD_LETTER_QUEUE, { referralId: referral.id, queue: ACKNOWLEDGE_QUEUE, smtpCode: 550 });
    expect((await triage.emailsNotSent()).find((r) => r.referralId === referral.id)?.unsent).toEqual([
      "acknowledgement",
    ]);
    expect(await triage.resendEmails(await contextFor("referral:update"), referral.id)).toEqual({ queued: 1 });
    expect(await jobs(ACKNOWLEDGE_QUEUE, referral.id)).toHaveLength(1);
    expect(await jobs(NOTIFY_QUEUE, referral.id)).toHaveLength(0);
  });
});
