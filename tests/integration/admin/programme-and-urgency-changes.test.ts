import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { changeProgramme, changeUrgency } from "@/lib/triage/referral-changes";
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
const auditFor = (target: string) => getDb().auditEvent.findMany({ where: { target }, orderBy: { id: "asc" } });

describe("staff change the suggested programme", () => {
  it("moves the person to another programme, keeping the suggestion, the reason and an audit entry without the reason", async () => {
    const referral = await insertReferral(getDb(), { programme: "ipt-ast", suggestedProgramme: "ipt-ast" });
    const reason = "Low mood for a year and thoughts of self-harm: needs treatment, not prevention";
    expect(await changeProgramme(getDb(), await ctx(), referral.id, { to: "ipt-a", reason })).toEqual({ ok: true });
    const stored = await getDb().referral.findUniqueOrThrow({ where: { id: referral.id }, include: { changes: true } });
    expect(stored).toMatchObject({ programme: "ipt-a", suggestedProgramme: "ipt-ast" });
    expect(stored.changes.map((c) => [c.field, c.fromValue, c.toValue, c.reason, c.authorId])).toEqual([
      ["PROGRAMME", "ipt-ast", "ipt-a", reason, triager.id],
    ]);
    const audit = await auditFor(referral.id);
    expect(audit.map((a) => [a.action, a.detail])).toContainEqual([
      "referral.programme_changed",
      { from: "ipt-ast", to: "ipt-a", changeId: stored.changes[0]!.id, reasonGiven: true },
    ]);
    expect(JSON.stringify(audit.map((a) => a.detail))).not.toContain("self-harm");
  });

  it("needs a reason and a real programme, and changes nothing without them", async () => {
    const referral = await insertReferral(getDb(), { programme: "ipt-a" });
    expect(await changeProgramme(getDb(), await ctx(), referral.id, { to: "adult-ipt", reason: "  " })).toMatchObject({
      ok: false,
      field: "reason",
    });
    expect(
      await changeProgramme(getDb(), await ctx(), referral.id, { to: "no-such-programme", reason: "x" }),
    ).toMatchObject({ ok: false, field: "to" });
    expect(await changeProgramme(getDb(), await ctx(), referral.id, { to: "ipt-a", reason: "same" })).toMatchObject({
      ok: false,
      field: "to",
    });
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).programme).toBe("ipt-a");
    expect(await getDb().referralChange.count({ where: { referralId: referral.id } })).toBe(0);
  });

  it("can place the person in no programme (to signpost elsewhere)", async () => {
    const referral = await insertReferral(getDb(), { programme: "adult-ipt" });
    expect(
      await changeProgramme(getDb(), await ctx(), referral.id, { to: null, reason: "Lives outside the area" }),
    ).toEqual({ ok: true });
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).programme).toBeNull();
  });
});

describe("staff raise or lower urgency", () => {
  it("raises a routine referral to urgent and lowers it again, each with a reason and an audit entry", async () => {
    const referral = await insertReferral(getDb(), { urgent: false });
    expect(
      await changeUrgency(getDb(), await ctx(), referral.id, { urgent: true, reason: "GP phoned with new concerns" }),
    ).toEqual({ ok: true });
    expect(
      await changeUrgency(getDb(), await ctx(), referral.id, {
        urgent: false,
        reason: "Clinician spoke to the family; safe plan in place",
      }),
    ).toEqual({ ok: true });
    const stored = await getDb().referral.findUniqueOrThrow({
      where: { id: referral.id },
      include: { changes: { orderBy: { createdAt: "asc" } } },
    });
    expect(stored.urgent).toBe(false);
    expect(stored.changes.map((c) => [c.field, c.fromValue, c.toValue])).toEqual([
      ["URGENCY", "routine", "urgent"],
      ["URGENCY", "urgent", "routine"],
    ]);
    expect((await auditFor(referral.id)).filter((a) => a.action === "referral.urgency_changed")).toHaveLength(2);
  });

  it("refuses a change without a reason, or to the urgency it already has", async () => {
    const referral = await insertReferral(getDb(), { urgent: true });
    expect(await changeUrgency(getDb(), await ctx(), referral.id, { urgent: false })).toMatchObject({
      ok: false,
      field: "reason",
    });
    expect(await changeUrgency(getDb(), await ctx(), referral.id, { urgent: true, reason: "x" })).toMatchObject({
      ok: false,
      field: "urgent",
    });
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).urgent).toBe(true);
  });
});
