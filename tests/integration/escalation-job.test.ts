import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkerHandlers } from "../../lib/jobs/worker-handlers";
import { installJobs } from "../../lib/jobs/boss";
import { DIGEST_QUEUE, ESCALATION_QUEUE } from "../../lib/jobs/queues";
import { startWorker, type RunningWorker } from "../../lib/jobs/worker";
import { dutySettings, startEscalationRig, type EscalationRig } from "../helpers/escalation-rig";
import { testWorkerSettings } from "../helpers/notification-rig";
import { insertReferral } from "../helpers/referral-factory";

let rig: EscalationRig;
let worker: RunningWorker;
beforeAll(async () => {
  rig = await startEscalationRig();
  await installJobs(rig.database.url);
  worker = await startWorker(
    rig.database.url,
    createWorkerHandlers(rig.database.db(), rig.mailer, testWorkerSettings({ escalation: dutySettings })),
    { pollingIntervalSeconds: 0.5 },
  );
});
afterAll(async () => {
  await worker.stop();
  await rig.stop();
});

describe("the worker's escalation and digest jobs", () => {
  it("sends the duty alert when the escalation job runs, and the digest when the digest job runs", async () => {
    // A month old and still new: past the response standard whatever today is.
    const old = await insertReferral(rig.database.db(), { createdAt: new Date(Date.now() - 30 * 24 * 3600_000) });
    await worker.boss.send(ESCALATION_QUEUE, {});
    const [alert] = await rig.sink.waitForMessages(1, 30_000);
    expect(alert!.subject).toBe("Duty alert: 1 referral past the response standard");
    expect(alert!.text).toContain(old.reference);

    await worker.boss.send(DIGEST_QUEUE, {});
    const mails = await rig.sink.waitForMessages(2, 30_000);
    expect(mails[1]!.subject).toMatch(/^Daily summary for .*: 1 untriaged, 0 urgent, 1 overdue$/);
  });

  it("schedules both on the worker's clock", async () => {
    const names = (await worker.boss.getSchedules()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([ESCALATION_QUEUE, DIGEST_QUEUE]));
  });
});
