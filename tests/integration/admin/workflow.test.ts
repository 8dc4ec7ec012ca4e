import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { addNote, assignReferral, changeStatus } from "@/lib/triage/changes";
import { viewReferral } from "@/lib/triage/referral";
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

const ctx = () => contextFor("referral:update");

describe("the referral workflow", () => {
  it("moves New → In review → Accepted → Closed, recording who, why and when it closed", async () => {
    const referral = await insertReferral(getDb());
    expect(await changeStatus(getDb(), await ctx(), referral.id, { from: "NEW", to: "IN_REVIEW" })).toEqual({
      ok: true,
    });
    expect(
      await changeStatus(getDb(), await ctx(), referral.id, {
        from: "IN_REVIEW",
        to: "ACCEPTED",
        reason: "Meets criteria",
      }),
    ).toEqual({ ok: true });
    expect(await changeStatus(getDb(), await ctx(), referral.id, { from: "ACCEPTED", to: "CLOSED" })).toEqual({
      ok: true,
    });
    const stored = await getDb().referral.findUniqueOrThrow({
      where: { id: referral.id },
      include: { statusChanges: { orderBy: { createdAt: "asc" } } },
    });
    expect(stored.status).toBe("CLOSED");
    expect(stored.closedAt).not.toBeNull();
    expect(stored.statusChanges.map((c) => [c.from, c.to, c.reason, c.authorId])).toEqual([
      ["NEW", "IN_REVIEW", null, triager.id],
      ["IN_REVIEW", "ACCEPTED", "Meets criteria", triager.id],
      ["ACCEPTED", "CLOSED", null, triager.id],
    ]);
  });

  it.each(["ACCEPTED", "SIGNPOSTED", "DECLINED", "WITHDRAWN"] as const)("requires a reason for %s", async (to) => {
    const referral = await insertReferral(getDb(), { status: "IN_REVIEW" });
    expect(
      await changeStatus(getDb(), await ctx(), referral.id, { from: "IN_REVIEW", to, reason: "   " }),
    ).toMatchObject({ ok: false, field: "reason" });
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("IN_REVIEW");
  });

  it("refuses to skip steps, such as New straight to Accepted or reopening a closed referral", async () => {
    const fresh = await insertReferral(getDb());
    expect(
      await changeStatus(getDb(), await ctx(), fresh.id, { from: "NEW", to: "ACCEPTED", reason: "x" }),
    ).toMatchObject({ ok: false, field: "to" });
    const closed = await insertReferral(getDb(), { status: "CLOSED" });
    expect(await changeStatus(getDb(), await ctx(), closed.id, { from: "CLOSED", to: "IN_REVIEW" })).toMatchObject({
      ok: false,
      field: "to",
    });
  });

  it("does not overwrite a change someone else made first", async () => {
    const referral = await insertReferral(getDb());
    await changeStatus(getDb(), await ctx(), referral.id, { from: "NEW", to: "IN_REVIEW" });
    const stale = await changeStatus(getDb(), await ctx(), referral.id, {
      from: "NEW",
      to: "WITHDRAWN",
      reason: "Asked us to stop",
    });
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Someone else has changed the status to In review"),
    });
  });

  it("assigns to an active staff member only, and can unassign", async () => {
    const referral = await insertReferral(getDb());
    expect(await assignReferral(getDb(), await ctx(), referral.id, triager.id)).toEqual({ ok: true });
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).assigneeId).toBe(triager.id);
    expect(await assignReferral(getDb(), await ctx(), referral.id, "no-such-person")).toMatchObject({
      ok: false,
      field: "assigneeId",
    });
    expect(await assignReferral(getDb(), await ctx(), referral.id, null)).toEqual({ ok: true });
  });

  it("keeps notes append-only and shows everything on the timeline in order", async () => {
    const referral = await insertReferral(getDb());
    await addNote(getDb(), await ctx(), referral.id, "First call, no answer");
    await assignReferral(getDb(), await ctx(), referral.id, triager.id);
    await addNote(getDb(), await ctx(), referral.id, "Spoke to dad");
    const detail = await viewReferral(getDb(), await ctx(), referral.id);
    const steps = detail!.timeline.map((e) => e.text ?? e.what);
    expect(steps).toEqual([
      "Referral received",
      "First call, no answer",
      expect.stringMatching(/^Assigned to /),
      "Spoke to dad",
    ]);
    expect(await getDb().note.count({ where: { referralId: referral.id } })).toBe(2);
  });

  it("puts risk and safeguarding answers first and shows every other answer readably", async () => {
    const referral = await insertReferral(getDb(), {
      answers: {
        riskToSelf: "Said they want to die",
        safeguardingConcerns: true,
        gp: { practiceName: "Example Surgery" },
        contactPreferences: ["email", "phone"],
        notes: "<script>alert(1)</script>",
      },
    });
    const detail = await viewReferral(getDb(), await ctx(), referral.id);
    expect(detail!.riskAnswers).toHaveLength(2);
    expect(detail!.riskAnswers).toEqual(
      expect.arrayContaining([
        { key: "riskToSelf", label: "Risk to self", value: "Said they want to die" },
        { key: "safeguardingConcerns", label: "Safeguarding concerns", value: "Yes" },
      ]),
    );
    // JSONB keeps its own key order, so only the set of rows is fixed.
    expect(detail!.answers).toHaveLength(3);
    expect(detail!.answers).toEqual(
      expect.arrayContaining([
        { key: "gp.practiceName", label: "Gp: Practice name", value: "Example Surgery" },
        { key: "contactPreferences", label: "Contact preferences", value: "email, phone" },
        { key: "notes", label: "Notes", value: "<script>alert(1)</script>" },
      ]),
    );
  });

  it("answers null for an unknown or malformed referral id rather than failing", async () => {
    expect(await viewReferral(getDb(), await ctx(), "not-a-uuid")).toBeNull();
    expect(await viewReferral(getDb(), await ctx(), "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
