import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { ONE_TIME_PASSWORD_LIFETIME_MS } from "@/lib/auth/policy";
import { createStaff } from "@/lib/staff/accounts";
import { getDb } from "@/lib/db";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());

function attempt(email: string, password: string) {
  const browser = switchToBrowser(new TestBrowser("192.0.2.90"));
  return signInWithPassword(email, password, { headers: browser.requestHeaders(), ip: browser.ip });
}

// M-7: a one-time password sent by email or chat and never used stayed valid for ever.
describe("one-time passwords", () => {
  it("expire 72 hours after they are made", async () => {
    const before = Date.now();
    const { id, oneTimePassword } = await createStaff(getDb(), {
      email: "newcomer-otp@example.nhs.uk",
      name: "New Comer",
      role: "TRIAGER",
    });
    const user = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(user.oneTimePasswordExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + ONE_TIME_PASSWORD_LIFETIME_MS);
    expect(user.oneTimePasswordExpiresAt!.getTime()).toBeLessThan(Date.now() + ONE_TIME_PASSWORD_LIFETIME_MS + 1000);
    await getDb().user.update({ where: { id }, data: { oneTimePasswordExpiresAt: new Date(Date.now() - 1000) } });
    expect(await attempt("newcomer-otp@example.nhs.uk", oneTimePassword!)).toEqual({ status: "failed" });
  });

  it("still work within the 72 hours", async () => {
    const { oneTimePassword } = await createStaff(getDb(), {
      email: "newcomer-fresh@example.nhs.uk",
      name: "New Comer",
      role: "TRIAGER",
    });
    expect(await attempt("newcomer-fresh@example.nhs.uk", oneTimePassword!)).toEqual({ status: "signed-in" });
  });

  it("do not apply to a password the person chose", async () => {
    const { id } = await createStaff(getDb(), {
      email: "chosen@example.nhs.uk",
      name: "Cho Sen",
      role: "TRIAGER",
      password: "a long chosen password",
    });
    expect((await getDb().user.findUniqueOrThrow({ where: { id } })).oneTimePasswordExpiresAt).toBeNull();
    expect(await attempt("chosen@example.nhs.uk", "a long chosen password")).toEqual({ status: "signed-in" });
  });
});
