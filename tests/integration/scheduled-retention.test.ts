import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RETENTION_QUEUE } from "../../lib/jobs/queues";
import type { RunningWorker } from "../../lib/jobs/worker";
import { draftTokenHash, saveDraftStep } from "../../lib/referrals/drafts";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { saveForLater } from "../../lib/referrals/return-links";
import { insertReferral } from "../helpers/referral-factory";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";

// The nightly retention job, run by a real worker through pg-boss against a real Postgres.

const RETENTION_DAYS = 365;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

let rig: NotificationRig;
let worker: RunningWorker;
beforeAll(async () => {
  rig = await startNotificationRig({ retentionDays: RETENTION_DAYS });
  worker = await rig.startWorker();
});
afterAll(() => rig.stop());

describe("the scheduled retention job", () => {
  it("is scheduled every night, UK time, when the worker starts", async () => {
    const [schedule] = await worker.boss.getSchedules(RETENTION_QUEUE);
    expect(schedule).toMatchObject({ name: RETENTION_QUEUE, cron: "30 2 * * *", timezone: "Europe/London" });
  });

  it("anonymises closed referrals past the retention period, leaves recent ones, and logs and audits only the count", async () => {
    const db = rig.database.db();
    const old = await insertReferral(db, {
      givenName: "Morgan",
      familyName: "Expired",
      status: "CLOSED",
      createdAt: daysAgo(500),
      closedAt: daysAgo(RETENTION_DAYS + 10),
    });
    const recent = await insertReferral(db, {
      givenName: "Riley",
      familyName: "Recent",
      status: "CLOSED",
      createdAt: daysAgo(100),
      closedAt: daysAgo(30),
    });
    const stillOpen = await insertReferral(db, {
      givenName: "Jordan",
      familyName: "Open",
      status: "IN_REVIEW",
      createdAt: daysAgo(600),
    });
    const write = vi.spyOn(process.stdout, "write");

    // What pg-boss's cron sends at 02:30; the worker's handler takes it from the queue.
    await worker.boss.send(RETENTION_QUEUE, {});

    await expect
      .poll(async () => (await db.referral.findUniqueOrThrow({ where: { id: old.id } })).anonymisedAt, {
        timeout: 30_000,
      })
      .not.toBeNull();
    const anonymised = await db.referral.findUniqueOrThrow({ where: { id: old.id } });
    expect(anonymised).toMatchObject({
      givenName: null,
      familyName: null,
      email: null,
      nhsNumber: null,
      answers: {},
      reference: old.reference,
    });
    expect(await db.referral.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({
      givenName: "Riley",
      anonymisedAt: null,
    });
    expect(await db.referral.findUniqueOrThrow({ where: { id: stillOpen.id } })).toMatchObject({
      givenName: "Jordan",
      anonymisedAt: null,
    });

    // The run logs once every store is done, a moment after the referral is anonymised.
    const lines = () => write.mock.calls.map((call) => String(call[0]));
    await expect
      .poll(() => lines().find((line) => line.includes('"event":"retention.applied"')), { timeout: 30_000 })
      .toContain('"referralsAnonymised":1');
    const [audit] = await db.auditEvent.findMany({ where: { action: "referral.anonymised" } });
    expect(audit).toMatchObject({ actorId: null, detail: { count: 1, retentionDays: RETENTION_DAYS } });
    expect(lines().join("\n")).not.toMatch(/Morgan|Expired|Riley|Recent|Jordan/);
    write.mockRestore();
  });

  it("deletes a draft saved with 'Save and come back later' 7 days after it was saved, with its link, and keeps a newer one", async () => {
    const db = rig.database.db();
    const parent = getJourney("parent-carer")!;
    const saveOne = async (savedAt: Date) => {
      const { token } = await saveDraftStep(undefined, parent, "risk", { selfHarmThoughts: "no" }, db);
      expect(await saveForLater(db, rig.deps.boss, token, parent, "later@example.net", savedAt)).toMatchObject({
        ok: true,
      });
      return db.draftReturnLink.findFirstOrThrow({ where: { draft: { tokenHash: draftTokenHash(token) } } });
    };
    const old = await saveOne(daysAgo(7.01));
    const recent = await saveOne(daysAgo(6.9));

    await worker.boss.send(RETENTION_QUEUE, {});

    await expect.poll(async () => db.referralDraft.count({ where: { id: old.draftId } }), { timeout: 30_000 }).toBe(0);
    expect(await db.draftReturnLink.count({ where: { id: old.id } })).toBe(0);
    expect(await db.referralDraft.count({ where: { id: recent.draftId } })).toBe(1);
    expect(await db.draftReturnLink.count({ where: { id: recent.id } })).toBe(1);
  });
});
