import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymiseExpiredReferrals, countOverdueOpenReferrals } from "@/lib/triage/retention";
import { insertReferral } from "../../helpers/referral-factory";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

// Retention must remove the words staff wrote about an expired referral, and only those: a bystander
// referral's notes, decision reasons and change reasons must come through byte for byte.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const DAY = 86_400_000;
const NOW = new Date("2026-12-01T12:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);

/** A referral with a note, a status change with a reason and a programme change with a reason. */
async function referralWithStaffWords(overrides: Parameters<typeof insertReferral>[1], words: string) {
  const db = database.db();
  const referral = await insertReferral(db, overrides);
  await db.note.create({ data: { referralId: referral.id, body: `Note: ${words}`, authorId: "staff-1" } });
  await db.statusChange.create({
    data: { referralId: referral.id, from: "NEW", to: "CLOSED", reason: `Closed: ${words}`, authorId: "staff-1" },
  });
  await db.referralChange.create({
    data: {
      referralId: referral.id,
      field: "PROGRAMME",
      fromValue: "ipt-a",
      toValue: "ipt-ast",
      reason: `Moved: ${words}`,
      authorId: "staff-1",
    },
  });
  return referral;
}

const staffWordsOf = (referralId: string) =>
  database.db().referral.findUniqueOrThrow({
    where: { id: referralId },
    include: { notes: true, statusChanges: true, changes: true },
  });

describe("retention removes the staff's words about an expired referral, and no one else's", () => {
  it("replaces the notes and change reasons of an anonymised referral and clears its decision reasons", async () => {
    const due = await referralWithStaffWords({ status: "CLOSED", closedAt: daysBefore(31) }, "Sam's mother rang");
    expect(await anonymiseExpiredReferrals(database.db(), 30, NOW)).toBe(1);
    const after = await staffWordsOf(due.id);
    expect(after.notes.map((n) => n.body)).toEqual(["[removed by the retention policy]"]);
    expect(after.statusChanges.map((s) => s.reason)).toEqual([null]);
    expect(after.changes.map((c) => c.reason)).toEqual(["[removed by the retention policy]"]);
    expect(after.anonymisedAt).toEqual(NOW);
  });

  it("leaves a bystander referral's notes, decision reasons and change reasons exactly as they were", async () => {
    const kept = await referralWithStaffWords({ status: "CLOSED", closedAt: daysBefore(29) }, "kept words");
    const open = await referralWithStaffWords({ status: "IN_REVIEW", createdAt: daysBefore(400) }, "open words");
    const before = [await staffWordsOf(kept.id), await staffWordsOf(open.id)];
    await referralWithStaffWords({ status: "DECLINED", closedAt: daysBefore(45) }, "expired words");
    expect(await anonymiseExpiredReferrals(database.db(), 30, NOW)).toBe(1);
    expect([await staffWordsOf(kept.id), await staffWordsOf(open.id)]).toEqual(before);
  });

  it("removes the expired referral's questionnaire scores and duplicate links, and leaves everyone else's", async () => {
    const db = database.db();
    const kept = await insertReferral(db, { status: "CLOSED", closedAt: daysBefore(29) });
    const open = await insertReferral(db, { status: "IN_REVIEW", createdAt: daysBefore(400) });
    const expired = await insertReferral(db, { status: "DECLINED", closedAt: daysBefore(45) });
    const score = (referralId: string) =>
      db.measureScore.create({
        data: {
          referralId,
          measure: "PHQ9",
          status: "COMPLETE",
          total: 12,
          itemsAnswered: 9,
          items: [1, 1, 2, 1, 2, 1, 2, 1, 1],
        },
      });
    for (const r of [kept, open, expired]) await score(r.id);
    const link = (referralId: string, matchedId: string) =>
      db.referralMatch.create({ data: { referralId, matchedId, rule: "nhs-number" } });
    const bystanders = await link(open.id, kept.id);
    await link(expired.id, kept.id);
    await link(open.id, expired.id);
    expect(await anonymiseExpiredReferrals(db, 30, NOW)).toBe(1);
    expect((await db.measureScore.findMany({ select: { referralId: true } })).map((m) => m.referralId).sort()).toEqual(
      [kept.id, open.id].sort(),
    );
    expect((await db.referralMatch.findMany({ select: { id: true } })).map((m) => m.id)).toEqual([bystanders.id]);
  });

  it("keeps a referral closed exactly on the cutoff and anonymises one closed a millisecond before it", async () => {
    const onCutoff = await insertReferral(database.db(), { status: "CLOSED", closedAt: daysBefore(30) });
    const justBefore = await insertReferral(database.db(), {
      status: "CLOSED",
      closedAt: new Date(daysBefore(30).getTime() - 1),
    });
    expect(await anonymiseExpiredReferrals(database.db(), 30, NOW)).toBe(1);
    expect((await staffWordsOf(onCutoff.id)).anonymisedAt).toBeNull();
    expect((await staffWordsOf(justBefore.id)).givenName).toBeNull();
  });

  it("counts open referrals older than the retention period, and not finished or newer ones", async () => {
    const later = new Date(NOW.getTime() + 1000 * DAY);
    const before = await countOverdueOpenReferrals(database.db(), 30, later);
    await insertReferral(database.db(), { status: "IN_REVIEW", createdAt: new Date(later.getTime() - 31 * DAY) });
    await insertReferral(database.db(), { status: "IN_REVIEW", createdAt: new Date(later.getTime() - 29 * DAY) });
    await insertReferral(database.db(), {
      status: "CLOSED",
      createdAt: new Date(later.getTime() - 31 * DAY),
      closedAt: new Date(later.getTime() - 31 * DAY),
    });
    expect(await countOverdueOpenReferrals(database.db(), 30, later)).toBe(before + 1);
  });
});
