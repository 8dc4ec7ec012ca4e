import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { recordPossibleDuplicates } from "@/lib/referrals/possible-duplicates";
import { dismissDuplicate, duplicatesOf, linkDuplicate } from "@/lib/triage/duplicates";
import { eraseReferral } from "@/lib/triage/data-protection";
import { parseInboxFilter } from "@/lib/triage/filters";
import { listInbox } from "@/lib/triage/inbox";
import { viewReferral } from "@/lib/triage/referral";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { insertReferral, type ReferralOverrides } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { sendJourney, testDeps } from "../../helpers/submit-journey";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url);
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(() => database.drop());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
// Each test its own person: a unique date of birth and NHS number, so earlier tests cannot match.
let people = 0;
function person(): ReferralOverrides {
  people++;
  return {
    givenName: "Jordan",
    familyName: "Lee",
    dateOfBirth: new Date(Date.UTC(2000, 0, people)),
    nhsNumber: String(9000000000 + people),
    phone: `07700 9${String(people).padStart(5, "0")}`,
    email: `jordan.${people}@example.net`,
  };
}

/** An older referral, then a new one with `changes`; returns both and the rules recorded. */
async function pair(older: ReferralOverrides, changes: ReferralOverrides, olderAge = 3) {
  const first = await insertReferral(getDb(), { ...older, createdAt: daysAgo(olderAge) });
  const second = await insertReferral(getDb(), { ...older, ...changes, createdAt: new Date() });
  await recordPossibleDuplicates(getDb(), second.id);
  const rules = await getDb().referralMatch.findMany({ where: { referralId: second.id }, select: { rule: true } });
  return { first, second, rules: rules.map((m) => m.rule) };
}

describe("possible duplicate referrals", () => {
  it.each([
    [
      "nhs-number",
      { givenName: "Someone", familyName: "Else", dateOfBirth: new Date("1990-05-05"), phone: null, email: null },
    ],
    [
      "name-and-date-of-birth",
      { nhsNumber: null, phone: "07700 900000", email: null, givenName: " jordan ", familyName: "LEE  " },
    ],
    ["date-of-birth-and-phone", { nhsNumber: null, givenName: "Jo", email: null }],
    ["date-of-birth-and-email", { nhsNumber: null, givenName: "Jo", phone: null }],
  ] as const)("matches by %s, ignoring case and spaces", async (rule, changes) => {
    const older = person();
    const extra =
      rule === "date-of-birth-and-phone"
        ? { phone: (older.phone as string).replace(/\s/g, "").replace(/^0/, "+44 ") }
        : rule === "date-of-birth-and-email"
          ? { email: ` ${(older.email as string).toUpperCase()} ` }
          : {};
    const { rules } = await pair(older, { ...changes, ...extra });
    expect(rules).toEqual([rule]);
  });

  it("does not match different people with the same name, or referrals from more than a year before", async () => {
    const sameName = await pair(person(), { ...person(), givenName: "Jordan", familyName: "Lee" });
    expect(sameName.rules).toEqual([]);
    const lastYear = await pair(person(), {}, 400);
    expect(lastYear.rules).toEqual([]);
  });

  it("flags a referral sent through the form, in the inbox and on both referral pages", async () => {
    const deps = await testDeps(getDb(), database.url);
    const firstReference = await sendJourney(deps, "adult", {
      where: { postcode: "EX1 1AA", gpPractice: "X", nhsNumber: "" },
    });
    const secondReference = await sendJourney(deps, "adult", {
      where: { postcode: "EX2 2BB", gpPractice: "Y", nhsNumber: "" },
    });
    await deps.boss.stop({ graceful: false });
    const [first, second] = await Promise.all(
      [firstReference, secondReference].map((reference) =>
        getDb().referral.findUniqueOrThrow({ where: { reference } }),
      ),
    );
    const context = await contextFor("referral:view");
    const inbox = await listInbox(getDb(), context, parseInboxFilter({ q: secondReference }).filter);
    expect(inbox.rows[0]!.duplicates.map((d) => [d.reference, d.state])).toContainEqual([firstReference, "POSSIBLE"]);
    const newer = (await viewReferral(getDb(), context, second!.id))!;
    const older = (await viewReferral(getDb(), context, first!.id))!;
    expect(newer.duplicates.map((d) => d.reference)).toContain(firstReference);
    expect(older.duplicates.map((d) => d.reference)).toContain(secondReference);
  });

  it("links two referrals, keeping both and carrying the urgent flag to the other, audited on both", async () => {
    const { first, second } = await pair({ ...person(), urgent: true }, { urgent: false });
    const [match] = (await duplicatesOf(getDb(), [second.id])).get(second.id)!;
    const context = await contextFor("referral:update");
    expect(await linkDuplicate(getDb(), context, match!.matchId)).toEqual({ ok: true });

    const after = await getDb().referral.findMany({ where: { id: { in: [first.id, second.id] } } });
    expect(after.map((r) => r.urgent)).toEqual([true, true]);
    const change = await getDb().referralChange.findFirstOrThrow({ where: { referralId: second.id } });
    expect(change).toMatchObject({ field: "URGENCY", fromValue: "routine", toValue: "urgent" });
    expect(change.reason).toContain(first.reference);
    const audits = await getDb().auditEvent.findMany({ where: { action: "referral.duplicate_linked" } });
    expect(audits.map((a) => a.target).sort()).toEqual([first.id, second.id].sort());
    expect(audits.every((a) => a.actorId === context.staff.id)).toBe(true);
    expect((await duplicatesOf(getDb(), [first.id])).get(first.id)).toMatchObject([
      { reference: second.reference, state: "LINKED" },
    ]);
    // Decided once: a second click changes nothing.
    expect(await linkDuplicate(getDb(), context, match!.matchId)).toMatchObject({ ok: false });
  });

  it("dismisses a match so neither referral shows it, audited on both", async () => {
    const { first, second } = await pair(person(), {});
    const [match] = (await duplicatesOf(getDb(), [first.id])).get(first.id)!;
    expect(await dismissDuplicate(getDb(), await contextFor("referral:update"), match!.matchId)).toEqual({ ok: true });
    const shown = await duplicatesOf(getDb(), [first.id, second.id]);
    expect([shown.get(first.id), shown.get(second.id)]).toEqual([[], []]);
    const audits = await getDb().auditEvent.findMany({
      where: { action: "referral.duplicate_dismissed", target: { in: [first.id, second.id] } },
    });
    expect(audits).toHaveLength(2);
    expect(await getDb().referral.count({ where: { id: { in: [first.id, second.id] } } })).toBe(2);
  });

  it("deletes a match when either referral is erased or anonymised", async () => {
    const erased = await pair(person(), {});
    await eraseReferral(getDb(), await contextFor("referral:update"), erased.first.id, { reason: "duplicate" });
    expect(await getDb().referralMatch.count({ where: { referralId: erased.second.id } })).toBe(0);

    const finished = await pair(person(), {});
    await getDb().referral.update({
      where: { id: finished.first.id },
      data: { status: "CLOSED", closedAt: daysAgo(1000) },
    });
    await anonymiseExpiredReferrals(getDb(), 730);
    expect(await getDb().referralMatch.count({ where: { referralId: finished.second.id } })).toBe(0);
  });

  it("refuses to link or dismiss a match that does not exist", async () => {
    const context = await contextFor("referral:update");
    expect(await linkDuplicate(getDb(), context, randomUUID())).toMatchObject({ ok: false });
    expect(await dismissDuplicate(getDb(), context, randomUUID())).toMatchObject({ ok: false });
  });
});
