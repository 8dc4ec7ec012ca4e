import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { createTestStaff, PASSWORD } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));
// The real scrypt check, watched: timing itself is not measured (too noisy for a test), so this
// proves the cause of the review's 87 ms against 450 ms, that a refused account skipped the check.
vi.mock("better-auth/crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("better-auth/crypto")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());
beforeEach(() => {
  vi.mocked(verifyPassword).mockClear();
});

function attempt(email: string, password: string) {
  const browser = switchToBrowser(new TestBrowser("192.0.2.95"));
  return signInWithPassword(email, password, { headers: browser.requestHeaders(), ip: browser.ip });
}

// L-4: a deactivated account was refused before any password work, so its answer came back
// several times faster than an unknown or active email's and told that the account exists.
describe("an account that is refused whatever the password", () => {
  it("is refused only after a scrypt check of the typed password, like any other try (L-4)", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    await getDb().user.update({ where: { id: triager.id }, data: { active: false } });
    expect(await attempt(triager.email, PASSWORD)).toEqual({ status: "failed" });
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(verifyPassword).mock.calls[0]![0]).toMatchObject({ password: PASSWORD });
  });

  it("does the same for an unused one-time password past its expiry (L-4, M-7)", async () => {
    const newcomer = await createTestStaff("TRIAGER", { twoFactor: false });
    await getDb().user.update({
      where: { id: newcomer.id },
      data: { mustChangePassword: true, oneTimePasswordExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await attempt(newcomer.email, PASSWORD)).toEqual({ status: "failed" });
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(1);
  });
});
