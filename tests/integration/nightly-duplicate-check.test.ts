import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RETENTION_QUEUE } from "../../lib/jobs/queues";
import type { RunningWorker } from "../../lib/jobs/worker";
import { insertReferral } from "../helpers/referral-factory";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";

// The nightly job (the retention queue, run by a real worker through pg-boss) also looks for
// possible duplicates the check on arrival could not see. Referrals inserted straight into the
// table stand for two sent at the same moment: each saved in a transaction that could not see the
// other, so neither was compared with the other.

const RETENTION_DAYS = 30;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

let rig: NotificationRig;
let worker: RunningWorker;
beforeAll(async () => {
  rig = await startNotificationRig({ retentionDays: RETENTION_DAYS });
  worker = await rig.startWorker();
});
afterAll(() => rig.stop());
beforeEach(async () => {
  await rig.database.db().$executeRawUnsafe(`DELETE FROM referral`);
});

const samePerson = { givenName: "Casey", familyName: "Sametime", dateOfBirth: new Date("2009-07-21"), nhsNumber: null };
/** What pg-boss's cron sends at 02:30; resolves when the worker has finished the job. */
async function runTonight() {
  const id = (await worker.boss.send(RETENTION_QUEUE, {}))!;
  await expect
    .poll(async () => (await worker.boss.getJobById(RETENTION_QUEUE, id))?.state, { timeout: 30_000 })
    .toBe("completed");
}
const backfillAudits = () =>
  rig.database.db().auditEvent.findMany({ where: { action: "referral.duplicates_backfilled" } });

describe("the nightly possible-duplicate check", () => {
  it("records a possible duplicate the check on arrival missed, newer pointing at older, and audits the count", async () => {
    const db = rig.database.db();
    const older = await insertReferral(db, { ...samePerson, phone: "07700 900111", createdAt: daysAgo(0.2) });
    const newer = await insertReferral(db, { ...samePerson, phone: "07700 900222", createdAt: daysAgo(0.1) });
    await insertReferral(db, { givenName: "Casey", familyName: "Sametime", dateOfBirth: new Date("2001-01-01") });

    await runTonight();

    expect(
      await db.referralMatch.findMany({ select: { referralId: true, matchedId: true, rule: true, state: true } }),
    ).toEqual([{ referralId: newer.id, matchedId: older.id, rule: "name-and-date-of-birth", state: "POSSIBLE" }]);
    expect(await backfillAudits()).toMatchObject([{ actorId: null, detail: { checked: 3, recorded: 1 } }]);

    // The next night finds nothing new and audits nothing.
    await runTonight();
    expect(await db.referralMatch.count()).toBe(1);
    expect(await backfillAudits()).toHaveLength(1);
  });

  it("compares only the last week's arrivals, each with the year before it, leaving older ones to npm run duplicates:backfill", async () => {
    const db = rig.database.db();
    const lastMonth = await insertReferral(db, { ...samePerson, createdAt: daysAgo(40) });
    const alsoLastMonth = await insertReferral(db, { ...samePerson, createdAt: daysAgo(39) });
    const thisWeek = await insertReferral(db, { ...samePerson, createdAt: daysAgo(6) });

    await runTonight();

    const matches = await db.referralMatch.findMany({ select: { referralId: true, matchedId: true } });
    expect(matches.filter((m) => m.referralId !== thisWeek.id)).toEqual([]);
    expect(matches.map((m) => m.matchedId).sort()).toEqual([lastMonth.id, alsoLastMonth.id].sort());
  });

  it("runs after the night's retention, so a referral anonymised that night is not compared", async () => {
    const db = rig.database.db();
    const finished = await insertReferral(db, {
      ...samePerson,
      status: "CLOSED",
      createdAt: daysAgo(60),
      closedAt: daysAgo(RETENTION_DAYS + 5),
    });
    await insertReferral(db, { ...samePerson, createdAt: daysAgo(1) });
    const before = (await backfillAudits()).length;

    await runTonight();

    expect((await db.referral.findUniqueOrThrow({ where: { id: finished.id } })).anonymisedAt).not.toBeNull();
    expect(await db.referralMatch.count()).toBe(0);
    expect(await backfillAudits()).toHaveLength(before);
  });
});
