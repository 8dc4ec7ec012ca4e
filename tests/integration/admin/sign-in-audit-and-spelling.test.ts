import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountKey } from "@/lib/auth/lockout";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { createTestStaff, PASSWORD } from "../../helpers/staff";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import { freshTotpCode, totpCode } from "../../helpers/totp";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// What the audit log says about each sign-in step, and that an address typed with capitals or
// spaces is the same account for every check, including the refusal of a deactivated one.

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());

const requestFrom = (browser: TestBrowser) => ({ headers: browser.requestHeaders(), ip: browser.ip });
const eventsAt = (ip: string) =>
  getDb().auditEvent.findMany({
    where: { ip },
    orderBy: { id: "asc" },
    select: { actorId: true, action: true, target: true, detail: true },
  });

describe("sign-in, in the audit log", () => {
  it("refuses a deactivated account typed in capitals with spaces, and records whose account it was", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    await getDb().user.update({ where: { id: triager.id }, data: { active: false } });
    const browser = switchToBrowser(new TestBrowser("192.0.2.201"));
    const typed = `  ${triager.email.toUpperCase()} `;
    expect(await signInWithPassword(typed, PASSWORD, requestFrom(browser))).toEqual({ status: "failed" });
    expect(await eventsAt("192.0.2.201")).toEqual([
      {
        actorId: triager.id,
        action: "auth.sign_in_failed",
        target: accountKey(triager.email),
        detail: { stage: "password" },
      },
    ]);
  });

  it("signs in a person who types their address in capitals with spaces around it", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    const browser = switchToBrowser(new TestBrowser("192.0.2.209"));
    const typed = `  ${triager.email.toUpperCase()} `;
    expect(await signInWithPassword(typed, PASSWORD, requestFrom(browser))).toEqual({ status: "signed-in" });
    expect(await eventsAt("192.0.2.209")).toMatchObject([{ actorId: triager.id, action: "auth.sign_in" }]);
  });

  it("records a password-only sign-in as the person's, by password", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    const browser = switchToBrowser(new TestBrowser("192.0.2.202"));
    expect(await signInWithPassword(triager.email, PASSWORD, requestFrom(browser))).toEqual({ status: "signed-in" });
    expect(await eventsAt("192.0.2.202")).toEqual([
      {
        actorId: triager.id,
        action: "auth.sign_in",
        target: accountKey(triager.email),
        detail: { method: "password" },
      },
    ]);
  });

  it("records a wrong authenticator code as a failure at the code step, against the person", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = switchToBrowser(new TestBrowser("192.0.2.203"));
    expect(await signInWithPassword(triager.email, PASSWORD, requestFrom(browser))).toEqual({ status: "code-needed" });
    const wrong = totpCode(triager.totpKey!, Date.now(), 10);
    expect(await verifySignInCode(wrong, requestFrom(browser))).toEqual({ status: "failed" });
    expect(await eventsAt("192.0.2.203")).toEqual([
      {
        actorId: triager.id,
        action: "auth.sign_in_failed",
        target: accountKey(triager.email),
        detail: { stage: "code" },
      },
    ]);
  });

  it("accepts an authenticator code typed with spaces, as the app shows it", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = switchToBrowser(new TestBrowser("192.0.2.204"));
    await signInWithPassword(triager.email, PASSWORD, requestFrom(browser));
    const code = await freshTotpCode(triager.totpKey!);
    const spaced = ` ${code.slice(0, 3)} ${code.slice(3)} `;
    expect(await verifySignInCode(spaced, requestFrom(browser))).toEqual({ status: "signed-in" });
  });
});
