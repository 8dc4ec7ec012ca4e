import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertReferral } from "../helpers/referral-factory";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// The migration's backfill on its own (the column already exists in the test template).
const migration = readFileSync("prisma/migrations/20261207110001_referral_opened_at/migration.sql", "utf8");
const backfill = migration.slice(migration.indexOf("UPDATE"));

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("referrals received before opened_at existed", () => {
  it("take the time of their first recorded view or staff action, and stay unopened without one", async () => {
    const db = database.db();
    const viewed = await insertReferral(db);
    const noted = await insertReferral(db);
    const untouched = await insertReferral(db);
    const firstView = new Date("2026-12-01T09:30:00Z");
    for (const [at, target] of [
      [new Date("2026-12-02T10:00:00Z"), viewed.id],
      [firstView, viewed.id],
      [new Date("2026-11-30T08:00:00Z"), "not-a-referral-id"],
    ] as const)
      await db.auditEvent.create({ data: { action: "referral.viewed", target, createdAt: at, actorId: "s1" } });
    const noteAt = new Date("2026-12-03T14:00:00Z");
    await db.note.create({ data: { referralId: noted.id, body: "Called back", authorId: "s1", createdAt: noteAt } });

    await db.$executeRawUnsafe(backfill);

    const openedAt = async (id: string) => (await db.referral.findUniqueOrThrow({ where: { id } })).openedAt;
    expect(await openedAt(viewed.id)).toEqual(firstView);
    expect(await openedAt(noted.id)).toEqual(noteAt);
    expect(await openedAt(untouched.id)).toBeNull();
  });
});
