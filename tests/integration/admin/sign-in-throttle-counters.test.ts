import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TRIES_PER_ADDRESS } from "@/lib/auth/policy";
import { clearAfterSignIn, releaseSignInTry, reserveSignInTry } from "@/lib/auth/throttle";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

// The three counters behind every sign-in try (lib/auth/throttle.ts), read straight from
// sign_in_throttle: which counters a try takes, and which it gives back and when.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const db = () => database.db();
const tries = async (key: string) => (await db().signInThrottle.findUnique({ where: { key } }))?.tries ?? "no counter";

async function reserved(account: string, ip: string | null) {
  const reservation = await reserveSignInTry(db(), account, ip);
  if (!reservation.allowed) throw new Error(`expected the try to be allowed, it was paused until ${reservation.until}`);
  return reservation;
}

describe("the counters a sign-in try takes", () => {
  it("takes one try from the account-and-address, the address and the account counters, narrowest first", async () => {
    const reservation = await reserved("account-a", "192.0.2.10");
    expect(reservation.keys).toEqual(["account-a|192.0.2.10", "ip:192.0.2.10", "account-a"]);
    expect(await tries("account-a|192.0.2.10")).toBe(1);
    expect(await tries("ip:192.0.2.10")).toBe(1);
    expect(await tries("account-a")).toBe(1);
  });

  it("counts a try with no known address under one shared 'unknown' address", async () => {
    const first = await reserved("account-b", null);
    await reserved("account-c", null);
    expect(first.keys).toEqual(["account-b|unknown", "ip:unknown", "account-b"]);
    expect(await tries("ip:unknown")).toBe(2);
  });
});

describe("giving tries back", () => {
  it("gives back the narrower counters' tries when a wider counter refuses, and never reaches the account's", async () => {
    const ip = "198.51.100.20";
    for (let i = 0; i < MAX_TRIES_PER_ADDRESS + 1; i++) await reserveSignInTry(db(), `sprayed-${i}`, ip);
    const refused = await reserveSignInTry(db(), "account-d", ip);
    expect(refused).toMatchObject({ allowed: false });
    if (refused.allowed) return;
    expect(refused.until.getTime()).toBeGreaterThan(Date.now());
    expect(await tries("account-d|198.51.100.20")).toBe(0);
    expect(await tries("account-d")).toBe("no counter");
  });

  it("gives every counter its try back when the password was right but a code is still needed", async () => {
    const reservation = await reserved("account-e", "192.0.2.30");
    await reserved("account-e", "192.0.2.30");
    await releaseSignInTry(db(), reservation);
    expect(await tries("account-e|192.0.2.30")).toBe(1);
    expect(await tries("ip:192.0.2.30")).toBe(1);
    expect(await tries("account-e")).toBe(1);
  });

  it("starts the account's counters again after a sign-in, but gives the address back only this try", async () => {
    const ip = "192.0.2.40";
    await reserved("account-f", ip);
    await reserved("account-f", ip);
    await reserved("account-g", ip);
    await clearAfterSignIn(db(), "account-f", ip);
    expect(await tries("account-f|192.0.2.40")).toBe(0);
    expect(await tries("account-f")).toBe(0);
    expect(await tries("ip:192.0.2.40")).toBe(2);
    expect(await tries("account-g|192.0.2.40")).toBe(1);
    expect(await tries("account-g")).toBe(1);
  });

  it("clears the counters of a sign-in with no known address under 'unknown'", async () => {
    await reserved("account-h", null);
    await clearAfterSignIn(db(), "account-h", null);
    expect(await tries("account-h|unknown")).toBe(0);
    expect(await tries("account-h")).toBe(0);
  });
});
