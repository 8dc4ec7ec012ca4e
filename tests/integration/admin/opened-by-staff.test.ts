import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { viewReferral } from "@/lib/triage/referral";
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

const openedAt = async (id: string) => (await getDb().referral.findUniqueOrThrow({ where: { id } })).openedAt;

describe("when a referral was first opened by staff", () => {
  it("is unset until a signed-in staff member views the referral page", async () => {
    const referral = await insertReferral(getDb(), { urgent: true });
    expect(await openedAt(referral.id)).toBeNull();
  });

  it("is set by the first view and kept through later views, without counting as a change", async () => {
    const referral = await insertReferral(getDb(), { urgent: true });
    const first = new Date("2026-12-07T10:15:00Z");
    await viewReferral(getDb(), await contextFor("referral:view"), referral.id, first);
    expect(await openedAt(referral.id)).toEqual(first);

    await viewReferral(getDb(), await contextFor("referral:view"), referral.id, new Date("2026-12-07T11:00:00Z"));
    expect(await openedAt(referral.id)).toEqual(first);
    const after = await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(after.updatedAt).toEqual(referral.updatedAt);
  });

  it("is not set on another referral by the view", async () => {
    const viewed = await insertReferral(getDb());
    const other = await insertReferral(getDb());
    await viewReferral(getDb(), await contextFor("referral:view"), viewed.id);
    expect(await openedAt(viewed.id)).not.toBeNull();
    expect(await openedAt(other.id)).toBeNull();
  });
});
