import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { untilWritten } from "../../lib/db/until-written";
import { insertReferral } from "../helpers/referral-factory";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Real Postgres: the error Prisma gives for a row erased between the send and the "sent" write is
// the one untilWritten stops on at once (P2025), so an erasure cannot hold a worker for ten minutes.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("untilWritten on a real database", () => {
  it("stops at once when the referral was erased before 'sent' could be written, and writes it when it is there", async () => {
    const db = database.db();
    const referral = await insertReferral(db);
    await expect(
      untilWritten(() => db.referral.update({ where: { id: referral.id }, data: { notifiedAt: new Date() } })),
    ).resolves.toMatchObject({ id: referral.id });

    await db.referral.delete({ where: { id: referral.id } });
    const started = Date.now();
    await expect(
      untilWritten(() => db.referral.update({ where: { id: referral.id }, data: { notifiedAt: new Date() } })),
    ).rejects.toMatchObject({ code: "P2025" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
