import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, POOL_SIZE, type Database } from "../../lib/db/client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let db: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient(database.url);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("a busy moment", () => {
  it("a burst of transactions nine times the pool waits for a connection rather than failing (Prisma's default gives up after 2 s)", async () => {
    // Each transaction holds its connection for 0.3 s, so the last of 9 × the pool waits about 2.4 s (under the pool's 5 s connection timeout).
    const burst = Array.from({ length: POOL_SIZE * 9 }, () =>
      db.$transaction(async (tx) => {
        await tx.$queryRawUnsafe("SELECT 1 AS slept FROM pg_sleep(0.3)");
        return "saved";
      }),
    );
    const results = await Promise.allSettled(burst);
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed.map((r) => String((r as PromiseRejectedResult).reason).slice(0, 200))).toEqual([]);
  }, 60_000);
});
