import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { triage } from "@/lib/triage";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { parseInboxFilter } from "@/lib/triage/filters";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
let admin: TestStaff;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  // Erasure deletes the referral's jobs too (L-12), so the job queue's tables must exist.
  await installJobs(database.url);
  admin = await createTestStaff("ADMIN");
});
afterAll(() => database.drop());

let mark: bigint;
beforeEach(async () => {
  await signInAs(admin, "203.0.113.77");
  mark = (await getDb().auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
});

/** The audit events written since the test's mark. */
const newEvents = () => getDb().auditEvent.findMany({ where: { id: { gt: mark } }, orderBy: { id: "asc" } });

describe("audit completeness: each staff action leaves exactly one event, with who, what, when and IP", () => {
  const cases: [string, (referralId: string) => Promise<unknown>, string][] = [
    ["viewing a referral", async (id) => triage.referral(await contextFor("referral:view"), id), "referral.viewed"],
    ["assigning", async (id) => triage.assign(await contextFor("referral:update"), id, admin.id), "referral.assigned"],
    [
      "changing status",
      async (id) => triage.changeStatus(await contextFor("referral:update"), id, { from: "NEW", to: "IN_REVIEW" }),
      "referral.status_changed",
    ],
    [
      "adding a note",
      async (id) => triage.addNote(await contextFor("referral:note"), id, "Called the parent"),
      "referral.note_added",
    ],
    [
      "exporting the list",
      async () => triage.exportCsv(await contextFor("referral:export"), parseInboxFilter({}).filter),
      "referral.exported",
    ],
    [
      "downloading a subject access record",
      async (id) => triage.subjectAccess(await contextFor("referral:export"), id),
      "referral.subject_access_exported",
    ],
    [
      "erasing a record",
      async (id) => triage.erase(await contextFor("referral:erase"), id, { reason: "sent-in-error" }),
      "referral.erased",
    ],
    [
      "viewing the inbox",
      async () => triage.inbox(await contextFor("referral:view"), parseInboxFilter({}).filter),
      "inbox.viewed",
    ],
    ["browsing the audit log", async () => triage.audit(await contextFor("audit:view"), {}), "audit.viewed"],
  ];

  it.each(cases)("%s", async (_name, act, action) => {
    const referral = await insertReferral(getDb());
    mark = (await getDb().auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await act(referral.id);
    const events = await newEvents();
    expect(events.map((e) => e.action)).toEqual([action]);
    expect(events[0]).toMatchObject({ actorId: admin.id, ip: "203.0.113.77" });
    expect(events[0]!.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("records an automatic anonymisation run once, as the system, with a count and no names", async () => {
    const old = new Date(Date.now() - 800 * 86_400_000);
    await insertReferral(getDb(), { status: "CLOSED", closedAt: old, givenName: "Ellie", familyName: "Jones" });
    await anonymiseExpiredReferrals(getDb(), 730);
    const events = await newEvents();
    expect(events.map((e) => e.action)).toEqual(["referral.anonymised"]);
    expect(events[0]!.actorId).toBeNull();
    expect(JSON.stringify(events[0]!.detail)).not.toMatch(/Ellie|Jones/);
  });

  it("refuses to change or delete an audit event, even by direct SQL", async () => {
    const event = await getDb().auditEvent.findFirstOrThrow();
    await expect(getDb().auditEvent.update({ where: { id: event.id }, data: { action: "edited" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(getDb().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(getDb().$executeRawUnsafe("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
  });

  it("records that a search was made, but never the words searched", async () => {
    await triage.inbox(
      await contextFor("referral:view"),
      parseInboxFilter({ q: "Margaret Thornbury", urgent: "yes" }).filter,
    );
    const events = await newEvents();
    expect(events.map((e) => e.action)).toEqual(["inbox.viewed"]);
    expect(events[0]!.detail).toMatchObject({ filters: expect.arrayContaining(["q", "urgent"]) });
    expect(JSON.stringify(events[0]!.detail)).not.toMatch(/Margaret|Thornbury/);
  });
});
