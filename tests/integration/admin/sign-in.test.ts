import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorize } from "@/lib/auth/guard";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { createTestStaff, PASSWORD, signInAs } from "../../helpers/staff";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import { freshTotpCode, totpCode } from "../../helpers/totp";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());

const requestFrom = (browser: TestBrowser) => ({ headers: browser.requestHeaders(), ip: browser.ip });

describe("staff sign-in", () => {
  it("signs a triager in with password and authenticator code, and records who, when and from where", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = await signInAs(triager, "198.51.100.20");
    const outcome = await authorize("referral:view");
    expect(outcome).toMatchObject({ context: { staff: { id: triager.id, role: "TRIAGER" } } });
    const events = await getDb().auditEvent.findMany({
      where: { actorId: triager.id, action: "auth.sign_in", ip: "198.51.100.20" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ method: "totp" });
    expect(browser.cookies.size).toBeGreaterThan(0);
  });

  it("sets the session cookie HttpOnly and SameSite=Lax, with no lifetime, so closing the browser ends it", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = await signInAs(triager);
    const sessionCookie = browser.setCookieLog.find((c) => c.name.endsWith("session_token") && c.maxAge !== 0);
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "lax" });
    expect(sessionCookie?.maxAge).toBeUndefined();
    expect(sessionCookie?.expires).toBeUndefined();
    expect(await authorize("referral:view")).toMatchObject({ context: { staff: { id: triager.id } } });
  });

  it("refuses a wrong password with no session and records the failure without the email address", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = switchToBrowser(new TestBrowser("198.51.100.21"));
    expect(await signInWithPassword(triager.email, "not the password at all", requestFrom(browser))).toEqual({
      status: "failed",
    });
    expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });
    const failed = await getDb().auditEvent.findMany({ where: { action: "auth.sign_in_failed", ip: "198.51.100.21" } });
    expect(failed).toHaveLength(1);
    expect(JSON.stringify({ ...failed[0], id: String(failed[0]!.id) })).not.toContain(triager.email);
  });

  it("does not sign in with the password alone when two-factor sign-in is set up", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = switchToBrowser(new TestBrowser());
    expect(await signInWithPassword(triager.email, PASSWORD, requestFrom(browser))).toEqual({ status: "code-needed" });
    expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });
  });

  it("refuses a wrong authenticator code and accepts the right one", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = switchToBrowser(new TestBrowser("198.51.100.22"));
    await signInWithPassword(triager.email, PASSWORD, requestFrom(browser));
    const wrong = totpCode(triager.totpKey!, Date.now(), 10);
    expect(await verifySignInCode(wrong, requestFrom(browser))).toEqual({ status: "failed" });
    expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });
    expect(await verifySignInCode(await freshTotpCode(triager.totpKey!), requestFrom(browser))).toEqual({
      status: "signed-in",
    });
    expect(await authorize("referral:view")).toHaveProperty("context");
  });

  it("requires two-factor set-up by default before a password-only account may see anything", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    await signInAs(triager);
    expect(await authorize("referral:view")).toEqual({
      refusal: "anonymous",
      expired: false,
      pendingPath: "/admin/account/two-factor",
    });
    expect(await authorize("account:self", { allowPendingStep: true })).toHaveProperty("context");
  });

  it("refuses a deactivated account even with the right password", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    await getDb().user.update({ where: { id: triager.id }, data: { active: false } });
    const browser = switchToBrowser(new TestBrowser());
    expect(await signInWithPassword(triager.email, PASSWORD, requestFrom(browser))).toEqual({ status: "failed" });
  });
});
