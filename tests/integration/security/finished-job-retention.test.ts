import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installJobs } from "@/lib/jobs/boss";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

// L-12: pg-boss kept finished jobs for 30 days, and a failed send's output can quote the SMTP
// server's reply, which usually names the recipient. Every queue now lets them go after a week.
const WEEK_SECONDS = 7 * 24 * 60 * 60;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
});
afterAll(() => database.drop());

describe("finished jobs", () => {
  it("are deleted within a week in every queue, and no queue keeps them for ever (L-12)", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; deletion_seconds: number }>(
        "SELECT name, deletion_seconds FROM pgboss.queue ORDER BY name",
      );
      expect(rows.map((row) => row.name)).toEqual(
        expect.arrayContaining(["referral-notification", "referral-acknowledgement"]),
      );
      // 0 would switch deletion off.
      const kept = rows.filter((row) => row.deletion_seconds <= 0 || row.deletion_seconds > WEEK_SECONDS);
      expect(kept).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
