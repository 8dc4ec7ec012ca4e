import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { parseInboxFilter } from "@/lib/triage/filters";
import { INBOX_PAGE_SIZE, listInbox } from "@/lib/triage/inbox";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
let triager: TestStaff;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  triager = await createTestStaff("TRIAGER");
  await signInAs(triager);
});
afterAll(() => database.drop());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const inbox = async (params: Record<string, string> = {}) =>
  listInbox(getDb(), await contextFor("referral:view"), parseInboxFilter(params).filter);

describe("the inbox", () => {
  it("lists urgent referrals first, then the longest waiting, and leaves out closed ones by default", async () => {
    const newest = await insertReferral(getDb(), { createdAt: daysAgo(1), familyName: "Order" });
    const oldest = await insertReferral(getDb(), { createdAt: daysAgo(9), familyName: "Order" });
    const urgent = await insertReferral(getDb(), { createdAt: daysAgo(0), urgent: true, familyName: "Order" });
    await insertReferral(getDb(), { createdAt: daysAgo(20), status: "CLOSED", familyName: "Order" });
    const page = await inbox({ q: "Order" });
    expect(page.rows.map((r) => r.id)).toEqual([urgent.id, oldest.id, newest.id]);
  });

  it("pages through every referral exactly once with keyset cursors", async () => {
    const inserted = [];
    for (let i = 0; i < INBOX_PAGE_SIZE + 7; i++) {
      inserted.push(
        await insertReferral(getDb(), { familyName: "Pager", urgent: i % 5 === 0, createdAt: daysAgo(i % 3) }),
      );
    }
    const first = await inbox({ q: "Pager" });
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await inbox({ q: "Pager", after: first.next! });
    expect(second.next).toBeNull();
    const seen = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(seen).size).toBe(inserted.length);
    expect(seen.sort()).toEqual(inserted.map((r) => r.id).sort());
  });

  it.each([
    ["reference", (r: { reference: string }) => r.reference.toLowerCase()],
    ["NHS number with spaces", () => "401 023 2137"],
    ["email address in any case", () => "FINDME@Example.com"],
    ["family name", () => "Findable"],
    ["full name", () => "Kit Findable"],
  ])("finds a referral by %s", async (_name, query) => {
    const target = await insertReferral(getDb(), {
      givenName: "Kit",
      familyName: "Findable",
      email: "findme@example.com",
      nhsNumber: "4010232137",
    });
    const page = await inbox({ q: query(target), status: "all" });
    expect(page.rows.map((r) => r.id)).toContain(target.id);
  });

  it("filters by status, journey, programme, urgency, assignee and date range together", async () => {
    const match = await insertReferral(getDb(), {
      familyName: "Filtered",
      status: "IN_REVIEW",
      journey: "PROFESSIONAL",
      programme: "adult-ipt",
      urgent: true,
      assigneeId: triager.id,
      createdAt: new Date("2026-03-10T10:00:00Z"),
    });
    await insertReferral(getDb(), {
      familyName: "Filtered",
      status: "IN_REVIEW",
      journey: "PROFESSIONAL",
      programme: "adult-ipt",
      urgent: true,
      createdAt: new Date("2026-03-10T10:00:00Z"),
    });
    await insertReferral(getDb(), {
      familyName: "Filtered",
      status: "IN_REVIEW",
      journey: "ADULT_SELF",
      programme: "adult-ipt",
      urgent: true,
      assigneeId: triager.id,
      createdAt: new Date("2026-03-10T10:00:00Z"),
    });
    await insertReferral(getDb(), {
      familyName: "Filtered",
      status: "IN_REVIEW",
      journey: "PROFESSIONAL",
      programme: "adult-ipt",
      urgent: true,
      assigneeId: triager.id,
      createdAt: new Date("2026-04-10T10:00:00Z"),
    });
    const page = await inbox({
      q: "Filtered",
      status: "IN_REVIEW",
      journey: "PROFESSIONAL",
      programme: "adult-ipt",
      urgent: "yes",
      assignee: "me",
      from: "2026-03-01",
      to: "2026-03-10",
    });
    expect(page.rows.map((r) => r.id)).toEqual([match.id]);
  });

  it("counts referrals per status for the current search", async () => {
    await insertReferral(getDb(), { familyName: "Counted", status: "NEW" });
    await insertReferral(getDb(), { familyName: "Counted", status: "NEW" });
    await insertReferral(getDb(), { familyName: "Counted", status: "DECLINED" });
    const page = await inbox({ q: "Counted" });
    expect(page.counts).toMatchObject({ NEW: 2, DECLINED: 1, IN_REVIEW: 0, CLOSED: 0 });
  });

  it("shows how many working days each has waited, skipping bank holidays, flagging those past the response target", async () => {
    // Monday 4 January 2027, looking back over Christmas: 25 and 28 December and 1 January are bank holidays.
    const now = new Date("2027-01-04T12:00:00Z");
    const late = await insertReferral(getDb(), { familyName: "Waiting", createdAt: new Date("2026-12-21T10:00:00Z") });
    const fresh = await insertReferral(getDb(), { familyName: "Waiting", createdAt: new Date("2027-01-04T09:00:00Z") });
    const rows = (
      await listInbox(getDb(), await contextFor("referral:view"), parseInboxFilter({ q: "Waiting" }).filter, now)
    ).rows;
    const lateRow = rows.find((r) => r.id === late.id)!;
    expect(lateRow.waiting.workingDays).toBe(7);
    expect(lateRow.waiting.overdue).toBe(true);
    expect(rows.find((r) => r.id === fresh.id)!.waiting).toEqual({ workingDays: 0, overdue: false });
  });

  it("tags and filters referrals by risk and safeguarding flag", async () => {
    const flagged = await insertReferral(getDb(), {
      familyName: "Flagged",
      flagSafeguarding: true,
      flagBeingHurt: true,
    });
    const plain = await insertReferral(getDb(), { familyName: "Flagged" });
    const all = (await inbox({ q: "Flagged" })).rows;
    expect(all.find((r) => r.id === flagged.id)!.flags).toEqual(["beingHurt", "safeguarding"]);
    expect(all.find((r) => r.id === plain.id)!.flags).toEqual([]);
    expect((await inbox({ q: "Flagged", flag: "safeguarding" })).rows.map((r) => r.id)).toEqual([flagged.id]);
    expect((await inbox({ q: "Flagged", flag: "any" })).rows.map((r) => r.id)).toEqual([flagged.id]);
    expect((await inbox({ q: "Flagged", flag: "mayActSoon" })).rows).toEqual([]);
    expect((await inbox({ q: "Flagged", flag: "not-a-flag" })).rows).toHaveLength(2);
  });

  it("ignores a malformed date or cursor and says which date was wrong", async () => {
    const parsed = parseInboxFilter({ from: "2026-02-31x", after: "not-a-cursor" });
    expect(parsed.errors.from).toBe("Date from must be a real date");
    const page = await listInbox(getDb(), await contextFor("referral:view"), parsed.filter);
    expect(page.isFirstPage).toBe(true);
  });
});
