import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { parseInboxFilter } from "@/lib/triage/filters";
import { listInbox } from "@/lib/triage/inbox";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

// Issue 10: the inbox holds an urgent referral to its own target, the same-working-day call of the
// service's urgent standard, and flags it once past that, not after the routine 5 working days.

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(() => database.drop());

const rowsAt = async (now: Date) =>
  (await listInbox(getDb(), await contextFor("referral:view"), parseInboxFilter({ q: "Urgenttarget" }).filter, now))
    .rows;

describe("an urgent referral's target in the inbox", () => {
  it("is due by closing time on the next working day after a Friday evening, and flagged once past it", async () => {
    const friday = new Date("2026-12-04T19:00:00Z");
    const urgent = await insertReferral(getDb(), { familyName: "Urgenttarget", urgent: true, createdAt: friday });
    const routine = await insertReferral(getDb(), { familyName: "Urgenttarget", createdAt: friday });

    const monday = await rowsAt(new Date("2026-12-07T15:00:00Z"));
    expect(monday.find((r) => r.id === urgent.id)!.waiting).toMatchObject({
      overdue: false,
      urgentDue: new Date("2026-12-07T17:00:00Z"),
    });

    const tuesday = await rowsAt(new Date("2026-12-08T09:30:00Z"));
    expect(tuesday.find((r) => r.id === urgent.id)!.waiting).toMatchObject({ workingDays: 2, overdue: true });
    // The routine referral sent at the same moment is within its 5 working days, with no urgent target.
    expect(tuesday.find((r) => r.id === routine.id)!.waiting).toEqual({ workingDays: 2, overdue: false });
  });

  it("is not flagged once the team has finished with the referral", async () => {
    const sent = new Date("2026-12-01T10:00:00Z");
    const done = await insertReferral(getDb(), {
      familyName: "Urgenttarget",
      urgent: true,
      createdAt: sent,
      status: "ACCEPTED",
    });
    const rows = (
      await listInbox(
        getDb(),
        await contextFor("referral:view"),
        parseInboxFilter({ q: "Urgenttarget", status: "all" }).filter,
        new Date("2026-12-03T10:00:00Z"),
      )
    ).rows;
    expect(rows.find((r) => r.id === done.id)!.waiting.overdue).toBe(false);
  });
});
