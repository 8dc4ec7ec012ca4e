import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { installJobs } from "@/lib/jobs/boss";
import { getQueueClient } from "@/lib/jobs/web";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// The web server queues each referral's emails through one pg-boss client, started on first use.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
});
afterAll(async () => {
  const holder = globalThis as unknown as { iptBoss?: ReturnType<typeof getQueueClient> };
  await (await holder.iptBoss?.catch(() => undefined))?.stop({ graceful: false });
  holder.iptBoss = undefined;
  await database.drop();
});

describe("the web server's queue client", () => {
  it("is started again after a failed start (the database was down), rather than keeping the failure", async () => {
    const nobodyListens = new URL(database.url);
    nobodyListens.port = String(await freePort());
    await expect(getQueueClient(nobodyListens.toString())).rejects.toThrow();
    const boss = await getQueueClient(database.url);
    expect(await boss.send("referral-notification", { referralId: "web-client-check" })).toEqual(expect.any(String));
  });

  it("is started once, however many requests ask for it at the same time", async () => {
    const [first, second] = await Promise.all([getQueueClient(database.url), getQueueClient(database.url)]);
    expect(second).toBe(first);
    expect(await getQueueClient(database.url)).toBe(first);
  });
});
