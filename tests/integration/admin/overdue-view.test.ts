import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { escalationBanner } from "@/lib/escalation/banner";
import { parseInboxFilter } from "@/lib/triage/filters";
import { listInbox } from "@/lib/triage/inbox";
import { markOpened } from "@/lib/triage/opened";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

const URGENT_AFTER_MINUTES = 120;

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase({ ESCALATE_URGENT_AFTER_WORKING_MINUTES: String(URGENT_AFTER_MINUTES) });
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(() => database.drop());
beforeEach(async () => {
  await getDb().$executeRawUnsafe(`DELETE FROM referral`);
});

/** Every row of the inbox for these parameters, in both queues and across every page. */
async function viewed(params: Record<string, string>, now: Date): Promise<string[]> {
  const references: string[] = [];
  for (const queue of ["referrals", "enquiries"]) {
    let after: string | undefined;
    do {
      const page = await listInbox(
        getDb(),
        await contextFor("referral:view"),
        parseInboxFilter({ ...params, queue, ...(after ? { after } : {}) }).filter,
        now,
      );
      references.push(...page.rows.map((r) => r.reference));
      after = page.next ?? undefined;
    } while (after);
  }
  return references.sort();
}

/** The banner and the three overdue views at `now`. */
async function bannerAndViews(now: Date) {
  const banner = await escalationBanner(getDb(), now, URGENT_AFTER_MINUTES);
  return {
    banner,
    urgentUnopened: await viewed({ overdue: "urgent-unopened" }, now),
    pastStandard: await viewed({ overdue: "past-standard" }, now),
    any: await viewed({ overdue: "any" }, now),
  };
}

describe("the inbox's overdue view and the escalation banner", () => {
  it("count the same referrals on a working day: urgent ones unopened after 2 working hours, and any past the standard", async () => {
    const db = getDb();
    // Monday 7 December 2026, 13:00 GMT (office hours 09:00–17:00).
    const now = new Date("2026-12-07T13:00:00Z");
    const urgentLate = await insertReferral(db, { urgent: true, createdAt: new Date("2026-12-07T09:00:00Z") });
    await insertReferral(db, { urgent: true, createdAt: new Date("2026-12-07T12:30:00Z") }); // 30 minutes: not yet
    const urgentOpened = await insertReferral(db, { urgent: true, createdAt: new Date("2026-12-07T09:00:00Z") });
    await markOpened(db, urgentOpened.id, new Date("2026-12-07T09:30:00Z"));
    // Friday 27 November is six working days ago: past the 5-day standard. Monday 30 November is five.
    const routineLate = await insertReferral(db, { createdAt: new Date("2026-11-27T10:00:00Z") });
    await insertReferral(db, { createdAt: new Date("2026-11-30T10:00:00Z") });
    const inReviewLate = await insertReferral(db, { status: "IN_REVIEW", createdAt: new Date("2026-11-26T10:00:00Z") });
    await insertReferral(db, { status: "ACCEPTED", createdAt: new Date("2026-11-20T10:00:00Z") });
    const urgentAndLate = await insertReferral(db, { urgent: true, createdAt: new Date("2026-11-25T10:00:00Z") });
    const enquiryLate = await insertReferral(db, {
      journey: "GENERAL_QUESTION",
      createdAt: new Date("2026-11-24T10:00:00Z"),
    });

    const { banner, urgentUnopened, pastStandard, any } = await bannerAndViews(now);

    expect(urgentUnopened).toEqual([urgentLate.reference, urgentAndLate.reference].sort());
    expect(pastStandard).toEqual(
      [routineLate.reference, inReviewLate.reference, urgentAndLate.reference, enquiryLate.reference].sort(),
    );
    expect(any).toEqual([...new Set([...urgentUnopened, ...pastStandard])].sort());
    expect(banner.urgentUnopened.count).toBe(urgentUnopened.length);
    expect(banner.overdue.count).toBe(pastStandard.length);
    for (const item of [...banner.urgentUnopened.oldest, ...banner.overdue.oldest])
      expect(any).toContain(item.reference);
  });

  it("count the same referrals across Christmas, skipping the bank holidays and the weekend", async () => {
    const db = getDb();
    // Tuesday 29 December 2026, 10:00: 25 and 28 December are bank holidays, so since Friday
    // 18 December only 21, 22, 23, 24 and 29 are working days: within the 5-day standard after
    // eleven calendar days. One from Thursday 17 December is past it.
    const now = new Date("2026-12-29T10:00:00Z");
    await insertReferral(db, { createdAt: new Date("2026-12-18T10:00:00Z") });
    const thursday = await insertReferral(db, { createdAt: new Date("2026-12-17T16:00:00Z") });
    // Urgent, sent at 16:00 on Christmas Eve: one working hour that day, the second from 09:00 to
    // 10:00 today, so it is escalated exactly now; one sent at 16:30 is not.
    const christmasEve = await insertReferral(db, { urgent: true, createdAt: new Date("2026-12-24T16:00:00Z") });
    await insertReferral(db, { urgent: true, createdAt: new Date("2026-12-24T16:30:00Z") });

    const { banner, urgentUnopened, pastStandard } = await bannerAndViews(now);

    expect(pastStandard).toEqual([thursday.reference]);
    expect(urgentUnopened).toEqual([christmasEve.reference]);
    expect(banner.overdue.count).toBe(1);
    expect(banner.urgentUnopened.count).toBe(1);
  });

  it("marks every row of the past-standard view as over the target in the waiting column", async () => {
    const db = getDb();
    const now = new Date("2026-12-07T13:00:00Z");
    for (const day of ["2026-11-20", "2026-11-27", "2026-11-30", "2026-12-01"])
      await insertReferral(db, { createdAt: new Date(`${day}T10:00:00Z`) });
    const page = await listInbox(
      db,
      await contextFor("referral:view"),
      parseInboxFilter({ overdue: "past-standard" }).filter,
      now,
    );
    expect(page.rows).toHaveLength(2);
    expect(page.rows.every((r) => r.waiting.overdue)).toBe(true);
    expect(page.counts.NEW).toBe(2);
  });

  it("ignores an overdue value it does not know, listing everything waiting", async () => {
    expect(parseInboxFilter({ overdue: "<script>" }).filter.overdue).toBeUndefined();
  });
});
