import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countHeldFormsWaitingOverADay, deleteOldHeldTraces } from "@/lib/retention/side-stores";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Forms held back by a limit (H13): a genuine referral may be among them, so the retention run deletes
// only the traces of forms already released or discarded, after the retention period.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const DAY = 86_400_000;
const NOW = new Date("2026-12-01T12:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);

function held(dates: { createdAt: Date; releasedAt?: Date; discardedAt?: Date }) {
  return database.db().heldSubmission.create({
    data: {
      journey: "ADULT_SELF",
      answers: {},
      flags: {},
      idempotencyKey: randomUUID(),
      reason: "rate-limited",
      ...dates,
    },
  });
}

describe("the retention run and held forms", () => {
  it("deletes only traces released or discarded before the period, never a form still waiting", async () => {
    const waitingLong = await held({ createdAt: daysBefore(400) });
    const waitingNew = await held({ createdAt: daysBefore(2) });
    const waitingToday = await held({ createdAt: new Date(NOW.getTime() - 2 * 60 * 60 * 1000) });
    const releasedRecently = await held({ createdAt: daysBefore(40), releasedAt: daysBefore(10) });
    const discardedRecently = await held({ createdAt: daysBefore(40), discardedAt: daysBefore(10) });
    await held({ createdAt: daysBefore(400), releasedAt: daysBefore(31) });
    await held({ createdAt: daysBefore(400), discardedAt: daysBefore(31) });

    expect(await deleteOldHeldTraces(database.db(), 30, NOW)).toBe(2);
    const left = await database.db().heldSubmission.findMany({ select: { id: true } });
    expect(left.map((h) => h.id).sort()).toEqual(
      [waitingLong.id, waitingNew.id, waitingToday.id, releasedRecently.id, discardedRecently.id].sort(),
    );
    // The two waiting over a day are counted for a warning instead; the one from today is not yet.
    expect(await countHeldFormsWaitingOverADay(database.db(), NOW)).toBe(2);
  });
});
