import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { checkProgress, PROGRESS_LIMITS } from "@/lib/progress/check";
import { createProgressLimiter } from "@/lib/progress/limiter";
import { generateReference } from "@/lib/referrals/reference";
import { insertReferral } from "../helpers/referral-factory";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import type { TestDatabase } from "../helpers/test-database";

// A GP practice or school checks on the referrals it sent from one shared public address. The
// per-address limit meant for one person must not turn the practice away after 20 checks, while
// the per-reference limit, which stops one referral being guessed at, holds for everyone.

let database: TestDatabase;
beforeAll(async () => (database = await setUpStaffDatabase()));
afterAll(() => database.drop());

const BORN = new Date("2011-04-03");
const SHARED_LIMIT = PROGRESS_LIMITS["progress-address"] + 10;
const limiter = () =>
  createProgressLimiter(database.url, {
    SHARED_NETWORKS: ["198.51.100.0/24", "2001:db8::/32"],
    SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR: SHARED_LIMIT,
  });

describe("check progress from a shared network (SHARED_NETWORKS)", () => {
  it("lets a practice behind one shared address check more than one person may, and stops it past its own limit", async () => {
    const progressLimiter = limiter();
    const referral = await insertReferral(getDb(), { reference: generateReference(), dateOfBirth: BORN });
    const check = (reference: string, client: string) =>
      checkProgress(getDb(), progressLimiter, { reference, dateOfBirth: BORN, client });
    for (let i = 0; i < SHARED_LIMIT - 1; i++) {
      expect(await check(generateReference(), "198.51.100.7")).toEqual({ ok: false, reason: "no-match" });
    }
    expect(await check(referral.reference, "198.51.100.7")).toEqual({ ok: true, referralId: referral.id });
    expect(await check(referral.reference, "198.51.100.7")).toEqual({ ok: false, reason: "limited" });
    // Another address in the network is counted on its own.
    expect(await check(referral.reference, "198.51.100.8")).toEqual({ ok: true, referralId: referral.id });
  });

  it("keeps one person's address to the ordinary limit", async () => {
    const progressLimiter = limiter();
    const check = (client: string) =>
      checkProgress(getDb(), progressLimiter, { reference: generateReference(), dateOfBirth: BORN, client });
    for (let i = 0; i < PROGRESS_LIMITS["progress-address"]; i++) {
      expect(await check("203.0.113.77")).toEqual({ ok: false, reason: "no-match" });
    }
    expect(await check("203.0.113.77")).toEqual({ ok: false, reason: "limited" });
  });

  it("still stops the sixth try at one reference from a shared address", async () => {
    const progressLimiter = limiter();
    const referral = await insertReferral(getDb(), { reference: generateReference(), dateOfBirth: BORN });
    const wrongDates = PROGRESS_LIMITS["progress-reference"];
    for (let year = 2001; year < 2001 + wrongDates; year++) {
      const result = await checkProgress(getDb(), progressLimiter, {
        reference: referral.reference,
        dateOfBirth: new Date(`${year}-01-01`),
        client: "2001:db8::5",
      });
      expect(result).toEqual({ ok: false, reason: "no-match" });
    }
    expect(
      await checkProgress(getDb(), progressLimiter, {
        reference: referral.reference,
        dateOfBirth: BORN,
        client: "2001:db8::6",
      }),
    ).toEqual({ ok: false, reason: "limited" });
  });
});
