import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { changeStatus } from "@/lib/triage/changes";
import { parseInboxFilter } from "@/lib/triage/filters";
import { listInbox } from "@/lib/triage/inbox";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(() => database.drop());

const inbox = async (params: Record<string, string> = {}) =>
  listInbox(
    getDb(),
    await contextFor("referral:view"),
    parseInboxFilter(params).filter,
    new Date("2026-12-06T12:00:00Z"),
  );

describe("the inbox's queues", () => {
  it("keeps referrals and enquiries in separate views, referrals by default, each with its own count", async () => {
    const referral = await insertReferral(getDb(), { familyName: "Queued", journey: "PARENT_CARER" });
    const training = await insertReferral(getDb(), {
      familyName: "Queued",
      journey: "TRAINING_ENQUIRY",
      dateOfBirth: null,
    });
    const question = await insertReferral(getDb(), {
      familyName: "Queued",
      journey: "GENERAL_QUESTION",
      dateOfBirth: null,
    });

    const referrals = await inbox({ q: "Queued" });
    expect(referrals.rows.map((r) => r.id)).toEqual([referral.id]);
    expect(referrals.queueCounts).toEqual({ referrals: 1, enquiries: 2 });
    const enquiries = await inbox({ q: "Queued", queue: "enquiries" });
    expect(enquiries.rows.map((r) => r.id).sort()).toEqual([training.id, question.id].sort());
    expect(enquiries.queueCounts).toEqual({ referrals: 1, enquiries: 2 });
    // A made-up queue falls back to referrals rather than failing the page.
    expect((await inbox({ q: "Queued", queue: "everything" })).rows.map((r) => r.id)).toEqual([referral.id]);
  });

  it("shows each referral's age and suggested programme", async () => {
    await insertReferral(getDb(), {
      familyName: "Columns",
      dateOfBirth: new Date("2012-09-02"),
      programme: "ipt-a",
      suggestedProgramme: "ipt-a",
    });
    const [row] = (await inbox({ q: "Columns" })).rows;
    expect(row).toMatchObject({ age: 14, suggestedProgramme: "ipt-a", programme: "ipt-a" });
  });

  it("gives a training enquiry its own workflow: new, replied, closed", async () => {
    const context = await contextFor("referral:update");
    const enquiry = await insertReferral(getDb(), { journey: "TRAINING_ENQUIRY", dateOfBirth: null });
    expect(await changeStatus(getDb(), context, enquiry.id, { from: "NEW", to: "IN_REVIEW" })).toMatchObject({
      ok: false,
    });
    expect(await changeStatus(getDb(), context, enquiry.id, { from: "NEW", to: "REPLIED" })).toEqual({ ok: true });
    expect(await changeStatus(getDb(), context, enquiry.id, { from: "REPLIED", to: "CLOSED" })).toEqual({ ok: true });
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: enquiry.id } })).status).toBe("CLOSED");

    const referral = await insertReferral(getDb());
    expect(await changeStatus(getDb(), context, referral.id, { from: "NEW", to: "REPLIED" })).toMatchObject({
      ok: false,
    });
  });
});
