import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { getQueueClient } from "@/lib/jobs/web";
import type { RunningWorker } from "@/lib/jobs/worker";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";

// Only the worker may run pg-boss's maintenance (which fails and retries an email whose worker died)
// and its cron clock (the sweep, retention, escalation of unopened urgent referrals, the digest).
// Without them nothing scheduled ever runs; with them in every web server, each would do the work.
// pg-boss records each client's settings in its instance registry, which is what these tests read.

let rig: NotificationRig;
let worker: RunningWorker;
let web: PgBoss;
beforeAll(async () => {
  rig = await startNotificationRig();
  worker = await rig.startWorker();
  web = await getQueueClient(rig.database.url);
});
afterAll(async () => {
  await web?.stop({ graceful: false });
  (globalThis as unknown as { iptBoss?: unknown }).iptBoss = undefined;
  await rig?.stop();
});

/** The registry's record of the one client of this name. */
async function registered(name: string) {
  const rows = (await worker.boss.getInstances()).filter((row) => row.name === name);
  expect(rows).toHaveLength(1);
  const [row] = rows;
  return {
    supervise: row!.supervise,
    schedule: row!.schedule,
    poolMax: row!.poolMax,
    superviseIntervalSeconds: row!.config.superviseIntervalSeconds,
  };
}

describe("who runs the job queue's maintenance and clock", () => {
  it("the worker does, checking for dead workers' jobs every 10 s, with up to 4 connections", async () => {
    expect(await registered("worker")).toEqual({
      supervise: true,
      schedule: true,
      poolMax: 4,
      superviseIntervalSeconds: 10,
    });
  });

  it("the web server's client does not: it only queues jobs, with up to 2 connections", async () => {
    expect(await registered("web")).toMatchObject({ supervise: false, schedule: false, poolMax: 2 });
  });

  it("installing the queues at start-up does not, and uses one connection", async () => {
    expect(await registered("installer")).toMatchObject({ supervise: false, schedule: false, poolMax: 1 });
  });

  it("installing the queues at start-up leaves no client behind: the installer has stopped once it is done", async () => {
    const [installer] = (await worker.boss.getInstances()).filter((row) => row.name === "installer");
    expect(installer).toMatchObject({ live: false, stoppedOn: expect.any(Date) });
  });
});
