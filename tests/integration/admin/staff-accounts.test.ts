import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorize } from "@/lib/auth/guard";
import { changePassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createStaff, GuessablePasswordError, setStaffActive, StaffExistsError } from "@/lib/staff/accounts";
import { getDb } from "@/lib/db";
import { contextFor } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase({ STAFF_REQUIRE_MFA: "false" });
});
afterAll(() => database.drop());

const signIn = (email: string, password: string) => {
  const browser = switchToBrowser(new TestBrowser());
  return signInWithPassword(email, password, { headers: browser.requestHeaders(), ip: browser.ip });
};

describe("staff accounts", () => {
  it("makes a one-time password that must be changed before anything else", async () => {
    const { oneTimePassword } = await createStaff(getDb(), {
      email: "New.Starter@Example.nhs.uk",
      name: "New Starter",
      role: "TRIAGER",
    });
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{20}$/);
    expect(await signIn("new.starter@example.nhs.uk", oneTimePassword!)).toEqual({ status: "signed-in" });
    expect(await authorize("referral:view")).toMatchObject({ pendingPath: "/admin/account/password" });
    const context = await contextFor("account:self", { allowPendingStep: true });
    expect(await changePassword(context, "not the one-time password", "my own long password")).toBe("wrong-password");
    expect(await changePassword(context, oneTimePassword!, "my own long password")).toBe("changed");
    expect(await authorize("referral:view")).toHaveProperty("context");
    expect(await signIn("new.starter@example.nhs.uk", oneTimePassword!)).toEqual({ status: "failed" });
  });

  it("stores only a scrypt hash of the password", async () => {
    await createStaff(getDb(), {
      email: "hash@example.nhs.uk",
      name: "Hash Check",
      role: "ADMIN",
      password: "a perfectly long password",
    });
    const account = await getDb().account.findFirstOrThrow({ where: { user: { email: "hash@example.nhs.uk" } } });
    expect(account.password).not.toContain("a perfectly long password");
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it("refuses a second account for the same email, and passwords shorter than 12 characters", async () => {
    await createStaff(getDb(), { email: "twice@example.nhs.uk", name: "Twice", role: "TRIAGER" });
    await expect(
      createStaff(getDb(), { email: "TWICE@example.nhs.uk", name: "Twice", role: "TRIAGER" }),
    ).rejects.toThrow(StaffExistsError);
    await expect(
      createStaff(getDb(), { email: "short@example.nhs.uk", name: "Short", role: "TRIAGER", password: "tooshort" }),
    ).rejects.toThrow(/at least 12/);
  });

  it("refuses a chosen password that is easy to guess, as the change-password page does", async () => {
    await expect(
      createStaff(getDb(), {
        email: "guessable@example.nhs.uk",
        name: "Guess Able",
        role: "ADMIN",
        password: "password1234password",
      }),
    ).rejects.toThrow(GuessablePasswordError);
    expect(await getDb().user.count({ where: { email: "guessable@example.nhs.uk" } })).toBe(0);
  });

  it("deactivating someone ends their sessions at once and stops them signing in until reactivated", async () => {
    const { id } = await createStaff(getDb(), {
      email: "leaver@example.nhs.uk",
      name: "Leaver",
      role: "TRIAGER",
      password: "a perfectly long password",
    });
    expect(await signIn("leaver@example.nhs.uk", "a perfectly long password")).toEqual({ status: "signed-in" });
    expect(await setStaffActive(getDb(), id, false, "an-admin", null)).toBe(true);
    expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });
    expect(await signIn("leaver@example.nhs.uk", "a perfectly long password")).toEqual({ status: "failed" });
    expect(await setStaffActive(getDb(), id, true, "an-admin", null)).toBe(true);
    expect(await signIn("leaver@example.nhs.uk", "a perfectly long password")).toEqual({ status: "signed-in" });
    const actions = await getDb().auditEvent.findMany({
      where: { target: id, action: { startsWith: "staff." } },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["staff.created", "staff.deactivated", "staff.reactivated"]);
  });
});
