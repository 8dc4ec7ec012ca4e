import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorize } from "@/lib/auth/guard";
import { createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase({ STAFF_REQUIRE_MFA: "false" });
});
afterAll(() => database.drop());

describe("with STAFF_REQUIRE_MFA=false", () => {
  it("lets staff without an authenticator app use the dashboard", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    await signInAs(triager);
    expect(await authorize("referral:view")).toHaveProperty("context");
  });

  it("still asks for a code from those who set one up", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager);
    expect(await authorize("referral:view")).toHaveProperty("context");
  });
});
