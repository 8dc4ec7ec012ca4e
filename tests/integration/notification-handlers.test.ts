import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type { JobAttempt } from "../../lib/jobs/worker";
import { createMailer } from "../../lib/mail/transport";
import { notificationHandlers } from "../../lib/referrals/notifications";
import { emailSettings, startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { validAnswers } from "../helpers/journey-answers";
import { sendJourney } from "../helpers/submit-journey";

// The worker's email jobs (lib/referrals/notifications.ts) called one at a time, against a real
// database and SMTP server, so each guard can be seen on its own: no worker runs in this file.

let rig: NotificationRig;
let handlers: ReturnType<typeof notificationHandlers>;
let mailer: ReturnType<typeof createMailer>;
beforeAll(async () => {
  rig = await startNotificationRig();
  mailer = createMailer({
    SMTP_URL: rig.sink.url,
    MAIL_FROM: "IPT referrals <referrals@example.org>",
    DATA_DIR: ".data/test",
    SMTP_TIMEOUT_SECONDS: 5,
    SMTP_REPLY_TIMEOUT_SECONDS: 5,
    SMTP_ALLOW_PLAINTEXT: true,
  });
  handlers = notificationHandlers(rig.database.db(), mailer, emailSettings, 30);
});
afterAll(async () => {
  mailer.close();
  await rig.stop();
});

let write: MockInstance;
beforeEach(() => {
  write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterEach(() => write.mockRestore());
const logged = (event: string) =>
  write.mock.calls
    .map((call) => String(call[0]))
    .filter((line) => line.includes(`"event":"${event}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const job: JobAttempt = { queue: "referral-notification", retryCount: 0 };
const idOf = async (reference: string) =>
  (await rig.database.db().referral.findUniqueOrThrow({ where: { reference } })).id;
const mailsFor = (reference: string) => rig.sink.messages.filter((m) => m.subject?.includes(reference));

describe("the worker's email jobs", () => {
  it("sends a notification once: a second job for a referral already notified sends nothing", async () => {
    const reference = await sendJourney(rig.deps, "adult");
    const referralId = await idOf(reference);
    await handlers.notify({ referralId }, job);
    await handlers.notify({ referralId }, job);
    expect(mailsFor(reference).map((m) => m.subject)).toEqual([`New referral ${reference}`]);
  });

  it("sends an acknowledgement once: a second job for a referral already acknowledged sends nothing", async () => {
    const reference = await sendJourney(rig.deps, "professional");
    const referralId = await idOf(reference);
    await handlers.acknowledge({ referralId }, { ...job, queue: "referral-acknowledgement" });
    await handlers.acknowledge({ referralId }, { ...job, queue: "referral-acknowledgement" });
    expect(mailsFor(reference).map((m) => m.subject)).toEqual([`Your reference ${reference}`]);
  });

  it("sends nothing, and does not fail, for a referral erased before its job ran", async () => {
    const before = rig.sink.messages.length;
    await handlers.notify({ referralId: randomUUID() }, job);
    await handlers.acknowledge({ referralId: randomUUID() }, job);
    expect(rig.sink.messages.length).toBe(before);
  });

  it("skips a second reference email to one address on one day, and logs the skip by reference alone", async () => {
    const address = `once-a-day-${randomUUID()}@example.net`;
    const contact = { ...validAnswers.adult.contact, email: address, emailReference: "yes" };
    const first = await sendJourney(rig.deps, "adult", { contact });
    const second = await sendJourney(rig.deps, "adult", { contact });
    await handlers.acknowledge({ referralId: await idOf(first) }, job);
    await handlers.acknowledge({ referralId: await idOf(second) }, job);
    expect(mailsFor(first)).toHaveLength(1);
    expect(mailsFor(second)).toHaveLength(0);
    const skipped = logged("email.skipped");
    expect(skipped).toEqual([
      expect.objectContaining({ kind: "acknowledgement", reason: "one-per-address-per-day", reference: second }),
    ]);
    expect(JSON.stringify(skipped)).not.toContain(address);
  });

  it("sweeps: re-queues an overdue notification and logs it by reference, and removes timed-out drafts", async () => {
    const db = rig.database.db();
    const reference = await sendJourney(rig.deps, "adult");
    await db.referral.update({ where: { reference }, data: { createdAt: new Date(Date.now() - 40 * 60_000) } });
    const draft = await db.referralDraft.create({
      data: {
        tokenHash: randomBytes(32).toString("hex"),
        journey: "ADULT_SELF",
        answers: {},
        idempotencyKey: randomUUID(),
        expiresAt: new Date(Date.now() - 1000),
      },
    });
    const requeued: string[] = [];
    await handlers.sweep(async (id) => {
      requeued.push(id);
      return true;
    });
    expect(requeued).toContain(await idOf(reference));
    expect(logged("email.requeued")).toContainEqual(expect.objectContaining({ kind: "notification", reference }));
    expect(await db.referralDraft.findUnique({ where: { id: draft.id } })).toBeNull();
  });

  it("logs no re-queue for an overdue notification the queue already holds", async () => {
    const db = rig.database.db();
    const reference = await sendJourney(rig.deps, "adult");
    await db.referral.update({ where: { reference }, data: { createdAt: new Date(Date.now() - 40 * 60_000) } });
    await handlers.sweep(async () => false);
    expect(logged("email.requeued").map((line) => line.reference)).not.toContain(reference);
  });
});
