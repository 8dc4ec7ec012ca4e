import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DIGEST_QUEUE,
  DRAFT_RETURN_QUEUE,
  EMAIL_QUEUES,
  ESCALATION_QUEUE,
  QUEUES,
  RETENTION_QUEUE,
  SWEEP_QUEUE,
} from "../../lib/jobs/queues";
import type { RunningWorker } from "../../lib/jobs/worker";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";

// The worker's handlers are wired in one place (lib/jobs/worker-handlers.ts), so the jobs the tests
// run are the jobs `npm run worker` runs: a queue the rig's worker does not take fails here.
const ASKED_SECONDS = 1;
let rig: NotificationRig;
let worker: RunningWorker;
beforeAll(async () => {
  rig = await startNotificationRig();
  // An interval that is neither the rig's 0.5 s nor one of the worker's defaults (0.5 s for email, 2 s for
  // the rest; pg-boss allows no less than 0.5 s), so the options below
  // show that the interval asked for reached every queue.
  worker = await rig.startWorker(ASKED_SECONDS);
});
afterAll(async () => {
  await rig.stop();
});

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" || name === "mutation" ? [] : filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });

describe("the worker's wiring", () => {
  it("gives the tests' worker every queue the service has (only the dead letter waits for staff)", () => {
    expect([...worker.queues].sort()).toEqual([...QUEUES].sort());
  });

  it("starts every worker, in the service and in tests, with the one set of handlers", () => {
    const starts = [...filesUnder("lib"), ...filesUnder("tests")].filter(
      (path) => path !== join("lib", "jobs", "worker.ts") && /(?<![.\w])startWorker\(/.test(readFileSync(path, "utf8")),
    );
    expect(starts).toContain(join("lib", "cli", "worker.ts"));
    expect(starts).toContain(join("tests", "helpers", "notification-rig.ts"));
    for (const path of starts) expect(readFileSync(path, "utf8"), path).toContain("createWorkerHandlers(");
  });
});

// pg-boss reports each of this process's workers with the options it was started with.
describe("how the worker takes its jobs", () => {
  const optionsOf = (queue: string) =>
    worker.boss
      .getWipData()
      .filter((w) => w.name === queue)
      .map((w) => w.options);

  it.each([...EMAIL_QUEUES, DRAFT_RETURN_QUEUE])(
    "takes emails in %s one at a time, at the polling interval asked for, without pausing while a backlog waits",
    (queue) => {
      expect(optionsOf(queue)).toEqual([
        expect.objectContaining({ pollingIntervalSeconds: ASKED_SECONDS, batchSize: 1, burstWhenReadyExceeds: 1 }),
      ]);
    },
  );

  it.each([SWEEP_QUEUE, RETENTION_QUEUE, ESCALATION_QUEUE, DIGEST_QUEUE])(
    "takes scheduled jobs in %s one at a time, at the polling interval asked for",
    (queue) => {
      const [options] = optionsOf(queue);
      expect(options).toMatchObject({ pollingIntervalSeconds: ASKED_SECONDS, batchSize: 1 });
      expect(options, "a scheduled run is one job: no bursts").not.toHaveProperty("burstWhenReadyExceeds");
    },
  );

  it("schedules the daily digest at 08:00 UK time, and runs a missed one once when a worker comes back", async () => {
    const [schedule] = await worker.boss.getSchedules(DIGEST_QUEUE);
    expect(schedule).toMatchObject({ name: DIGEST_QUEUE, cron: "0 8 * * *", timezone: "Europe/London" });
    expect(schedule!.options).toMatchObject({ missed: "once" });
  });
});
