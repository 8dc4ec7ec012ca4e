import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { applyRetention } from "@/lib/retention/apply";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { insertReferral } from "../../helpers/referral-factory";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

// What one retention run may touch (only finished referrals past the period, and only their own
// young person's view), what it audits, and when it tells someone a decision is waiting.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  await database.db().heldSubmission.deleteMany({});
  await database.db().referral.deleteMany({});
});

const DAY = 86_400_000;
const NOW = new Date("2026-12-01T12:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);
const periods = { referralDays: 30, auditDays: 400, mailFileDays: 14 };
const db = () => database.db();

const viewFor = (referralId: string) =>
  db().youngPersonView.create({
    data: { referralId, nonce: randomUUID(), email: "young.person@example.com", expiresAt: daysBefore(-7) },
  });

describe("what anonymising may touch", () => {
  it("deletes the young person's own view of an anonymised referral and keeps every other referral's", async () => {
    const due = await insertReferral(db(), { status: "CLOSED", closedAt: daysBefore(31) });
    const kept = await insertReferral(db(), { status: "CLOSED", closedAt: daysBefore(29) });
    await viewFor(due.id);
    await viewFor(kept.id);
    expect(await anonymiseExpiredReferrals(db(), 30, NOW)).toBe(1);
    expect(await db().youngPersonView.count({ where: { referralId: due.id } })).toBe(0);
    expect(await db().youngPersonView.count({ where: { referralId: kept.id } })).toBe(1);
  });

  it("never anonymises a referral that is still open, even one carrying an old closing date", async () => {
    const open = await insertReferral(db(), { status: "ACCEPTED", closedAt: daysBefore(90), givenName: "Stillopen" });
    await anonymiseExpiredReferrals(db(), 30, NOW);
    expect(await db().referral.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      givenName: "Stillopen",
      anonymisedAt: null,
    });
  });

  it("does not anonymise a referral twice, and keeps the date it was first anonymised", async () => {
    const due = await insertReferral(db(), { status: "WITHDRAWN", closedAt: daysBefore(60) });
    await anonymiseExpiredReferrals(db(), 30, NOW);
    const later = new Date(NOW.getTime() + DAY);
    expect(await anonymiseExpiredReferrals(db(), 30, later)).toBe(0);
    expect((await db().referral.findUniqueOrThrow({ where: { id: due.id } })).anonymisedAt).toEqual(NOW);
  });

  it("audits each run with how many, the period and the cutoff, and nothing about who", async () => {
    await insertReferral(db(), { status: "SIGNPOSTED", closedAt: daysBefore(45), givenName: "Audited" });
    const count = await anonymiseExpiredReferrals(db(), 30, NOW);
    expect(count).toBe(1);
    const events = await db().auditEvent.findMany({ where: { action: "referral.anonymised" } });
    expect(events.at(-1)).toMatchObject({
      actorId: null,
      detail: { count: 1, retentionDays: 30, cutoff: daysBefore(30).toISOString() },
    });
    expect(JSON.stringify(events.map(({ detail, target }) => ({ detail, target })))).not.toContain("Audited");
  });
});

describe("the run's report and warnings", () => {
  let write: MockInstance;
  beforeEach(() => {
    write = vi.spyOn(process.stdout, "write");
  });
  afterEach(() => write.mockRestore());
  const logged = (event: string) =>
    write.mock.calls
      .map((call) => String(call[0]))
      .filter((line) => line.includes(`"event":"${event}"`))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  const heldForm = (createdAt: Date) =>
    db().heldSubmission.create({
      data: {
        journey: "ADULT_SELF",
        answers: {},
        flags: {},
        idempotencyKey: randomUUID(),
        reason: "rate-limited",
        createdAt,
      },
    });

  it("logs the counts removed and warns of nothing when nothing waits for a decision", async () => {
    await insertReferral(db(), { status: "CLOSED", closedAt: daysBefore(31) });
    const report = await applyRetention(db(), periods, NOW);
    expect(report.removed.referralsAnonymised).toBe(1);
    expect(report.removed.mailFiles).toBe(0);
    expect(report.needsDecision).toEqual({ openReferralsPastRetention: 0, heldFormsWaitingOverADay: 0 });
    expect(logged("retention.applied")).toEqual([
      expect.objectContaining({ removed: expect.objectContaining({ referralsAnonymised: 1, drafts: 0 }) }),
    ]);
    expect(logged("retention.needs-decision")).toEqual([]);
  });

  it("warns when a held form has waited over a day, though no open referral is overdue", async () => {
    await heldForm(daysBefore(2));
    const report = await applyRetention(db(), periods, NOW);
    expect(report.needsDecision).toEqual({ openReferralsPastRetention: 0, heldFormsWaitingOverADay: 1 });
    expect(logged("retention.needs-decision")).toEqual([
      expect.objectContaining({ level: "warn", openReferralsPastRetention: 0, heldFormsWaitingOverADay: 1 }),
    ]);
  });

  it("warns when an open referral is past the retention period, though no held form waits", async () => {
    await insertReferral(db(), { status: "IN_REVIEW", createdAt: daysBefore(31) });
    const report = await applyRetention(db(), periods, NOW);
    expect(report.needsDecision).toEqual({ openReferralsPastRetention: 1, heldFormsWaitingOverADay: 0 });
    expect(logged("retention.needs-decision")).toEqual([
      expect.objectContaining({ level: "warn", openReferralsPastRetention: 1, heldFormsWaitingOverADay: 0 }),
    ]);
  });
});
