import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { sendJourney } from "../helpers/submit-journey";

let rig: NotificationRig;
beforeAll(async () => {
  rig = await startNotificationRig();
});
afterAll(() => rig.stop());

const notificationsFor = (reference: string) =>
  rig.sink.messages.filter((m) => m.subject?.includes(`referral ${reference}`));
const jobState = async (referralId: string) =>
  rig.database
    .db()
    .$queryRawUnsafe<{ state: string; retry_count: number }[]>(
      `SELECT state::text, retry_count FROM pgboss.job WHERE name = 'referral-notification' AND data->>'referralId' = $1`,
      referralId,
    );

describe("when the mail server fails", () => {
  it("keeps the referral while SMTP refuses, retries, and delivers exactly one email when SMTP recovers", async () => {
    rig.sink.setMode("refuse");
    const worker = await rig.startWorker();
    const reference = await sendJourney(rig.deps, "adult");
    const row = await rig.database.db().referral.findUniqueOrThrow({ where: { reference } });
    // Saved, and the person was given their reference, while the mail server says no.
    await expect
      .poll(async () => (await jobState(row.id))[0]?.retry_count ?? 0, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    expect(notificationsFor(reference)).toHaveLength(0);
    expect((await rig.database.db().referral.findUniqueOrThrow({ where: { id: row.id } })).notifiedAt).toBeNull();

    rig.sink.setMode("accept");
    await expect.poll(() => notificationsFor(reference).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await jobState(row.id))[0]?.state, { timeout: 30_000 }).toBe("completed");
    expect(notificationsFor(reference)).toHaveLength(1);
    expect((await rig.database.db().referral.findUniqueOrThrow({ where: { id: row.id } })).notifiedAt).not.toBeNull();
    await worker.stop();
  });

  it("gives up on a hanging mail server after the SMTP timeout and retries until it answers", async () => {
    rig.sink.setMode("hang");
    const before = rig.sink.attempts;
    const worker = await rig.startWorker();
    const reference = await sendJourney(rig.deps, "young-person");
    const row = await rig.database.db().referral.findUniqueOrThrow({ where: { reference } });
    // Each attempt waits for the 1 s timeout, fails, and pg-boss tries again.
    await expect
      .poll(async () => (await jobState(row.id))[0]?.retry_count ?? 0, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(1);
    expect(rig.sink.attempts - before).toBeGreaterThanOrEqual(2);
    expect(notificationsFor(reference)).toHaveLength(0);

    rig.sink.setMode("accept");
    await expect.poll(() => notificationsFor(reference).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await jobState(row.id))[0]?.state, { timeout: 30_000 }).toBe("completed");
    expect(notificationsFor(reference)).toHaveLength(1);
    await worker.stop();
  });

  it("sends each notification once when two workers run side by side", async () => {
    rig.sink.setMode("accept");
    const workers = [await rig.startWorker(), await rig.startWorker()];
    const references = [];
    for (let i = 0; i < 8; i++) references.push(await sendJourney(rig.deps, i % 2 ? "adult" : "parent-carer"));
    const ids = (
      await rig.database.db().referral.findMany({ where: { reference: { in: references } }, select: { id: true } })
    ).map((r) => r.id);
    await expect
      .poll(
        async () => {
          const rows = await rig.database
            .db()
            .$queryRawUnsafe<{ done: bigint }[]>(
              `SELECT count(*) AS done FROM pgboss.job WHERE name IN ('referral-notification', 'referral-acknowledgement') AND state = 'completed' AND data->>'referralId' = ANY($1::text[])`,
              ids,
            );
          return Number(rows[0]!.done);
        },
        { timeout: 60_000 },
      )
      .toBe(16);
    for (const reference of references) expect(notificationsFor(reference), reference).toHaveLength(1);
    await Promise.all(workers.map((w) => w.stop()));
  });
});
