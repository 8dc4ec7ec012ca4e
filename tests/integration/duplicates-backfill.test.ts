import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { typeScriptArgs } from "../../lib/cli/children";
import { backfillPossibleDuplicates } from "../../lib/referrals/duplicate-backfill";
import { insertReferral } from "../helpers/referral-factory";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Referrals inserted straight into the table never went through duplicate detection, as those
// that arrived before the feature did not.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  await database.db().$executeRawUnsafe(`DELETE FROM referral`);
});

const at = (isoDate: string) => new Date(`${isoDate}T10:00:00Z`);
// Different people by default: no shared NHS number, date of birth, phone or email.
let serial = 0;
const person = (overrides: Parameters<typeof insertReferral>[1] = {}) => {
  serial++;
  return insertReferral(database.db(), {
    givenName: `Given${serial}`,
    familyName: `Family${serial}`,
    nhsNumber: String(9_000_000_000 + serial),
    dateOfBirth: new Date(Date.UTC(2005, 0, 1 + serial)),
    phone: `07700 9${String(serial).padStart(5, "0")}`,
    email: `person${serial}@example.com`,
    ...overrides,
  });
};
const matches = () =>
  database.db().referralMatch.findMany({
    select: { referralId: true, matchedId: true, rule: true, state: true },
    orderBy: { rule: "asc" },
  });

describe("the possible-duplicate backfill", () => {
  it("finds earlier referrals that match on each rule, the newer one pointing at the older", async () => {
    const born = new Date("2010-06-15");
    const byNhs = [await person({ createdAt: at("2026-01-05") })];
    byNhs.push(await person({ nhsNumber: byNhs[0]!.nhsNumber, createdAt: at("2026-02-05") }));
    const byName = [
      await person({ givenName: "Ada", familyName: "Lane", dateOfBirth: born, createdAt: at("2026-03-01") }),
    ];
    byName.push(
      await person({ givenName: " ada ", familyName: "LANE", dateOfBirth: born, createdAt: at("2026-03-02") }),
    );
    const bornPhone = new Date("2011-02-02");
    const byPhone = [await person({ dateOfBirth: bornPhone, phone: "+44 7700 900555", createdAt: at("2026-04-01") })];
    byPhone.push(await person({ dateOfBirth: bornPhone, phone: "07700900555", createdAt: at("2026-04-09") }));
    const bornEmail = new Date("2012-03-03");
    const byEmail = [await person({ dateOfBirth: bornEmail, email: "Same@Example.com", createdAt: at("2026-05-01") })];
    byEmail.push(await person({ dateOfBirth: bornEmail, email: "same@example.com", createdAt: at("2026-05-03") }));

    const report = await backfillPossibleDuplicates(database.db());

    expect(report).toEqual({ checked: 8, recorded: 4 });
    expect(await matches()).toEqual([
      { referralId: byEmail[1]!.id, matchedId: byEmail[0]!.id, rule: "date-of-birth-and-email", state: "POSSIBLE" },
      { referralId: byPhone[1]!.id, matchedId: byPhone[0]!.id, rule: "date-of-birth-and-phone", state: "POSSIBLE" },
      { referralId: byName[1]!.id, matchedId: byName[0]!.id, rule: "name-and-date-of-birth", state: "POSSIBLE" },
      { referralId: byNhs[1]!.id, matchedId: byNhs[0]!.id, rule: "nhs-number", state: "POSSIBLE" },
    ]);
  });

  it("does not match different people with the same name, nor referrals more than a year apart or anonymised", async () => {
    await person({ givenName: "Sam", familyName: "Taylor", createdAt: at("2026-01-01") });
    await person({ givenName: "Sam", familyName: "Taylor", createdAt: at("2026-01-02") });
    const first = await person({ createdAt: at("2024-01-01") });
    await person({ nhsNumber: first.nhsNumber, createdAt: at("2025-01-10") }); // 375 days later
    const gone = await person({ createdAt: at("2026-02-01"), anonymisedAt: at("2026-02-03") });
    await person({ nhsNumber: gone.nhsNumber, createdAt: at("2026-02-02") });

    expect(await backfillPossibleDuplicates(database.db())).toMatchObject({ recorded: 0 });
    expect(await matches()).toEqual([]);
  });

  it("finds the same matches whatever the batch size, including pairs in different batches", async () => {
    const nhsNumber = "9000099999";
    const rows: { id: string }[] = [];
    for (const day of ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"])
      rows.push(await person({ nhsNumber, createdAt: at(day) }));
    for (let i = 0; i < 6; i++) await person({ createdAt: at("2026-01-03") });

    expect(await backfillPossibleDuplicates(database.db(), { batchSize: 2 })).toEqual({ checked: 11, recorded: 10 });
    const pairs = (await matches()).map((m) => `${m.referralId}>${m.matchedId}`).sort();
    const expected = rows.flatMap((newer, i) => rows.slice(0, i).map((older) => `${newer.id}>${older.id}`)).sort();
    expect(pairs).toEqual(expected);
  });

  it("records nothing on a second run, and keeps a match staff dismissed as dismissed", async () => {
    const older = await person({ createdAt: at("2026-01-01") });
    await person({ nhsNumber: older.nhsNumber, createdAt: at("2026-01-02") });
    const twinA = await person({ createdAt: at("2026-01-03") });
    const twinB = await person({ nhsNumber: twinA.nhsNumber, createdAt: at("2026-01-03") }); // the same instant
    expect(await backfillPossibleDuplicates(database.db())).toMatchObject({ recorded: 2 });

    await database.db().referralMatch.updateMany({ where: { matchedId: older.id }, data: { state: "DISMISSED" } });
    expect(await backfillPossibleDuplicates(database.db())).toMatchObject({ recorded: 0 });
    const after = await matches();
    expect(after).toHaveLength(2);
    expect(after.find((m) => m.matchedId === older.id)?.state).toBe("DISMISSED");
    // One match for the pair that arrived together, never one each way.
    expect(after.filter((m) => [twinA.id, twinB.id].includes(m.referralId))).toHaveLength(1);
  });

  it("leaves a pair recorded at arrival the other way round as it was", async () => {
    const a = await person({ createdAt: at("2026-01-03") });
    const b = await person({ nhsNumber: a.nhsNumber, createdAt: at("2026-01-03") });
    const [older, newer] = a.id < b.id ? [a, b] : [b, a];
    // As live detection can record it when two arrive in the same millisecond.
    await database
      .db()
      .referralMatch.create({ data: { referralId: older.id, matchedId: newer.id, rule: "nhs-number" } });
    expect(await backfillPossibleDuplicates(database.db())).toMatchObject({ recorded: 0 });
    expect(await matches()).toHaveLength(1);
  });

  it("runs as npm run duplicates:backfill, printing counts only and auditing the run", async () => {
    const older = await person({ givenName: "Private", familyName: "Person", createdAt: at("2026-01-01") });
    await person({ nhsNumber: older.nhsNumber, createdAt: at("2026-01-02") });
    const run = spawnSync(process.execPath, typeScriptArgs("lib/cli/duplicates-backfill.ts"), {
      encoding: "utf8",
      env: {
        // eslint-disable-next-line no-restricted-properties -- the child's environment
        ...process.env,
        DATABASE_URL: database.url,
        NODE_ENV: "test",
      },
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n").at(-1)).toBe(JSON.stringify({ checked: 2, recorded: 1 }));
    expect(run.stdout).not.toContain("Person");
    expect(run.stdout).not.toContain(older.nhsNumber!);
    const audit = await database.db().auditEvent.findMany({ where: { action: "referral.duplicates_backfilled" } });
    expect(audit.map((e) => e.detail)).toEqual([{ checked: 2, recorded: 1 }]);
  });
});
