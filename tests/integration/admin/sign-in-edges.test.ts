import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
import { createStaff } from "@/lib/staff/accounts";
import { getDb } from "@/lib/db";
import { createTestStaff, PASSWORD } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import { freshTotpCode } from "../../helpers/totp";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());
afterEach(() => {
  vi.useRealTimers();
});

const requestOf = (browser: TestBrowser) => ({ headers: browser.requestHeaders(), ip: browser.ip });

async function failedTries(actorId: string) {
  return getDb().auditEvent.count({ where: { action: "auth.sign_in_failed", actorId } });
}

// An outage or a bug must surface as a failure, not be shown as a wrong password or code: counted as
// one, it would pause the account, lock staff out during the outage and hide the fault itself.
describe("a failure that is not a wrong password or code", () => {
  it("is raised from the password step, not counted as a failed sign-in", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = switchToBrowser(new TestBrowser("192.0.2.101"));
    // As in a page render, where cookies cannot be set: the password was right, the step still fails.
    browser.cookiesReadOnly = true;
    await expect(signInWithPassword(triager.email, PASSWORD, requestOf(browser))).rejects.toThrow(
      /Cookies can only be modified/,
    );
    expect(await failedTries(triager.id)).toBe(0);
  });

  it("is raised from the code step, not counted as a wrong code", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = switchToBrowser(new TestBrowser("192.0.2.102"));
    expect(await signInWithPassword(triager.email, PASSWORD, requestOf(browser))).toEqual({ status: "code-needed" });
    browser.cookiesReadOnly = true;
    await expect(verifySignInCode(await freshTotpCode(triager.totpKey!), requestOf(browser))).rejects.toThrow(
      /Cookies can only be modified/,
    );
    expect(await failedTries(triager.id)).toBe(0);
  });
});

describe("signing in with a code", () => {
  // A shared ward or office computer must not skip the second step for whoever comes next (L-8).
  it("does not trust the browser: the next sign-in there asks for the code again", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = switchToBrowser(new TestBrowser("192.0.2.103"));
    expect(await signInWithPassword(triager.email, PASSWORD, requestOf(browser))).toEqual({ status: "code-needed" });
    expect(await verifySignInCode(await freshTotpCode(triager.totpKey!), requestOf(browser))).toEqual({
      status: "signed-in",
    });
    expect(browser.setCookieLog.map((c) => c.name).filter((name) => name.includes("trust"))).toEqual([]);
    expect(await signInWithPassword(triager.email, PASSWORD, requestOf(browser))).toEqual({ status: "code-needed" });
  });
});

describe("a one-time password", () => {
  it("is refused from the instant it expires", async () => {
    const { id, oneTimePassword } = await createStaff(getDb(), {
      email: "newcomer-instant@example.nhs.uk",
      name: "New Comer",
      role: "TRIAGER",
    });
    const expiry = new Date(Date.now() + 60_000);
    await getDb().user.update({ where: { id }, data: { oneTimePasswordExpiresAt: expiry } });
    // Only the clock is moved, to the expiry's own millisecond; timers run as usual.
    vi.useFakeTimers({ toFake: ["Date"], now: expiry });
    const browser = switchToBrowser(new TestBrowser("192.0.2.104"));
    expect(await signInWithPassword("newcomer-instant@example.nhs.uk", oneTimePassword!, requestOf(browser))).toEqual({
      status: "failed",
    });
  });
});
