import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
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

async function browserAtCodeStep(email: string, ip: string) {
  const browser = switchToBrowser(new TestBrowser(ip));
  expect(await signInWithPassword(email, PASSWORD, { headers: browser.requestHeaders(), ip })).toEqual({
    status: "code-needed",
  });
  return browser;
}

// M-1: the review signed three browsers in with one code inside one 30-second step.
describe("an authenticator code works once", () => {
  it("refuses the same code in a second browser after it signed in the first", async () => {
    const triager = await createTestStaff("TRIAGER");
    const first = await browserAtCodeStep(triager.email, "192.0.2.31");
    const second = await browserAtCodeStep(triager.email, "192.0.2.32");
    const code = await freshTotpCode(triager.totpKey!);
    switchToBrowser(first);
    expect(await verifySignInCode(code, { headers: first.requestHeaders(), ip: first.ip })).toEqual({
      status: "signed-in",
    });
    switchToBrowser(second);
    expect(await verifySignInCode(code, { headers: second.requestHeaders(), ip: second.ip })).toEqual({
      status: "failed",
    });
    const reuse = await getDb().auditEvent.findFirst({
      where: { action: "auth.sign_in_failed", actorId: triager.id, ip: "192.0.2.32" },
    });
    expect(reuse?.detail).toEqual({ stage: "code", reused: true });
    // The next code the app shows still works.
    expect(
      await verifySignInCode(await freshTotpCode(triager.totpKey!), {
        headers: second.requestHeaders(),
        ip: second.ip,
      }),
    ).toEqual({ status: "signed-in" });
  });

  it("lets only one of several browsers racing with one code in", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browsers = [];
    for (let i = 0; i < 3; i++) browsers.push(await browserAtCodeStep(triager.email, `192.0.2.4${i}`));
    const code = await freshTotpCode(triager.totpKey!);
    const outcomes = await Promise.all(
      browsers.map((b) => verifySignInCode(code, { headers: b.requestHeaders(), ip: b.ip })),
    );
    expect(outcomes.filter((o) => o.status === "signed-in")).toHaveLength(1);
  });

  it("does not accept the code that confirmed set-up for signing in", async () => {
    const triager = await createTestStaff("TRIAGER");
    const row = await getDb().twoFactor.findFirst({ where: { userId: triager.id }, select: { lastUsedStep: true } });
    expect(row?.lastUsedStep).not.toBeNull();
    const browser = await browserAtCodeStep(triager.email, "192.0.2.50");
    const { totpCode } = await import("../../helpers/totp");
    const setUpCode = totpCode(triager.totpKey!, Number(row!.lastUsedStep) * 30_000);
    expect(await verifySignInCode(setUpCode, { headers: browser.requestHeaders(), ip: browser.ip })).toEqual({
      status: "failed",
    });
  });
});
