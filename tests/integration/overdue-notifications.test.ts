import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTIFY_QUEUE, SWEEP_QUEUE } from "../../lib/jobs/queues";
import { flagOverdue } from "../../lib/referrals/notifications";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { sendJourney } from "../helpers/submit-journey";

let rig: NotificationRig;
beforeAll(async () => {
  rig = await startNotificationRig();
});
afterAll(() => rig.stop());

describe("referrals not notified after 30 minutes", () => {
  it("are flagged for the dashboard and their notification is queued again", async () => {
    const reference = await sendJourney(rig.deps, "adult");
    const db = rig.database.db();
    // As if it arrived 31 minutes ago and its job was lost (e.g. deleted by hand).
    await db.referral.update({ where: { reference }, data: { createdAt: new Date(Date.now() - 31 * 60_000) } });
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'referral-notification'`);
    const fresh = await sendJourney(rig.deps, "adult");

    const overdue = await flagOverdue(db, 30);
    expect(overdue.map((r) => r.reference)).toEqual([reference]);
    const flagged = await db.referral.findUniqueOrThrow({ where: { reference } });
    expect(flagged.notificationOverdueAt).not.toBeNull();
    expect((await db.referral.findUniqueOrThrow({ where: { reference: fresh } })).notificationOverdueAt).toBeNull();

    // The worker's sweep re-queues it; the email then goes out.
    const worker = await rig.startWorker();
    await worker.boss.send("referral-sweep", {});
    await expect
      .poll(() => rig.sink.messages.filter((m) => m.subject === `New referral ${reference}`).length, {
        timeout: 30_000,
      })
      .toBe(1);
    await expect
      .poll(async () => (await db.referral.findUniqueOrThrow({ where: { reference } })).notifiedAt, { timeout: 30_000 })
      .not.toBeNull();
    await worker.stop();
  });
});

describe("a referral still overdue at the next sweep", () => {
  it("keeps the time it was first flagged, and is queued again each sweep", async () => {
    const db = rig.database.db();
    const reference = await sendJourney(rig.deps, "adult");
    await db.referral.update({ where: { reference }, data: { createdAt: new Date(Date.now() - 45 * 60_000) } });
    expect((await flagOverdue(db, 30)).map((r) => r.reference)).toContain(reference);
    const first = (await db.referral.findUniqueOrThrow({ where: { reference } })).notificationOverdueAt;
    expect(first).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await flagOverdue(db, 30)).map((r) => r.reference)).toContain(reference);
    expect((await db.referral.findUniqueOrThrow({ where: { reference } })).notificationOverdueAt).toEqual(first);
  });

  it("is not overdue a minute before the limit, and is under a limit a minute shorter than its age", async () => {
    const db = rig.database.db();
    const reference = await sendJourney(rig.deps, "adult");
    await db.referral.update({ where: { reference }, data: { createdAt: new Date(Date.now() - 29 * 60_000) } });
    expect((await flagOverdue(db, 30)).map((r) => r.reference)).not.toContain(reference);
    expect((await flagOverdue(db, 28)).map((r) => r.reference)).toContain(reference);
  });
});

describe("a notification the mail server refused", () => {
  it("is flagged when overdue but not re-queued: it waits for staff to send it again", async () => {
    const db = rig.database.db();
    const reference = await sendJourney(rig.deps, "adult");
    await db.referral.update({
      where: { reference },
      data: { createdAt: new Date(Date.now() - 31 * 60_000), emailRefusedAt: new Date() },
    });
    const overdue = await flagOverdue(db, 30);
    expect(overdue.map((r) => r.reference)).not.toContain(reference);
    expect((await db.referral.findUniqueOrThrow({ where: { reference } })).notificationOverdueAt).not.toBeNull();
  });
});

// The sweep's re-queue carries the referral's id as its singleton key: the notification queue lets one
// live job per key, so a notification still waiting is never queued a second time (a double email).
describe("the sweep re-queuing overdue notifications", () => {
  const db = () => rig.database.db();
  const overdueReferral = async () => {
    const reference = await sendJourney(rig.deps, "adult");
    const { id } = await db().referral.update({
      where: { reference },
      data: { createdAt: new Date(Date.now() - 31 * 60_000) },
    });
    return { id, reference };
  };
  const notifyJobsFor = async (referralId: string) =>
    Number(
      (
        await db().$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND data->>'referralId' = $2`,
          NOTIFY_QUEUE,
          referralId,
        )
      )[0]!.n,
    );
  const sweepOnce = async () => {
    const worker = await rig.startWorker();
    const id = (await worker.boss.send(SWEEP_QUEUE, {}))!;
    await expect
      .poll(async () => (await worker.boss.getJobById(SWEEP_QUEUE, id))?.state, { timeout: 30_000 })
      .toBe("completed");
    return worker;
  };

  it("does not queue a second notification for a referral whose first is still waiting", async () => {
    const { id } = await overdueReferral();
    // Its job waits for a retry an hour away, as after a mail server that did not answer.
    await db().$executeRawUnsafe(
      `UPDATE pgboss.job SET start_after = now() + interval '1 hour' WHERE name = $1 AND data->>'referralId' = $2`,
      NOTIFY_QUEUE,
      id,
    );
    const worker = await sweepOnce();
    await worker.stop();
    expect((await db().referral.findUniqueOrThrow({ where: { id } })).notificationOverdueAt).not.toBeNull();
    expect(await notifyJobsFor(id)).toBe(1);
  });

  it("queues again, in one sweep, the notifications of every referral whose job was lost", async () => {
    const first = await overdueReferral();
    const second = await overdueReferral();
    await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1`, NOTIFY_QUEUE);
    const worker = await sweepOnce();
    const sent = (reference: string) => rig.sink.messages.some((m) => m.subject === `New referral ${reference}`);
    await expect.poll(() => sent(first.reference) && sent(second.reference), { timeout: 30_000 }).toBe(true);
    await worker.stop();
  });
});
