import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { installJobs } from "../../lib/jobs/boss";
import { startHeartbeat } from "../../lib/jobs/heartbeat";
import { ACKNOWLEDGE_QUEUE, JOB_SCHEMA, NOTIFY_QUEUE } from "../../lib/jobs/queues";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { testDeps } from "../helpers/submit-journey";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
});
afterAll(() => database.drop());

async function health(env: Record<string, string>) {
  vi.stubEnv("DATABASE_URL", database.url);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  vi.unstubAllEnvs();
  return { status: response.status, body: await response.json() };
}

const beatSecondsAgo = (seconds: number) =>
  database
    .db()
    .$executeRawUnsafe(
      `INSERT INTO worker_heartbeat (id, beat_at) VALUES ('test-worker', now() - make_interval(secs => $1)) ON CONFLICT (id) DO UPDATE SET beat_at = EXCLUDED.beat_at`,
      seconds,
    );

describe("GET /api/health and the worker", () => {
  it("on a web-only host (HEALTH_EXPECTS_WORKER unset) stays 200 with no worker at all, and still reports the queue", async () => {
    const deps = await testDeps(database.db(), database.url);
    await deps.boss.send(NOTIFY_QUEUE, { referralId: "00000000-0000-0000-0000-000000000001" });
    await deps.boss.stop({ graceful: false });
    const { status, body } = await health({});
    expect(status).toBe(200);
    expect(body.worker).toMatchObject({ expected: false, silent: true, heartbeatAgeSeconds: null, queueDepth: 1 });
    expect(body.worker.oldestWaitingSeconds).toBeGreaterThanOrEqual(0);
  });

  it("reports how long the oldest waiting email job has waited, in seconds", async () => {
    const deps = await testDeps(database.db(), database.url);
    const id = await deps.boss.send(ACKNOWLEDGE_QUEUE, { referralId: "00000000-0000-0000-0000-000000000002" });
    await deps.boss.stop({ graceful: false });
    // As if the job had waited five minutes for a worker that never came.
    await database
      .db()
      .$executeRawUnsafe(
        `UPDATE ${JOB_SCHEMA}.job SET created_on = now() - interval '300 seconds' WHERE id = $1::uuid`,
        id,
      );
    const { body } = await health({});
    expect(body.worker.oldestWaitingSeconds).toBeGreaterThanOrEqual(300);
    expect(body.worker.oldestWaitingSeconds).toBeLessThan(360);
  });

  it("answers 503 when a worker is expected and none has ever sent a heartbeat", async () => {
    const { status, body } = await health({ HEALTH_EXPECTS_WORKER: "true" });
    expect(status).toBe(503);
    expect(body).toMatchObject({
      status: "unavailable",
      database: { status: "up" },
      worker: { expected: true, silent: true },
    });
  });

  it("answers 200 while the worker beats, and 503 once it has been silent longer than WORKER_SILENT_SECONDS", async () => {
    await beatSecondsAgo(2);
    expect((await health({ HEALTH_EXPECTS_WORKER: "true", WORKER_SILENT_SECONDS: "60" })).status).toBe(200);
    await beatSecondsAgo(90);
    const silent = await health({ HEALTH_EXPECTS_WORKER: "true", WORKER_SILENT_SECONDS: "60" });
    expect(silent.status).toBe(503);
    expect(silent.body.worker.heartbeatAgeSeconds).toBeGreaterThanOrEqual(89);
  });
});

describe("a worker's heartbeat", () => {
  const beatOf = (id: string) => database.db().workerHeartbeat.findUnique({ where: { id }, select: { beatAt: true } });
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    for (let tries = 0; tries < 50; tries++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("waited 5 s in vain");
  };

  it("beats as soon as it starts, and a clean stop removes its beat", async () => {
    const stop = startHeartbeat(database.db(), "starting-worker", 60_000);
    await until(
      () => beatOf("starting-worker"),
      (row) => row !== null,
    );
    await stop();
    expect(await beatOf("starting-worker")).toBeNull();
  });

  it("leaves no beat behind when stopped while its first beat is still being written", async () => {
    const stop = startHeartbeat(database.db(), "short-lived-worker", 60_000);
    await stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await beatOf("short-lived-worker")).toBeNull();
  });

  it("beats again every interval, and no beat comes back once it has stopped", async () => {
    const stop = startHeartbeat(database.db(), "beating-worker", 300);
    const first = await until(
      () => beatOf("beating-worker"),
      (row) => row !== null,
    );
    await until(
      () => beatOf("beating-worker"),
      (row) => row!.beatAt > first!.beatAt,
    );
    await stop();
    // Three intervals later no beat has come back: the timer stopped with the worker.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await beatOf("beating-worker")).toBeNull();
  });
});
