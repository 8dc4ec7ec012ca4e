import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { discardHeldAction, releaseHeldAction } from "@/app/admin/held/actions";
import { changeProgrammeAction, changeUrgencyAction } from "@/app/admin/referrals/[id]/actions";
import { getDb } from "@/lib/db";
import type { FormActionFn } from "@/lib/forms/action";
import { installJobs } from "@/lib/jobs/boss";
import { holdSubmission } from "@/lib/referrals/held-submissions";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { riskFlagNames } from "@/lib/referrals/risk-flags";
import { outcomeOf } from "../../helpers/next-outcome";
import { insertReferral } from "../../helpers/referral-factory";
import { createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// The staff forms for issue 10's programme and urgency changes and the held queue: refused to
// anyone signed out before anything changes, and doing exactly what they say for a triager.

let database: TestDatabase;
let triager: TestStaff;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  // Releasing queues the team's notification in pg-boss.
  await installJobs(database.url);
  triager = await createTestStaff("TRIAGER");
});
afterAll(() => database.drop());

function post(action: FormActionFn, fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return action({ status: "idle" }, form);
}

const noFlags = Object.fromEntries(riskFlagNames.map((name) => [name, false])) as Record<
  (typeof riskFlagNames)[number],
  boolean
>;

async function holdOne(): Promise<string> {
  const idempotencyKey = randomUUID();
  await holdSubmission(
    getDb(),
    {
      journey: getJourney("parent-carer")!,
      answers: { about: { givenName: "Sam", familyName: "Held", dateOfBirth: { day: "1", month: "2", year: "2012" } } },
      programme: "ipt-a",
      urgent: false,
      flags: noFlags,
      idempotencyKey,
      draftId: null,
    },
    "rate-limited",
  );
  return (await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey } })).id;
}

const waiting = (id: string) => getDb().heldSubmission.count({ where: { id, releasedAt: null, discardedAt: null } });

describe("the programme, urgency and held-submission forms", () => {
  it("send someone signed out to sign in and change nothing, even with complete input", async () => {
    const referral = await insertReferral(getDb());
    const heldId = await holdOne();
    switchToBrowser(new TestBrowser());
    expect(
      await outcomeOf(() =>
        post(changeUrgencyAction, { referralId: referral.id, urgency: "urgent", urgencyReason: "Worse" }),
      ),
    ).toEqual({ kind: "sign-in" });
    expect(
      await outcomeOf(() =>
        post(changeProgrammeAction, { referralId: referral.id, programme: "none", programmeReason: "Other" }),
      ),
    ).toEqual({ kind: "sign-in" });
    expect(await outcomeOf(() => post(releaseHeldAction, { heldId }))).toEqual({ kind: "sign-in" });
    expect(await outcomeOf(() => post(discardHeldAction, { heldId }))).toEqual({ kind: "sign-in" });
    expect(await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({
      urgent: false,
      programme: "ipt-a",
    });
    expect(await waiting(heldId)).toBe(1);
  });

  it("refuse a change without a reason, tied to the reason field, and record one with it", async () => {
    const referral = await insertReferral(getDb());
    await signInAs(triager);
    const refused = await post(changeUrgencyAction, {
      referralId: referral.id,
      urgency: "urgent",
      urgencyReason: "  ",
    });
    expect(refused).toMatchObject({
      status: "invalid",
      errors: { urgencyReason: ["Enter the reason for changing the urgency"] },
    });

    expect(
      await outcomeOf(() =>
        post(changeUrgencyAction, {
          referralId: referral.id,
          urgency: "urgent",
          urgencyReason: "Parent rang: worse this week",
        }),
      ),
    ).toEqual({
      kind: "redirect",
      to: `/admin/referrals/${referral.id}?done=urgency#main-content`,
    });
    expect(
      await outcomeOf(() =>
        post(changeProgrammeAction, {
          referralId: referral.id,
          programme: "none",
          programmeReason: "Needs a specialist service",
        }),
      ),
    ).toEqual({
      kind: "redirect",
      to: `/admin/referrals/${referral.id}?done=programme#main-content`,
    });
    expect(await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({
      urgent: true,
      programme: null,
    });
    const changes = await getDb().referralChange.findMany({
      where: { referralId: referral.id },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map((c) => [c.field, c.toValue, c.reason])).toEqual([
      ["URGENCY", "urgent", "Parent rang: worse this week"],
      ["PROGRAMME", null, "Needs a specialist service"],
    ]);
    // The same urgency again is refused on the form's own field.
    expect(
      await post(changeUrgencyAction, { referralId: referral.id, urgency: "urgent", urgencyReason: "Again" }),
    ).toMatchObject({
      status: "invalid",
      errors: { urgency: ["This referral is already urgent"] },
    });
  });

  it("release one held submission into the inbox and discard another, each only once", async () => {
    await signInAs(triager);
    const [keep, spam] = [await holdOne(), await holdOne()];
    const released = await outcomeOf(() => post(releaseHeldAction, { heldId: keep }));
    expect(released).toMatchObject({
      kind: "redirect",
      to: expect.stringMatching(/^\/admin\/held\?released=[A-Z0-9]{4}-[A-Z0-9]{4}#main-content$/),
    });
    const { referralId } = await getDb().heldSubmission.findUniqueOrThrow({ where: { id: keep } });
    expect(await getDb().referral.count({ where: { id: referralId! } })).toBe(1);

    expect(await outcomeOf(() => post(discardHeldAction, { heldId: spam }))).toEqual({
      kind: "redirect",
      to: "/admin/held?discarded=1#main-content",
    });
    expect(await waiting(spam)).toBe(0);
    expect(await post(releaseHeldAction, { heldId: spam })).toMatchObject({
      status: "refused",
      message: "This submission has already been released or discarded.",
    });
  });
});
