import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { addNote, changeStatus } from "@/lib/triage/changes";
import { applyRetention } from "@/lib/retention/apply";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// Every rule in lib/retention/schedule.ts, applied by one run against a real Postgres.

let database: TestDatabase;
let admin: TestStaff;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  admin = await createTestStaff("ADMIN");
  await signInAs(admin);
});
afterAll(() => database.drop());

const periods = { referralDays: 30, auditDays: 400, mailFileDays: 14 };
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("the retention schedule", () => {
  it("starts a referral's retention when it is declined, not only when it is closed", async () => {
    const referral = await insertReferral(getDb(), { status: "IN_REVIEW" });
    const context = await contextFor("referral:update");
    await changeStatus(getDb(), context, referral.id, {
      from: "IN_REVIEW",
      to: "DECLINED",
      reason: "Out of area",
      outcomeWords: "DECLINED:1",
    });
    const declined = await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(declined.closedAt).not.toBeNull();
  });

  it.each(["DECLINED", "SIGNPOSTED", "WITHDRAWN", "CLOSED"] as const)(
    "anonymises a %s referral past the period, with its notes and every reason",
    async (status) => {
      const old = await insertReferral(getDb(), { status, closedAt: daysAgo(40), givenName: `Old${status}` });
      await addNote(getDb(), await contextFor("referral:note"), old.id, `Spoke to Old${status}'s mother`);
      await getDb().statusChange.create({
        data: { referralId: old.id, from: "IN_REVIEW", to: status, reason: `Old${status} moved away`, authorId: "x" },
      });
      await getDb().referralChange.create({
        data: { referralId: old.id, field: "URGENCY", reason: `Old${status} called back`, authorId: "x" },
      });

      const report = await applyRetention(getDb(), periods);

      expect(report.removed.referralsAnonymised).toBeGreaterThanOrEqual(1);
      const after = await getDb().referral.findUniqueOrThrow({
        where: { id: old.id },
        include: { notes: true, statusChanges: true, changes: true },
      });
      expect(after).toMatchObject({ givenName: null, familyName: null, answers: {} });
      expect(JSON.stringify(after)).not.toContain(`Old${status}`);
      expect(after.reference).toBe(old.reference);
    },
  );

  it("keeps an open referral however old, and warns that someone must decide", async () => {
    const open = await insertReferral(getDb(), { status: "ACCEPTED", createdAt: daysAgo(400), givenName: "Stillopen" });
    const report = await applyRetention(getDb(), periods);
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: open.id } })).givenName).toBe("Stillopen");
    expect(report.needsDecision.openReferralsPastRetention).toBeGreaterThanOrEqual(1);
  });

  it("deletes old staff sessions, codes, limit counters and heartbeats, and keeps current ones", async () => {
    const db = getDb();
    const userId = (await db.user.findFirstOrThrow()).id;
    const session = (id: string, expiresAt: Date) => ({ id, token: randomUUID(), userId, expiresAt });
    await db.session.createMany({
      data: [session("old-session", daysAgo(2)), session("live-session", new Date(Date.now() + 3_600_000))],
    });
    await db.verification.createMany({
      data: [
        { id: "old-code", identifier: "x", value: "1", expiresAt: daysAgo(2) },
        { id: "live-code", identifier: "y", value: "2", expiresAt: new Date(Date.now() + 600_000) },
      ],
    });
    await db.signInThrottle.createMany({
      data: [
        { key: "ip:old", tries: 3, updatedAt: daysAgo(2) },
        { key: "ip:paused", tries: 9, updatedAt: daysAgo(2), blockedUntil: new Date(Date.now() + 3_600_000) },
        { key: "ip:recent", tries: 1 },
      ],
    });
    await db.rateLimit.createMany({
      data: [
        { key: "old-window", points: 5, expire: BigInt(Date.now() - 1000) },
        { key: "live-window", points: 5, expire: BigInt(Date.now() + 3_600_000) },
      ],
    });
    await db.workerHeartbeat.createMany({
      data: [
        { id: "gone-worker", beatAt: daysAgo(8) },
        { id: "live-worker", beatAt: new Date() },
      ],
    });

    await applyRetention(db, periods);

    expect(
      (await db.session.findMany({ where: { id: { in: ["old-session", "live-session"] } } })).map((s) => s.id),
    ).toEqual(["live-session"]);
    expect(
      (await db.verification.findMany({ where: { id: { in: ["old-code", "live-code"] } } })).map((v) => v.id),
    ).toEqual(["live-code"]);
    expect(
      (await db.signInThrottle.findMany({ where: { key: { startsWith: "ip:" } }, orderBy: { key: "asc" } })).map(
        (t) => t.key,
      ),
    ).toEqual(expect.arrayContaining(["ip:paused", "ip:recent"]));
    expect(await db.signInThrottle.count({ where: { key: "ip:old" } })).toBe(0);
    expect((await db.rateLimit.findMany({ where: { key: { endsWith: "-window" } } })).map((r) => r.key)).toEqual([
      "live-window",
    ]);
    expect((await db.workerHeartbeat.findMany({ where: { id: { endsWith: "-worker" } } })).map((h) => h.id)).toEqual([
      "live-worker",
    ]);
  });

  it("deletes the trace of a form released or discarded long ago, never a form still waiting", async () => {
    const db = getDb();
    const held = (key: string, extra: object) => ({
      journey: "ADULT_SELF" as const,
      answers: {},
      flags: {},
      idempotencyKey: key,
      reason: "rate-limited",
      ...extra,
    });
    await db.heldSubmission.createMany({
      data: [
        held("old-discarded", { createdAt: daysAgo(50), discardedAt: daysAgo(40) }),
        held("recent-released", { createdAt: daysAgo(5), releasedAt: daysAgo(4) }),
        held("waiting-for-weeks", { createdAt: daysAgo(60), answers: { about: { givenName: "Waiting" } } }),
      ],
    });

    const report = await applyRetention(db, periods);

    const left = await db.heldSubmission.findMany({ select: { idempotencyKey: true } });
    expect(left.map((h) => h.idempotencyKey).sort()).toEqual(["recent-released", "waiting-for-weeks"]);
    expect(report.needsDecision.heldFormsWaitingOverADay).toBe(1);
  });

  it("deletes audit events older than the audit period through the database function, and keeps newer ones", async () => {
    const db = getDb();
    await db.$executeRaw`INSERT INTO audit_event (action, target, created_at) VALUES
      ('inbox.viewed', 'very-old-event', now() - interval '500 days'),
      ('inbox.viewed', 'year-old-event', now() - interval '380 days')`;

    const report = await applyRetention(db, periods);

    expect(report.removed.auditEvents).toBe(1);
    const targets = (await db.auditEvent.findMany({ where: { target: { endsWith: "-old-event" } } })).map(
      (e) => e.target,
    );
    expect(targets).toEqual(["year-old-event"]);
  });

  it("refuses to remove audit events less than a year old, whatever it is asked", async () => {
    await expect(getDb().$queryRaw`SELECT purge_audit_events(now() - interval '30 days')`).rejects.toThrow(
      /kept for at least a year/,
    );
    await expect(getDb().$executeRaw`DELETE FROM audit_event WHERE action = 'inbox.viewed'`).rejects.toThrow(
      /append-only/,
    );
  });
});
