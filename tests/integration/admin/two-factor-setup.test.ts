import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { confirmTwoFactorSetup, pendingTwoFactorSetup, startTwoFactorSetup } from "@/lib/auth/two-factor";
import { getService } from "@/lib/config";
import { getDb } from "@/lib/db";
import { contextFor, createTestStaff, PASSWORD, signInAs } from "../../helpers/staff";
import { currentBrowser } from "../../helpers/test-browser";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { totpCode } from "../../helpers/totp";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// Setting up an authenticator app (lib/auth/two-factor.ts), as the account's two-factor page does it.

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());

/** A new account signed in with its password only, on the page that sets up two-factor sign-in. */
async function onSetUpPage() {
  const staff = await createTestStaff("TRIAGER", { twoFactor: false });
  await signInAs(staff);
  return { staff, context: await contextFor("account:self", { allowPendingStep: true }) };
}

const failedPasswordChecks = (id: string) =>
  getDb().auditEvent.count({
    where: { action: "auth.sign_in_failed", actorId: id, detail: { path: ["stage"], equals: "current-password" } },
  });

const enabledEvents = (id: string) =>
  getDb().auditEvent.findMany({
    where: { action: "auth.two_factor_enabled", target: id },
    select: { actorId: true },
  });

describe("setting up an authenticator app", () => {
  it("has no key to show before set-up starts, one after, and none once a right code has put it in force", async () => {
    const { context } = await onSetUpPage();
    expect(await pendingTwoFactorSetup(context)).toBeNull();
    expect(await startTwoFactorSetup(context, PASSWORD)).toBe("started");
    const setup = await pendingTwoFactorSetup(context);
    expect(setup).not.toBeNull();
    expect(await confirmTwoFactorSetup(context, totpCode(setup!.key))).toBe("enabled");
    expect(await pendingTwoFactorSetup(context)).toBeNull();
  });

  it("shows the key in groups of four, and an otpauth address naming the service and the person", async () => {
    const { staff, context } = await onSetUpPage();
    await startTwoFactorSetup(context, PASSWORD);
    const setup = (await pendingTwoFactorSetup(context))!;
    expect(setup.key).toMatch(/^(?:[A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const bareKey = setup.key.replaceAll(" ", "");
    const issuer = getService().name;
    expect(setup.uri).toBe(
      `otpauth://totp/${encodeURIComponent(`${issuer}:${staff.email}`)}?secret=${bareKey}` +
        `&issuer=${encodeURIComponent(issuer)}&digits=6&period=30`,
    );
  });

  it("refuses to start set-up with a wrong password, and makes no key", async () => {
    const { context } = await onSetUpPage();
    expect(await startTwoFactorSetup(context, "not the password")).toBe("wrong-password");
    expect(await pendingTwoFactorSetup(context)).toBeNull();
  });

  it("refuses a wrong code without putting two-factor in force, then takes the right one typed with spaces", async () => {
    const { staff, context } = await onSetUpPage();
    await startTwoFactorSetup(context, PASSWORD);
    const setup = (await pendingTwoFactorSetup(context))!;
    const right = totpCode(setup.key);
    const wrong = right === "000000" ? "111111" : "000000";
    expect(await confirmTwoFactorSetup(context, wrong)).toBe("wrong-code");
    expect(await pendingTwoFactorSetup(context)).not.toBeNull();
    expect(await enabledEvents(staff.id)).toEqual([]);
    expect(await confirmTwoFactorSetup(context, ` ${right.slice(0, 3)} ${right.slice(3)} `)).toBe("enabled");
    expect(await enabledEvents(staff.id)).toEqual([{ actorId: staff.id }]);
  });

  it("will not confirm set-up with a code whose time step has already been used", async () => {
    const { staff, context } = await onSetUpPage();
    await startTwoFactorSetup(context, PASSWORD);
    const setup = (await pendingTwoFactorSetup(context))!;
    // As if this step's code had already been taken once (lib/auth/totp-step.ts).
    const step = BigInt(Math.floor(Date.now() / 30_000) + 1);
    await getDb().twoFactor.updateMany({ where: { userId: staff.id }, data: { lastUsedStep: step } });
    expect(await confirmTwoFactorSetup(context, totpCode(setup.key))).toBe("wrong-code");
    expect(await pendingTwoFactorSetup(context)).not.toBeNull();
    expect(await enabledEvents(staff.id)).toEqual([]);
  });

  it("counts a wrong password at set-up as a failed sign-in, and the right one as none", async () => {
    const { staff, context } = await onSetUpPage();
    expect(await startTwoFactorSetup(context, "not the password")).toBe("wrong-password");
    expect(await failedPasswordChecks(staff.id)).toBe(1);
    expect(await startTwoFactorSetup(context, PASSWORD)).toBe("started");
    expect(await failedPasswordChecks(staff.id)).toBe(1);
  });

  it("raises a failure that is not a wrong password at the start of set-up, rather than saying the password was wrong", async () => {
    const { context } = await onSetUpPage();
    // The database refuses to store the new secret, as it would when full or failing.
    await getDb().$executeRawUnsafe(
      `CREATE FUNCTION test_refuse_secret() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no room for the secret'; END $$`,
    );
    await getDb().$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_secret BEFORE INSERT ON staff_two_factor FOR EACH ROW EXECUTE FUNCTION test_refuse_secret()`,
    );
    try {
      await expect(startTwoFactorSetup(context, PASSWORD)).rejects.toThrow(/no room for the secret/);
    } finally {
      await getDb().$executeRawUnsafe(`DROP TRIGGER test_refuse_secret ON staff_two_factor`);
      await getDb().$executeRawUnsafe(`DROP FUNCTION test_refuse_secret()`);
    }
  });

  it("raises a failure that is not a wrong code when confirming set-up, rather than saying the code was wrong", async () => {
    const { context } = await onSetUpPage();
    await startTwoFactorSetup(context, PASSWORD);
    const setup = (await pendingTwoFactorSetup(context))!;
    currentBrowser().cookiesReadOnly = true;
    await expect(confirmTwoFactorSetup(context, totpCode(setup.key))).rejects.toThrow(/Cookies can only be modified/);
  });
});
