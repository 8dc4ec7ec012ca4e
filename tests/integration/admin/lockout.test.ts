import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { currentRequest } from "@/lib/auth";
import { accountKey } from "@/lib/auth/lockout";
import { MAX_TRIES_PER_ACCOUNT, MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS, MAX_TRIES_PER_ADDRESS } from "@/lib/auth/policy";
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

const failures = (email: string) =>
  getDb().auditEvent.count({ where: { action: "auth.sign_in_failed", target: accountKey(email) } });

// Ends every pause on a key, as if its time had passed.
const endPauses = () =>
  getDb()
    .$executeRaw`UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE blocked_until IS NOT NULL`;

describe("sign-in throttling", () => {
  it("pauses one account from one address after repeated wrong passwords, even for the right one", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    for (let i = 0; i < MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS; i++) {
      expect(await attempt(triager.email, `wrong password ${i}`, "192.0.2.1")).toEqual({ status: "failed" });
    }
    const locked = await attempt(triager.email, PASSWORD, "192.0.2.1");
    expect(locked.status).toBe("locked");
    const refusedEvents = await getDb().auditEvent.count({
      where: { action: "auth.sign_in_locked", target: accountKey(triager.email) },
    });
    expect(refusedEvents).toBe(1);
  });

  it("does not let one address pause an account for its owner elsewhere (M-8)", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    for (let i = 0; i < MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS + 5; i++)
      await attempt(triager.email, "wrong password", "198.51.100.66");
    expect((await attempt(triager.email, PASSWORD, "198.51.100.66")).status).toBe("locked");
    expect(await attempt(triager.email, PASSWORD, "192.0.2.200")).toEqual({ status: "signed-in" });
  });

  it("caps a guess spread over many addresses at the account's limit", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    const outcomes = [];
    for (let i = 0; i < MAX_TRIES_PER_ACCOUNT + 5; i++)
      outcomes.push((await attempt(triager.email, `wrong ${i}`, `203.0.113.${i + 1}`)).status);
    expect(outcomes.filter((s) => s === "failed")).toHaveLength(MAX_TRIES_PER_ACCOUNT);
    expect(outcomes.slice(MAX_TRIES_PER_ACCOUNT).every((s) => s === "locked")).toBe(true);
  });

  it("makes each pause twice as long as the one before", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    const pauseLength = async () => {
      for (let i = 0; i < MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS; i++)
        await attempt(triager.email, "wrong password", "192.0.2.55");
      const locked = await attempt(triager.email, PASSWORD, "192.0.2.55");
      if (locked.status !== "locked") throw new Error(`expected a pause, got ${locked.status}`);
      return locked.until.getTime() - Date.now();
    };
    const first = await pauseLength();
    await endPauses();
    const second = await pauseLength();
    await endPauses();
    const third = await pauseLength();
    expect(first).toBeGreaterThan(50_000);
    expect(second / first).toBeCloseTo(2, 0);
    expect(third / second).toBeCloseTo(2, 0);
    await endPauses();
    expect(await attempt(triager.email, PASSWORD, "192.0.2.55")).toEqual({ status: "signed-in" });
  });

  it("starts counting again after a successful sign-in", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    for (let i = 0; i < MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS - 1; i++)
      await attempt(triager.email, "wrong password", "192.0.2.60");
    expect(await attempt(triager.email, PASSWORD, "192.0.2.60")).toEqual({ status: "signed-in" });
    for (let i = 0; i < MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS - 1; i++)
      await attempt(triager.email, "wrong password", "192.0.2.60");
    expect(await attempt(triager.email, PASSWORD, "192.0.2.60")).toEqual({ status: "signed-in" });
  });

  it("pauses an address that tries many accounts, without pausing those accounts elsewhere", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    const attacker = "198.51.100.250";
    for (let i = 0; i < MAX_TRIES_PER_ADDRESS; i++) await attempt(`nobody${i}@example.nhs.uk`, "guess", attacker);
    expect((await attempt(triager.email, PASSWORD, attacker)).status).toBe("locked");
    expect(await attempt(triager.email, PASSWORD, "198.51.100.251")).toEqual({ status: "signed-in" });
  });

  it("treats an unknown email address exactly like a wrong password, and keys it by an HMAC, not a bare hash", async () => {
    expect(await attempt("no-such-person@example.nhs.uk", "whatever it is", "192.0.2.70")).toEqual({
      status: "failed",
    });
    const event = await getDb().auditEvent.findFirst({ where: { action: "auth.sign_in_failed", ip: "192.0.2.70" } });
    expect(event?.target).toBe(accountKey("no-such-person@example.nhs.uk"));
    const { createHash } = await import("node:crypto");
    const bareHash = createHash("sha256").update("no-such-person@example.nhs.uk").digest("hex").slice(0, 40);
    expect(event?.target).not.toContain(bareHash);
    expect(event?.actorId).toBeNull();
  });

  it("counts guesses at one account towards the same pause however its address is capitalised or spaced", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    const spellings = [triager.email.toUpperCase(), `  ${triager.email}  `, triager.email];
    const tries = Array.from({ length: MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS }, (_, i) => spellings[i % spellings.length]);
    for (const spelling of tries)
      expect(await attempt(String(spelling), "a wrong password", "192.0.2.90")).toEqual({ status: "failed" });
    expect((await attempt(triager.email, PASSWORD, "192.0.2.90")).status).toBe("locked");
    expect(await failures(triager.email)).toBe(MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS);
  });

  it("records every sign-in try under a key short enough for the audit log: acct: and 40 hex characters", async () => {
    expect(await attempt("someone-else@example.nhs.uk", "a guess", "192.0.2.91")).toEqual({ status: "failed" });
    const event = await getDb().auditEvent.findFirst({ where: { action: "auth.sign_in_failed", ip: "192.0.2.91" } });
    expect(event?.target).toMatch(/^acct:[0-9a-f]{40}$/);
  });

  it("keys sign-in tries by the server's secret, so no one can work the key out from an address alone", async () => {
    const address = "guessed-address@example.nhs.uk";
    await attempt(address, "a guess", "192.0.2.92");
    const event = await getDb().auditEvent.findFirst({ where: { action: "auth.sign_in_failed", ip: "192.0.2.92" } });
    const { createHash, createHmac } = await import("node:crypto");
    const withoutSecret = [
      createHash("sha256").update(address).digest("hex"),
      createHmac("sha256", "").update(address).digest("hex"),
      createHmac("sha256", "account-key:").update(address).digest("hex"),
    ];
    for (const guess of withoutSecret) expect(event?.target).not.toContain(guess.slice(0, 40));
    expect(event?.target).toBe(accountKey(address));
  });

  it("counts wrong authenticator codes towards the pause", async () => {
    const triager = await createTestStaff("TRIAGER");
    const ip = "192.0.2.80";
    for (let i = 0; i < MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS; i++) {
      const browser = switchToBrowser(new TestBrowser(ip));
      expect(await signInWithPassword(triager.email, PASSWORD, { headers: browser.requestHeaders(), ip })).toEqual({
        status: "code-needed",
      });
      const wrong = totpCode(triager.totpKey!, Date.now(), 20 + i);
      expect((await verifySignInCode(wrong, { headers: browser.requestHeaders(), ip })).status).toMatch(
        /failed|code-expired/,
      );
    }
    expect((await attempt(triager.email, PASSWORD, ip)).status).toBe("locked");
  });
});

describe("sign-in throttling against a determined attacker", () => {
  it("ignores forged X-Forwarded-For headers: one socket address is paused however many it claims (H-1)", async () => {
    const outcomes = [];
    for (let i = 0; i < MAX_TRIES_PER_ADDRESS + 2; i++) {
      switchToBrowser(new TestBrowser("192.0.2.150", `198.18.1.${i + 1}`));
      const request = await currentRequest();
      expect(request.ip).toBe("192.0.2.150");
      outcomes.push((await signInWithPassword(`nobody-forged-${i}@example.nhs.uk`, "guess", request)).status);
    }
    expect(outcomes.filter((s) => s === "failed")).toHaveLength(MAX_TRIES_PER_ADDRESS);
    expect(outcomes.slice(-2)).toEqual(["locked", "locked"]);
    const forged = await getDb().auditEvent.count({ where: { ip: { startsWith: "198.18.1." } } });
    expect(await getDb().auditEvent.count({ where: { action: "auth.sign_in_failed", ip: "192.0.2.150" } })).toBe(
      MAX_TRIES_PER_ADDRESS,
    );
    expect(forged).toBe(0);
  });

  it("checks no more than the limit of 30 wrong passwords sent at once (H-2)", async () => {
    const triager = await createTestStaff("TRIAGER", { twoFactor: false });
    const ip = "192.0.2.160";
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signInWithPassword(triager.email, `wrong password ${i}`, { headers: new TestBrowser(ip).requestHeaders(), ip }),
      ),
    );
    const statuses = outcomes.map((o) => o.status);
    expect(statuses.filter((s) => s === "failed")).toHaveLength(MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS);
    expect(statuses.filter((s) => s === "locked")).toHaveLength(30 - MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS);
    expect(await failures(triager.email)).toBe(MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS);
  });

  it("checks no more than the limit of 40 wrong codes sent at once (H-2)", async () => {
    const triager = await createTestStaff("TRIAGER");
    const ip = "192.0.2.170";
    const browser = switchToBrowser(new TestBrowser(ip));
    expect(await signInWithPassword(triager.email, PASSWORD, { headers: browser.requestHeaders(), ip })).toEqual({
      status: "code-needed",
    });
    const headers = browser.requestHeaders();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        verifySignInCode(totpCode(triager.totpKey!, Date.now(), 20 + (i % 10)), { headers, ip }),
      ),
    );
    const checked = outcomes.filter((o) => o.status !== "locked");
    expect(checked.length).toBeLessThanOrEqual(MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS);
    expect(outcomes.some((o) => o.status === "signed-in")).toBe(false);
    expect(await failures(triager.email)).toBeLessThanOrEqual(MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS);
    const twoFactor = await getDb().twoFactor.findFirst({ where: { userId: triager.id } });
    expect(twoFactor?.failedVerificationCount ?? 0).toBeLessThanOrEqual(MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS);
  });
});
