import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PgBoss } from "pg-boss";
import { logBackgroundErrors } from "@/lib/jobs/boss";
import { testQueueClient } from "../helpers/queue-client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** The structured log lines written while `act` runs. */
function logLinesOf(act: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    act();
  } finally {
    write.mockRestore();
  }
  return lines.flatMap((line) => line.split("\n").filter(Boolean)).map((line) => JSON.parse(line));
}

// A failure in the job queue's background work (a dropped connection, maintenance failing) must be
// seen by whoever runs the service, and must not crash the web server or the worker.
describe("a background failure of the job queue", () => {
  it.each([
    ["the web server's and the worker's queue client", () => testQueueClient(database.url)],
    ["the start-up installer's", () => logBackgroundErrors(new PgBoss({ connectionString: database.url }))],
  ])("is logged with its name and message, and does not crash the process (%s)", (_, make) => {
    const boss = make();
    const lines = logLinesOf(() => boss.emit("error", new TypeError("Connection terminated unexpectedly")));
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: "error",
        event: "jobs.error",
        errorName: "TypeError",
        message: "Connection terminated unexpectedly",
      }),
    );
  });
});
