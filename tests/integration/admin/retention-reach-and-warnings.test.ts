import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { applyRetention } from "@/lib/retention/apply";
import {
  countHeldFormsWaitingOverADay,
  deleteOldHeldTraces,
  deleteOldLimitCounters,
  deleteOldSavedSearches,
} from "@/lib/retention/side-stores";
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

/** A form held back by a limit (H13), waiting unless released or discarded. */
const heldForm = (dates: { createdAt: Date; releasedAt?: Date; discardedAt?: Date }) =>
  db().heldSubmission.create({
    data: {
      journey: "ADULT_SELF",
      answers: {},
      flags: {},
      idempotencyKey: randomUUID(),
      reason: "rate-limited",
      ...dates,
    },
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
    await heldForm({ createdAt: daysBefore(2) });
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

// A counter still pausing sign-ins is what holds back someone guessing passwords: its age must not free it.
describe("what a run may delete of limit counters and saved searches", () => {
  beforeEach(async () => {
    await db().signInThrottle.deleteMany({});
    await db().rateLimit.deleteMany({});
    await db().savedSearch.deleteMany({});
  });
  const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);

  it("keeps a sign-in counter still pausing someone whatever its age, and counts every counter it deletes", async () => {
    await db().signInThrottle.createMany({
      data: [
        { key: "ip:paused", tries: 9, updatedAt: daysBefore(2), blockedUntil: hoursBefore(-1) },
        { key: "ip:never-paused", tries: 3, updatedAt: daysBefore(2) },
        { key: "ip:pause-over", tries: 9, updatedAt: daysBefore(2), blockedUntil: hoursBefore(1) },
        { key: "ip:recent", tries: 1, updatedAt: hoursBefore(1) },
      ],
    });
    await db().rateLimit.createMany({
      data: [
        { key: "old-window", points: 5, expire: BigInt(NOW.getTime() - 1000) },
        { key: "live-window", points: 5, expire: BigInt(NOW.getTime() + 3_600_000) },
      ],
    });

    expect(await deleteOldLimitCounters(db(), NOW)).toBe(3);
    const throttles = await db().signInThrottle.findMany({ select: { key: true }, orderBy: { key: "asc" } });
    expect(throttles.map((t) => t.key)).toEqual(["ip:paused", "ip:recent"]);
    expect((await db().rateLimit.findMany({ select: { key: true } })).map((r) => r.key)).toEqual(["live-window"]);
  });

  it("deletes a search's saved words a day after the search, and keeps a younger search's", async () => {
    const saved = (id: string, createdAt: Date) =>
      db().savedSearch.create({ data: { id, staffId: "staff-1", term: `${id} words`, createdAt } });
    await saved("older-than-a-day", hoursBefore(25));
    await saved("younger-than-a-day", hoursBefore(23));

    expect(await deleteOldSavedSearches(db(), NOW)).toBe(1);
    expect((await db().savedSearch.findMany({ select: { id: true } })).map((s) => s.id)).toEqual([
      "younger-than-a-day",
    ]);
  });
});

// A genuine referral may be among the held forms, so a run deletes only the traces of forms already
// released or discarded, after the retention period.
describe("what a run may delete of held forms", () => {
  it("deletes only traces released or discarded before the period, never a form still waiting", async () => {
    const waitingLong = await heldForm({ createdAt: daysBefore(400) });
    const waitingNew = await heldForm({ createdAt: daysBefore(2) });
    const waitingToday = await heldForm({ createdAt: new Date(NOW.getTime() - 2 * 60 * 60 * 1000) });
    const releasedRecently = await heldForm({ createdAt: daysBefore(40), releasedAt: daysBefore(10) });
    const discardedRecently = await heldForm({ createdAt: daysBefore(40), discardedAt: daysBefore(10) });
    await heldForm({ createdAt: daysBefore(400), releasedAt: daysBefore(31) });
    await heldForm({ createdAt: daysBefore(400), discardedAt: daysBefore(31) });

    expect(await deleteOldHeldTraces(db(), 30, NOW)).toBe(2);
    const left = await db().heldSubmission.findMany({ select: { id: true } });
    expect(left.map((h) => h.id).sort()).toEqual(
      [waitingLong.id, waitingNew.id, waitingToday.id, releasedRecently.id, discardedRecently.id].sort(),
    );
    // The two waiting over a day are counted for a warning instead; the one from today is not yet.
    expect(await countHeldFormsWaitingOverADay(db(), NOW)).toBe(2);
  });
});
