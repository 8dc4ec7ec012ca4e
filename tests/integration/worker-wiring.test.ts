import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES } from "../../lib/jobs/queues";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";

// The worker's handlers are wired in one place (lib/jobs/worker-handlers.ts), so the jobs the tests
// run are the jobs `npm run worker` runs: a queue the rig's worker does not take fails here.
let rig: NotificationRig;
beforeAll(async () => {
  rig = await startNotificationRig();
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
  it("gives the tests' worker every queue the service has (only the dead letter waits for staff)", async () => {
    const worker = await rig.startWorker();
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
