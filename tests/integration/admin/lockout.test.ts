import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountKey, checkLockout } from "@/lib/auth/lockout";
import { LOCKOUT_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/lib/auth/policy";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { createTestStaff, PASSWORD } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import { totpCode } from "../../helpers/totp";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());

function attempt(email: string, password: string, ip: string) {
  const browser = switchToBrowser(new TestBrowser(ip));
  return signInWithPassword(email, password, { headers: browser.requestHeaders(), ip });
}

describe("sign-in throttling and lockout", () => {
  it("locks an account after repeated wrong passwords, even for the right password from another address", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await attempt(triager.email, `wrong password ${i}`, `192.0.2.${i + 1}`)).toEqual({ status: "failed" });
    }
    const locked = await attempt(triager.email, PASSWORD, "192.0.2.99");
    expect(locked.status).toBe("locked");
    const refusedEvents = await getDb().auditEvent.count({ where: { action: "auth.sign_in_locked", target: accountKey(triager.email) } });
    expect(refusedEvents).toBe(1);
  });

  it("lifts an account's lock once the failures are older than the window", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await attempt(triager.email, "wrong password", "192.0.2.50");
    const key = accountKey(triager.email);
    expect((await checkLockout(getDb(), key, null)).locked).toBe(true);
    const later = new Date(Date.now() + LOCKOUT_WINDOW_MS + 1000);
    expect((await checkLockout(getDb(), key, null, later)).locked).toBe(false);
  });

  it("starts counting again after a successful sign-in", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await attempt(triager.email, "wrong password", "192.0.2.60");
    expect(await attempt(triager.email, PASSWORD, "192.0.2.60")).toEqual({ status: "signed-in" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await attempt(triager.email, "wrong password", "192.0.2.60");
    expect(await attempt(triager.email, PASSWORD, "192.0.2.60")).toEqual({ status: "signed-in" });
  });

  it("locks an IP address that tries many accounts, without locking those accounts elsewhere", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    const attacker = "198.51.100.250";
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await attempt(`nobody${i}@example.nhs.uk`, "guess", attacker);
    }
    expect((await attempt(triager.email, PASSWORD, attacker)).status).toBe("locked");
    expect(await attempt(triager.email, PASSWORD, "198.51.100.251")).toEqual({ status: "signed-in" });
  });

  it("treats an unknown email address exactly like a wrong password", async () => {
    expect(await attempt("no-such-person@example.nhs.uk", "whatever it is", "192.0.2.70")).toEqual({ status: "failed" });
    const event = await getDb().auditEvent.findFirst({ where: { action: "auth.sign_in_failed", ip: "192.0.2.70" } });
    expect(event?.target).toBe(accountKey("no-such-person@example.nhs.uk"));
    expect(event?.actorId).toBeNull();
  });

  it("counts wrong authenticator codes towards the account's lockout", async () => {
    const triager = await createTestStaff("TRIAGER");
    const ip = "192.0.2.80";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const browser = switchToBrowser(new TestBrowser(ip));
      expect(await signInWithPassword(triager.email, PASSWORD, { headers: browser.requestHeaders(), ip })).toEqual({ status: "code-needed" });
      const wrong = totpCode(triager.totpKey!, Date.now(), 20 + i);
      expect((await verifySignInCode(wrong, { headers: browser.requestHeaders(), ip })).status).toMatch(/failed|code-expired/);
    }
    expect((await attempt(triager.email, PASSWORD, "192.0.2.81")).status).toBe("locked");
  });
});
