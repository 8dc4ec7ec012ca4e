import { expect } from "vitest";
import { authorize, type StaffContext } from "@/lib/auth/guard";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
import { createStaff } from "@/lib/staff/accounts";
import { confirmTwoFactorSetup, pendingTwoFactorSetup, startTwoFactorSetup } from "@/lib/auth/two-factor";
import type { Permission } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { TestBrowser, switchToBrowser } from "./test-browser";
import { freshTotpCode, totpCode } from "./totp";

export const PASSWORD = "correct horse battery staple";

export interface TestStaff {
  id: string;
  email: string;
  /** The authenticator key, when two-factor sign-in is set up. */
  totpKey: string | null;
}

let counter = 0;

/** A staff account with a known password, and (by default) two-factor sign-in set up through the real flow. */
export async function createTestStaff(
  role: "ADMIN" | "TRIAGER",
  options: { twoFactor?: boolean } = {},
): Promise<TestStaff> {
  const email = `${role.toLowerCase()}${++counter}-${Date.now()}@example.nhs.uk`;
  const { id } = await createStaff(getDb(), {
    email,
    name: `${role === "ADMIN" ? "Ada" : "Tom"} Tester ${counter}`,
    role,
    password: PASSWORD,
  });
  if (options.twoFactor === false) return { id, email, totpKey: null };
  const browser = switchToBrowser(new TestBrowser());
  expect(await signInWithPassword(email, PASSWORD, { headers: browser.requestHeaders(), ip: browser.ip })).toEqual({
    status: "signed-in",
  });
  const context = await contextFor("account:self", { allowPendingStep: true });
  expect(await startTwoFactorSetup(context, PASSWORD)).toBe("started");
  const setup = await pendingTwoFactorSetup(context);
  expect(await confirmTwoFactorSetup(context, await freshTotpCode(setup!.key))).toBe("enabled");
  return { id, email, totpKey: setup!.key };
}

/** Signs `staff` in, in a fresh browser that becomes the current request. */
export async function signInAs(staff: TestStaff, ip = "198.51.100.7"): Promise<TestBrowser> {
  const browser = switchToBrowser(new TestBrowser(ip));
  const request = () => ({ headers: browser.requestHeaders(), ip: browser.ip });
  const first = await signInWithPassword(staff.email, PASSWORD, request());
  if (staff.totpKey) {
    expect(first).toEqual({ status: "code-needed" });
    // Each sign-in here stands for one made after the app shows a new code; the service takes
    // each code once (tests/integration/admin/totp-replay.test.ts proves that), so forget the last.
    await getDb().twoFactor.updateMany({ where: { userId: staff.id }, data: { lastUsedStep: null } });
    expect(await verifySignInCode(totpCode(staff.totpKey), request())).toEqual({ status: "signed-in" });
  } else {
    expect(first).toEqual({ status: "signed-in" });
  }
  return browser;
}

/** The current browser's staff context, failing the test if it is refused. */
export async function contextFor(
  permission: Permission,
  options: { allowPendingStep?: boolean } = {},
): Promise<StaffContext> {
  const outcome = await authorize(permission, options);
  if (!("context" in outcome)) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome.context;
}
