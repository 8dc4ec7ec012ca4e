import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTIFY_QUEUE } from "../../lib/jobs/queues";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { sendJourney } from "../helpers/submit-journey";

// A worker told to stop (SIGTERM from systemd or Docker, Ctrl-C under `npm run serve`) finishes the
// email it is sending, waiting up to 15 s: inside serve's 20 s grace (README), so it is never killed
// mid-stop. An email still unanswered then is failed and retried, never lost.
let rig: NotificationRig;
beforeAll(async () => {
  // The mailer waits a minute for the mail server's answer, longer than any stop waits.
  rig = await startNotificationRig({ replyTimeoutSeconds: 60 });
});
afterAll(async () => {
  rig.sink.beforeAnswer(null);
  await rig.stop();
});

/** Holds the mail server's answer to the team's notification until `release` is called. */
function holdNotificationAnswer() {
  let arrived!: () => void;
  let release!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  rig.sink.beforeAnswer(async (mail) => {
    if (!mail.subject?.startsWith("New referral")) return;
    arrived();
    await released;
  });
  return { arrival, release };
}

/** The referral's notification job, once a worker is sending it. */
async function notificationBeingSent(arrival: Promise<void>) {
  const worker = await rig.startWorker();
  const reference = await sendJourney(rig.deps, "adult");
  await arrival;
  const [job] = await rig.database
    .db()
    .$queryRawUnsafe<{ id: string; state: string }[]>(
      `SELECT j.id::text AS id, j.state::text AS state FROM pgboss.job j JOIN referral r ON r.id::text = j.data->>'referralId' WHERE j.name = $1 AND r.reference = $2`,
      NOTIFY_QUEUE,
      reference,
    );
  expect(job).toMatchObject({ state: "active" });
  return { worker, jobId: job!.id, reference };
}

const stateOf = async (jobId: string) => (await rig.deps.boss.getJobById(NOTIFY_QUEUE, jobId))?.state;

describe("stopping the worker", () => {
  it("finishes the email it is sending before it stops, rather than failing it", async () => {
    const { arrival, release } = holdNotificationAnswer();
    const { worker, jobId, reference } = await notificationBeingSent(arrival);
    const stopped = worker.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await stopped;
    expect(await stateOf(jobId)).toBe("completed");
    const referral = await rig.database.db().referral.findUniqueOrThrow({ where: { reference } });
    expect(referral.notifiedAt).not.toBeNull();
  });

  it("gives up after 15 s on an email the mail server has not answered, and leaves it to be retried", async () => {
    const { arrival, release } = holdNotificationAnswer();
    const { worker, jobId } = await notificationBeingSent(arrival);
    const started = Date.now();
    await worker.stop();
    const waited = Date.now() - started;
    release();
    expect(waited).toBeGreaterThanOrEqual(14_000);
    expect(waited, "inside serve's 20 s grace").toBeLessThan(20_000);
    expect(await stateOf(jobId)).toBe("retry");
  });
});
